// Hostile and broken embedding in real Chromium: a help centre, the app and an attacker on separate origins.
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { manifestFile } from '../../scripts/lib/build-meta.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { StaticServer } from '../../scripts/lib/static-server.mjs';
import { appReady, baseUrl, openPage } from './helpers';
import type { OpenPageOptions } from './helpers';
import { loadGuide, planToKind } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(repoRoot, process.env.E2E_DIST ?? 'dist');
const manifest = JSON.parse(readFileSync(manifestFile(dist), 'utf8')) as Record<
  string,
  { file: string; css?: string[] }
>;
const chunk = (key: string) => `/${manifest[key]!.file}`;

// The app on the shared server, reached as "localhost": another origin (and site) than the host pages.
const appBase = (() => {
  const url = new URL(baseUrl);
  url.hostname = 'localhost';
  return url.href;
})();
const appOrigin = new URL(appBase).origin;
// Names Chromium never resolves: the test answers them (see onTheWeb), so they are sites on the web.
const WEB_APP = 'http://app.test';
const WEB_HOST = 'http://help-centre.test';
/** Posted by a test from inside a frame; the recorder keeps it apart from the app's messages. */
const MARKER = 'e2e-marker';
/** Loading an app in a frame on a busy 2-core machine takes seconds, not expect.poll's default second. */
const WAIT = { timeout: 15_000 };

interface Recorded {
  events: { type: string; detail: Record<string, unknown> }[];
  raw: { origin: string; data: { type?: string; height?: number } }[];
  markers: string[];
}
declare global {
  interface Window {
    __mtHostile?: Recorded;
  }
}

// Runs in every frame before its scripts; records only on the host page (the top frame).
const RECORDER = `
if (window === window.top) {
  window.__mtHostile = { events: [], raw: [], markers: [] };
  ['navigate', 'outcome'].forEach(function (type) {
    document.addEventListener('mail-troubleshooter:' + type, function (e) {
      window.__mtHostile.events.push({ type: type, detail: e.detail });
    });
  });
  addEventListener('message', function (e) {
    if (e.data && e.data.source === '${MARKER}') window.__mtHostile.markers.push(e.data.id);
    else window.__mtHostile.raw.push({ origin: e.origin, data: e.data });
  });
}`;

const hostPage = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><link rel="icon" href="data:,"><title>help</title><body>
<h1>Help centre</h1>${body}</body></html>`;

// What a user of the help centre posts: a sanitiser such as DOMPurify keeps this <div> and its data-*.
const ATTACKER = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>attacker</title>
<p id="attacker">Not the wizard.</p><script>
var m = function (fields) { return Object.assign({ source: 'mail-troubleshooter', version: 1 }, fields); };
addEventListener('message', function () {
  parent.postMessage(m({ type: 'ready' }), '*');
  parent.postMessage(m({ type: 'resize', height: 100000 }), '*');
  parent.postMessage(m({ type: 'navigate', path: '/en/forged/', title: 'forged' }), '*');
  parent.postMessage(m({ type: 'outcome', guide: 'forged', node: 'forged', outcome: 'resolved' }), '*');
});
</script>`;

