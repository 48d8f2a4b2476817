// Security headers in real Chromium: the app served with the headers docs/deploy.md recommends (the CSP as
// a header plus frame-ancestors, nosniff, Referrer-Policy) runs whole journeys, in a page and embedded,
// without a single CSP violation; a site left out of frame-ancestors cannot frame it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { StaticServer } from '../../scripts/lib/static-server.mjs';
import { openPage, type OpenedPage, appReady } from './helpers';
import { loadGuide, planToHandoff, planToKind, queryOf } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(repoRoot, process.env.E2E_DIST ?? 'dist');
const deployDoc = path.join(repoRoot, 'docs', 'deploy.md');

let builtCsp: string;
let app: StaticServer;
let host: StaticServer;
let dir: string;
/** The host page's origin: allowed by frame-ancestors. The same server reached as "localhost" is not. */
let allowedHost: string;
let headers: Record<string, string>;

beforeAll(async () => {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!meta?.[1]) throw new Error(`No CSP meta in ${dist}/index.html`);
  builtCsp = meta[1];

  dir = await mkdtemp(path.join(os.tmpdir(), 'mt-csp-'));
  host = await startStaticServer({ root: dir });
  allowedHost = host.origin;
  // What docs/deploy.md tells a host to send, with the help centre's origin in frame-ancestors.
  headers = {
    'Content-Security-Policy': `${builtCsp}; frame-ancestors 'self' ${allowedHost}`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
  app = await startStaticServer({ root: dist, headers });
  const embed = `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,">
<title>help centre</title><body><h1>Help</h1>
<script src="${app.url}embed.js" data-guide="${GUIDE}" data-lang="en" async></script></body></html>`;
  await writeFile(path.join(dir, 'embed.html'), embed);
}, 30_000);

