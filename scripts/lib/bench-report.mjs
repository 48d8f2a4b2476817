// Turns bench results into Markdown tables (printed, and written into docs/performance.md between markers)
// with each goal and, when it is missed, by how much.
import { readFileSync, writeFileSync } from 'node:fs';
import { FIRST_LOAD_BUDGET, spread } from './bench-first-load.mjs';

const BEGIN = '<!-- bench:begin (written by npm run bench -- --docs; edit outside these markers) -->';
const END = '<!-- bench:end -->';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** "ok", or how far past the goal a value is ("+12.3 KB", "+34 ms"). */
function verdict(value, goal, format, higherIsBetter = false) {
  if (goal == null || value == null) return '';
  const ok = higherIsBetter ? value >= goal : value <= goal;
  if (ok) return 'ok';
  const diff = Math.abs(value - goal);
  return `missed by ${format(diff)}`;
}

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows)
    lines.push(`| ${row.map((c) => String(c ?? '').replace(/\|/g, '\\|')).join(' | ')} |`);
  return lines.join('\n');
}

const GOALS = {
  firstVisit: FIRST_LOAD_BUDGET,
  embedJsBytes: 2 * 1024,
  lighthouseScore: 100,
  lcpMs: 1200,
  tbtMs: 50,
  cls: 0,
  stepMedianMs: 50,
  // Issue #16, with 4× CPU slowdown (a mid-range phone).
  slowStepMedianMs: 60,
  slowStepP95Ms: 120,
};

