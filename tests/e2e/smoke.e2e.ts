// Smoke test of the built site in real Chromium: home pages and a deep link load cleanly and stay on-origin.
import { describe, expect, test } from 'vitest';
import { appReady, appUrl, offOriginRequests, openPage } from './helpers';

describe('the built site in a real browser', () => {
  test.each([
    ['ja', '/ja/'],
    ['en', '/en/'],
  ] as const)('the %s home page shows its heading in its own language', async (lang, appPath) => {
    const { page, consoleErrors, requests, close } = await openPage({ lang });
    try {
      const response = await page.goto(appUrl(appPath));
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // The app starts after the page's load event: errors and requests of its start-up count too.
      await page.waitForFunction(appReady);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
      expect(offOriginRequests(requests)).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a deep link to a question opened fresh shows that question', async () => {
    const { page, consoleErrors, requests, close } = await openPage({ lang: 'ja' });
    try {
      const response = await page.goto(appUrl('/ja/encryption-mismatch/client/'));
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
      expect((await page.locator('h1').first().textContent())?.trim()).not.toBe('');
      await page.waitForFunction(appReady);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors).toEqual([]);
      expect(offOriginRequests(requests)).toEqual([]);
    } finally {
      await close();
    }
  });
});
