// Static hosting under a sub-path: serves the build made with BASE_PATH=/help/mail/ (the "build (base path)"
// step of npm test, into dist-base/) there like a plain static host and checks deep links, in-app
// navigation, links in the prerendered HTML, assets and favicons, and the not-found page rendered fresh
// from 404.html.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { StaticServer } from '../../scripts/lib/static-server.mjs';
import { openPage, type OpenedPage, appReady } from './helpers';
import { loadGuide, loadLocale } from './journey';

const BASE = '/help/mail/';
// E2E_BASE_DIST serves another folder built the same way (the default is what npm test builds).
const OUT_DIR = process.env.E2E_BASE_DIST ?? 'dist-base';
const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let server: StaticServer;

beforeAll(async () => {
  const root = path.resolve(repoRoot, OUT_DIR);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `No ${BASE} build in ${root}: run \`BASE_PATH=${BASE} OUT_DIR=${OUT_DIR} npm run build\` first ` +
        '(npm test does, in its "build (base path)" step).',
    );
  }
  server = await startStaticServer({ root, base: BASE });
});

afterAll(async () => {
  await server?.close();
});

function title(lang: 'ja' | 'en', id: string): string {
  const text = loadLocale(lang, GUIDE) as { nodes: Record<string, { title: string }> };
  return text.nodes[id]!.title;
}

async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

/** Same-origin links on the page that do not start with the base (they would 404 on the host). */
function linksOutsideBase(page: Page): Promise<string[]> {
  return page.evaluate(
    (base) =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => a.origin === location.origin && !a.pathname.startsWith(base))
        .map((a) => a.getAttribute('href') ?? ''),
    BASE,
  );
}

/** Opens a page that records every response with an error status (a missing asset, icon or chunk). */
async function watched(): Promise<OpenedPage & { failed: string[] }> {
  const opened = await openPage({ lang: 'en' });
  const failed: string[] = [];
  opened.page.on('response', (response: Response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  opened.page.on('requestfailed', (request) =>
    failed.push(`${request.failure()?.errorText} ${request.url()}`),
  );
  return { ...opened, failed };
}

describe(`the app built for ${BASE}`, () => {
  test('a deep link opened fresh shows its node; an answer navigates in the app and stays under the base', async () => {
    const { page, failed, requests, consoleErrors, close } = await watched();
    try {
      const start = guide.nodes.find((n) => n.id === guide.start);
      if (start?.kind !== 'question') throw new Error(`${GUIDE} should start with a question`);
      const answer = start.answers[0]!;
      const response = await page.goto(`${server.url}en/${GUIDE}/${start.id}/`);
      expect(response?.status()).toBe(200);
      expect(await heading(page)).toBe(title('en', start.id));
      await page.waitForFunction(appReady);
      // The prerendered links and the hydrated ones must both point inside the base.
      expect(await linksOutsideBase(page)).toEqual([]);

      // A marker on window survives only a client-side navigation, not a page load.
      await page.evaluate(() => Object.assign(window, { __samePage: true }));
      await page.locator(`main a[href*="/${GUIDE}/${answer.next}/"]`).first().click();
      await expect.poll(() => heading(page)).toBe(title('en', answer.next));
      const url = new URL(page.url());
      expect(url.pathname).toBe(`${BASE}en/${GUIDE}/${answer.next}/`);
      expect(url.search).toBe(`?${start.id}=${answer.id}`);
      expect(await page.evaluate(() => '__samePage' in window)).toBe(true);
      expect(await linksOutsideBase(page)).toEqual([]);

      // Reload: the host serves the prerender of this path from the sub-folder.
      await page.reload();
      expect(await heading(page)).toBe(title('en', answer.next));

      await page.waitForLoadState('networkidle');
      const paths = requests.map((r) => new URL(r).pathname);
      expect(paths).toContain(`${BASE}boot.js`);
      expect(paths.some((p) => p.startsWith(`${BASE}assets/`) && p.endsWith('.js'))).toBe(true);
      expect(paths.some((p) => p.startsWith(`${BASE}assets/`) && p.endsWith('.css'))).toBe(true);
      expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the favicons and the home page are served under the base', async () => {
    const { page, failed, close } = await watched();
    try {
      const response = await page.goto(server.url.slice(0, -1));
      // "/help/mail" redirects to "/help/mail/", whose page is the Japanese home.
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe(BASE);
      const icon = await page.locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBe(`${BASE}favicon.svg`);
      for (const file of [icon!, `${BASE}favicon.ico`]) {
        const res = await page.request.get(new URL(file, server.url).href);
        expect(res.status(), file).toBe(200);
      }
      await page.waitForFunction(appReady);
      expect(await linksOutsideBase(page)).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an unknown path under the base shows the not-found page, rendered fresh from 404.html', async () => {
    const { page, failed, consoleErrors, close } = await watched();
    try {
      const response = await page.goto(`${server.url}en/${GUIDE}/no-such-node/`);
      expect(response?.status()).toBe(404);
      await expect.poll(() => heading(page)).toBe('Page not found');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const home = page.getByRole('link', { name: 'Go to the home page' });
      expect(await home.getAttribute('href')).toBe(`${BASE}en/`);
      expect(await linksOutsideBase(page)).toEqual([]);
      await home.click();
      await page.waitForURL((url) => url.pathname === `${BASE}en/`);
      const common = loadLocale('en', 'common') as { home: { title: string } };
      await expect.poll(() => heading(page)).toBe(common.home.title);
      // Only the document's own 404 may fail; every asset of 404.html loads from under the base.
      expect(failed).toEqual([`404 ${server.url}en/${GUIDE}/no-such-node/`]);
      expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await close();
    }
  });
});