export function renderMarkdown(results) {
  const out = [];
  const { meta, bundle, build, lighthouse, steps, engine } = results;
  out.push(
    `Measured ${meta.date} at ${meta.revision ?? 'an unknown revision'} on ${meta.machine} (${meta.cores} cores${meta.loadAverage ? `, load average ${meta.loadAverage} at the start` : ''}), Node ${meta.node}, ${meta.browser}.`,
  );

  if (bundle) {
    out.push('', '### Bytes (gzip -9)', '');
    const rows = [
      ['entry JS + its static imports + CSS (part of every first visit)', kb(bundle.firstLoad.bytes), '', ''],
      ['home route chunk (+ its imports)', kb(bundle.home.bytes), '', ''],
      ['node route chunk (+ its imports)', kb(bundle.nodeRoute.bytes), '', ''],
      ['shared nodes, provider table, ja shared wording', kb(bundle.sharedData.bytes), '', ''],
      ...bundle.guides.map((g) => [
        `guide ${g.id}: data + ja + en`,
        `${kb(g.total)} (${kb(g.data)} + ${kb(g.ja)} + ${kb(g.en)})`,
        '',
        '',
      ]),
      [
        `entry + node route + shared data + ${bundle.nodePage.guide} (ja), from the manifest`,
        kb(bundle.nodePage.bytes),
        '',
        'see "First visit" for what a browser really downloads',
      ],
      ...(bundle.helpdesk
        ? [
            [
              'helpdesk page and node-page panel chunks + CSS (+ imports)',
              kb(bundle.helpdesk.page.bytes),
              '',
              '',
            ],
            ...bundle.helpdesk.index.map((i) => [`helpdesk index, ${i.lang}`, kb(i.bytes), '', '']),
          ]
        : []),
      ['embed.js (host page)', kb(bundle.embedJs), '≤ 2 KB', verdict(bundle.embedJs, GOALS.embedJsBytes, kb)],
      ['embed bridge chunk + CSS (in the frame)', kb(bundle.bridge.bytes), '', ''],
      ...bundle.anchors.map((a) => [`for scale: ${a.name}`, kb(a.bytes), '', a.source]),
    ];
    out.push(table(['what', 'size', 'goal', 'result'], rows));
  }

  if (results.firstLoads?.length) out.push('', ...firstVisitMarkdown(results.firstLoads));

  if (build) {
    out.push('', '### Build', '');
    out.push(
      table(
        ['what', 'time'],
        [
          [
            `production build (\`node scripts/build.mjs\`, ${build.pages ?? '?'} pages)`,
            `${(build.ms / 1000).toFixed(1)} s`,
          ],
        ],
      ),
    );
  }

  if (lighthouse) {
    const runCount = lighthouse[0]?.runs.length ?? '?';
    out.push(
      '',
      `### Lighthouse ${lighthouse[0]?.lighthouseVersion ?? ''} (mobile preset, simulated throttling, ${runCount} runs per page)`,
      '',
      'Each cell is min / median / max over the runs (scores: the four categories; LCP, TBT, FCP in ms), so the',
      "noise is visible. The last column is the median run's observed (unthrottled) FCP / LCP on this machine.",
      '',
    );
    const ms = (n) => (n == null ? '' : `${Math.round(n)}`);
    const spreadOf = (p, pick, format = (n) => String(n)) => {
      const values = p.runs.map(pick).filter((v) => v != null);
      if (!values.length) return '';
      const { min, median, max } = spread(values);
      return min === max ? format(min) : `${format(min)} / ${format(median)} / ${format(max)}`;
    };
    const rows = lighthouse.map((p) => [
      p.name,
      spreadOf(p, (r) => r.scores.performance),
      spreadOf(p, (r) => r.scores.accessibility),
      spreadOf(p, (r) => r.scores['best-practices']),
      spreadOf(p, (r) => r.scores.seo),
      spreadOf(p, (r) => r.metrics.lcpMs, ms),
      spreadOf(p, (r) => r.metrics.tbtMs, ms),
      spreadOf(p, (r) => r.metrics.cls),
      spreadOf(p, (r) => r.metrics.fcpMs, ms),
      `${ms(p.observed?.fcpMs)} / ${ms(p.observed?.lcpMs)}`,
    ]);
    out.push(
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'FCP', 'observed FCP / LCP'],
        rows,
      ),
      '',
      'Goals: 100 in all four (median), LCP ≤ 1200 ms (median) on every page, TBT ≤ 50 ms in every run, CLS 0.',
      'LCP, TBT and FCP are Lighthouse’s simulation of a mid-range phone on slow 4G.',
      '',
    );
    const misses = [];
    for (const p of lighthouse) {
      const runs = p.runs;
      for (const cat of Object.keys(p.scores)) {
        const median = spread(runs.map((r) => r.scores[cat] ?? 0)).median;
        if (median < GOALS.lighthouseScore)
          misses.push(`${p.name}: ${cat} ${median} (missed by ${GOALS.lighthouseScore - median})`);
      }
      const lcp = spread(runs.map((r) => r.metrics.lcpMs)).median;
      if (lcp > GOALS.lcpMs)
        misses.push(`${p.name}: LCP ${Math.round(lcp)} ms (missed by ${Math.round(lcp - GOALS.lcpMs)} ms)`);
      const tbt = spread(runs.map((r) => r.metrics.tbtMs)).max;
      if (tbt > GOALS.tbtMs)
        misses.push(
          `${p.name}: TBT up to ${Math.round(tbt)} ms (missed by ${Math.round(tbt - GOALS.tbtMs)} ms)`,
        );
      const cls = spread(runs.map((r) => r.metrics.cls)).max;
      if (cls > GOALS.cls) misses.push(`${p.name}: CLS up to ${cls} (missed by ${cls})`);
    }
    out.push(misses.length ? `Missed: ${misses.join('; ')}.` : 'All Lighthouse goals met.');
  }

  if (steps) {
    out.push('', '### Step to step (click on an answer → next heading painted, in Chromium)', '');
    const rows = steps.map((s) => {
      const slow = s.cpuSlowdown > 1;
      const ms = (n) => `${n.toFixed(1)} ms`;
      const goal = slow
        ? [verdict(s.medianMs, GOALS.slowStepMedianMs, ms), verdict(s.p95Ms, GOALS.slowStepP95Ms, ms)]
        : [verdict(s.medianMs, GOALS.stepMedianMs, ms)];
      return [
        slow ? `${s.cpuSlowdown}× CPU slowdown (a mid-range phone)` : 'this machine, no throttling',
        s.clicks,
        `${s.medianMs} ms`,
        `${s.p95Ms} ms`,
        `${s.commitMedianMs} ms`,
        slow ? '≤ 60 ms median, ≤ 120 ms p95' : '≤ 50 ms median',
        goal.join('; '),
      ];
    });
    out.push(table(['CPU', 'clicks', 'median', 'p95', 'median to heading in DOM', 'goal', 'result'], rows));
    const traced = steps.find((s) => s.phases);
    if (traced) {
      out.push(
        '',
        `Where a step's time goes (${traced.cpuSlowdown}× CPU, median per click over ${traced.phases.clicks} clicks, from a performance trace, click to painted):`,
        '',
        table(
          ['phase', 'median ms'],
          Object.entries(traced.phases.medianMs).map(([phase, value]) => [phase, value]),
        ),
      );
    }
    out.push('');
  }

  if (engine) {
    out.push('', `### Engine (generated guide of ${engine.nodes.toLocaleString('en')} nodes, Node)`, '');
    const rows = [
      [
        'validate (median of 5; first run)',
        `${engine.validate.medianMs} ms (${engine.validate.firstMs} ms)`,
        `≤ ${engine.validate.goalMs} ms`,
        verdict(engine.validate.medianMs, engine.validate.goalMs, (n) => `${n.toFixed(1)} ms`),
      ],
      [
        `resolve a ${engine.resolve.answers}-answer journey (median / p95 of ${engine.resolve.runs}; cold)`,
        `${engine.resolve.medianUs} / ${engine.resolve.p95Us} µs (${engine.resolve.coldUs} µs)`,
        `≤ ${engine.resolve.goalUs} µs`,
        verdict(engine.resolve.medianUs, engine.resolve.goalUs, (n) => `${n.toFixed(1)} µs`),
      ],
      [
        `search index over ${engine.search.entries.toLocaleString('en')} symptoms: build`,
        `${engine.search.buildMs} ms`,
        '',
        '',
      ],
      ...Object.entries(engine.search.queries).map(([name, q]) => [
        `search "${name}" (median)`,
        `${q.medianUs} µs`,
        '',
        `top: ${q.top}`,
      ]),
      ...(engine.helpdesk
        ? [
            [
              `helpdesk search over ${engine.helpdesk.steps} steps (median / p95, all queries)`,
              `${engine.helpdesk.medianUs} / ${engine.helpdesk.p95Us} µs`,
              `≤ ${engine.helpdesk.goalUs} µs`,
              verdict(engine.helpdesk.medianUs, engine.helpdesk.goalUs, (n) => `${n.toFixed(1)} µs`),
            ],
            ...Object.entries(engine.helpdesk.queries).map(([name, q]) => [
              `helpdesk search "${name}" (median)`,
              `${q.medianUs} µs`,
              '',
              `${q.results} results`,
            ]),
            [
              'helpdesk index (gzip, ja / en; build of one)',
              `${kb(engine.helpdesk.gzipBytes.ja)} / ${kb(engine.helpdesk.gzipBytes.en)}`,
              '',
              `${engine.helpdesk.buildMs} ms`,
            ],
          ]
        : []),
      ['calibration loop (1e8 steps), to compare machines', `${engine.calibrationMs} ms`, '', ''],
    ];
    out.push(table(['what', 'time', 'goal', 'result'], rows));
  }
  return out.join('\n');
}

