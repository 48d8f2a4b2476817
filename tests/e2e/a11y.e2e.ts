// Accessibility gate: axe-core through AxeBuilder (WCAG 2.2 AA tags + best practice) in real Chromium on
// every node of every guide in ja and en, home, not-found and a hand-off with answers; dark theme, a 390 px
// phone and 200 % text on a sample of pages. Every page must also stay on its own origin and log no error.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { appUrl, offOriginRequests, openPage, PHONE, type OpenedPage, appReady } from './helpers';
import { loadGuide, planToHandoff, planToKind, queryOf } from './journey';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The project's own axe-core (the rules this gate has always run), not the copy bundled with AxeBuilder.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const guideIds = readdirSync(fileURLToPath(new URL('../../src/content/guides/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

declare global {
  interface Window {
    __previousHeading?: HTMLElement | null;
  }
}

interface Finding {
  page: string;
  rule: string;
  targets: string[];
}

/** Opens an app path fresh and waits until the client has taken over. */
async function show(page: Page, appPath: string): Promise<void> {
  await page.goto(appUrl(appPath));
  await page.waitForFunction(appReady);
  await page.locator('#page-heading').waitFor();
}

/**
 * Moves the already-running app to another path as the browser's Back/Forward does (a history entry and
 * a popstate event), so one loaded document serves a whole guide: a full load plus injecting axe again per
 * node costs three times as much. The node view is keyed by node, so the new h1 is a new element.
 */
async function showInApp(page: Page, appPath: string): Promise<void> {
  await page.evaluate((url) => {
    window.__previousHeading = document.getElementById('page-heading');
    const idx = ((history.state as { idx?: number } | null)?.idx ?? 0) + 1;
    history.pushState({ usr: null, key: `a11y-${idx}`, idx }, '', url);
    dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  }, appUrl(appPath));
  await page.waitForFunction(() => {
    const heading = document.getElementById('page-heading');
    return (
      heading !== null && heading !== window.__previousHeading && (heading.textContent ?? '').trim() !== ''
    );
  });
  // One frame for the effects that follow a navigation (title, focus, live region).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

async function axeFindings(page: Page, label: string): Promise<Finding[]> {
  // AxeBuilder evaluates its axeSource on every analyze(): in a document that already has axe (a guide's
  // nodes are audited in one document) it evaluates nothing, as evaluating the whole source again costs
  // more than the audit itself.
  const present = await page.evaluate(() => 'axe' in window);
  const { violations } = await new AxeBuilder({ page, axeSource: present ? 'void 0' : axeSource })
    // Violations only: the default reporter also builds a result for every rule that passed, a large share
    // of each analysis.
    .options({ reporter: 'no-passes' })
    .withTags(TAGS)
    // axe.run() in the page itself. The default mode also opens a blank page per analysis to merge the
    // results of frames: these pages have none, and it would multiply the run time.
    .setLegacyMode()
    .analyze();
  return violations.map((v) => ({
    page: label,
    rule: v.id,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

/** One line per rule (how many pages, the first page and element), so a failure reads at a glance. */
function summary(findings: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  return [...byRule]
    .map(
      ([rule, list]) => `${rule} on ${list.length} page(s), e.g. ${list[0]!.targets[0]} on ${list[0]!.page}`,
    )
    .join('; ');
}

/** Wider than the viewport means a sideways scroll on a phone (WCAG 1.4.10 reflow). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** Errors other than the document's own 404 status (the not-found page is served with 404 on purpose). */
function realErrors(opened: OpenedPage): string[] {
  return opened.consoleErrors.filter((e) => !e.includes('status of 404'));
}

describe.each(['ja', 'en'] as const)('every page in %s has no axe violation', (lang) => {
  // One page reused for every URL: a new context per URL costs more than the audit itself.
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage({ lang });
  });
  afterAll(async () => {
    await opened.close();
  });

  test('home, not-found and a hand-off with answers (the summary panel shows)', async () => {
    const { page } = opened;
    const guide = loadGuide('encryption-mismatch');
    const handoff = planToHandoff(guide, guide.start, 1);
    const last = handoff.at(-1)!;
    const pages = [
      `/${lang}/`,
      `/${lang}/no-such-guide/`,
      `/${lang}/${guide.id}/no-such-node/`,
      `/${lang}/${guide.id}/${last.next}/?${queryOf(handoff)}`,
    ];
    const findings: Finding[] = [];
    for (const appPath of pages) {
      await show(page, appPath);
      if (appPath.includes('?')) await page.locator('pre.summary-text').waitFor();
      findings.push(...(await axeFindings(page, appPath)));
    }
    expect(findings, summary(findings)).toEqual([]);
    expect(offOriginRequests(opened.requests)).toEqual([]);
    expect(realErrors(opened)).toEqual([]);
  });

  test.each(guideIds)(
    'every node of %s (its start opened fresh, the others reached in the app)',
    async (id) => {
      const { page } = opened;
      const guide = loadGuide(id);
      const findings: Finding[] = [];
      const start = `/${lang}/${id}/${guide.start}/`;
      await show(page, start);
      findings.push(...(await axeFindings(page, start)));
      let audited = 1;
      for (const node of guide.nodes) {
        if (node.id === guide.start) continue;
        const appPath = `/${lang}/${id}/${node.id}/`;
        await showInApp(page, appPath);
        expect(new URL(page.url()).pathname).toBe(new URL(appUrl(appPath)).pathname);
        findings.push(...(await axeFindings(page, appPath)));
        audited += 1;
      }
      expect(findings, summary(findings)).toEqual([]);
      expect(audited).toBe(guide.nodes.length);
      expect(offOriginRequests(opened.requests)).toEqual([]);
      expect(realErrors(opened)).toEqual([]);
    },
    120_000,
  );
});

describe('a sample of pages in the dark theme, on a 390 px phone and at 200 % text', () => {
  const guide = loadGuide('encryption-mismatch');
  const toFix = planToKind(guide, 'fix');
  const toCheck = planToKind(guide, 'check');
  const handoff = planToHandoff(guide, guide.start, 1);
  const samples: [string, string][] = [
    ['home', '/ja/'],
    ['a question', `/ja/${guide.id}/${guide.start}/`],
    ['a check', `/en/${guide.id}/${toCheck.target}/?${queryOf(toCheck.hops)}`],
    ['a fix', `/ja/${guide.id}/${toFix.target}/?${queryOf(toFix.hops)}`],
    ['a hand-off', `/en/${guide.id}/${handoff.at(-1)!.next}/?${queryOf(handoff)}`],
  ];

  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage({ lang: 'ja', viewport: PHONE });
    await opened.page.emulateMedia({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await opened.close();
  });

  test.each(samples)(
    '%s: no violation in the dark theme, no sideways scroll at 390 px, even with double-size text',
    async (_, appPath) => {
      const { page } = opened;
      await show(page, appPath);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const findings = await axeFindings(page, appPath);
      expect(findings, summary(findings)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // WCAG 1.4.4: text resized to 200 % without loss; data-text="larger" only reaches 125 %.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const large = await axeFindings(page, `${appPath} at 200 %`);
      expect(large, summary(large)).toEqual([]);
      expect(offOriginRequests(opened.requests)).toEqual([]);
      expect(realErrors(opened)).toEqual([]);
    },
  );
});
