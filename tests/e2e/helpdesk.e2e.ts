// The helpdesk index in real Chromium: search → a step → copy its link → the link opens that step
// highlighted in a fresh page; the QR code decodes (jsQR) to the same link; the index lists every step
// with its link when JavaScript is off; axe finds nothing in ja and en; the helpdesk view on a node page
// shows ids and is remembered after a reload.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { appUrl, offOriginRequests, openPage, origin, PHONE } from './helpers';
import { loadGuide } from './journey';
import type { FixNode } from '../../src/engine/types';

// The index is one large page (every step of every guide): on a loaded 2-core machine it needs time.
vi.setConfig({ testTimeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens the helpdesk index and waits until its search is live (the client has taken over). */
async function openIndex(page: Page, lang: 'ja' | 'en'): Promise<void> {
  await page.goto(appUrl(`/${lang}/helpdesk/`));
  await page.locator('.hd-search[data-ready="true"]').waitFor();
}

/** Draws the QR code's SVG on a canvas in the page and decodes the pixels with jsQR here. */
async function decodeQr(qr: Locator): Promise<string | undefined> {
  const size = 400;
  const pixels = await qr.evaluate(async (svg, side) => {
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = side;
    canvas.height = side;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, side, side);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, side, side);
    return Array.from(ctx.getImageData(0, 0, side, side).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource })
    .options({ reporter: 'no-passes' })
    .withTags(TAGS)
    .setLegacyMode()
    .analyze();
  return violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

describe('the helpdesk index', () => {
  test('search 「SSLを使用」, copy a step link: it opens that step highlighted; the QR code is the same link', async () => {
    const opened = await openPage({ lang: 'ja' });
    const { page, context } = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await openIndex(page, 'ja');
    await page.getByRole('searchbox', { name: '解決策・手順を検索' }).fill('SSLを使用');
    const results = page.getByRole('list', { name: '検索結果' });
    const first = results.getByRole('listitem').first();
    await first.waitFor();
    expect(await results.getByRole('listitem').count()).toBeGreaterThan(3);
    await expect.poll(() => first.getByRole('link').textContent()).toContain('SSLを使用');

    const share = first.getByRole('button', { name: /^手順 \d+ を共有$/ });
    const n = Number(/手順 (\d+)/.exec((await share.getAttribute('aria-label')) ?? '')?.[1]);
    const href = await first.getByRole('link').getAttribute('href');
    await share.click();
    await first.getByRole('button', { name: 'リンクをコピー' }).click();
    await first.getByText('コピーしました').first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(href!, page.url()).href);
    expect(copied).toMatch(new RegExp(`\\?client=iphone-mail&.*#step-${n}$`));

    // The QR code drawn in the page is the same link.
    expect(await decodeQr(first.locator('svg.hd-qr'))).toBe(copied);

    // The ticket sentence names the step and carries the link.
    await first.getByRole('button', { name: '依頼文をコピー' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`^次のリンクを開き、手順 ${n}「.*SSLを使用.*」を行ってください: `));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`: ${copied}`);
    expect(offOriginRequests(opened.requests)).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();

    // A fresh page (the customer's): the step is highlighted with the shared-step banner.
    const customer = await openPage({ lang: 'ja', viewport: PHONE });
    await customer.page.goto(copied);
    await customer.page.locator('.step-list[data-hydrated="true"]').waitFor();
    const step = customer.page.locator(`#step-${n}`);
    await expect.poll(() => step.getAttribute('data-highlight')).toBe('true');
    const banner = step.locator('.step-shared');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(new RegExp(`共有された手順 ${n} / \\d+`));
    expect(await step.locator('.step-title').textContent()).toContain('SSLを使用');
    expect(customer.consoleErrors).toEqual([]);
    await customer.close();
  });

  test('993 lists steps whose settings table shows it', async () => {
    const opened = await openPage({ lang: 'ja' });
    await openIndex(opened.page, 'ja');
    await opened.page.getByRole('searchbox', { name: '解決策・手順を検索' }).fill('993');
    const results = opened.page.getByRole('list', { name: '検索結果' });
    await results.getByRole('listitem').first().waitFor();
    expect(await results.getByText(/一致した箇所：設定値: .*993/).count()).toBeGreaterThan(2);
    await opened.close();
  });

  test('with JavaScript off it lists every guide and every numbered step with its link', async () => {
    const opened = await openPage({ lang: 'ja', jsEnabled: false });
    await opened.page.goto(appUrl('/ja/helpdesk/'));
    const guide = loadGuide('cannot-connect-ssl');
    const fixes = guide.nodes.filter((n) => n.kind === 'fix');
    // Every step of that guide has its link with the answers (the app) in it.
    const links = opened.page.locator('a[href*="/ja/cannot-connect-ssl/"][href*="#step-"]');
    expect(await links.count()).toBeGreaterThanOrEqual(fixes.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const fix of fixes) {
      expect(
        hrefs.some((h) => h.includes(`/ja/cannot-connect-ssl/${fix.id}/?`) && h.endsWith('#step-1')),
        fix.id,
      ).toBe(true);
    }
    expect(hrefs.every((h) => /\?client=iphone-mail&/.test(h))).toBe(true);
    expect(await opened.page.locator('a[href*="#step-"]').count()).toBeGreaterThan(300);
    expect(await opened.page.getByRole('heading', { level: 2, name: /SSLで接続できません/ }).count()).toBe(1);
    // A step link works without JavaScript: the step's page with the step as its target.
    const first = links.first();
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await opened.page.waitForURL((u) => u.href.endsWith(href.replace(/^.*#/, '#')));
    expect(await opened.page.locator(`${href.replace(/^.*#/, '#')}:target`).count()).toBe(1);
    await opened.close();
  });

  test.each(['ja', 'en'] as const)(
    'axe finds nothing on the %s index, with a search typed and a QR code shown',
    async (lang) => {
      const opened = await openPage({ lang });
      await openIndex(opened.page, lang);
      expect(await axeViolations(opened.page)).toEqual([]);
      await opened.page.getByRole('searchbox').fill(lang === 'ja' ? 'SSLを使用' : 'Use SSL');
      const first = opened.page.locator('.hd-result').first();
      await first.getByRole('button').click();
      await first.locator('svg.hd-qr').waitFor();
      expect(await axeViolations(opened.page)).toEqual([]);
      await opened.close();
    },
  );
});

describe('the helpdesk view on a node page', () => {
  test('off by default; on, it shows the node and step ids and share actions, and stays on after a reload', async () => {
    const guide = loadGuide('cannot-connect-ssl');
    const fix = guide.nodes.find((n): n is FixNode => n.kind === 'fix' && (n.steps?.length ?? 0) > 1)!;
    const opened = await openPage({ lang: 'ja' });
    const { page } = opened;
    await page.goto(appUrl(`/ja/cannot-connect-ssl/${fix.id}/`));
    const toggle = page.getByRole('button', { name: 'ヘルプデスク表示' });
    await page.locator('.js-only[data-ready="true"] > button[aria-pressed]').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.hd-node-panel').count()).toBe(0);
    expect(await page.getByText(fix.id, { exact: false }).count()).toBe(0);

    await toggle.click();
    const panel = page.getByRole('region', { name: 'ヘルプデスク向けの情報' });
    await panel.waitFor();
    expect(await panel.getByText(`${fix.id} (fix)`).count()).toBe(1);
    for (const step of fix.steps ?? [])
      expect(await panel.getByText(step.id, { exact: true }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: '手順 2 を共有' }).count()).toBe(1);

    await page.reload();
    await page.locator('.js-only[data-ready="true"] > button[aria-pressed]').waitFor();
    await panel.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await toggle.click();
    await page.reload();
    await page.locator('.js-only[data-ready="true"] > button[aria-pressed]').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.hd-node-panel').count()).toBe(0);
    expect(opened.consoleErrors).toEqual([]);
    await opened.close();
  });

  test('the footer links to the helpdesk index on every page', async () => {
    const opened = await openPage({ lang: 'en', jsEnabled: false });
    for (const path of ['/en/', '/en/cannot-connect-ssl/']) {
      await opened.page.goto(appUrl(path));
      const link = opened.page
        .getByRole('contentinfo')
        .getByRole('link', { name: 'For helpdesks: every fix and step' });
      expect(await link.getAttribute('href')).toBe(new URL(appUrl('/en/helpdesk/')).pathname);
    }
    await opened.close();
  });
});