/**
 * Issue #16's byte goal: everything a first visit downloads before the app is interactive (bench-first-load.mjs),
 * per page kind and language (min / median / max over the pages measured), and file by file for home and the
 * heaviest node page in each language.
 */
function firstVisitMarkdown(loads) {
  const out = ['### First visit: every JS and CSS file loaded before the app is interactive (gzip -9)', ''];
  const rows = [];
  const label = {
    home: () => 'home',
    node: (n) => `node pages (${n}: every guide's start; a fix, a check, an outcome)`,
    helpdesk: () => 'helpdesk index (no budget)',
    map: () => 'map of the largest guide (no budget)',
  };
  for (const kind of ['home', 'node', 'helpdesk', 'map']) {
    for (const lang of ['ja', 'en']) {
      const some = loads.filter((l) => l.kind === kind && l.lang === lang);
      if (!some.length) continue;
      const s = spread(some.map((l) => l.bytes));
      const heaviest = some.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      const goal = GOALS.firstVisit[kind];
      rows.push([
        `${label[kind](some.length)}, ${lang}`,
        some.length > 1 ? `${kb(s.min)} / ${kb(s.median)} / ${kb(s.max)}` : kb(s.max),
        goal ? `≤ ${kb(goal)}` : '',
        verdict(s.max, goal, kb),
        some.length > 1 || kind === 'map' ? heaviest.path : '',
      ]);
    }
  }
  out.push(table(['page', 'min / median / max', 'goal', 'result (max)', 'heaviest'], rows), '');
  const heaviest = (kind, lang) =>
    loads
      .filter((l) => l.kind === kind && l.lang === lang)
      .reduce((a, b) => (!a || b.bytes > a.bytes ? b : a), undefined);
  const shown = [
    heaviest('home', 'ja'),
    heaviest('node', 'ja'),
    heaviest('home', 'en'),
    heaviest('node', 'en'),
  ].filter(Boolean);
  const sources = [...new Set(shown.flatMap((l) => l.files.map((f) => f.source)))];
  // One row per source, in the order the heaviest ja node page loads them; a column per page.
  const cell = (load, source) => {
    const f = load.files.find((x) => x.source === source);
    return f ? kb(f.bytes) : '';
  };
  out.push(
    table(
      ['file (source)', ...shown.map((l) => l.path)],
      [
        ...sources.map((source) => [source, ...shown.map((l) => cell(l, source))]),
        ['total', ...shown.map((l) => kb(l.bytes))],
      ],
    ),
  );
  return out;
}

/** Replaces the generated part of docs/performance.md, keeping everything outside the markers. */
export function writeDocs(file, markdown) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = `# Performance\n\n${BEGIN}\n${END}\n`;
  }
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) throw new Error(`${file} has no ${BEGIN} … ${END} section`);
  writeFileSync(file, `${text.slice(0, start + BEGIN.length)}\n${markdown}\n${text.slice(end)}`);
}
