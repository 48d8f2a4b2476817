// Full journeys in real Chromium on the built app, in Japanese and English, as a person would use them:
// paste an error, answer, say "no" to fixes, copy the hand-off summary; deep step links, Back/Forward,
// reload, language switch, not-found, blocked storage, and JavaScript turned off.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appReady, appUrl, offOriginRequests, openPage, origin, PHONE } from './helpers';
import { loadGuide, loadLocale, planToHandoff, planToKind, queryOf, type Hop } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);

function nodeTitle(lang: 'ja' | 'en', id: string): string {
  const text = loadLocale(lang, GUIDE) as { nodes: Record<string, { title: string }> };
  const title = text.nodes[id]?.title;
  if (!title) throw new Error(`no ${lang} title for ${id}`);
  return title;
}

async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

async function follow(page: Page, lang: 'ja' | 'en', hop: Hop): Promise<void> {
  const link = page
    .locator(`main a[href*="/${GUIDE}/${hop.next}/"][href*="${hop.node}=${hop.value}"]`)
    .first();
  await link.click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${hop.next}/`));
  await expect.poll(() => heading(page)).toBe(nodeTitle(lang, hop.next));
}

describe.each(['ja', 'en'] as const)('a journey in %s', (lang) => {
  test('paste the error, answer, say "no" to two fixes and copy the hand-off summary', async () => {
    const { page, context, consoleErrors, requests, close } = await openPage({ lang, viewport: PHONE });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(appUrl(`/${lang}/`));
      // The finder is disabled in the prerendered page and enabled by the app, which starts after load.
      await page.waitForFunction(appReady);
      const finder = page.getByRole('textbox');
      expect(await finder.isEnabled()).toBe(true);
      await finder.fill(lang === 'ja' ? 'エラー 0x800CCC1A が出ます' : 'Outlook error 0x800ccc1a');
      const first = page.locator('main ul[aria-label] a').first();
      await expect.poll(() => first.getAttribute('href')).toContain(`/${GUIDE}/`);
      await first.click();
      await page.waitForURL((url) => url.pathname.includes(`/${GUIDE}/`));
      const startNode = new URL(page.url()).pathname.split('/').filter(Boolean)[2] ?? guide.start;
      await expect.poll(() => heading(page)).toBe(nodeTitle(lang, startNode));

      const hops = planToHandoff(guide, startNode, 2);
      for (const hop of hops) {
        await follow(page, lang, hop);
        // Focus moves to the new page's heading after each step.
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
      }
      const copy = page.getByRole('button', { name: lang === 'ja' ? 'まとめをコピー' : 'Copy summary' });
      await copy.click();
      // Writing to the clipboard is asynchronous: wait for the summary to arrive, then read it.
      const tried = lang === 'ja' ? '試した対処' : 'Fixes tried';
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(tried);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(page.url().replace(/#.*$/, ''));
      for (const hop of hops.filter((h) => h.kind === 'fix')) {
        expect(copied).toContain(nodeTitle(lang, hop.node));
      }
      expect(consoleErrors).toEqual([]);
      expect(offOriginRequests(requests)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('links and history', () => {
  const { target: fix, hops } = planToKind(guide, 'fix');
  const fixUrl = `/en/${GUIDE}/${fix}/?${queryOf(hops)}`;

  test('a step link opened fresh scrolls to the step, highlights it and moves focus there', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'en', viewport: PHONE });
    try {
      await page.goto(appUrl(`${fixUrl}#step-2`));
      // Before the app starts, the browser itself scrolls to the step and CSS :target highlights it; the
      // app then marks it and keeps focus there.
      expect(await page.locator('#step-2:target').count()).toBe(1);
      await page.waitForFunction(appReady);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-2');
      expect(await page.locator('#step-2').getAttribute('data-highlight')).toBe('true');
      const inView = await page.locator('#step-2').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= -1 && r.top < window.innerHeight;
      });
      expect(inView).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('Back, Forward and reload show the same pages with the same answers', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'ja' });
    try {
      await page.goto(appUrl(`/ja/${GUIDE}/${guide.start}/`));
      // Answers followed before the app has started would be plain page loads, not the app's history.
      await page.waitForFunction(appReady);
      await expect.poll(() => heading(page)).toBe(nodeTitle('ja', guide.start));
      await page.evaluate(() => Object.assign(window, { __samePage: true }));
      for (const hop of hops) await follow(page, 'ja', hop);
      const fixPage = page.url();
      await page.goBack();
      await expect.poll(() => heading(page)).toBe(nodeTitle('ja', hops[hops.length - 1]!.node));
      await page.goForward();
      await expect.poll(() => heading(page)).toBe(nodeTitle('ja', fix));
      expect(page.url()).toBe(fixPage);
      // Every step so far happened in the one document the test opened.
      expect(await page.evaluate(() => '__samePage' in window)).toBe(true);
      await page.reload();
      await page.waitForFunction(appReady);
      await expect.poll(() => heading(page)).toBe(nodeTitle('ja', fix));
      // "Your answers" survives the reload because the answers are in the URL.
      await expect.poll(() => page.getByRole('link', { name: /回答を変更/ }).count()).toBe(hops.length);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('switching language mid-journey keeps the node and the answers', async () => {
    const { page, close } = await openPage({ lang: 'ja' });
    try {
      await page.goto(appUrl(`/ja/${GUIDE}/${fix}/?${queryOf(hops)}`));
      // The prerendered link cannot know the answers in the query: the app's link does.
      await page.waitForFunction(appReady);
      await expect.poll(() => heading(page)).toBe(nodeTitle('ja', fix));
      await page.getByRole('link', { name: 'このページを英語で表示' }).click();
      await expect.poll(() => heading(page)).toBe(nodeTitle('en', fix));
      expect(new URL(page.url()).search).toBe(`?${queryOf(hops)}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.title()).toContain(nodeTitle('en', fix));
    } finally {
      await close();
    }
  });

  test('an unknown node shows a friendly not-found page in the same language', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'en' });
    try {
      const response = await page.goto(appUrl(`/en/${GUIDE}/no-such-node/`));
      expect(response?.status()).toBe(404);
      // 404.html is rendered by the app, which starts after the page's load event.
      await page.waitForFunction(appReady);
      await expect.poll(() => heading(page)).toBe('Page not found');
      expect(await page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toMatch(
        /\/en\/$/,
      );
      // Chromium logs the document's own 404 status as a console error; nothing else may appear.
      expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await close();
    }
  });

  test('junk in the query (10 KB, bad percent-encoding, unknown answers) still shows the node', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'en' });
    try {
      const junk = `?${guide.start}=nope&x=%E0%A4%A&${'a'.repeat(10_000)}=1`;
      await page.goto(appUrl(`/en/${GUIDE}/${fix}/${junk}`));
      // The prerendered page shows the node anyway: what matters is that the app reads the query and runs.
      await page.waitForFunction(appReady);
      await expect.poll(() => heading(page)).toBe(nodeTitle('en', fix));
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('robustness', () => {
  test('with localStorage blocked the journey completes and ticks still work', async () => {
    const { page, consoleErrors, close } = await openPage({
      lang: 'en',
      initScript: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      },
    });
    try {
      const { target: fix, hops } = planToKind(guide, 'fix');
      await page.goto(appUrl(`/en/${GUIDE}/${guide.start}/`));
      await page.waitForFunction(appReady);
      for (const hop of hops) await follow(page, 'en', hop);
      const tick = page.getByRole('checkbox', { name: 'Mark step 1 as done' });
      // Focus and Space, as a keyboard user ticks it: the same whichever visible part takes the pointer.
      await tick.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => tick.isChecked()).toBe(true);
      const rest = planToHandoff(guide, fix, 1);
      for (const hop of rest) await follow(page, 'en', hop);
      await expect.poll(() => page.getByRole('button', { name: 'Copy summary' }).isVisible()).toBe(true);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('with JavaScript off a person gets from home to the steps of a fix by following links', async () => {
    const { page, close } = await openPage({ lang: 'ja', jsEnabled: false });
    try {
      await page.goto(appUrl('/ja/'));
      await page.locator(`main a[href*="/${GUIDE}/"]`).first().click();
      await page.waitForURL((url) => url.pathname.includes(`/${GUIDE}/`));
      // A symptom may open the guide past its first question: plan from the page it opened.
      const landed = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1) ?? guide.start;
      const { target: fix, hops } = planToKind(guide, 'fix', landed);
      for (const hop of hops) {
        await page
          .locator(`main a[href*="/${GUIDE}/${hop.next}/"][href*="${hop.node}=${hop.value}"]`)
          .first()
          .click();
        await page.waitForURL((url) => url.pathname.endsWith(`/${hop.next}/`));
      }
      expect(await heading(page)).toBe(nodeTitle('ja', fix));
      expect(await page.locator('#step-1').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });
});
