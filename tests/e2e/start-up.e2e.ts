// How the app starts and how it reaches pages it has not loaded yet (issue #16): the prerendered page paints
// before any of the app's JavaScript is fetched, and a page whose chunks are still loading gets the focus
// and the announcement when it arrives, as every other step does.
import { describe, expect, test } from 'vitest';
import { appReady, appUrl, openPage, PHONE } from './helpers';
import { loadGuide, loadLocale } from './journey';

describe('start-up', () => {
  test('a node page paints before the app is fetched: no script but boot.js is requested before the first paint', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'ja', viewport: PHONE });
    try {
      await page.goto(appUrl('/ja/encryption-mismatch/client/'));
      await page.waitForFunction(appReady);
      const timing = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => /\.js(\?|$)/.test(r.name))
          .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
      }));
      expect(timing.paint).not.toBeNull();
      const app = timing.scripts.filter((s) => !s.name.endsWith('/boot.js'));
      // The entry, React and the page's chunks all came, and every one of them after the first paint.
      expect(app.length).toBeGreaterThan(3);
      for (const script of app) expect(script.start, script.name).toBeGreaterThanOrEqual(timing.paint!);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('another guide reached from home while its chunks load: its heading gets the focus and is announced', async () => {
    const GUIDE = 'smime-send';
    const guide = loadGuide(GUIDE);
    const title = (loadLocale('en', GUIDE) as { nodes: Record<string, { title: string }> }).nodes[
      guide.start
    ]!.title;
    const { page, consoleErrors, close } = await openPage({ lang: 'en', viewport: PHONE });
    try {
      await page.goto(appUrl('/en/'));
      await page.waitForFunction(appReady);
      // Hold the guide's chunks (its data and its wording) back for a moment, as a slow network would.
      let held = 0;
      await page.route(new RegExp(`/assets/${GUIDE}-[^/]+\\.js$`), async (route) => {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      const link = page.locator(`main a[href*="/en/${GUIDE}/"]`).first();
      await link.click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
        .toBe('page-heading');
      expect(held).toBeGreaterThan(0);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(title);
      await expect.poll(() => page.locator('[aria-live="polite"]').last().textContent()).toContain(title);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('pointing at a link to another guide starts loading it before the click', async () => {
    const GUIDE = 'smime-send';
    const { page, requests, consoleErrors, close } = await openPage({ lang: 'en', viewport: PHONE });
    try {
      await page.goto(appUrl('/en/'));
      await page.waitForFunction(appReady);
      const guideChunk = (url: string) => new RegExp(`/assets/${GUIDE}-[^/]+\\.js$`).test(url);
      expect(requests.filter(guideChunk)).toEqual([]);
      const link = page.locator(`main a[href*="/en/${GUIDE}/"]`).first();
      await link.scrollIntoViewIfNeeded();
      const box = await link.boundingBox();
      if (!box) throw new Error('the link is not on screen');
      await page.mouse.move(box.x + 4, box.y + 4);
      await page.mouse.down();
      // Pressed, not yet released: the guide's data and wording are on their way.
      await expect.poll(() => requests.filter(guideChunk).length).toBeGreaterThan(0);
      expect(new URL(page.url()).pathname).toBe('/en/');
      await page.mouse.up();
      await page.waitForURL((url) => url.pathname.startsWith(`/en/${GUIDE}/`));
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a guide whose chunks fail to load shows the error page with a reload link, and the next page clears it', async () => {
    const GUIDE = 'smime-send';
    const common = loadLocale('en', 'common') as { error: { title: string; reload: string } };
    const { page, close } = await openPage({ lang: 'en', viewport: PHONE });
    try {
      await page.goto(appUrl('/en/'));
      await page.waitForFunction(appReady);
      await page.route(new RegExp(`/assets/${GUIDE}-[^/]+\\.js$`), (route) => route.abort());
      await page.locator(`main a[href*="/en/${GUIDE}/"]`).first().click();
      await expect
        .poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 })
        .toBe(common.error.title);
      const reload = page.getByRole('link', { name: common.error.reload });
      expect(await reload.getAttribute('href')).toContain(`/en/${GUIDE}/`);
      // Back to home, which is loaded: the error page goes, home comes back.
      await page.goBack();
      await expect.poll(() => page.getByRole('textbox').count()).toBeGreaterThan(0);
      expect(await page.getByRole('heading', { name: common.error.title }).count()).toBe(0);
      // The network is back: the same link now opens the guide, without a reload.
      await page.unroute(new RegExp(`/assets/${GUIDE}-[^/]+\\.js$`));
      await page.locator(`main a[href*="/en/${GUIDE}/"]`).first().click();
      await page.waitForURL((url) => url.pathname.startsWith(`/en/${GUIDE}/`));
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
        .toBe('page-heading');
      expect(await page.getByRole('heading', { name: common.error.title }).count()).toBe(0);
    } finally {
      await close();
    }
  });

  test('a step into a check whose form is still loading: the page arrives whole, focus on its heading', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'en', viewport: PHONE });
    try {
      await page.goto(appUrl('/en/encryption-mismatch/provider/'));
      await page.waitForFunction(appReady);
      let held = 0;
      await page.route(/\/assets\/check-view-[^/]+\.js$/, async (route) => {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      await page.locator('main a[href*="/encryption-mismatch/check-gmail/"]').first().click();
      await page.waitForFunction(() => document.activeElement?.id === 'page-heading', null, {
        timeout: 10_000,
      });
      // When focus lands, the form is already on the page: Tab from the heading reaches its first field.
      expect(await page.locator('main form select').count()).toBeGreaterThan(0);
      expect(held).toBeGreaterThan(0);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