let host: StaticServer;
let dir: string;
let attackerOrigin: string;
const checkNode = (() => {
  const node = guide.nodes.find((n) => n.id === planToKind(guide, 'check').target);
  if (node?.kind !== 'check') throw new Error(`${GUIDE} should have a check`);
  return node;
})();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mt-hardening-'));
  host = await startStaticServer({ root: dir, host: '127.0.0.1' });
  // The same folder reached by another name: the attacker's origin.
  attackerOrigin = `http://localhost:${host.port}`;
  await mkdir(path.join(dir, 'attacker'));
  await writeFile(path.join(dir, 'attacker', 'index.html'), ATTACKER);
  const script = `<script src="${appBase}embed.js" async></script>`;
  await writeFile(
    path.join(dir, 'posted.html'),
    hostPage(`<div id="posted" data-mail-troubleshooter data-src="${attackerOrigin}/attacker/" data-lang="en">
  <a href="${attackerOrigin}/attacker/">Open</a></div>${script}`),
  );
  await writeFile(
    path.join(dir, 'capped.html'),
    hostPage(`<div id="capped" data-mail-troubleshooter data-guide="${GUIDE}" data-lang="en" data-max-height="300"></div>
<div id="default" data-mail-troubleshooter data-lang="en"></div>${script}`),
  );
  await writeFile(
    path.join(dir, 'check.html'),
    hostPage(`<div id="check" data-mail-troubleshooter data-guide="${GUIDE}" data-node="${checkNode.id}" data-lang="en"></div>
${script}`),
  );
  await writeFile(
    path.join(dir, 'broken.html'),
    hostPage(
      `<div id="broken" data-mail-troubleshooter data-guide="${GUIDE}" data-lang="ja"></div>${script}`,
      'ja',
    ),
  );
  await writeFile(
    path.join(dir, 'web-host.html'),
    hostPage(`<div id="web" data-mail-troubleshooter data-guide="${GUIDE}" data-lang="en"></div>
<script src="${WEB_APP}/embed.js" async></script>`),
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openHost(url: string, options: OpenPageOptions = {}) {
  const opened = await openPage(options);
  await opened.context.addInitScript(RECORDER);
  await opened.page.goto(url);
  return opened;
}

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => window.__mtHostile ?? { events: [], raw: [], markers: [] });
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  await page.locator(selector).waitFor({ state: 'attached' });
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame for ${selector}`);
  return frame;
}

const frameHeight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);

/**
 * Scrolls the frame into view and waits until it has rendered twice more (so its ResizeObserver has
 * reported the current layout), then has it post a marker: messages from one window to another arrive
 * in order, so once the host has the marker it has everything the frame said before it.
 */
async function caughtUp(page: Page, frame: Frame): Promise<void> {
  // A frame out of view gets no rendering steps (no animation frames, no ResizeObserver): show it.
  await (await frame.frameElement()).scrollIntoViewIfNeeded();
  const id = `${Date.now()} ${Math.random()}`;
  await frame.evaluate(
    async ([source, marker]) => {
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      await nextFrame();
      await nextFrame();
      window.parent.postMessage({ source, id: marker }, '*');
    },
    [MARKER, id] as const,
  );
  await expect.poll(async () => (await recorded(page)).markers.includes(id), WAIT).toBe(true);
}

const fromApp = (r: Recorded, origin = appOrigin) => r.raw.filter((m) => m.origin === origin);

/** Answers http://app.test/* from the real app server and http://help-centre.test/* from the host folder. */
async function onTheWeb(context: BrowserContext, ownPage: string): Promise<void> {
  const real = new URL(baseUrl).origin;
  await context.route(`${WEB_APP}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__own-page.html') {
      await route.fulfill({ contentType: 'text/html', body: ownPage });
      return;
    }
    // A kept-alive socket the server has just closed fails once: ask again on a fresh one.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await route.fulfill({ response: await route.fetch({ url: real + url.pathname + url.search }) });
        return;
      } catch (error) {
        if (attempt === 3) {
          // The test's own assertions report what went missing.
          console.warn(`${url.href} could not be fetched:`, error);
          await route.abort().catch(() => {});
          return;
        }
      }
    }
  });
  await context.route(`${WEB_HOST}/**`, (route) =>
    route.fulfill({ path: path.join(dir, new URL(route.request().url()).pathname) }),
  );
}