afterAll(async () => {
  await app?.close();
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Watched extends OpenedPage {
  /** securitypolicyviolation events from every frame and document, and "Refused to ..." console lines. */
  violations: string[];
}

/** Opens a page that reports every CSP violation, across full page loads and in every frame. */
async function watchedPage(lang: 'ja' | 'en'): Promise<Watched> {
  const opened = await openPage({ lang });
  const violations: string[] = [];
  await opened.context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await opened.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  opened.page.on('console', (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { ...opened, violations };
}

function appUrlOf(appPath: string): string {
  return new URL(appPath.replace(/^\//, ''), app.url).href;
}

async function heading(page: Page | Frame): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').trim();
}

async function hydrated(page: Page | Frame): Promise<void> {
  await page.waitForFunction(appReady);
}

describe('served with the headers from docs/deploy.md', () => {
  test('docs/deploy.md gives exactly these header values', async () => {
    const doc = await readFile(deployDoc, 'utf8');
    expect(doc).toContain(`Content-Security-Policy: ${builtCsp}; frame-ancestors`);
    expect(doc).toContain('X-Content-Type-Options: nosniff');
    expect(doc).toContain('Referrer-Policy: no-referrer');
  });

  test('the server really sends them (so the journeys below run under them)', async () => {
    const response = await fetch(appUrlOf('/ja/'));
    expect(response.headers.get('content-security-policy')).toBe(headers['Content-Security-Policy']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('an inline script is refused and reported (so an empty list below means something)', async () => {
    const { page, violations, close } = await watchedPage('en');
    try {
      await page.goto(appUrlOf('/en/'));
      await hydrated(page);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__ran = true';
        document.body.append(script);
      });
      await expect
        .poll(() => violations.some((v) => v.startsWith('script-src-elem blocked inline')))
        .toBe(true);
      expect(await page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
    } finally {
      await close();
    }
  });

  test('paste an error, answer through two fixes to the hand-off, copy the summary: no violation', async () => {
    const watched = await watchedPage('ja');
    const { page, context, violations, consoleErrors, requests, close } = watched;
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
      await page.goto(appUrlOf('/ja/'));
      await hydrated(page);
      await page.getByRole('textbox').fill('0x800CCC1A');
      const result = page.locator(`main ul[aria-label] a[href*="/${GUIDE}/"]`).first();
      await result.click();
      await page.waitForURL((url) => url.pathname.includes(`/${GUIDE}/`));
      const startNode = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1) ?? guide.start;
      for (const hop of planToHandoff(guide, startNode, 2)) {
        await page
          .locator(`main a[href*="/${GUIDE}/${hop.next}/"][href*="${hop.node}=${hop.value}"]`)
          .first()
          .click();
        await page.waitForURL((url) => url.pathname.endsWith(`/${hop.next}/`));
      }
      await page.getByRole('button', { name: 'まとめをコピー' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('試した対処');
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(
        requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== app.origin),
      ).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a check with typed settings, a step link, dark theme, larger text and the language switch: no violation', async () => {
    const { page, violations, consoleErrors, close } = await watchedPage('en');
    try {
      const { target, hops } = planToKind(guide, 'check');
      await page.goto(appUrlOf(`/en/${GUIDE}/${target}/?${queryOf(hops)}`));
      await hydrated(page);
      const node = guide.nodes.find((n) => n.id === target);
      if (node?.kind !== 'check') throw new Error(`${target} is not a check`);
      if (node.fields.includes('protocol'))
        await page.getByLabel('Which setting is it?').selectOption('smtp');
      if (node.fields.includes('host')) await page.getByLabel('Server name').fill('smtp.gmail.com');
      if (node.fields.includes('port')) await page.getByLabel('Port number').fill('587');
      if (node.fields.includes('security')) await page.getByLabel('Encryption type').selectOption('ssl');
      await page.getByRole('button', { name: 'Check' }).click();
      const before = await heading(page);
      await page.getByRole('link', { name: 'Continue' }).click();
      await expect.poll(() => heading(page)).not.toBe(before);

      const { target: fix, hops: toFix } = planToKind(guide, 'fix');
      await page.goto(appUrlOf(`/en/${GUIDE}/${fix}/?${queryOf(toFix)}#step-2`));
      await hydrated(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-2');
      await page.getByRole('button', { name: 'Display settings' }).click();
      await page.getByLabel('Colours').selectOption('dark');
      await page.getByLabel('Text size').selectOption('larger');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.getByRole('link', { name: 'Show this page in Japanese' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
      // A reload starts from the prerendered HTML again, with the stored preferences applied by boot.js.
      await page.reload();
      await hydrated(page);
      expect(await page.evaluate(() => document.documentElement.dataset.text)).toBe('larger');
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the not-found page, rendered fresh from 404.html: no violation', async () => {
    const { page, violations, consoleErrors, close } = await watchedPage('en');
    try {
      const response = await page.goto(appUrlOf(`/en/${GUIDE}/no-such-node/`));
      expect(response?.status()).toBe(404);
      await hydrated(page);
      await expect.poll(() => heading(page)).toBe('Page not found');
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/en/'));
      expect(violations).toEqual([]);
      expect(consoleErrors.filter((e) => !e.includes('status of 404'))).toEqual([]);
    } finally {
      await close();
    }
  });

  test('embedded by a help centre listed in frame-ancestors: the wizard works with no violation', async () => {
    const { page, violations, consoleErrors, close } = await watchedPage('en');
    try {
      await page.goto(`${allowedHost}/embed.html`);
      const frame = await embeddedFrame(page);
      await hydrated(frame);
      const before = await heading(frame);
      const start = guide.nodes.find((n) => n.id === guide.start);
      if (start?.kind !== 'question') throw new Error(`${GUIDE} should start with a question`);
      const answer = start.answers[0]!;
      await frame.locator(`main a[href*="/${GUIDE}/${answer.next}/"]`).first().click();
      await expect.poll(() => heading(frame)).not.toBe(before);
      // The bridge chunk and its stylesheet are loaded by script: allowed because they are same-origin.
      await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.embed)).toBe('1');
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a site not in frame-ancestors cannot frame the wizard', async () => {
    const { page, violations, close } = await watchedPage('en');
    try {
      const stranger = new URL('/embed.html', allowedHost);
      stranger.hostname = 'localhost';
      await page.goto(stranger.href);
      await expect.poll(() => violations.some((v) => v.includes('frame-ancestors'))).toBe(true);
      const frame = await embeddedFrame(page);
      expect(await frame.locator('#page-heading').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

async function embeddedFrame(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe').first();
  await iframe.waitFor({ state: 'attached' });
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('embed.js made no frame');
  return frame;
}
