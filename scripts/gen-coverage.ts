// Writes docs/content-coverage.md: for every symptom and mail app, which fixes the guide data reaches.
//
// Convention (shared by every guide): the first "which app" question uses the answer ids of CLIENTS in
// src/engine/types.ts (outlook-classic, outlook-new, iphone-mail, gmail). From a symptom's entry node we
// walk to that question, take the app's answer, and collect every fix reachable from there. When no fix is
// reachable the app is "not applicable" and the cell names the guides its hand-off outcomes link to.
// Run: npx jiti scripts/gen-coverage.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { edges } from '../src/engine/graph';
import { answersLeadTo } from '../src/engine/resolve';
import {
  CLIENTS,
  PROVIDER_QUESTION,
  type Client,
  type Guide,
  type GuideNode,
  type LocaleGuide,
} from '../src/engine/types';
import { serializeAnswers } from '../src/engine/url';

export type CoverageCell =
  | { kind: 'fix'; fixes: string[]; continues?: string[] }
  | { kind: 'not-applicable'; related: string[] }
  | { kind: 'missing'; reason: string };

export interface CoverageRow {
  guide: string;
  symptom: string;
  title: string;
  /** Clients the symptom says it covers (Symptom.clients). */
  declared: Client[];
  cells: Record<Client, CoverageCell>;
}

function byId(guide: Guide): Map<string, GuideNode> {
  return new Map(guide.nodes.map((n) => [n.id, n]));
}

/** Nodes reachable from `from` (included), in breadth-first order. */
function reachable(nodes: Map<string, GuideNode>, from: string): GuideNode[] {
  const seen = new Set<string>([from]);
  const queue = [from];
  const out: GuideNode[] = [];
  while (queue.length > 0) {
    const node = nodes.get(queue.shift() as string);
    if (!node) continue;
    out.push(node);
    for (const e of edges(node)) {
      if (!seen.has(e.next)) {
        seen.add(e.next);
        queue.push(e.next);
      }
    }
  }
  return out;
}

function isClient(id: string): id is Client {
  return (CLIENTS as readonly string[]).includes(id);
}

/** The first question reachable from `entry` whose answers include a client id. */
export function findClientQuestion(guide: Guide, entry: string) {
  return reachable(byId(guide), entry).find(
    (n) => n.kind === 'question' && n.answers.some((a) => isClient(a.id)),
  ) as Extract<GuideNode, { kind: 'question' }> | undefined;
}

/** What a person reaches from `from`: the fixes, or else the guides the outcomes point to. */
function cellFrom(guide: Guide, from: string): CoverageCell {
  const reached = reachable(byId(guide), from);
  const fixes = reached.filter((n) => n.kind === 'fix').map((n) => n.id);
  // A triage's "continue" outcomes lead into another guide's fixes: name those guides with the cell.
  const continues = [
    ...new Set(reached.flatMap((n) => (n.kind === 'outcome' && n.continue ? [n.continue.guide] : []))),
  ];
  if (continues.length > 0) return { kind: 'fix', fixes, continues };
  if (fixes.length > 0) return { kind: 'fix', fixes };
  const related = [
    ...new Set(reached.flatMap((n) => (n.kind === 'outcome' ? (n.related ?? []).map((r) => r.guide) : []))),
  ];
  if (related.length > 0) return { kind: 'not-applicable', related };
  return { kind: 'missing', reason: `no fix and no related guide after ${from}` };
}

function cellForClient(guide: Guide, entry: string, client: Client, declared: Client[]): CoverageCell {
  const question = findClientQuestion(guide, entry);
  if (question) {
    const answer = question.answers.find((a) => a.id === client);
    return answer
      ? cellFrom(guide, answer.next)
      : { kind: 'missing', reason: `question ${question.id} has no answer ${client}` };
  }
  // The symptom opens past the app question: it covers exactly the apps it declares. For the others,
  // send people to the guide's start, where the app question decides.
  if (declared.includes(client)) return cellFrom(guide, entry);
  const fromStart = cellForClient(guide, guide.start, client, []);
  return fromStart.kind === 'not-applicable' ? fromStart : { kind: 'not-applicable', related: [guide.id] };
}

export function coverageMatrix(guides: Guide[], locales: Record<string, LocaleGuide>): CoverageRow[] {
  const sorted = [...guides].sort((a, b) => a.id.localeCompare(b.id));
  return sorted.flatMap((guide) =>
    guide.symptoms.map((symptom) => {
      const entry = symptom.node ?? guide.start;
      const cells = Object.fromEntries(
        CLIENTS.map((c) => [c, cellForClient(guide, entry, c, symptom.clients)]),
      ) as Record<Client, CoverageCell>;
      return {
        guide: guide.id,
        symptom: symptom.id,
        title: locales[guide.id]?.symptoms[symptom.id]?.title ?? '',
        declared: symptom.clients,
        cells,
      };
    }),
  );
}

