// Vite plugin: `virtual:symptom-index` holds only what the home page needs from each guide (symptoms,
// start node, titles, and where each symptom's link opens), read from the content files at build time, so
// home never pulls in guide chunks. A symptom's implied answers are replayed here with the engine: its
// link opens the node they lead to, with them in the query; a symptom seen in several apps that does not
// say which also gets one link per app, with the app question answered.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type { Answers, Client, ContinueTo, GuideNode, Symptom } from '../../src/engine/types';
import type { GuideLike } from '../../src/engine/url';
import type * as TypesModule from '../../src/engine/types';
import type * as GraphModule from '../../src/engine/graph';
import type * as ResolveModule from '../../src/engine/resolve';
import type * as UrlModule from '../../src/engine/url';

const ID = 'virtual:symptom-index';
const RESOLVED = `\0${ID}`;

/** The engine modules the links are computed with. */
interface Engine {
  types: typeof TypesModule;
  graph: typeof GraphModule;
  resolve: typeof ResolveModule;
  url: typeof UrlModule;
}

// Loaded with jiti when the virtual module is first built, not imported: the Vite config (which imports
// this file) stays free of the engine's extensionless imports, which Vite's native config loader refuses.
async function loadEngine(): Promise<Engine> {
  const jiti = createJiti(import.meta.url);
  const [types, graph, resolve, url] = await Promise.all([
    jiti.import<Engine['types']>('../../src/engine/types.ts'),
    jiti.import<Engine['graph']>('../../src/engine/graph.ts'),
    jiti.import<Engine['resolve']>('../../src/engine/resolve.ts'),
    jiti.import<Engine['url']>('../../src/engine/url.ts'),
  ]);
  return { types, graph, resolve, url };
}

interface GuideFile {
  id: string;
  start: string;
  symptoms?: Symptom[];
  nodes?: GuideNode[];
  redirects?: Record<string, string>;
}
interface LocaleFile {
  title?: string;
  symptoms?: Record<string, { title: string; summary?: string }>;
}

/** Where a link opens: a node and the serialised answers for its query ('' for none). */
interface IndexLink {
  node: string;
  query: string;
}

interface IndexLinks {
  link: IndexLink;
  /** One link per app the symptom is seen in, when the symptom does not say which app it is. */
  apps: (IndexLink & { client: Client })[];
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // A broken file is reported by the validator with its line and column; the index just skips it.
    return undefined;
  }
}

/** The "which app" question (ADR 003): the first question from the start whose answers are client ids. */
function appQuestion({ types, graph }: Engine, guide: GuideLike): string | undefined {
  const isClient = (id: string) => (types.CLIENTS as readonly string[]).includes(id);
  const byId = new Map(guide.nodes.map((n) => [n.id, n]));
  const seen = new Set([guide.start]);
  const queue = [guide.start];
  for (let head = 0; head < queue.length; head++) {
    const node = byId.get(queue[head] as string);
    if (!node) continue;
    if (node.kind === 'question' && node.answers.some((a) => isClient(a.id))) return node.id;
    for (const e of graph.edges(node)) {
      if (!seen.has(e.next)) {
        seen.add(e.next);
        queue.push(e.next);
      }
    }
  }
  return undefined;
}

/** Where `answers` lead from the start, and which of them the way there already used. */
function replay(engine: Engine, guide: GuideLike, answers: Answers): IndexLink & { used: Answers } {
  const to = engine.resolve.answersLeadTo(guide, answers);
  const journey = engine.resolve.resolveJourney(guide, '', to.node, to.answers);
  return {
    node: to.node,
    query: engine.url.serializeAnswers(guide, to.answers),
    used: journey.ok ? journey.answers : {},
  };
}

/** Where a symptom's link opens, and its per-app links. */
function symptomLinks(engine: Engine, guide: GuideLike, symptom: Symptom): IndexLinks {
  if (symptom.node !== undefined) return { link: { node: symptom.node, query: '' }, apps: [] };
  const implied = symptom.answers ?? {};
  const { used, ...link } = replay(engine, guide, implied);
  const question = appQuestion(engine, guide);
  if (question === undefined || Object.hasOwn(implied, question) || symptom.clients.length < 2) {
    return { link, apps: [] };
  }
  // The implied answers still to come: an app whose branch never asks any of them is one the symptom is
  // not about (a Gmail symptom "in another app" is not offered for the Gmail app).
  const later = Object.keys(implied).filter((key) => !Object.hasOwn(used, key));
  const fits = (client: Client) => {
    const next = engine.graph.edgeTarget(guide, question, client);
    if (next === undefined) return false;
    const reachable = engine.resolve.reachableFrom(guide, next);
    return later.length === 0 || later.some((key) => reachable.has(key));
  };
  const apps = symptom.clients.filter(fits).map((client) => {
    const { used: _, ...to } = replay(engine, guide, { ...implied, [question]: client });
    return { client, ...to };
  });
  return { link, apps };
}

/** A guide the validator would reject may still be half-read here: its symptoms then open the start. */
function safeLinks(engine: Engine, guide: GuideLike, symptom: Symptom): IndexLinks {
  try {
    return symptomLinks(engine, guide, symptom);
  } catch {
    return { link: { node: symptom.node ?? guide.start, query: '' }, apps: [] };
  }
}

