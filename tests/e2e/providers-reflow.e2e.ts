// The provider question with 16 answers, and the settings of a provider chosen there (Xserver's pattern
// host, its hint and the checked date; au's "cannot check" note), fit a phone: nothing scrolls sideways.
import { describe, expect, test } from 'vitest';
import { appUrl, appReady, openPage, PHONE } from './helpers';

const GUIDE = 'encryption-mismatch';
const PAGES = [
  ['ja', 'provider/?client=outlook-classic', '.answer-link', 16],
  [
    'ja',
    'values-by-provider/?client=outlook-classic&provider=xserver&check-by-provider=skip',
    '.provenance',
    1,
  ],
  [
    'en',
    'values-by-provider/?client=outlook-classic&provider=xserver&check-by-provider=skip',
    '.provenance',
    1,
  ],
  ['ja', 'values-by-provider/?client=outlook-classic&provider=au&check-by-provider=skip', '.provenance', 1],
] as const;

describe('provider pages on a phone (390 px)', () => {
  test.each(PAGES)('%s %s: no sideways scroll', async (lang, path, selector, count) => {
    const { page, consoleErrors, close } = await openPage({ lang, viewport: PHONE });
    try {
      await page.goto(appUrl(`/${lang}/${GUIDE}/${path}`));
      await page.waitForFunction(appReady);
      await expect.poll(() => page.locator(selector).count()).toBe(count);
      const size = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(size.scrollWidth).toBeLessThanOrEqual(size.clientWidth);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