/** Outlook/Windows mail error codes as people paste them: 8 hex digits starting 800, with or without 0x. */
const CODE = /(?:0x)?(800[0-9a-f]{5})(?![0-9a-f])/gi;

/** Every error code named in a symptom's aliases, as `0x800CCC0E`, with the symptoms that name it. */
export function errorCodes(
  guides: Guide[],
): Map<string, { guide: Guide; symptom: Guide['symptoms'][number] }[]> {
  const codes = new Map<string, { guide: Guide; symptom: Guide['symptoms'][number] }[]>();
  for (const guide of guides) {
    for (const symptom of guide.symptoms) {
      const found = new Set<string>();
      for (const alias of symptom.aliases) {
        for (const m of alias.normalize('NFKC').matchAll(CODE))
          found.add(`0x${(m[1] as string).toUpperCase()}`);
      }
      for (const code of found) codes.set(code, [...(codes.get(code) ?? []), { guide, symptom }]);
    }
  }
  return new Map([...codes].sort(([a], [b]) => a.localeCompare(b)));
}

export type CodeCell =
  | { kind: 'path'; guide: string; path: string; fixes: number }
  | { kind: 'not-applicable'; related: string[] }
  | { kind: 'missing'; reason: string };

export interface CodeRow {
  code: string;
  cells: Record<Client, CodeCell>;
}

/** Where the finder's link for a symptom opens in one app: the symptom's answers plus the app's. */
function pathFor(guide: Guide, symptom: Guide['symptoms'][number], client: Client): string {
  const answers: Record<string, string> = { ...(symptom.answers ?? {}) };
  const question = findClientQuestion(guide, guide.start);
  if (question && !Object.hasOwn(answers, question.id) && question.answers.some((a) => a.id === client)) {
    answers[question.id] = client;
  }
  const to = answersLeadTo(guide, answers);
  const query = serializeAnswers(guide, to.answers);
  return `/ja/${guide.id}/${to.node}/${query ? `?${query}` : ''}`;
}

/** Error code × app: a real path (the page a person lands on) or the guides that fit instead. */
export function codeMatrix(guides: Guide[]): CodeRow[] {
  return [...errorCodes(guides)].map(([code, symptoms]) => {
    const cells = Object.fromEntries(
      CLIENTS.map((client): [Client, CodeCell] => {
        for (const { guide, symptom } of symptoms) {
          const cell = cellForClient(guide, symptom.node ?? guide.start, client, symptom.clients);
          if (cell.kind === 'fix') {
            return [
              client,
              {
                kind: 'path',
                guide: guide.id,
                path: pathFor(guide, symptom, client),
                fixes: cell.fixes.length,
              },
            ];
          }
        }
        const related = [
          ...new Set(
            symptoms.flatMap(({ guide, symptom }) => {
              const cell = cellForClient(guide, symptom.node ?? guide.start, client, symptom.clients);
              return cell.kind === 'not-applicable' ? cell.related : [];
            }),
          ),
        ];
        return [
          client,
          related.length > 0
            ? { kind: 'not-applicable', related }
            : { kind: 'missing', reason: 'no fix and no related guide' },
        ];
      }),
    ) as Record<Client, CodeCell>;
    return { code, cells };
  });
}

function renderCodeCell(cell: CodeCell): string {
  switch (cell.kind) {
    case 'path':
      return `\`${cell.path}\` (${cell.fixes} fixes)`;
    case 'not-applicable':
      return `not for this app → ${cell.related.map((g) => `[${g}](/ja/${g}/)`).join(', ')}`;
    case 'missing':
      return `MISSING: ${cell.reason}`;
  }
}

/** Provider ids in the order of src/content/providers.json. */
export function providerIds(root: string): string[] {
  const table = JSON.parse(fs.readFileSync(path.join(root, 'src/content/providers.json'), 'utf8')) as {
    providers: { id: string }[];
  };
  return table.providers.map((p) => p.id);
}

export type ProviderCell = { kind: 'path'; guide: string; path: string } | { kind: 'none' };

/** The question naming the provider: `provider`, or a per-app variant such as `provider-iphone`. */
const isProviderQuestion = (id: string) => id === PROVIDER_QUESTION || id.startsWith(`${PROVIDER_QUESTION}-`);

