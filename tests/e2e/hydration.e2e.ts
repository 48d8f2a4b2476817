// The prerendered HTML hydrates without a mismatch on every kind of page, with and without answers in
// the URL. Run by `npm test` against a development build (dist-dev/, React's full warnings) and, in the
// main e2e run, against the production build (where main.tsx turns a recovered mismatch into an error).
import { describe, expect, test } from 'vitest';
import { appUrl, openPage } from './helpers';
import { loadGuide, planToHandoff, planToKind, queryOf } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);
const fix = planToKind(guide, 'fix');
const check = planToKind(guide, 'check');
const handoff = planToHandoff(guide, guide.start, 1);
const handoffNode = handoff[handoff.length - 1]!.next;

const pages: [string, string][] = [
  ['home (ja)', '/ja/'],
  ['home (en)', '/en/'],
  ['question without answers', `/ja/${GUIDE}/${guide.start}/`],
  ['fix with answers and a step link', `/en/${GUIDE}/${fix.target}/?${queryOf(fix.hops)}#step-2`],
  ['check with answers', `/ja/${GUIDE}/${check.target}/?${queryOf(check.hops)}`],
  ['hand-off with answers', `/en/${GUIDE}/${handoffNode}/?${queryOf(handoff)}`],
  ['guide root', `/ja/${GUIDE}/`],
];

describe('hydration', () => {
  test.each(pages)('%s hydrates with no console error or warning about it', async (_name, path) => {
    const { page, consoleErrors, close } = await openPage({ lang: 'ja' });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
    });
    try {
      await page.goto(appUrl(path));
      // The page is interactive once post-hydration UI (page tools or the finder) is enabled.
      await page.waitForFunction(
        () =>
          document.querySelector(
            'textarea:not([disabled]), aside, [aria-labelledby="summary-heading"] pre',
          ) !== null,
      );
      expect(consoleErrors).toEqual([]);
      expect(warnings).toEqual([]);
    } finally {
      await close();
    }
  });
});
