// `npm run validate`: checks every guide, shared file, provider table and wording file; `--publish` records ids.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentInput, LocaleFile, Problem } from '../tools/content/validate';
import { validateContent } from '../tools/content/validate';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PUBLISHED_FILE = 'src/content/published.json';

interface Loaded {
  input: ContentInput;
  /** Files that are not valid JSON, named with line:column. */
  syntax: Problem[];
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

function readJson(root: string, file: string, syntax: Problem[]): unknown {
  const text = readFileSync(join(root, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const at = lineColumn(text, position === undefined ? text.length : Number(position));
    syntax.push({
      file: `${file}:${at}`,
      message: `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`,
      fix: 'Fix the JSON at that position (often a missing or extra comma, or a missing quote).',
    });
    return undefined;
  }
}

const jsonFiles = (root: string, dir: string): string[] =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];

/** Reads every content and wording file under `root` (the repository). */
export function loadContent(root = ROOT): Loaded {
  const syntax: Problem[] = [];
  const guides = jsonFiles(root, 'src/content/guides').map((file) => ({
    file,
    data: readJson(root, file, syntax),
  }));
  const locales: LocaleFile[] = [];
  const localeRoot = join(root, 'locales');
  for (const lang of existsSync(localeRoot) ? readdirSync(localeRoot).sort() : []) {
    for (const file of jsonFiles(root, `locales/${lang}`)) {
      const ns = file.slice(file.lastIndexOf('/') + 1, -'.json'.length);
      locales.push({ lang, ns, file, data: readJson(root, file, syntax) });
    }
  }
  const publishedPath = join(root, PUBLISHED_FILE);
  const published = existsSync(publishedPath) ? readJson(root, PUBLISHED_FILE, syntax) : {};
  const input: ContentInput = {
    // A file that is not JSON was reported above; leaving it out avoids a second, confusing report.
    guides: guides.filter((g) => g.data !== undefined),
    shared: { file: 'src/content/shared.json', data: readJson(root, 'src/content/shared.json', syntax) },
    providers: {
      file: 'src/content/providers.json',
      data: readJson(root, 'src/content/providers.json', syntax),
    },
    locales: locales.filter((l) => l.data !== undefined),
    published: (published ?? {}) as Record<string, string[]>,
    publishedFile: PUBLISHED_FILE,
  };
  return { input, syntax };
}

/** Adds every current node id to published.json (ids already there stay: they are promises). */
export function publish(root = ROOT): Record<string, string[]> {
  const { input } = loadContent(root);
  const published: Record<string, string[]> = { ...input.published };
  for (const { data } of input.guides) {
    const guide = data as { id?: unknown; nodes?: { id?: unknown }[] };
    if (typeof guide.id !== 'string' || !Array.isArray(guide.nodes)) continue;
    const ids = published[guide.id] ?? [];
    for (const node of guide.nodes)
      if (typeof node.id === 'string' && !ids.includes(node.id)) ids.push(node.id);
    published[guide.id] = ids;
  }
  const sorted = Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, PUBLISHED_FILE), `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.node === undefined ? '' : ` › ${p.node}`}: ${p.message}\n  fix: ${p.fix}`;
}

export function main(argv: string[]): number {
  const started = performance.now();
  if (argv.includes('--publish')) {
    publish();
    console.log(`Recorded every current node id in ${PUBLISHED_FILE}.`);
  }
  const { input, syntax } = loadContent();
  const problems = [...syntax, ...validateContent(input)];
  const ms = Math.round(performance.now() - started);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found (${ms} ms).`);
    return 1;
  }
  const nodes = input.guides.reduce(
    (sum, g) => sum + ((g.data as { nodes?: unknown[] }).nodes?.length ?? 0),
    0,
  );
  const g = input.guides.length;
  console.log(
    `Content OK: ${g} guide${g === 1 ? '' : 's'}, ${nodes} nodes, ${input.locales.length} wording files checked in ${ms} ms.`,
  );
  return 0;
}

const invoked = process.argv.slice(1).map((a) => resolve(a));
if (invoked.includes(fileURLToPath(import.meta.url))) {
  process.exitCode = main(process.argv.slice(2));
}
