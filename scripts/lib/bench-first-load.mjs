// What a first visit downloads, measured in a real Chromium: every JS and CSS file the page requests from
// the moment it is opened until the app is interactive (boot.js, the entry, its static imports, the
// modulepreloads, the route's chunk, the guide's data and wording, the stylesheets), each weighed on disk
// with gzip -9. Used by the budget test (tests/e2e/build-output.e2e.ts) and by `npm run bench`.
/* global document -- appReady runs in the page */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestFile } from './build-meta.mjs';

/** Budgets (gzip -9 bytes), issue #16: a home page, and a node page (its guide's data and wording included). */
export const FIRST_LOAD_BUDGET = { home: 128 * 1024, node: 140 * 1024 };

/**
 * Runs in the page: true once the client has taken over, i.e. the header's display controls are live (the
 * prerendered HTML keeps them inert until hydration). The same test as tests/e2e/helpers.ts `appReady`.
 */
function appReady() {
  const selects = document.querySelectorAll('header .pref-select select');
  return selects.length === 2 && selects[0].closest('[inert]') === null;
}

/**
 * The pages measured: home in each language; the start node of every guide in each language (a node page
 * loads the node route, the guide's data and wording, and the shared data whichever node it shows); and,
 * since a fix, check or outcome page also loads its kind's view (its own chunk), the first node of each of
 * those kinds in the guide with the most wording that has one.
 * @param {string} repoRoot
 */
export function firstLoadPages(repoRoot) {
  const guides = readdirSync(path.join(repoRoot, 'src/content/guides'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(repoRoot, 'src/content/guides', f), 'utf8')));
  const wording = (guide) => readFileSync(path.join(repoRoot, 'locales/ja', `${guide.id}.json`)).length;
  const bySize = [...guides].sort((a, b) => wording(b) - wording(a));
  const kinds = ['fix', 'check', 'outcome'].flatMap((kind) => {
    const guide = bySize.find((g) => g.nodes.some((n) => n.kind === kind));
    return guide ? [{ guide, node: guide.nodes.find((n) => n.kind === kind).id }] : [];
  });
  const pages = [];
  for (const lang of ['ja', 'en']) {
    pages.push({ kind: 'home', lang, path: `/${lang}/` });
    for (const guide of guides) {
      pages.push({ kind: 'node', lang, guide: guide.id, path: `/${lang}/${guide.id}/${guide.start}/` });
    }
    for (const { guide, node } of kinds) {
      pages.push({ kind: 'node', lang, guide: guide.id, path: `/${lang}/${guide.id}/${node}/` });
    }
  }
  return pages;
}

/**
 * Pages people also open cold from a link, measured the same way (no budget: `npm run bench` reports them):
 * the helpdesk index in each language (its index of every step is most of it) and the map of the guide
 * with the most nodes.
 * @param {string} repoRoot
 */
export function coldLinkPages(repoRoot) {
  const guides = readdirSync(path.join(repoRoot, 'src/content/guides'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(repoRoot, 'src/content/guides', f), 'utf8')));
  const biggest = [...guides].sort((a, b) => b.nodes.length - a.nodes.length)[0];
  return ['ja', 'en'].flatMap((lang) => [
    { kind: 'helpdesk', lang, path: `/${lang}/helpdesk/` },
    ...(biggest ? [{ kind: 'map', lang, guide: biggest.id, path: `/${lang}/${biggest.id}/map/` }] : []),
  ]);
}

/** Vite's manifest read backwards: built file → the source it came from (for readable breakdowns). */
function sourcesByFile(dist) {
  const names = new Map();
  try {
    const manifest = JSON.parse(readFileSync(manifestFile(dist), 'utf8'));
    for (const [key, chunk] of Object.entries(manifest)) {
      const source = chunk.isEntry ? `${key} (entry: src/main.tsx)` : key;
      if (!names.has(chunk.file)) names.set(chunk.file, source);
      for (const css of chunk.css ?? []) if (!names.has(css)) names.set(css, `CSS of ${source}`);
    }
  } catch {
    // No manifest: the breakdown shows file names only.
  }
  return names;
}

/**
 * Opens each page in a fresh context (empty cache) and lists the JS and CSS it requested before `ready`.
 * @param {object} options
 * @param {import('playwright-core').Browser} options.browser
 * @param {string} options.baseUrl origin + base path of the served `dist`, ending in "/"
 * @param {string} options.dist the build folder being served (files are weighed there)
 * @param {{ kind: string, lang: string, path: string, guide?: string }[]} options.pages
 * @param {() => boolean} [options.ready] runs in the page; default `appReady`
 */
export async function measureFirstLoads({ browser, baseUrl, dist, pages, ready = appReady }) {
  const base = new URL(baseUrl);
  const names = sourcesByFile(dist);
  const gzCache = new Map();
  const gz = (file) => {
    if (!gzCache.has(file))
      gzCache.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
    return gzCache.get(file);
  };
  const results = [];
  for (const spec of pages) {
    const context = await browser.newContext({ locale: spec.lang === 'en' ? 'en-US' : 'ja-JP' });
    try {
      const page = await context.newPage();
      const requested = [];
      let done = false;
      page.on('request', (request) => {
        if (done) return;
        const url = new URL(request.url());
        if (url.origin !== base.origin || !/\.(m?js|css)$/.test(url.pathname)) return;
        const file = decodeURIComponent(url.pathname.slice(base.pathname.length));
        if (!requested.includes(file)) requested.push(file);
      });
      await page.goto(new URL(spec.path.replace(/^\//, ''), base).href, { waitUntil: 'load' });
      await page.waitForFunction(ready, null, { timeout: 20_000 });
      done = true;
      const files = requested.map((file) => ({ file, source: names.get(file) ?? file, bytes: gz(file) }));
      results.push({ ...spec, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) });
    } finally {
      await context.close();
    }
  }
  return results;
}

/** min / median / max of a list of numbers. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { min: sorted[0], median, max: sorted.at(-1) };
}
