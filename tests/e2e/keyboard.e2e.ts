// Keyboard-only journey in real Chromium: from home to a hand-off with Tab, Shift+Tab, Enter and Space
// only, checking where focus lands after every key that matters (skip link, headings after navigation).
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { appUrl, offOriginRequests, openPage, origin, appReady } from './helpers';
import { loadGuide, planToHandoff } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);

interface Focused {
  tag: string;
  id: string;
  href: string | null;
  type: string | null;
  text: string;
  checked: boolean | null;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      href: el?.getAttribute('href') ?? null,
      type: el?.getAttribute('type') ?? null,
      text: (el?.textContent ?? '').trim(),
      checked: el instanceof HTMLInputElement ? el.checked : null,
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; fails after `max` presses (a focus trap or a
 * missing tab stop). Returns how many presses it took. */
async function tabTo(page: Page, what: string, wanted: (f: Focused) => boolean, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(
    `${what} was not reached within ${max} presses of Tab (last: ${JSON.stringify(await focused(page))})`,
  );
}

async function expectHeadingFocused(page: Page): Promise<void> {
  await expect.poll(async () => (await focused(page)).id).toBe('page-heading');
}

describe('a keyboard-only journey', () => {
  test('home to a hand-off with Tab, Shift+Tab, Enter and Space; focus lands on each new heading', async () => {
    const { page, context, consoleErrors, requests, close } = await openPage({ lang: 'en' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(appUrl('/en/'));
      // The display controls render once the client has taken over; keys before that would hit static HTML.
      await page.waitForFunction(appReady);

      // The skip link is the first Tab stop and takes focus past the header to the main region.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', href: '#main' });
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).id).toBe('main');

      // From main, Tab reaches the symptom list; Enter opens the guide at its first question.
      await tabTo(
        page,
        `a symptom of ${GUIDE}`,
        (f) => f.tag === 'a' && (f.href ?? '').includes(`/${GUIDE}/`),
      );
      const symptomHref = (await focused(page)).href!;
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === new URL(appUrl(symptomHref)).pathname);
      await expectHeadingFocused(page);

      const startNode = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1) ?? guide.start;
      const hops = planToHandoff(guide, startNode, 2);
      let tickedOne = false;
      let steppedBack = false;
      for (const hop of hops) {
        const isTarget = (f: Focused) =>
          f.tag === 'a' &&
          (f.href ?? '').includes(`/${GUIDE}/${hop.next}/`) &&
          (f.href ?? '').includes(`${hop.node}=${hop.value}`);

        if (hop.kind === 'fix' && !tickedOne) {
          // Space ticks a step as done, as it would any checkbox.
          await tabTo(page, 'the first "done" checkbox', (f) => f.tag === 'input' && f.type === 'checkbox');
          expect((await focused(page)).checked).toBe(false);
          await page.keyboard.press('Space');
          await expect.poll(async () => (await focused(page)).checked).toBe(true);
          tickedOne = true;
        }
        await tabTo(page, `the link to ${hop.next}`, isTarget);
        if (hop.kind === 'fix' && !steppedBack) {
          // Shift+Tab goes back to "Yes", Tab returns to "No": the order follows what is on screen.
          await page.keyboard.press('Shift+Tab');
          const previous = await focused(page);
          expect(previous.tag).toBe('a');
          expect(previous.href).toContain(`${hop.node}=yes`);
          await page.keyboard.press('Tab');
          expect(isTarget(await focused(page))).toBe(true);
          steppedBack = true;
        }
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname.endsWith(`/${GUIDE}/${hop.next}/`));
        await expectHeadingFocused(page);
      }
      expect(tickedOne && steppedBack).toBe(true);

      // At the hand-off, Space on "Copy summary" copies the summary and says so.
      await tabTo(page, 'the "Copy summary" button', (f) => f.tag === 'button' && f.text === 'Copy summary');
      await page.keyboard.press('Space');
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('Fixes tried');

      expect(consoleErrors).toEqual([]);
      expect(offOriginRequests(requests)).toEqual([]);
    } finally {
      await close();
    }
  });
});