describe('embed.js frames only the app it was loaded from', () => {
  test('a posted <div> whose data-src names another site gets the app, and that site is never loaded', async () => {
    const { page, requests, close } = await openHost(`${host.url}posted.html`);
    try {
      const frame = await frameOf(page, '#posted iframe');
      const src = new URL((await page.locator('#posted iframe').getAttribute('src'))!);
      expect(src.origin).toBe(appOrigin);
      await expect.poll(async () => (await recorded(page)).events.length, WAIT).toBeGreaterThan(0);
      await caughtUp(page, frame);
      expect(requests.filter((url) => new URL(url).origin === attackerOrigin)).toEqual([]);
      expect(await frame.locator('#attacker').count()).toBe(0);
      expect(JSON.stringify((await recorded(page)).events)).not.toContain('forged');
      expect(await frameHeight(page, '#posted iframe')).toBeLessThan(20_000);
    } finally {
      await close();
    }
  }, 60_000);

  test("the host's data-max-height caps the frame, and the wizard then scrolls inside it", async () => {
    const { page, close } = await openHost(`${host.url}capped.html`);
    try {
      const frame = await frameOf(page, '#capped iframe');
      await expect
        .poll(async () => fromApp(await recorded(page)).some((m) => (m.data.height ?? 0) > 300), WAIT)
        .toBe(true);
      await caughtUp(page, frame);
      expect(await frameHeight(page, '#capped iframe')).toBe(300);
      // Everything stays reachable: the frame scrolls its own content to the end.
      await expect
        .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).overflowY), WAIT)
        .not.toBe('hidden');
      const scrolled = await frame.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
      });
      expect(scrolled).toBe(true);
    } finally {
      await close();
    }
  }, 60_000);

  test('without data-max-height, no message, even from the app itself, makes the frame taller than 20,000 px', async () => {
    const { page, close } = await openHost(`${host.url}capped.html`);
    try {
      const frame = await frameOf(page, '#default iframe');
      await expect.poll(async () => (await recorded(page)).events.length, WAIT).toBeGreaterThan(0);
      await caughtUp(page, frame);
      // As if the page in the frame were broken or compromised: it asks for 100,000 px, then marks the
      // host's inbox (the host handles the two in order).
      await frame.evaluate((source) => {
        const m = { source: 'mail-troubleshooter', version: 1, type: 'resize', height: 100_000 };
        window.parent.postMessage(m, '*');
        window.parent.postMessage({ source, id: 'after-resize' }, '*');
      }, MARKER);
      await expect.poll(async () => (await recorded(page)).markers, WAIT).toContain('after-resize');
      // The height embed.js set (read without a layout of what could be a 100,000 px frame).
      expect(await page.locator('#default iframe').evaluate((el) => el.style.height)).toBe('20000px');
    } finally {
      await close();
    }
  }, 60_000);
});

