// Lighthouse (mobile preset, simulated throttling) on a few pages of the served build: N runs per page, the
// median run in full (with the audits that cost points, so docs/performance.md can say why a goal is
// missed) and every run's scores and metrics (min / median / max).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launchArgs } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Lighthouse wants the new headless mode; the rest are the flags the e2e tests use on this kind of box.
const FLAGS = ['--headless=new', ...launchArgs.filter((flag) => flag !== '--headless')];
// Insights and diagnostics that explain the paint metrics, kept even when Lighthouse scores them as passing.
const EXPLAIN = [
  'lcp-breakdown-insight',
  'render-blocking-insight',
  'network-dependency-tree-insight',
  'largest-contentful-paint-element',
  'layout-shifts',
  'cls-culprits-insight',
  'bootup-time',
  'mainthread-work-breakdown',
];

const round = (n, digits = 0) => (n == null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

function summarise(lhr) {
  const audits = lhr.audits;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100),
    ]),
  );
  const metrics = {
    fcpMs: round(audits['first-contentful-paint']?.numericValue),
    lcpMs: round(audits['largest-contentful-paint']?.numericValue),
    tbtMs: round(audits['total-blocking-time']?.numericValue),
    cls: round(audits['cumulative-layout-shift']?.numericValue, 3),
    siMs: round(audits['speed-index']?.numericValue),
  };
  // What the unthrottled page really did on this machine, beside Lighthouse's simulated phone.
  const seen = audits.metrics?.details?.items?.[0] ?? {};
  const observed = {
    fcpMs: round(seen.observedFirstContentfulPaint),
    lcpMs: round(seen.observedLargestContentfulPaint),
    loadMs: round(seen.observedLoad),
  };
  // The requests Lighthouse's simulation has to fit in before the first paint: high-priority ones count.
  const requests = (audits['network-requests']?.details?.items ?? []).map((r) => ({
    url: r.url.replace(/^https?:\/\/[^/]+/, ''),
    type: r.resourceType,
    priority: r.priority,
    kb: round((r.transferSize ?? 0) / 1024, 1),
    startMs: round(r.networkRequestTime),
    endMs: round(r.networkEndTime),
  }));
  // Every audit that lost points in any category, and the explaining ones, with Lighthouse's own words.
  const lost = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
      lost.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue ?? '',
      });
    }
  }
  const explain = EXPLAIN.filter((id) => audits[id]).map((id) => ({
    id,
    title: audits[id].title,
    value: audits[id].displayValue ?? '',
    score: audits[id].score,
    details: briefDetails(audits[id].details),
  }));
  return { scores, metrics, observed, requests, lost, explain };
}

/** A short, JSON-friendly view of an audit's details: the first rows of its tables, flattened. */
function briefDetails(details, depth = 0) {
  if (!details || depth > 3) return undefined;
  const items = details.items ?? details.chains ?? (details.value?.items ? details.value.items : undefined);
  if (!Array.isArray(items)) return undefined;
  const rows = [];
  for (const item of items.slice(0, 8)) {
    // Insights nest tables (and list sections) inside their items.
    if (item && typeof item === 'object' && (item.type === 'table' || item.type === 'list-section')) {
      const inner = briefDetails(item.type === 'list-section' ? item.value : item, depth + 1);
      if (inner?.length) rows.push(...inner);
      continue;
    }
    const row = {};
    for (const [k, v] of Object.entries(item ?? {})) {
      if (v == null || k === 'lhId' || k === 'path') continue;
      if (typeof v === 'object') {
        if ('snippet' in v) row[k] = v.nodeLabel ? `${v.snippet} "${v.nodeLabel}"` : v.snippet;
        else if ('url' in v) row[k] = v.url;
        else if ('value' in v && typeof v.value !== 'object') row[k] = v.value;
        else if (Array.isArray(v.items)) row[k] = briefDetails(v, depth + 1);
        continue;
      }
      row[k] = typeof v === 'number' ? round(v, 1) : v;
    }
    if (Object.keys(row).length > 0) rows.push(row);
  }
  return rows;
}

/**
 * Runs Lighthouse `runs` times on every page, in one Chromium, and keeps the median run of each page.
 * @param {{ pages: { name: string, url: string }[], runs?: number, chromePath: string, log?: (s: string) => void }} options
 */
export async function runLighthouse({ pages, runs = 3, chromePath, log = () => {} }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const results = [];
    for (const page of pages) {
      const lhrs = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const result = await lighthouse(page.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse: ${result.lhr.runtimeError.message} (${page.url})`);
        lhrs.push(result.lhr);
        log(
          `  lighthouse ${page.name} run ${i + 1}/${runs}: performance ${Math.round((result.lhr.categories.performance?.score ?? 0) * 100)} in ${Math.round((performance.now() - started) / 1000)} s`,
        );
      }
      const median = computeMedianRun(lhrs);
      results.push({
        name: page.name,
        url: page.url,
        // Every run's scores and metrics, so the report can print min / median / max of each figure.
        runs: lhrs.map((l) => {
          const { scores, metrics } = summarise(l);
          return { scores, metrics };
        }),
        lighthouseVersion: median.lighthouseVersion,
        userAgent: median.environment?.hostUserAgent,
        ...summarise(median),
      });
    }
    return results;
  } finally {
    await chrome.kill();
  }
}
