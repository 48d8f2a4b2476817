// The prerendered HTML hydrates without a mismatch on every kind of page, with and without answers in
// the URL; a page whose HTML was changed is reported, so the detector is known to be live. Run by
// `npm test` against a development build (dist-dev/, React's full warnings) and, in the main e2e run,
// against the production build (where main.tsx turns a recovered mismatch into an error).
import { describe, expect, test } from 'vitest';
import { appReady, appUrl, openPage } from './helpers';
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

interface Report {
  /** Console errors and uncaught errors (a recovered mismatch is one, see main.tsx). */
  errors: string[];
  /** Console warnings that mention hydration (React's development build). */
  warnings: string[];
  /** The page's heading once the app has taken over. */
  heading: string;
}

/** Logged by the test once the app has hydrated: every message hydration logged arrives before it. */
const MARK = 'e2e: hydration checked';

/**
 * Opens an app path fresh, waits until React has really hydrated (the app's entry starts only after the
 * page's load event, so anything already in the prerendered HTML proves nothing), then until a console line
 * logged after that has arrived, and returns what the page reported. `tamper` rewrites the served HTML of
 * that one document before the browser sees it.
 */
async function hydrate(appPath: string, tamper?: (html: string) => string): Promise<Report> {
  const { page, consoleErrors, close } = await openPage({ lang: 'ja' });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && /hydrat/i.test(m.text())) warnings.push(m.text());
  });
  try {
    const url = new URL(appUrl(appPath));
    if (tamper) {
      const documentUrl = new URL(url);
      documentUrl.hash = '';
      await page.route(
        (requested) => requested.href === documentUrl.href,
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, body: tamper(await response.text()) });
        },
      );
    }
    await page.goto(url.href);
    await page.waitForFunction(appReady);
    await Promise.all([
      page.waitForEvent('console', (m) => m.text() === MARK),
      page.evaluate((mark) => console.info(mark), MARK),
    ]);
    const heading = (await page.locator('#page-heading').textContent()) ?? '';
    return { errors: [...consoleErrors], warnings, heading };
  } finally {
    await close();
  }
}

describe('hydration', () => {
  test.each(pages)('%s hydrates with no console error or warning about it', async (_name, appPath) => {
    const { errors, warnings } = await hydrate(appPath);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('a page whose served heading differs from what the app renders is reported (so an empty list above means something)', async () => {
    const appPath = `/ja/${GUIDE}/${guide.start}/`;
    let original = '';
    const { errors, warnings, heading } = await hydrate(appPath, (html) => {
      const changed = html.replace(
        /(<h1 id="page-heading"[^>]*>)([^<]+)(<\/h1>)/,
        (_match, open: string, text: string, end: string) => {
          original = text;
          return `${open}${text} (changed on the server)${end}`;
        },
      );
      if (changed === html) throw new Error(`No #page-heading text to change in ${appPath}`);
      return changed;
    });
    expect([...errors, ...warnings].filter((line) => /hydrat/i.test(line))).not.toEqual([]);
    // React gave up on the served HTML and rendered its own heading in its place.
    expect(original).not.toBe('');
    expect(heading).toBe(original);
  });
});