/**
 * The shortest way from the start that answers the app question with `client` and a provider question with
 * `provider` (in either order): the answers of that path, or undefined when the guide never offers both.
 */
function providerPath(guide: Guide, client: Client, provider: string): Record<string, string> | undefined {
  const appQuestion = findClientQuestion(guide, guide.start)?.id;
  if (appQuestion === undefined) return undefined;
  const nodes = byId(guide);
  // A node is worth visiting again once more of the two answers are given on the way to it.
  const state = (id: string, answers: Record<string, string>) =>
    `${id}|${Object.hasOwn(answers, appQuestion)}|${Object.keys(answers).some(isProviderQuestion)}`;
  const seen = new Set<string>([state(guide.start, {})]);
  const queue: [string, Record<string, string>][] = [[guide.start, {}]];
  for (let head = 0; head < queue.length; head++) {
    const [id, answers] = queue[head] as [string, Record<string, string>];
    const node = nodes.get(id);
    if (!node) continue;
    const named = Object.keys(answers).some(isProviderQuestion);
    if (answers[appQuestion] === client && named) return answers;
    for (const e of edges(node)) {
      if (node.id === appQuestion && e.value !== client) continue;
      if (isProviderQuestion(node.id) && e.value !== provider) continue;
      const answered = { ...answers, [node.id]: e.value };
      const key = state(e.next, answered);
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push([e.next, answered]);
    }
  }
  return undefined;
}

/** Provider × app: the shortest real path that asks for the provider in that app, over every guide. */
export function providerMatrix(guides: Guide[], providers: string[]) {
  const sorted = [...guides].sort((a, b) => a.id.localeCompare(b.id));
  return providers.map((provider) => {
    const cells = Object.fromEntries(
      CLIENTS.map((client): [Client, ProviderCell & { guides: string[] }] => {
        const found = sorted.flatMap((guide) => {
          const answers = providerPath(guide, client, provider);
          return answers ? [{ guide, answers }] : [];
        });
        const best = [...found].sort(
          (a, b) => Object.keys(a.answers).length - Object.keys(b.answers).length,
        )[0];
        if (!best) return [client, { kind: 'none', guides: [] }];
        const to = answersLeadTo(best.guide, best.answers);
        const query = serializeAnswers(best.guide, to.answers);
        const cell: ProviderCell = {
          kind: 'path',
          guide: best.guide.id,
          path: `/ja/${best.guide.id}/${to.node}/${query ? `?${query}` : ''}`,
        };
        return [client, { ...cell, guides: found.map((f) => f.guide.id) }];
      }),
    ) as Record<Client, ProviderCell & { guides: string[] }>;
    return { provider, cells };
  });
}

