// Engine benchmark on a generated 10,000-node guide: validation, journey replay and symptom search times.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGuide } from '../tests/support/generate';
import { shortestPath } from '../src/engine/graph';
import { resolveJourney } from '../src/engine/resolve';
import { buildIndex, searchSymptoms } from '../src/engine/search';
import type { SearchEntry } from '../src/engine/search';
import { resolveGuide } from '../src/engine/shared';
import type { Answers } from '../src/engine/types';
import { validateContent } from '../tools/content/validate';
import * as types from '../src/engine/types';
import * as graph from '../src/engine/graph';
import * as resolveModule from '../src/engine/resolve';
import * as url from '../src/engine/url';
import * as search from '../src/engine/search';
import * as sharedModule from '../src/engine/shared';
import { gzipSync } from 'node:zlib';
import { buildHelpdeskData } from './lib/helpdesk-index-plugin';
import { searchHelpdesk } from '../src/features/helpdesk/search';

export interface EngineBench {
  /** Time of a fixed integer loop (1e8 steps), to compare runs on machines of different (or varying) speed. */
  calibrationMs: number;
  nodes: number;
  /** `firstMs` is the first run (cold JIT); median and p95 are over the next 9 runs (p95 of 9 is their slowest). */
  validate: { firstMs: number; medianMs: number; p95Ms: number; problems: number; goalMs: number };
  resolve: { answers: number; coldUs: number; medianUs: number; p95Us: number; goalUs: number; runs: number };
  search: {
    entries: number;
    buildMs: number;
    queries: Record<string, { medianUs: number; top: string | undefined }>;
  };
  /** The helpdesk index of the real content (every step of every guide), one language: size and search. */
  helpdesk: {
    steps: number;
    /** The virtual module's JSON, gzip level 9, per language. */
    gzipBytes: Record<'ja' | 'en', number>;
    buildMs: number;
    /** Over every query below, 200 runs each. */
    medianUs: number;
    p95Us: number;
    goalUs: number;
    queries: Record<string, { medianUs: number; results: number }>;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function timeMany(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function calibrate(): number {
  const started = performance.now();
  let x = 0;
  for (let i = 0; i < 1e8; i++) x = (x + i * 7) | 0;
  if (x === 42) console.log('');
  return performance.now() - started;
}

export function run(nodes = 10_000): EngineBench {
  const { guide, locales, providers } = generateGuide(nodes, 2026);
  const input = {
    guides: [{ file: `src/content/guides/${guide.id}.json`, data: guide }],
    shared: { file: 'src/content/shared.json', data: { nodes: [], steps: [] } },
    providers: { file: 'src/content/providers.json', data: providers },
    locales: (['ja', 'en'] as const).map((lang) => ({
      lang,
      ns: guide.id,
      file: `locales/${lang}/${guide.id}.json`,
      data: locales[lang],
    })),
    today: '2026-12-31',
  };
  const calibrationMs = calibrate();
  const first = performance.now();
  const problems = validateContent(input).length;
  const firstMs = performance.now() - first;
  const validateTimes = timeMany(9, () => validateContent(input));

  // The deepest node gives the longest replay; the benchmark wants 30 answers.
  const resolved = resolveGuide(guide);
  let target = resolved.start;
  let path = shortestPath(resolved, target) ?? [];
  for (const node of resolved.nodes) {
    const p = shortestPath(resolved, node.id);
    if (p && p.length > path.length) {
      path = p;
      target = node.id;
      if (path.length > 30) break;
    }
  }
  const steps = path.slice(0, 31);
  target = steps.at(-1)?.node ?? target;
  const answers: Answers = {};
  for (const step of steps.slice(0, -1)) if (step.answer !== undefined) answers[step.node] = step.answer;
  const query = new URLSearchParams(answers).toString();

  // Cold: a fresh resolved guide, so the lazily built indexes are part of the time.
  const fresh = resolveGuide(guide);
  const coldStart = performance.now();
  resolveJourney(fresh, guide.id, target, query);
  const coldUs = (performance.now() - coldStart) * 1000;
  const runs = 5000;
  const resolveTimes = timeMany(runs, () => {
    const journey = resolveJourney(resolved, guide.id, target, query);
    if (!journey.ok || !journey.reached) throw new Error('benchmark journey did not reach its target');
  });

  const entries: SearchEntry[] = [];
  for (let i = 0; i < 10_000; i++) {
    entries.push({
      guide: `guide-${i % 50}`,
      symptom: {
        id: `symptom-${i}`,
        clients: ['outlook-classic'],
        aliases: [
          `0x${(0x800c0000 + i).toString(16).toUpperCase()}`,
          `Error number ${i}: the server rejected the connection of type ${i % 17}`,
          `エラー${i}：サーバーへの接続が拒否されました（種類${i % 13}）`,
        ],
      },
      titles: [`Symptom ${i}`, `症状 ${i}`],
    });
  }
  entries.push({
    guide: 'encryption-mismatch',
    symptom: {
      id: 'error-0x800ccc1a',
      clients: ['outlook-classic'],
      aliases: ['0x800CCC1A', 'このサーバーは、指定した種類の接続暗号化をサポートしていません'],
    },
    titles: ['Error 0x800CCC1A'],
  });
  const buildStart = performance.now();
  const index = buildIndex(entries);
  const buildMs = performance.now() - buildStart;
  const queries: Record<string, string> = {
    'exact code': '0x800CCC1A',
    'full-width code': '０ｘ８００ＣＣＣ１Ａ',
    'pasted dialog':
      'タスク ‘user@example.jp - 送信’ がエラー (0x800CCC1A) を報告しました: ‘このサーバーは、指定した種類の接続暗号化をサポートしていません。暗号化方法を変更してください。’',
    'typed prefix': '0x800c',
    'japanese words': '接続が拒否',
  };
  const searchResults: EngineBench['search']['queries'] = {};
  for (const [name, text] of Object.entries(queries)) {
    const times = timeMany(200, () => searchSymptoms(index, text, 10));
    searchResults[name] = {
      medianUs: round(percentile(times, 0.5) * 1000),
      top: searchSymptoms(index, text, 1)[0]?.symptomId,
    };
  }

  return {
    helpdesk: benchHelpdesk(),
    calibrationMs: round(calibrationMs),
    nodes: guide.nodes.length,
    validate: {
      firstMs: round(firstMs),
      medianMs: round(percentile(validateTimes, 0.5)),
      p95Ms: round(percentile(validateTimes, 0.95)),
      problems,
      goalMs: 200,
    },
    resolve: {
      answers: Object.keys(answers).length,
      coldUs: round(coldUs),
      medianUs: round(percentile(resolveTimes, 0.5) * 1000),
      p95Us: round(percentile(resolveTimes, 0.95) * 1000),
      goalUs: 1000,
      runs,
    },
    search: { entries: entries.length, buildMs: round(buildMs), queries: searchResults },
  };
}

/** The helpdesk search over the whole real index (src/features/helpdesk/search.ts), ja and en queries. */
function benchHelpdesk(): EngineBench['helpdesk'] {
  const engine = { types, graph, resolve: resolveModule, url, search, shared: sharedModule };
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  const ja = buildHelpdeskData(engine, root, 'ja');
  const buildMs = performance.now() - started;
  const en = buildHelpdeskData(engine, root, 'en');
  const queries: [string, typeof ja, string][] = [
    ['SSLを使用', ja, 'SSLを使用'],
    ['993', ja, '993'],
    ['0x800CCC1A', ja, '0x800CCC1A'],
    ['アカウント設定', ja, 'アカウント設定'],
    ['imap 993', ja, 'imap 993'],
    ['パスワード (many results)', ja, 'パスワード'],
    ['en: Use SSL', en, 'Use SSL'],
    ['en: Account Settings', en, 'Account Settings'],
  ];
  const all: number[] = [];
  const results: EngineBench['helpdesk']['queries'] = {};
  for (const [name, data, text] of queries) {
    const times = timeMany(200, () => searchHelpdesk(data, text, 50));
    all.push(...times);
    results[name] = {
      medianUs: round(percentile(times, 0.5) * 1000),
      results: searchHelpdesk(data, text).total,
    };
  }
  all.sort((a, b) => a - b);
  return {
    steps: ja.fixes.reduce((n, f) => n + f.steps.length, 0),
    gzipBytes: {
      ja: gzipSync(JSON.stringify(ja), { level: 9 }).length,
      en: gzipSync(JSON.stringify(en), { level: 9 }).length,
    },
    buildMs: round(buildMs),
    medianUs: round(percentile(all, 0.5) * 1000),
    p95Us: round(percentile(all, 0.95) * 1000),
    goalUs: 5000,
    queries: results,
  };
}

const invoked = process.argv.slice(1).map((a) => resolve(a));
if (invoked.includes(fileURLToPath(import.meta.url))) {
  console.log(JSON.stringify(run(), null, 2));
}
