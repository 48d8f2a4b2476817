// Step-to-step time in Chromium: from the click on an answer (or "No" on a fix) to the first frame painted
// with the next page's heading, measured inside the page, over walks through the real guides.
/* global window, document, Element, MutationObserver, requestAnimationFrame -- the probe and the waits run in the page */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launchArgs } from './chromium.mjs';

/**
 * In the page: a click on a link marks the time; when the h1 is replaced or its text changes, wait for the
 * next animation frame (the frame that paints it) and then for the task after it (the paint itself),
 * and record the time from the click; also when the heading reached the DOM, to split JS from paint.
 */
function installProbe() {
  window.__stepTimes = [];
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('a[href]')) return;
      const clicked = performance.now();
      performance.mark('step-click');
      const before = document.getElementById('page-heading');
      const beforeText = before?.textContent;
      const observer = new MutationObserver(() => {
        const now = document.getElementById('page-heading');
        if (!now || (now === before && now.textContent === beforeText)) return;
        observer.disconnect();
        const committed = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            performance.mark('step-painted');
            window.__stepTimes.push({ total: performance.now() - clicked, commit: committed - clicked });
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    true,
  );
}

/** Runs in the page: true once the client has taken over, i.e. the header's display controls are live
 * (the prerendered HTML leaves them out or keeps them inert until hydration). */
function appReady() {
  const selects = document.querySelectorAll('header .pref-select select');
  return selects.length === 2 && selects[0].closest('[inert]') === null;
}

/** Clickable edges a walk follows: a question's answers in turn, "No" on a fix, "skip" on a check. */
function walk(guide, variant) {
  const byId = new Map(guide.nodes.map((n) => [n.id, n]));
  const hops = [];
  const seen = new Set();
  let node = byId.get(guide.start);
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    let value;
    let next;
    if (node.kind === 'question') {
      const answer = node.answers[variant % node.answers.length];
      value = answer.id;
      next = answer.next;
    } else if (node.kind === 'fix') {
      value = 'no';
      next = node.no;
    } else if (node.kind === 'check' && node.skip) {
      value = 'skip';
      next = node.skip;
    } else break;
    hops.push({ node: node.id, value, next });
    node = byId.get(next);
  }
  return hops;
}

const round1 = (n) => Math.round(n * 10) / 10;

const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];
const SCRIPT = new Set(['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks']);
const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const GC = new Set(['MinorGC', 'MajorGC']);

/**
 * From a Chromium trace of the walk: for each click (the probe's step-click … step-painted marks), the main
 * thread's time in script (minus the style, layout and paint it forced), style and layout, paint (prepaint,
 * paint, layerize, commit), garbage collection, and the rest (waiting for the frame, other work).
 * @param {any[]} events
 */
function stepPhases(events) {
  const marks = events
    .filter((e) => e.name === 'step-click' || e.name === 'step-painted')
    .sort((a, b) => a.ts - b.ts);
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const slices = events.filter((e) => e.ph === 'X' && e.dur > 0 && mains.has(`${e.pid}:${e.tid}`));
  const perClick = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const click = marks[i];
    const painted = marks[i + 1];
    if (click.name !== 'step-click' || painted.name !== 'step-painted' || click.pid !== painted.pid) continue;
    const from = click.ts;
    const to = painted.ts;
    const inside = slices.filter((e) => e.pid === click.pid && e.ts < to && e.ts + e.dur > from);
    const clip = (e) => (Math.min(e.ts + e.dur, to) - Math.max(e.ts, from)) / 1000;
    const sum = (set) => inside.filter((e) => set.has(e.name)).reduce((t, e) => t + clip(e), 0);
    // Script slices nest (a click handler runs microtasks): count the outermost ones only.
    const scripts = inside.filter((e) => SCRIPT.has(e.name));
    const outer = scripts.filter(
      (e) => !scripts.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
    );
    const within = (set) =>
      inside
        .filter((e) => set.has(e.name))
        .filter((e) => outer.some((o) => o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur))
        .reduce((t, e) => t + clip(e), 0);
    const styleLayout = sum(STYLE_LAYOUT);
    const paint = sum(PAINT);
    const gc = sum(GC);
    const script = outer.reduce((t, e) => t + clip(e), 0) - within(STYLE_LAYOUT) - within(PAINT) - within(GC);
    const total = (to - from) / 1000;
    perClick.push({
      script,
      'style and layout': styleLayout,
      paint,
      'garbage collection': gc,
      'waiting for the frame, other': Math.max(0, total - script - styleLayout - paint - gc),
      total,
    });
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  };
  const keys = perClick.length ? Object.keys(perClick[0]) : [];
  return {
    clicks: perClick.length,
    medianMs: Object.fromEntries(keys.map((k) => [k, round1(median(perClick.map((c) => c[k])))])),
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

/**
 * `trace`: also record a performance trace of the walk and split each step's time into phases (stepPhases).
 * @param {{ baseUrl: string, repoRoot: string, clicks?: number, cpuSlowdown?: number, chromePath: string, trace?: boolean }} options
 */
export async function measureSteps({
  baseUrl,
  repoRoot,
  clicks = 20,
  cpuSlowdown = 1,
  chromePath,
  trace = false,
}) {
  const guidesDir = path.join(repoRoot, 'src/content/guides');
  const guides = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(guidesDir, f), 'utf8')));
  const browser = await chromium.launch({ executablePath: chromePath, args: launchArgs });
  try {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
    await context.addInitScript(installProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const times = [];
    const commits = [];
    const steps = [];
    for (let round = 0; times.length < clicks && round < 10; round++) {
      for (const guide of guides) {
        if (times.length >= clicks) break;
        const hops = walk(guide, round);
        if (hops.length === 0) continue;
        // Opening the guide is a page load, not a step: it is not measured.
        await page.goto(`${baseUrl}ja/${guide.id}/${guide.start}/`);
        await page.waitForFunction(appReady);
        for (const hop of hops) {
          if (times.length >= clicks) break;
          const count = await page.evaluate(() => window.__stepTimes.length);
          const link = page
            .locator(`main a[href*="/${guide.id}/${hop.next}/"][href*="${hop.node}=${hop.value}"]`)
            .first();
          await link.click();
          await page.waitForFunction((n) => window.__stepTimes.length > n, count);
          const { total, commit } = await page.evaluate(() => window.__stepTimes.at(-1));
          times.push(total);
          commits.push(commit);
          steps.push({
            guide: guide.id,
            from: hop.node,
            to: hop.next,
            ms: round1(total),
            commitMs: round1(commit),
          });
          // Let the page settle (focus, live region, idle work) before the next click, as a reader would.
          await page.waitForTimeout(150);
        }
      }
    }
    const phases = trace
      ? stepPhases(JSON.parse((await browser.stopTracing()).toString()).traceEvents)
      : undefined;
    const sorted = [...times].sort((a, b) => a - b);
    const sortedCommits = [...commits].sort((a, b) => a - b);
    return {
      clicks: times.length,
      cpuSlowdown,
      medianMs: round1(percentile(sorted, 0.5)),
      p95Ms: round1(percentile(sorted, 0.95)),
      maxMs: round1(sorted.at(-1) ?? 0),
      // Click to the new heading in the DOM (router + React render and commit), the rest is frame + paint.
      commitMedianMs: round1(percentile(sortedCommits, 0.5)),
      phases,
      steps,
    };
  } finally {
    await browser.close();
  }
}