function renderCell(cell: CoverageCell): string {
  switch (cell.kind) {
    case 'fix': {
      const own = `fix (${cell.fixes.length}): ${cell.fixes.join(', ')}`;
      return cell.continues ? `${own}; continues → ${cell.continues.join(', ')}` : own;
    }
    case 'not-applicable':
      return `not applicable → ${cell.related.join(', ')}`;
    case 'missing':
      return `MISSING: ${cell.reason}`;
  }
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** Symptom.clients feeds the home list, so it must name exactly the apps where the symptom reaches a fix. */
export function clientsMismatch(row: CoverageRow): Client[] {
  return CLIENTS.filter((c) => (row.cells[c].kind === 'fix') !== row.declared.includes(c));
}

function declaredNote(row: CoverageRow, client: Client): string {
  if (!clientsMismatch(row).includes(client)) return '';
  return row.declared.includes(client)
    ? ' (⚠ listed in clients, but no fix)'
    : ' (⚠ has a fix, but not listed in clients)';
}

/** The coverage document as Markdown (before Prettier formatting). Pure: same input, same text. */
export function coverageMarkdown(
  guides: Guide[],
  locales: Record<string, LocaleGuide>,
  providers: string[] = [],
): string {
  const rows = coverageMatrix(guides, locales);
  const lines: string[] = [
    '# Content coverage',
    '',
    '<!-- Generated by `npx jiti scripts/gen-coverage.ts` from src/content/guides. Do not edit by hand. -->',
    '',
    'Each cell says what a person reaches after choosing that app in the guide\'s "which app" question',
    '(answer ids `outlook-classic`, `outlook-new`, `iphone-mail`, `gmail`): every fix reachable from there,',
    'or, where the message cannot appear in that app, the guides its hand-off points to.',
    '',
    '## Symptoms by app',
    '',
    `| guide | symptom | ${CLIENTS.join(' | ')} |`,
    `| --- | --- | ${CLIENTS.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows) {
    const name = row.title ? `${row.symptom} (${row.title})` : row.symptom;
    const cells = CLIENTS.map((c) => escapeCell(renderCell(row.cells[c]) + declaredNote(row, c)));
    lines.push(`| ${row.guide} | ${escapeCell(name)} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    '## Error codes by app',
    '',
    "Every error code the finder knows (from the symptoms' aliases). A path is the page the finder opens for",
    'that code once the app is known (answers in the query); "not for this app" names the guides to use instead.',
    '',
    `| code | ${CLIENTS.join(' | ')} |`,
    `| --- | ${CLIENTS.map(() => '---').join(' | ')} |`,
  );
  for (const row of codeMatrix(guides)) {
    lines.push(
      `| ${row.code} | ${CLIENTS.map((c) => escapeCell(renderCodeCell(row.cells[c]))).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    '## Providers by app',
    '',
    'For each provider in `src/content/providers.json` and each app: the shortest real path that answers',
    'the app question and the provider question with it (the page it opens, answers in the query), and which',
    'guides ask. Where no guide asks for that provider in that app, the cell says so and links the triage,',
    'which covers every app without asking the provider.',
    '',
    `| provider | ${CLIENTS.join(' | ')} |`,
    `| --- | ${CLIENTS.map(() => '---').join(' | ')} |`,
  );
  for (const row of providerMatrix(guides, providers)) {
    const cells = CLIENTS.map((c) => {
      const cell = row.cells[c];
      return cell.kind === 'path'
        ? escapeCell(`\`${cell.path}\` (${cell.guides.join(', ')})`)
        : 'not asked in this app → [mail-trouble-triage](/ja/mail-trouble-triage/)';
    });
    lines.push(`| ${row.provider} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## Nodes per guide', '', '| guide | question | fix | check | outcome | total |');
  lines.push('| --- | --- | --- | --- | --- | --- |');
  const kinds = ['question', 'fix', 'check', 'outcome'] as const;
  const totals = { question: 0, fix: 0, check: 0, outcome: 0 };
  for (const guide of [...guides].sort((a, b) => a.id.localeCompare(b.id))) {
    const counts = kinds.map((k) => guide.nodes.filter((n) => n.kind === k).length);
    kinds.forEach((k, i) => (totals[k] += counts[i] ?? 0));
    lines.push(`| ${guide.id} | ${counts.join(' | ')} | ${guide.nodes.length} |`);
  }
  const sum = kinds.reduce((s, k) => s + totals[k], 0);
  lines.push(`| all | ${kinds.map((k) => totals[k]).join(' | ')} | ${sum} |`, '');
  return lines.join('\n');
}

/** The document exactly as committed: Markdown run through the project's Prettier settings. */
export async function formattedCoverage(root: string): Promise<string> {
  const { guides, locales } = loadContent(root);
  const providers = providerIds(root);
  const prettier = await import('prettier');
  const file = path.join(root, 'docs/content-coverage.md');
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(coverageMarkdown(guides, locales, providers), { ...options, parser: 'markdown' });
}

/** Guide files and their English wording, read from a checkout. */
export function loadContent(root: string): { guides: Guide[]; locales: Record<string, LocaleGuide> } {
  const dir = path.join(root, 'src/content/guides');
  const guides = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Guide);
  const locales: Record<string, LocaleGuide> = {};
  for (const guide of guides) {
    const file = path.join(root, 'locales/en', `${guide.id}.json`);
    if (fs.existsSync(file)) locales[guide.id] = JSON.parse(fs.readFileSync(file, 'utf8')) as LocaleGuide;
  }
  return { guides, locales };
}

const thisFile = fileURLToPath(import.meta.url);
// Run only as a command, never when a test imports the functions above.
if (process.argv.slice(1).some((arg) => path.resolve(arg) === thisFile)) {
  const root = path.resolve(path.dirname(thisFile), '..');
  const text = await formattedCoverage(root);
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs/content-coverage.md'), text);
  const { guides, locales } = loadContent(root);
  const rows = coverageMatrix(guides, locales);
  const missing = rows.flatMap((r) =>
    CLIENTS.filter((c) => r.cells[c].kind === 'missing').map((c) => `${r.symptom}/${c}`),
  );
  console.log(`Wrote docs/content-coverage.md: ${rows.length} symptoms × ${CLIENTS.length} apps.`);
  if (missing.length > 0) {
    console.error(`Cells without a fix or a related guide: ${missing.join(', ')}`);
    process.exitCode = 1;
  }
}
