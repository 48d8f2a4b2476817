// Takes screenshots of home, a question, a check, a fix, a hand-off, a guide's map and the helpdesk index in
// ja and en at 390 px and 1280 px into docs/screenshots/, then the fix and home pages again in the dark
// theme and at the largest text size (docs/screenshots/dark/, docs/screenshots/largest-text/), from the
// built app in dist/ (run `npm run build` first). Usage: npm run screenshots
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium, launchArgs } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, process.env.SCREENSHOT_DIR ?? 'docs/screenshots');

/** Picks a question, a fix and a hand-off (with the answers that lead there) from a guide's data. */
async function pagesFor(guideId) {
  const guide = JSON.parse(await readFile(join(root, 'src/content/guides', `${guideId}.json`), 'utf8'));
  const byId = new Map(guide.nodes.map((n) => [n.id, n]));
  const edges = (n) =>
    n.kind === 'question'
      ? n.answers.map((a) => [a.id, a.next])
      : n.kind === 'fix'
        ? [
            ['no', n.no],
            ['yes', n.yes],
          ]
        : n.kind === 'check'
          ? [...n.rules.map((r) => [r.rule, r.fail]), ['pass', n.pass], ...(n.skip ? [['skip', n.skip]] : [])]
          : [];
  const found = {};
  const queue = [{ id: guide.start, answers: [] }];
  const seen = new Set([guide.start]);
  while (queue.length) {
    const { id, answers } = queue.shift();
    const node = byId.get(id);
    if (!node) continue;
    const kind = node.kind === 'outcome' ? node.outcome : node.kind;
    // For the hand-off, show one reached after trying fixes (the summary then lists them).
    const triedFix = answers.some(([from]) => byId.get(from)?.kind === 'fix');
    if (!found[kind] && (kind !== 'handoff' || triedFix)) found[kind] = { id, answers };
    for (const [value, next] of edges(node)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push({ id: next, answers: [...answers, [id, value]] });
    }
  }
  const url = (lang, hit) =>
    `/${lang}/${guideId}/${hit.id}/${hit.answers.length ? `?${new URLSearchParams(hit.answers)}` : ''}`;
  return (lang) => [
    ['home', `/${lang}/`],
    ['question', url(lang, found.question)],
    ...(found.check ? [['check', url(lang, found.check)]] : []),
    ['fix', url(lang, found.fix)],
    ['handoff', url(lang, found.handoff)],
    ['map', `/${lang}/${guideId}/map/`],
    ['helpdesk', `/${lang}/helpdesk/`],
  ];
}

const guideId = process.env.SCREENSHOT_GUIDE ?? 'encryption-mismatch';
const pages = await pagesFor(guideId);
await mkdir(outDir, { recursive: true });
const server = await startStaticServer({ root: join(root, 'dist') });
const browser = await chromium.launch({ executablePath: findChromium(), args: launchArgs });
/** The preferences store as the app writes it (src/stores/preferences.ts), to open a page at a text size. */
const preferences = (textSize) =>
  JSON.stringify({ state: { theme: 'system', textSize, helpdesk: false }, version: 2 });

const variants = [
  { dir: '', pages: null, dark: Boolean(process.env.SCREENSHOT_DARK), textSize: 'normal' },
  { dir: 'dark', pages: ['home', 'fix', 'check'], dark: true, textSize: 'normal' },
  { dir: 'largest-text', pages: ['home', 'fix', 'check'], dark: false, textSize: 'larger' },
];

try {
  for (const variant of variants) {
    await mkdir(join(outDir, variant.dir), { recursive: true });
    for (const lang of ['ja', 'en']) {
      for (const [name, path] of pages(lang)) {
        if (variant.pages && !variant.pages.includes(name)) continue;
        for (const width of [390, 1280]) {
          const context = await browser.newContext({
            viewport: { width, height: width === 390 ? 844 : 900 },
            deviceScaleFactor: 1,
            colorScheme: variant.dark ? 'dark' : 'light',
          });
          await context.addInitScript(
            ([key, value]) => localStorage.setItem(key, value),
            ['mail-troubleshooter:preferences', preferences(variant.textSize)],
          );
          const page = await context.newPage();
          await page.goto(`${server.url.replace(/\/$/, '')}${path}`, { waitUntil: 'networkidle' });
          await page.waitForSelector('h1');
          const file = join(outDir, variant.dir, `${name}-${lang}-${width}.png`);
          // The helpdesk index lists every step of every guide: its first screen says enough.
          await page.screenshot({ path: file, fullPage: name !== 'helpdesk' });
          console.log(`${file}`);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