describe('who the frame talks to', () => {
  test('a build with no allowlist answers its own pages, never another site on the web', async () => {
    const own = hostPage(`<div id="own" data-mail-troubleshooter data-guide="${GUIDE}" data-lang="en"></div>
<script src="${WEB_APP}/embed.js" async></script>`);
    const opened = await openPage();
    const { page: tab, context, close } = opened;
    try {
      await context.addInitScript(RECORDER);
      await onTheWeb(context, own);
      // The app's own origin: answered (so the silence below is the allowlist, not a broken setup).
      await tab.goto(`${WEB_APP}/__own-page.html`);
      await expect.poll(async () => (await recorded(tab)).events.length, WAIT).toBeGreaterThan(0);

      await tab.goto(`${WEB_HOST}/web-host.html`);
      const frame = await frameOf(tab, '#web iframe');
      await frame.waitForFunction(appReady);
      // Make sure the bridge runs (its stylesheet is in, its module evaluated, main.tsx has started it),
      // then have the frame mark the host's inbox right after the next hello it gets.
      const bridge = manifest['src/features/embed/bridge.ts']!;
      const id = 'after-hello';
      // A string, not a function: Vitest would rewrite a dynamic import() in this file for Node.
      await frame.evaluate(`(async () => {
        const css = 'link[rel="stylesheet"][href$="${bridge.css?.[0] ?? ''}"]';
        while (!document.querySelector(css)?.sheet) await new Promise((resolve) => setTimeout(resolve, 20));
        await import('${WEB_APP}/${bridge.file}');
        await new Promise((resolve) => setTimeout(resolve, 0));
        // The bridge listened first, so whatever it answers to this hello is posted before the marker.
        addEventListener('message', () => parent.postMessage({ source: '${MARKER}', id: '${id}' }, '*'), {
          once: true,
        });
      })()`);
      // A hello exactly like embed.js's, from the host page to its frame.
      await tab.evaluate((target) => {
        const frameWindow = document.querySelector<HTMLIFrameElement>('#web iframe')!.contentWindow!;
        frameWindow.postMessage({ source: 'mail-troubleshooter', version: 1, type: 'hello' }, target);
      }, WEB_APP);
      await expect.poll(async () => (await recorded(tab)).markers, WAIT).toContain(id);
      expect(fromApp(await recorded(tab), WEB_APP)).toEqual([]);
      expect((await recorded(tab)).events).toEqual([]);
      expect(await frame.evaluate(() => document.documentElement.hasAttribute('data-embed-sized'))).toBe(
        false,
      );
      // The wizard itself still works there: it is only the host that learns nothing.
      expect(await frame.locator('h1').count()).toBe(1);
    } finally {
      await close();
    }
  }, 60_000);

  test('on a check page no height leaves the frame from the first thing typed until Continue', async () => {
    const { page, close } = await openHost(`${host.url}check.html`);
    try {
      const frame = await frameOf(page, '#check iframe');
      await expect
        .poll(async () => (await recorded(page)).events.map((e) => e.detail.path), WAIT)
        .toContain(`/en/${GUIDE}/${checkNode.id}/`);
      await frame.waitForFunction(appReady);
      await caughtUp(page, frame);
      const before = fromApp(await recorded(page)).length;

      // Wrong settings: a verdict that names a problem, whose box differs in height from a pass.
      const { fields } = checkNode;
      if (fields.includes('protocol')) await frame.getByLabel('Which setting is it?').selectOption('smtp');
      if (fields.includes('host')) await frame.getByLabel('Server name').fill('smtp.example.test');
      if (fields.includes('port')) await frame.getByLabel('Port number').fill('25');
      if (fields.includes('security')) await frame.getByLabel('Encryption type').selectOption('none');
      await frame.getByRole('button', { name: 'Check' }).click();
      // The verdict is shown with its Continue link.
      await frame.getByRole('link', { name: 'Continue' }).waitFor();
      await caughtUp(page, frame);
      expect(fromApp(await recorded(page)).slice(before)).toEqual([]);
      // The frame scrolls itself meanwhile, so the result and Continue stay reachable.
      expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe(
        'hidden',
      );

      await frame.getByRole('link', { name: 'Continue' }).click();
      await expect
        .poll(
          async () =>
            fromApp(await recorded(page))
              .slice(before)
              .map((m) => m.data.type),
          WAIT,
        )
        .toContain('resize');
    } finally {
      await close();
    }
  }, 60_000);
});

describe('when the app cannot start', () => {
  test('a chunk the first page needs fails: no uncaught error, a notice with a reload link, links still work', async () => {
    const { page, consoleErrors, close } = await openPage({ lang: 'en' });
    try {
      await page.route(`**${chunk('src/app/node-route.tsx')}`, (route) => route.abort());
      await page.goto(`${appBase}en/${GUIDE}/`);
      const notice = page.locator('#start-failed');
      await expect.poll(() => notice.isVisible(), WAIT).toBe(true);
      expect(await notice.textContent()).toContain('did not load');
      expect(await notice.getByRole('link', { name: 'Reload the page' }).count()).toBe(1);
      expect(consoleErrors.filter((e) => e.startsWith('Uncaught'))).toEqual([]);
      // The prerendered page is still a page: its answers are links to the next step.
      const start = guide.nodes.find((n) => n.id === guide.start);
      const next = start?.kind === 'question' ? start.answers[0]!.next : '';
      await page.locator(`main a[href*="/${GUIDE}/${next}/"]`).first().click();
      await page.waitForURL((url) => url.pathname.endsWith(`/${next}/`));
    } finally {
      await close();
    }
  }, 60_000);

  test('embedded, when even the entry (with the UI strings) fails, the frame says so in Japanese', async () => {
    const { page, close } = await openHost(`${host.url}broken.html`, { lang: 'ja' });
    try {
      await page.context().route(`**${chunk('index.html')}`, (route) => route.abort());
      await page.reload();
      const frame = await frameOf(page, '#broken iframe');
      const notice = frame.locator('#start-failed');
      await expect.poll(() => notice.isVisible(), WAIT).toBe(true);
      expect(await notice.textContent()).toContain('読み込めなかった');
      expect(await notice.getByRole('link', { name: 'ページを再読み込み' }).count()).toBe(1);
    } finally {
      await close();
    }
  }, 60_000);
});