/** Where a `continue` outcome leads: the target's node past the answers it settles, as symptom links do. */
function continueLink(
  engine: Engine,
  graphs: ReadonlyMap<string, GuideLike>,
  to: ContinueTo,
): (IndexLink & { guide: string }) | undefined {
  const target = graphs.get(to.guide);
  if (!target) return undefined;
  try {
    const answers = to.answers ?? {};
    if (to.node !== undefined) {
      return { guide: to.guide, node: to.node, query: engine.url.serializeAnswers(target, answers) };
    }
    const { used: _, ...link } = replay(engine, target, answers);
    return { guide: to.guide, ...link };
  } catch {
    return { guide: to.guide, node: target.start, query: '' };
  }
}

function buildSymptomIndex(engine: Engine, root: string) {
  const guideDir = join(root, 'src/content/guides');
  const files = readdirSync(guideDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const read = files.flatMap((file) => {
    const guide = readJson<GuideFile>(join(guideDir, file));
    return guide ? [{ file, guide, id: file.replace(/\.json$/, '') }] : [];
  });
  const graphs = new Map<string, GuideLike>(
    read.map(({ id, guide }) => [
      id,
      { start: guide.start, nodes: guide.nodes ?? [], redirects: guide.redirects },
    ]),
  );
  return read.map(({ file, guide, id }) => {
    const text = Object.fromEntries(
      ['ja', 'en'].map((lang) => {
        const locale = readJson<LocaleFile>(join(root, 'locales', lang, file)) ?? {};
        return [lang, { title: locale.title ?? id, symptoms: locale.symptoms ?? {} }];
      }),
    );
    const symptoms = guide.symptoms ?? [];
    const graph = graphs.get(id) as GuideLike;
    const links = Object.fromEntries(symptoms.map((s) => [s.id, safeLinks(engine, graph, s)]));
    // Only continue outcomes: a few links per triage-like guide, so home stays small.
    const continues = Object.fromEntries(
      (guide.nodes ?? []).flatMap((n) => {
        if (n.kind !== 'outcome' || n.outcome !== 'continue' || !n.continue) return [];
        const link = continueLink(engine, graphs, n.continue);
        return link ? [[n.id, link]] : [];
      }),
    );
    return { guide: id, start: guide.start, symptoms, links, continues, text };
  });
}

type BuiltIndex = ReturnType<typeof buildSymptomIndex>;

/**
 * `virtual:symptom-index/<lang>`: what the home page renders in one language (the symptom list and the
 * "continue" link): no aliases (only the finder searches them, and it loads the full index on first use)
 * and no other language's titles. About half the full index.
 */
function listIndex(index: BuiltIndex, lang: 'ja' | 'en') {
  return index.map(({ guide, start, symptoms, links, text }) => ({
    guide,
    start,
    title: text[lang]?.title ?? guide,
    symptoms: symptoms.map(({ id, clients }) => ({
      id,
      clients,
      title: text[lang]?.symptoms[id]?.title ?? id,
      summary: text[lang]?.symptoms[id]?.summary ?? '',
      link: links[id]?.link ?? { node: start, query: '' },
      apps: links[id]?.apps ?? [],
    })),
  }));
}

/**
 * `virtual:guide-links`: where continue outcomes lead and every guide's title in each language, for the
 * outcome pages (a few hundred bytes, where the full index would add ~12 KB gzip to every node page).
 */
function guideLinks(index: BuiltIndex) {
  return {
    continues: Object.fromEntries(
      index.flatMap(({ guide, continues }) =>
        Object.entries(continues).map(([node, link]) => [`${guide}/${node}`, link]),
      ),
    ),
    titles: Object.fromEntries(
      (['ja', 'en'] as const).map((lang) => [
        lang,
        Object.fromEntries(index.map(({ guide, text }) => [guide, text[lang]?.title ?? guide])),
      ]),
    ),
  };
}

const LIST_IDS = new Set([`${ID}/ja`, `${ID}/en`]);
const LINKS_ID = 'virtual:guide-links';

export function symptomIndexPlugin(root: string): Plugin {
  let engine: Promise<Engine> | undefined;
  return {
    name: 'mail-troubleshooter:symptom-index',
    resolveId(id) {
      return id === ID || id === LINKS_ID || LIST_IDS.has(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (
        !id.startsWith('\0') ||
        !(id.slice(1) === ID || id.slice(1) === LINKS_ID || LIST_IDS.has(id.slice(1)))
      )
        return undefined;
      const guideDir = join(root, 'src/content/guides');
      for (const f of readdirSync(guideDir)) this.addWatchFile(join(guideDir, f));
      for (const lang of ['ja', 'en']) {
        for (const f of readdirSync(join(root, 'locales', lang)))
          this.addWatchFile(join(root, 'locales', lang, f));
      }
      engine ??= loadEngine();
      const index = buildSymptomIndex(await engine, root);
      const data =
        id === RESOLVED
          ? index
          : id.slice(1) === LINKS_ID
            ? guideLinks(index)
            : listIndex(index, id.endsWith('/en') ? 'en' : 'ja');
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
