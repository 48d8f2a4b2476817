// The map of each guide (/<lang>/<guide>/map/) in real Chromium: nodes are links to their pages, answers in
// the query highlight the way they lead, the page works with JavaScript off, axe finds nothing on any map in
// ja or en (light and dark), and a 390 px phone never scrolls sideways (the drawing scrolls in its own box).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appReady, appUrl, offOriginRequests, openPage, PHONE, type OpenedPage } from './helpers';
import { loadGuide, loadLocale } from './journey';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const guideIds = readdirSync(fileURLToPath(new URL('../../src/content/guides/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

const GUIDE = 'cannot-connect-ssl';
const JOURNEY = '?client=iphone-mail&message=ssl';

/** Opens a map fresh and waits until the client has taken over. */
async function showMap(page: Page, appPath: string): Promise<void> {
  await page.goto(appUrl(appPath));
  await page.waitForFunction(appReady);
  await page.locator('svg.map-svg').waitFor();
}

async function axeViolations(page: Page): Promise<string[]> {
  const present = await page.evaluate(() => 'axe' in window);
  const { violations } = await new AxeBuilder({ page, axeSource: present ? 'void 0' : axeSource })
    .options({ reporter: 'no-passes' })
    .withTags(TAGS)
    .setLegacyMode()
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

describe('a guide map', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage({ lang: 'ja' });
  });
  afterAll(async () => {
    await opened.close();
  });

  test('draws every node as a link; clicking one opens its page', async () => {
    const { page } = opened;
    const guide = loadGuide(GUIDE);
    await showMap(page, `/ja/${GUIDE}/map/`);
    expect(await page.locator('svg.map-svg a.map-node').count()).toBe(guide.nodes.length);
    // The outline lists every node too, each as a link.
    const outlined = await page
      .locator('.map-outline a')
      .evaluateAll(
        (links) => new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)).size,
      );
    expect(outlined).toBe(guide.nodes.length);

    const node = page.locator('a.map-node[data-node="restart-mail"]');
    const drawnTitle = await node.locator('title').textContent();
    await node.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/ja/${GUIDE}/restart-mail/`));
    await expect.poll(() => page.locator('#page-heading').textContent()).toBe(drawnTitle);
  });

  test('opened with answers, highlights the way they lead (nodes, edges, outline) and marks where they end', async () => {
    const { page } = opened;
    await showMap(page, `/ja/${GUIDE}/map/${JOURNEY}`);
    const on = () =>
      page.locator('a.map-node.is-journey').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    await expect.poll(on).toEqual(expect.arrayContaining(['client', 'message', 'restart-mail']));
    expect(await on()).toHaveLength(3);
    const current = page.locator('a.map-node[aria-current="step"]');
    expect(await current.getAttribute('data-node')).toBe('restart-mail');
    expect(await page.locator('path.map-edge.is-journey').count()).toBe(2);
    expect(await page.locator('.map-outline li.is-journey').count()).toBeGreaterThanOrEqual(3);
    // The node links on the way carry the answers given before them, so the journey goes on from there.
    expect(await current.getAttribute('href')).toMatch(/\/restart-mail\/\?client=iphone-mail&message=ssl$/);

    // Without answers nothing is highlighted.
    await showMap(page, `/ja/${GUIDE}/map/`);
    expect(
      await page.locator('a.map-node.is-journey, path.map-edge.is-journey, .map-outline .is-journey').count(),
    ).toBe(0);
    expect(await page.locator('[aria-current="step"]').count()).toBe(0);
  });

  test('node pages link to their map, with the answers so far', async () => {
    const { page } = opened;
    await page.goto(appUrl(`/ja/${GUIDE}/restart-mail/${JOURNEY}`));
    await page.waitForFunction(appReady);
    const link = page.getByRole('link', { name: 'このガイドの全体図' });
    await expect.poll(() => link.getAttribute('href')).toMatch(/\/map\/\?client=iphone-mail&message=ssl$/);
    await link.click();
    await page.waitForURL((url) => url.pathname.endsWith(`/ja/${GUIDE}/map/`));
    await expect
      .poll(() => page.locator('a.map-node[aria-current="step"]').getAttribute('data-node'))
      .toBe('restart-mail');
    expect(offOriginRequests(opened.requests)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
  });
});

describe('with JavaScript off', () => {
  test('the drawing, the key and the outline are in the page, styled, and their links work', async () => {
    const opened = await openPage({ lang: 'en', jsEnabled: false, viewport: PHONE });
    try {
      const { page } = opened;
      const guide = loadGuide(GUIDE);
      await page.goto(appUrl(`/en/${GUIDE}/map/`));
      expect(await page.locator('svg.map-svg a.map-node').count()).toBe(guide.nodes.length);
      expect(await page.locator('.map-outline a').count()).toBeGreaterThanOrEqual(guide.nodes.length);
      expect(await page.locator('.map-legend li').count()).toBeGreaterThanOrEqual(6);
      // The map's own stylesheet is linked from the HTML: the box scrolls, the page does not.
      expect(await page.locator('.map-canvas').evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
      expect(
        await page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth),
      ).toBeLessThanOrEqual(0);
      const start = page.locator(`a.map-node[data-node="${guide.start}"]`);
      const drawnTitle = await start.locator('title').textContent();
      await start.click();
      await page.waitForURL((url) => url.pathname.endsWith(`/en/${GUIDE}/${guide.start}/`));
      expect(await page.locator('#page-heading').textContent()).toBe(drawnTitle);
      await page.goBack();
      await page.locator('.map-outline a').nth(1).click();
      await page.waitForURL((url) => !url.pathname.endsWith('/map/'));
      expect(await page.locator('#page-heading').count()).toBe(1);
    } finally {
      await opened.close();
    }
  });
});

describe.each(['ja', 'en'] as const)('every map in %s', (lang) => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage({ lang });
  });
  afterAll(async () => {
    await opened.close();
  });

  test.each(guideIds)(
    '%s: no axe violation (light, dark, with a journey); at 390 px the page never scrolls sideways',
    async (id) => {
      const { page } = opened;
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: 'light' });
      await showMap(page, `/${lang}/${id}/map/`);
      expect(await page.locator('#page-heading').textContent()).toContain(
        (loadLocale(lang, id) as { title: string }).title,
      );
      const region = page.getByRole('region', { name: lang === 'ja' ? /流れ図/ : /Flowchart/ });
      expect(await region.getAttribute('tabindex')).toBe('0');
      const violations = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      violations.push(...(await axeViolations(page)));
      const guide = loadGuide(id);
      const first = guide.nodes.find((n) => n.id === guide.start);
      if (first?.kind === 'question') {
        await showMap(page, `/${lang}/${id}/map/?${guide.start}=${first.answers[0]!.id}`);
        await page.locator('a.map-node[aria-current="step"]').waitFor();
        violations.push(...(await axeViolations(page)));
      }
      expect(violations).toEqual([]);

      await page.setViewportSize(PHONE);
      await showMap(page, `/${lang}/${id}/map/`);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
        await page.evaluate(() => innerWidth),
      );
      expect(opened.consoleErrors).toEqual([]);
    },
    60_000,
  );
});