describe('a plain iframe sandboxed with allow-scripts only (an opaque origin)', () => {
  /** A host page framing the app at `appUrl` (made "localhost": another site than the host) sandboxed. */
  async function sandboxedHost(name: string, appUrl: string): Promise<string> {
    await writeFile(
      path.join(dir, name),
      hostPage(`<iframe id="sandboxed" sandbox="allow-scripts" src="${appUrl.replace('127.0.0.1', 'localhost')}en/${GUIDE}/"
  title="plain iframe" style="width:100%;height:600px"></iframe>`),
    );
    return `${host.url}${name}`;
  }

  test('on a host without CORS on /assets/: the styled prerendered page, whose links work', async () => {
    const strict = await startStaticServer({
      root: dist,
      base: process.env.BASE_PATH ?? '/',
      assetsCors: false,
    });
    const { page, close } = await openHost(await sandboxedHost('sandboxed.html', strict.url));
    try {
      const frame = await frameOf(page, '#sandboxed');
      await frame.locator('h1').waitFor();
      // The stylesheet applied: Tailwind's reset takes the browser's 8 px body margin away.
      await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).margin), WAIT).toBe('0px');
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      // The scripts are refused there without CORS headers, and that is not presented as a failure.
      expect(await frame.evaluate(appReady)).toBe(false);
      expect(await frame.locator('#start-failed').count()).toBe(0);
      const start = guide.nodes.find((n) => n.id === guide.start);
      const next = start?.kind === 'question' ? start.answers[0]!.next : '';
      await frame.locator(`main a[href*="/${GUIDE}/${next}/"]`).first().click();
      await expect.poll(() => new URL(frame.url()).pathname, WAIT).toMatch(new RegExp(`/${next}/$`));
      await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).margin), WAIT).toBe('0px');
    } finally {
      await close();
      await strict.close();
    }
  }, 60_000);

  test('on our own server (npm start / preview), which sends CORS on /assets/: the app runs', async () => {
    const { page: tab, close } = await openHost(await sandboxedHost('sandboxed-cors.html', appBase));
    try {
      const frame = await frameOf(tab, '#sandboxed');
      await frame.waitForFunction(appReady);
      expect(await frame.locator('#start-failed').count()).toBe(0);
    } finally {
      await close();
    }
  }, 60_000);
});

describe('what the build ships', () => {
  test('only the site: no example page, no HTML template, no Vite manifest', () => {
    for (const file of ['embed-example.html', '.template.html', '.vite']) {
      expect(existsSync(path.join(dist, file)), file).toBe(false);
    }
  });

  test('embed.js stays within 2 KB gzip', () => {
    expect(gzipSync(readFileSync(path.join(dist, 'embed.js')), { level: 9 }).length).toBeLessThanOrEqual(
      2048,
    );
  });

  test('the example help-centre page in the docs embeds the wizard under a strict CSP, with no violation', async () => {
    const exampleDir = path.join(dir, 'example');
    await mkdir(exampleDir, { recursive: true });
    for (const file of ['index.html', 'example.js', 'example.css']) {
      await copyFile(path.join(repoRoot, 'docs', 'embed-example', file), path.join(exampleDir, file));
    }
    const strict = await startStaticServer({
      root: exampleDir,
      headers: {
        'Content-Security-Policy': `default-src 'none'; script-src 'self' ${appOrigin}; style-src 'self'; frame-src ${appOrigin}; img-src data:`,
      },
    });
    const opened = await openPage();
    const violations: string[] = [];
    opened.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    try {
      await opened.page.goto(`${strict.url}?app=${encodeURIComponent(appBase)}`);
      // The page's own script logs each embed's first page.
      await expect.poll(() => opened.page.locator('#log li').count(), WAIT).toBeGreaterThanOrEqual(2);
      expect(await opened.page.locator('#embed-ja iframe').count()).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await opened.close();
      await strict.close();
    }
  }, 60_000);
});
