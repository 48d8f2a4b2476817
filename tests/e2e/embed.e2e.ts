// Embedding in real Chromium across origins: the app from http://localhost:<app port>, host pages (the
// example from docs/embed-example among them) from http://127.0.0.1:<host port>, and a stranger from
// localhost:<host port>.
import { access, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { StaticServer } from '../../scripts/lib/static-server.mjs';
import { baseUrl, openPage } from './helpers';
import type { OpenPageOptions } from './helpers';
import { loadGuide, planToHandoff } from './journey';
import type { Hop } from './journey';

const GUIDE = 'encryption-mismatch';
const guide = loadGuide(GUIDE);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.resolve(repoRoot, process.env.E2E_DIST ?? 'dist');

// Same server as the other e2e files, reached by another host name: another origin (and another site).
const appBase = (() => {
  const url = new URL(baseUrl);
  url.hostname = 'localhost';
  return url.href;
})();
const appOrigin = new URL(appBase).origin;
const TYPED = 'typed-secret.example.test';

interface Recorded {
  events: { type: string; target: string; detail: Record<string, unknown> }[];
  raw: { origin: string; data: unknown }[];
  /** Ids of the test's own markers (see caughtUp), not in raw. */
  markers: string[];
}
declare global {
  interface Window {
    __mt?: Recorded;
    received?: { origin: string; data: unknown }[];
  }
}

/** Posted by a test from inside a frame (see caughtUp); the recorder keeps it apart from the app's messages. */
const MARKER = 'e2e-marker';

// Runs in every frame before its scripts; records only on the host page (the top frame).
const RECORDER = `
if (window === window.top) {
  window.__mt = { events: [], raw: [], markers: [] };
  ['navigate', 'outcome'].forEach(function (type) {
    document.addEventListener('mail-troubleshooter:' + type, function (e) {
      window.__mt.events.push({ type: type, target: e.target.id || e.target.tagName, detail: e.detail });
    });
  });
  window.addEventListener('message', function (e) {
    if (e.data && e.data.source === '${MARKER}') window.__mt.markers.push(e.data.id);
    else window.__mt.raw.push({ origin: e.origin, data: e.data });
  });
}`;

const STRANGER = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>stranger</title><script>
window.received = [];
addEventListener('message', function (e) { received.push({ origin: e.origin, data: e.data }); });
// ?spam=1: keep saying hello to every other frame on the page, to race the real host's handshake.
if (location.search === '?spam=1') {
  var n = 0, t = setInterval(function () {
    for (var i = 0; i < top.frames.length; i++) {
      if (top.frames[i] !== window) top.frames[i].postMessage({ source: 'mail-troubleshooter', version: 1, type: 'hello' }, '*');
    }
    if (++n > 500) clearInterval(t);
  }, 20);
}
</script>`;

let host: StaticServer;
let dir: string;
let strangerUrl: string;

beforeAll(async () => {
  try {
    await access(path.join(dist, 'embed.js'));
  } catch {
    throw new Error(`No embed.js in ${dist}: run npm run build (or node scripts/lib/build-embed.mjs) first.`);
  }
  dir = await mkdtemp(path.join(os.tmpdir(), 'mt-embed-'));
  host = await startStaticServer({ root: dir, host: '127.0.0.1' });
  strangerUrl = `http://localhost:${host.port}/stranger.html`;
  const start = guide.nodes.find((n) => n.id === guide.start);
  const second = start?.kind === 'question' ? start.answers[0]?.next : undefined;
  if (!second) throw new Error(`${GUIDE} should start with a question`);
  // The example host page lives in the docs (not in the build): its page, script and styles.
  const example = path.join(repoRoot, 'docs', 'embed-example');
  await copyFile(path.join(example, 'index.html'), path.join(dir, 'example.html'));
  for (const file of ['example.js', 'example.css']) {
    await copyFile(path.join(example, file), path.join(dir, file));
  }
  await writeFile(path.join(dir, 'stranger.html'), STRANGER);
  await writeFile(
    path.join(dir, 'script-form.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><link rel="icon" href="data:,"><title>script form</title><body>
<h1>Help</h1>
<script id="first" src="${appBase}embed.js" data-guide="${GUIDE}" data-node="${second}" data-lang="en"
  data-theme="dark" data-accent="#0A66C2" async></script>
<p>Between the two.</p>
<script id="second" src="${appBase}embed.js" data-lang="ja" data-theme="sepia"
  data-accent="red;background:url(https://evil.test/x)" async></script>
</body></html>`,
  );
  await writeFile(
    path.join(dir, 'guarded.html'),
    `<!doctype html><html lang="ja"><meta charset="utf-8"><link rel="icon" href="data:,"><title>guarded</title><body>
<iframe id="stranger" src="${strangerUrl}?spam=1" title="stranger"></iframe>
<div id="embed" data-mail-troubleshooter data-guide="${GUIDE}"></div>
<script src="${appBase}embed.js" async></script>
</body></html>`,
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function openHost(file: string, options: OpenPageOptions = {}) {
  const opened = await openPage(options);
  await opened.context.addInitScript(RECORDER);
  await opened.page.goto(`${host.url}${file}`);
  return opened;
}

const exampleFile = `example.html?app=${encodeURIComponent(appBase)}`;

/**
 * For waits on a frame: a page load (the app starts after the frame's load event, then loads its chunks and
 * the embed bridge) or a message round trip through another renderer process can take well past
 * expect.poll's default second on a busy 2-core machine.
 */
const FRAME_WAIT = { timeout: 15_000 };

async function recorded(page: Page): Promise<Recorded> {
  return page.evaluate(() => window.__mt ?? { events: [], raw: [], markers: [] });
}

/**
 * Waits until everything the frame had to say about its loaded page has reached the host page: once the
 * frame's document has loaded and its fonts are ready (the bridge re-sends the height on both), the frame
 * posts a marker, and messages from one window to another arrive in the order they were sent.
 */
async function caughtUp(page: Page, selector: string): Promise<void> {
  const frame = await frameOf(page, selector);
  const id = `${selector} ${Date.now()} ${Math.random()}`;
  await frame.evaluate(
    async ([source, marker]) => {
      if (document.readyState !== 'complete') {
        await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
      }
      await document.fonts.ready;
      window.parent.postMessage({ source, id: marker }, '*');
    },
    [MARKER, id] as const,
  );
  await expect.poll(async () => (await recorded(page)).markers.includes(id), FRAME_WAIT).toBe(true);
}

async function frameOf(page: Page, selector: string): Promise<Frame> {
  await page.locator(selector).waitFor({ state: 'attached' });
  const frame = await (await page.locator(selector).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`No frame for ${selector}`);
  return frame;
}

/** Waits until the embed in `target` has reported a page at all, or this page. */
async function reported(page: Page, target: string, appPath?: RegExp): Promise<void> {
  await expect
    .poll(
      async () =>
        (await recorded(page)).events.some(
          (e) =>
            e.type === 'navigate' && e.target === target && (!appPath || appPath.test(String(e.detail.path))),
        ),
      FRAME_WAIT,
    )
    .toBe(true);
}

/** The frame's content height measured inside it, independently of the bridge: lowest in-flow box in <main>. */
async function measure(page: Page, selector: string) {
  const frame = await frameOf(page, selector);
  const inside = await frame.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) throw new Error('no <main> in the frame');
    const mainStyle = getComputedStyle(main);
    let bottom = main.getBoundingClientRect().top + parseFloat(mainStyle.paddingTop);
    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') return;
      // A closed <details> keeps layout boxes for its hidden content; they take no space on screen.
      const parent = el.parentElement;
      if (parent instanceof HTMLDetailsElement && !parent.open && el.tagName !== 'SUMMARY') return;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 || rect.height > 0) {
        bottom = Math.max(bottom, rect.bottom + Math.max(0, parseFloat(style.marginBottom)));
      }
      for (const child of el.children) walk(child);
    };
    for (const child of main.children) walk(child);
    const root = document.documentElement;
    return {
      content: bottom + parseFloat(mainStyle.paddingBottom) + window.scrollY,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollbarWidth: window.innerWidth - root.clientWidth,
    };
  });
  const frameHeight = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
  return { ...inside, frameHeight };
}

async function expectSized(page: Page, selector: string): Promise<number> {
  await expect
    .poll(async () => {
      const m = await measure(page, selector);
      return Math.abs(m.frameHeight - m.content) <= 2 && m.scrollHeight <= m.clientHeight;
    }, FRAME_WAIT)
    .toBe(true);
  const settled = await measure(page, selector);
  // Settled means settled: no late jump once the frame has loaded and said everything it had to say.
  await caughtUp(page, selector);
  const later = await measure(page, selector);
  expect(later.frameHeight).toBe(settled.frameHeight);
  expect(Math.abs(later.frameHeight - later.content)).toBeLessThanOrEqual(2);
  expect(later.scrollHeight).toBeLessThanOrEqual(later.clientHeight);
  expect(later.scrollbarWidth).toBe(0);
  return later.frameHeight;
}

/** Follows one planned hop inside an embed; on a check node, types settings first (they must stay put). */
async function follow(page: Page, selector: string, target: string, hop: Hop): Promise<void> {
  const frame = await frameOf(page, selector);
  if (hop.kind === 'check') {
    const fields = frame.locator('main input[type="text"], main input:not([type])');
    for (let i = 0; i < (await fields.count()); i += 1) await fields.nth(i).fill(TYPED);
  }
  await frame
    .locator(`main a[href*="/${GUIDE}/${hop.next}/"][href*="${hop.node}=${hop.value}"]`)
    .first()
    .click();
  await expect.poll(() => new URL(frame.url()).pathname.endsWith(`/${hop.next}/`), FRAME_WAIT).toBe(true);
  await reported(page, target, new RegExp(`/${hop.next}/$`));
}

describe('the wizard embedded in a page from another origin', () => {
  test('the frame is exactly as tall as its content on load, after three steps and back, with no scrollbar', async () => {
    const { page, consoleErrors, close } = await openHost(exampleFile);
    try {
      await reported(page, 'embed-ja');
      const first = await expectSized(page, '#embed-ja iframe');
      const hops = planToHandoff(guide, guide.start, 1);
      expect(hops.length).toBeGreaterThanOrEqual(3);
      const heights = [first];
      for (const hop of hops.slice(0, 3)) {
        await follow(page, '#embed-ja iframe', 'embed-ja', hop);
        heights.push(await expectSized(page, '#embed-ja iframe'));
      }
      // Back to the first question: the frame must shrink as well as grow.
      const frame = await frameOf(page, '#embed-ja iframe');
      await frame.evaluate(() => history.go(-3));
      await expect
        .poll(
          async () => (await recorded(page)).events.filter((e) => e.target === 'embed-ja').pop()?.detail.path,
        )
        .toBe(`/ja/${GUIDE}/${guide.start}/`);
      const back = await expectSized(page, '#embed-ja iframe');
      expect(Math.abs(back - first)).toBeLessThanOrEqual(2);
      expect(Math.max(...heights)).toBeGreaterThan(back + 100);
      await expectSized(page, '#embed-en iframe');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the host gets navigate and outcome events with ids and paths only, never answers or typed text', async () => {
    const { page, consoleErrors, close } = await openHost(exampleFile);
    try {
      await reported(page, 'embed-ja');
      const hops = planToHandoff(guide, guide.start, 1);
      expect(hops.some((h) => h.kind === 'check')).toBe(true);
      for (const hop of hops) await follow(page, '#embed-ja iframe', 'embed-ja', hop);
      const last = hops[hops.length - 1]!;
      await expect
        .poll(async () => (await recorded(page)).events.filter((e) => e.type === 'outcome'))
        .toEqual([
          {
            type: 'outcome',
            target: 'embed-ja',
            detail: { guide: GUIDE, node: last.next, outcome: 'handoff' },
          },
        ]);

      const { events, raw } = await recorded(page);
      const navigations = events.filter((e) => e.type === 'navigate' && e.target === 'embed-ja');
      expect(navigations.map((e) => e.detail.path)).toEqual([
        expect.stringMatching(new RegExp(`^/ja/${GUIDE}/${guide.start}/$`)),
        ...hops.map((h) => `/ja/${GUIDE}/${h.next}/`),
      ]);
      for (const event of navigations) {
        expect(Object.keys(event.detail).sort()).toEqual(['path', 'title']);
        expect(String(event.detail.title)).not.toBe('');
      }
      // Everything the frames posted to this page, not just what embed.js passed on.
      const fromApp = raw.filter((m) => m.origin === appOrigin);
      expect(fromApp.length).toBeGreaterThan(hops.length);
      const wire = JSON.stringify(fromApp);
      expect(wire).not.toContain(TYPED);
      expect(wire).not.toContain('?');
      for (const hop of hops) expect(wire).not.toContain(`${hop.node}=${hop.value}`);
      for (const { data } of fromApp) {
        const { type } = data as { type: string };
        const keys = {
          ready: [],
          resize: ['height'],
          navigate: ['path', 'title'],
          outcome: ['guide', 'node', 'outcome'],
        }[type];
        expect(keys, `unexpected message type ${type}`).toBeDefined();
        expect(Object.keys(data as object).sort()).toEqual(['source', 'type', 'version', ...keys!].sort());
      }
      // Each embed reports on its own element: the English one saw none of this journey.
      expect(events.filter((e) => e.target === 'embed-en').map((e) => e.detail.path)).toEqual(['/en/']);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a forged message from another window or origin changes nothing on the host page', async () => {
    const { page, close } = await openHost(exampleFile);
    try {
      await reported(page, 'embed-ja');
      await reported(page, 'embed-en');
      const height = await expectSized(page, '#embed-ja iframe');
      await page.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.id = 'stranger';
        frame.src = src;
        document.body.append(frame);
      }, strangerUrl);
      const stranger = await frameOf(page, '#stranger');
      await stranger.waitForLoadState();
      const forge = () => {
        const m = (fields: object) => ({ source: 'mail-troubleshooter', version: 1, ...fields });
        const target = window === window.top ? window : window.parent;
        target.postMessage(m({ type: 'resize', height: 7 }), '*');
        target.postMessage(m({ type: 'navigate', path: '/ja/forged/', title: 'forged' }), '*');
        target.postMessage(m({ type: 'outcome', guide: 'forged', node: 'forged', outcome: 'resolved' }), '*');
      };
      await stranger.evaluate(forge);
      await page.evaluate(forge);
      // The other embed's frame is on the app's origin, but it is not embed-ja's window.
      const other = await frameOf(page, '#embed-en iframe');
      await other.evaluate(() =>
        window.parent.postMessage(
          { source: 'mail-troubleshooter', version: 1, type: 'resize', height: 7 },
          '*',
        ),
      );
      await expect
        .poll(
          async () => (await recorded(page)).raw.filter((m) => JSON.stringify(m).includes('forged')).length,
          FRAME_WAIT,
        )
        .toBe(4);
      // embed.js handles a message in the same dispatch as the recorder, so it has seen all four by now.
      expect((await measure(page, '#embed-ja iframe')).frameHeight).toBe(height);

      // A later, genuine exchange: hello again to embed-ja's frame, which answers "ready" and its height.
      const readies = async () =>
        (await recorded(page)).raw.filter((m) => (m.data as { type?: string } | null)?.type === 'ready')
          .length;
      const before = await readies();
      await page.evaluate((origin) => {
        const frame = document.querySelector<HTMLIFrameElement>('#embed-ja iframe')!.contentWindow!;
        frame.postMessage({ source: 'mail-troubleshooter', version: 1, type: 'hello' }, origin);
      }, appOrigin);
      await expect.poll(readies, FRAME_WAIT).toBe(before + 1);
      const { events } = await recorded(page);
      expect(JSON.stringify(events)).not.toContain('forged');
      expect(events.filter((e) => e.type === 'outcome')).toEqual([]);
      expect((await measure(page, '#embed-ja iframe')).frameHeight).toBe(height);
    } finally {
      await close();
    }
  });

  test('the frame answers only the page that embedded it, even when a stranger says hello first', async () => {
    const { page, close } = await openHost('guarded.html');
    try {
      await reported(page, 'embed');
      const stranger = await frameOf(page, '#stranger');
      const hops = planToHandoff(guide, guide.start, 1);
      await follow(page, '#embed iframe', 'embed', hops[0]!);
      await expectSized(page, '#embed iframe');
      const strangerHeard = await stranger.evaluate(() => window.received ?? []);
      expect(strangerHeard.filter((m) => m.origin === appOrigin)).toEqual([]);
    } finally {
      await close();
    }
  });

  test('with mirroring, reloading the host page reopens the step the reader was on', async () => {
    const { page, close } = await openHost(exampleFile);
    try {
      await reported(page, 'embed-ja');
      // At the start the address stays clean.
      expect(new URL(page.url()).searchParams.has('mt')).toBe(false);
      const hops = planToHandoff(guide, guide.start, 1).slice(0, 2);
      for (const hop of hops) await follow(page, '#embed-ja iframe', 'embed-ja', hop);
      const node = hops[hops.length - 1]!.next;
      await expect.poll(() => new URL(page.url()).searchParams.get('mt')).toBe(`ja/${GUIDE}/${node}`);
      expect(new URL(page.url()).searchParams.get('app')).toBe(appBase);
      const before = (
        await (await frameOf(page, '#embed-ja iframe')).locator('h1').first().textContent()
      )?.trim();

      await page.reload();
      await reported(page, 'embed-ja', new RegExp(`/${node}/$`));
      const frame = await frameOf(page, '#embed-ja iframe');
      expect(new URL(frame.url()).pathname).toMatch(new RegExp(`/ja/${GUIDE}/${node}/$`));
      await expect.poll(async () => (await frame.locator('h1').first().textContent())?.trim()).toBe(before);
      await expectSized(page, '#embed-ja iframe');
    } finally {
      await close();
    }
  });

  test('with storage blocked in every frame, a journey in the embed still reaches its outcome', async () => {
    const { page, consoleErrors, close } = await openHost(exampleFile, {
      initScript: () => {
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name, {
            configurable: true,
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        }
      },
    });
    try {
      await reported(page, 'embed-ja');
      const frame = await frameOf(page, '#embed-ja iframe');
      await expect(frame.evaluate(() => window.localStorage)).rejects.toThrow(/insecure/);
      const hops = planToHandoff(guide, guide.start, 1);
      for (const hop of hops) await follow(page, '#embed-ja iframe', 'embed-ja', hop);
      await expect
        .poll(async () =>
          (await recorded(page)).events.filter((e) => e.type === 'outcome').map((e) => e.detail.outcome),
        )
        .toEqual(['handoff']);
      await expectSized(page, '#embed-ja iframe');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the <script> form embeds in place with its theme and colour; bad values are dropped', async () => {
    const { page, close } = await openHost('script-form.html');
    try {
      await expect.poll(async () => page.locator('iframe').count(), FRAME_WAIT).toBe(2);
      // Each iframe sits right after the script that made it, and reports on itself.
      expect(await page.locator('#first + iframe').count()).toBe(1);
      expect(await page.locator('#second + iframe').count()).toBe(1);
      await expect
        .poll(
          async () => (await recorded(page)).events.filter((e) => e.type === 'navigate').length,
          FRAME_WAIT,
        )
        .toBe(2);

      const first = new URL((await page.locator('#first + iframe').getAttribute('src'))!);
      expect(first.origin).toBe(appOrigin);
      expect(first.pathname).toMatch(new RegExp(`/en/${GUIDE}/[a-z0-9-]+/$`));
      expect(Object.fromEntries(first.searchParams)).toEqual({ embed: '1', theme: 'dark', accent: '0a66c2' });
      const frame = await frameOf(page, '#first + iframe');
      expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await frame.evaluate(() => document.documentElement.style.getPropertyValue('--accent'))).toBe(
        '#0a66c2',
      );

      const second = new URL((await page.locator('#second + iframe').getAttribute('src'))!);
      expect(second.pathname.endsWith('/ja/')).toBe(true);
      expect(second.search).toBe('?embed=1');
      await expectSized(page, '#first + iframe');
      await expectSized(page, '#second + iframe');
    } finally {
      await close();
    }
  });
});
