// Values people must type stay readable (WCAG 1.4.10 reflow, 1.4.4 resize text): on a fix page with a
// settings table, at 320 CSS px, at a 1280 px window zoomed to 200 % (640 CSS px) and on a phone, with the
// app's standard and largest text, no value wraps except right after a dot and nothing scrolls sideways.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl, appReady, openPage, PHONE } from './helpers';
import { loadLocale } from './journey';

const GUIDE = 'encryption-mismatch';

/** Browser zoom is a narrower viewport in CSS px: 200 % of a 1280 px window lays out at 640 px. */
const WIDTHS = [
  ['320 CSS px', 320],
  ['a phone (390 px)', PHONE.width],
  ['200 % zoom of a 1280 px window', 640],
] as const;

// docomo's names are the ones reported broken (imap.spmode.ne.j / p); Outlook.com's have a hyphen
// (smtp-mail.outlook.com) and the longest label (office365).
const PAGES = [
  ['ja', 'values-docomo'],
  ['en', 'values-outlook-com'],
] as const;

interface Measured {
  values: string[];
  /** "<value>: breaks between "imap.spmode.ne.j" and "p"" for each break not right after a dot. */
  badBreaks: string[];
  page: { scrollWidth: number; clientWidth: number };
  /** Settings tables that scroll sideways inside their box. */
  scrollingTables: number;
}

/**
 * Runs in the page: for every value in a settings table, the line each character is on (from the
 * client rects of a one-character Range), so a line that starts anywhere but right after a "." is found.
 */
function measure(): Measured {
  const values: string[] = [];
  const badBreaks: string[] = [];
  for (const el of document.querySelectorAll('.settings-table td code')) {
    const text = el.textContent ?? '';
    values.push(text);
    const chars: { ch: string; top: number; height: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        chars.push({ ch: data[i]!, top: rect.top, height: rect.height });
      }
    }
    for (let i = 1; i < chars.length; i += 1) {
      const prev = chars[i - 1]!;
      const startsLine = chars[i]!.top > prev.top + prev.height / 2;
      if (startsLine && prev.ch !== '.') {
        badBreaks.push(`${text}: breaks between "${text.slice(0, i)}" and "${text.slice(i)}"`);
      }
    }
  }
  const scrollingTables = [...document.querySelectorAll('.settings-table')].filter((table) => {
    const box = table.parentElement!;
    return (
      box.scrollWidth > box.clientWidth ||
      table.getBoundingClientRect().right > box.getBoundingClientRect().right + 1
    );
  }).length;
  const root = document.documentElement;
  return {
    values,
    badBreaks,
    page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
    scrollingTables,
  };
}

/** Through the header's display-settings panel, as a person would; the panel is closed again after. */
async function setTextSize(page: Page, lang: 'ja' | 'en', size: 'normal' | 'larger') {
  if (size === 'normal') return;
  const prefs = loadLocale(lang, 'common').prefs as { textSize: string; button: string };
  const button = page.getByRole('button', { name: prefs.button });
  await button.click();
  await page.getByLabel(prefs.textSize).selectOption(size);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.text)).toBe(size);
  await page.keyboard.press('Escape');
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
}

describe('settings values reflow without breaking a name', () => {
  for (const [lang, node] of PAGES) {
    for (const [what, width] of WIDTHS) {
      test.each(['normal', 'larger'] as const)(
        `${lang} ${node} at ${what}, text size %s: host names break only after a dot, nothing scrolls sideways`,
        async (size) => {
          const { page, consoleErrors, close } = await openPage({
            lang,
            viewport: { width, height: 800 },
          });
          try {
            await page.goto(appUrl(`/${lang}/${GUIDE}/${node}/`));
            await page.waitForFunction(appReady);
            await setTextSize(page, lang, size);
            const m = await page.evaluate(measure);
            expect(m.values.length).toBeGreaterThan(0);
            expect(m.values.some((v) => v.includes('.'))).toBe(true);
            expect(m.badBreaks).toEqual([]);
            expect(m.page.scrollWidth).toBeLessThanOrEqual(m.page.clientWidth);
            expect(m.scrollingTables).toBe(0);
            expect(consoleErrors).toEqual([]);
          } finally {
            await close();
          }
        },
      );
    }
  }
});
