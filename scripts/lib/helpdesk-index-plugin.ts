// Vite plugin: `virtual:helpdesk-index/<lang>` is the helpdesk index of one language, built from the
// content files at build time and imported only by the helpdesk page (its own lazy chunk): every fix and
// numbered step of every guide, grouped by guide and by app, with the answers that lead to each fix the
// shortest way (computed with the engine) and, for search, the finder's match form of each fix's and
// step's wording, menu names, settings values (from the provider table) and error codes (symptom aliases).
// The helpdesk's UI strings live in locales/<lang>/common.json under "helpdesk" like every UI string, but
// only the two an end-user page shows (the footer link and the node page's switch) stay in the entry's
// copy of common.json: the rest is served by `virtual:helpdesk-strings` to the helpdesk chunks, so the
// first load does not grow with them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type {
  Guide,
  LocaleGuide,
  LocaleNode,
  LocaleShared,
  LocaleStep,
  ProviderTable,
  ResolvedGuide,
  ResolvedNode,
  SharedContent,
} from '../../src/engine/types';
import type * as TypesModule from '../../src/engine/types';
import type * as GraphModule from '../../src/engine/graph';
import type * as ResolveModule from '../../src/engine/resolve';
import type * as UrlModule from '../../src/engine/url';
import type * as SearchModule from '../../src/engine/search';
import type * as SharedModule from '../../src/engine/shared';
import type {
  HelpdeskData,
  HelpdeskFix,
  HelpdeskGroup,
  HelpdeskPlacement,
} from '../../src/features/helpdesk/types';

const PREFIX = 'virtual:helpdesk-index/';
const LANGS = ['ja', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** The engine modules the index is computed with (passed in by tests and the bench, loaded by jiti here). */
export interface HelpdeskEngine {
  types: typeof TypesModule;
  graph: typeof GraphModule;
  resolve: typeof ResolveModule;
  url: typeof UrlModule;
  search: typeof SearchModule;
  shared: typeof SharedModule;
}

// Loaded with jiti, not imported: the Vite config (which imports this file) stays free of the engine's
// extensionless imports, which Vite's native config loader refuses (as in symptom-index-plugin.ts).
async function loadEngine(): Promise<HelpdeskEngine> {
  const jiti = createJiti(import.meta.url);
  const [types, graph, resolve, url, search, shared] = await Promise.all([
    jiti.import<HelpdeskEngine['types']>('../../src/engine/types.ts'),
    jiti.import<HelpdeskEngine['graph']>('../../src/engine/graph.ts'),
    jiti.import<HelpdeskEngine['resolve']>('../../src/engine/resolve.ts'),
    jiti.import<HelpdeskEngine['url']>('../../src/engine/url.ts'),
    jiti.import<HelpdeskEngine['search']>('../../src/engine/search.ts'),
    jiti.import<HelpdeskEngine['shared']>('../../src/engine/shared.ts'),
  ]);
  return { types, graph, resolve, url, search, shared };
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // A broken file is reported by the validator with its line and column; the index just skips it.
    return undefined;
  }
}

/** Field separator inside a search form (never produced by matchForm, which keeps only letters and spaces). */
const FIELD = '\u0001';

interface Common {
  clients: Record<string, string>;
  fix: { yes: string; no: string };
  check: { answerPass: string; answerFail: string; skip: string };
  settings: Record<string, string>;
  providers?: Record<string, string>;
}

/** The "which app" question (ADR 003): the first question from the start whose answers are client ids. */
function appQuestion(engine: HelpdeskEngine, guide: ResolvedGuide): string | undefined {
  const isClient = (id: string) => (engine.types.CLIENTS as readonly string[]).includes(id);
  const seen = new Set([guide.start]);
  const queue = [guide.start];
  for (let head = 0; head < queue.length; head++) {
    const node = guide.byId.get(queue[head] as string);
    if (!node) continue;
    if (node.kind === 'question' && node.answers.some((a) => isClient(a.id))) return node.id;
    for (const e of engine.graph.edges(node)) {
      if (!seen.has(e.next)) {
        seen.add(e.next);
        queue.push(e.next);
      }
    }
  }
  return undefined;
}

/** Builds the index of one language from the content under `root`. */
export function buildHelpdeskData(engine: HelpdeskEngine, root: string, lang: Lang): HelpdeskData {
  const { matchForm } = engine.search;
  const guideDir = join(root, 'src/content/guides');
  const common = readJson<Common>(join(root, 'locales', lang, 'common.json'));
  const sharedData = readJson<SharedContent>(join(root, 'src/content/shared.json')) ?? {
    nodes: [],
    steps: [],
  };
  const sharedText = readJson<LocaleShared>(join(root, 'locales', lang, 'shared.json')) ?? {
    nodes: {},
    steps: {},
  };
  const providers = readJson<ProviderTable>(join(root, 'src/content/providers.json')) ?? { providers: [] };
  const data: HelpdeskData = { lang, guides: [], fixes: [], placements: [], forms: { fixes: [], steps: [] } };

  const files = readdirSync(guideDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    const raw = readJson<Guide>(join(guideDir, file));
    const text = readJson<LocaleGuide>(join(root, 'locales', lang, file));
    if (!raw || !text || !Array.isArray(raw.nodes)) continue;
    const guide = engine.shared.resolveGuide(raw, sharedData);
    const nodeText = (node: ResolvedNode) =>
      (engine.shared.wordingOf(node.text, text, sharedText) as LocaleNode | undefined) ?? { title: node.id };
    const answerLabel = (node: ResolvedNode, value: string): string => {
      if (node.kind === 'question') return nodeText(node).answers?.[value] ?? value;
      if (node.kind === 'fix')
        return value === 'yes' ? (common?.fix.yes ?? value) : (common?.fix.no ?? value);
      if (node.kind === 'check') {
        if (value === 'pass') return common?.check.answerPass ?? value;
        if (value === 'skip') return common?.check.skip ?? value;
        return common?.check.answerFail ?? value;
      }
      return value;
    };

    // Error codes and messages: each fix gets the aliases of the symptoms whose link can lead to it.
    const aliasesOf = new Map<string, string[]>();
    for (const symptom of raw.symptoms ?? []) {
      const from = symptom.node ?? engine.resolve.answersLeadTo(guide, symptom.answers ?? {}).node;
      for (const id of engine.resolve.reachableFrom(guide, from)) {
        const list = aliasesOf.get(id) ?? [];
        list.push(...symptom.aliases, text.symptoms?.[symptom.id]?.title ?? '');
        aliasesOf.set(id, list);
      }
    }

    const fixIndex = new Map<string, number>();
    for (const node of guide.nodes) {
      if (node.kind !== 'fix' || fixIndex.has(node.id)) continue;
      const wording = nodeText(node);
      const fix: HelpdeskFix = { guide: guide.id, id: node.id, title: wording.title, steps: [] };
      const stepForms: string[] = [];
      for (const step of node.steps) {
        const words = (engine.shared.wordingOf(step.text, text, sharedText) as LocaleStep | undefined) ?? {
          title: step.id,
        };
        const settings: string[] = [];
        if (step.settings) {
          const { provider: id, protocols } = step.settings;
          // "@answer": the provider chosen at the provider question; every provider's values are listed.
          const fromAnswer = id === '@answer';
          for (const provider of providers.providers) {
            if (provider.id !== id && !fromAnswer) continue;
            const name = fromAnswer ? `${common?.providers?.[provider.id] ?? provider.id}: ` : '';
            for (const server of provider.servers) {
              if (!protocols.includes(server.protocol)) continue;
              const kind = common?.settings[server.protocol] ?? server.protocol;
              const security = common?.settings[server.security] ?? server.security;
              settings.push(`${name}${kind} ${server.host} ${server.port} ${security}`);
            }
          }
        }
        fix.steps.push({
          id: step.id,
          title: words.title,
          ...(words.menu?.length ? { menu: words.menu } : {}),
          ...(settings.length ? { settings } : {}),
        });
        stepForms.push(
          [
            matchForm(words.title),
            matchForm((words.menu ?? []).join(' ')),
            matchForm(`${words.body ?? ''} ${words.warning ?? ''}`),
            matchForm(settings.join(' ')),
          ].join(FIELD),
        );
      }
      fixIndex.set(node.id, data.fixes.length);
      data.fixes.push(fix);
      data.forms.steps.push(stepForms);
      data.forms.fixes.push(
        [
          matchForm(wording.title),
          matchForm(`${wording.body ?? ''} ${wording.caution ?? ''}`),
          matchForm([...new Set(aliasesOf.get(node.id) ?? [])].join(' ')),
        ].join(FIELD),
      );
    }

    // Groups: one per answer of the "which app" question (a fix reached from several apps is listed under
    // each, with that app's answers), and one for the fixes reached without answering it.
    const question = appQuestion(engine, guide);
    const questionNode = question === undefined ? undefined : guide.byId.get(question);
    const groups: HelpdeskGroup[] = [];
    const place = (group: HelpdeskGroup, fix: number, answers: Record<string, string>) => {
      const path = Object.entries(answers).map(([node, value]) => {
        const on = guide.byId.get(node) as ResolvedNode;
        return { q: nodeText(on).title, a: answerLabel(on, value) };
      });
      const placement: HelpdeskPlacement = {
        fix,
        guide: data.guides.length,
        group: groups.length,
        query: engine.url.serializeAnswers(guide, answers),
        path,
      };
      group.placements.push(data.placements.length);
      data.placements.push(placement);
    };
    const anyApp: HelpdeskGroup = { client: null, label: '', placements: [] };
    const fixNodes = guide.nodes.filter((n) => n.kind === 'fix' && fixIndex.has(n.id));
    if (questionNode && questionNode.kind === 'question') {
      for (const answer of questionNode.answers) {
        const isClient = (engine.types.CLIENTS as readonly string[]).includes(answer.id);
        const group: HelpdeskGroup = {
          client: answer.id,
          label: isClient ? (common?.clients[answer.id] ?? answer.id) : answerLabel(questionNode, answer.id),
          placements: [],
        };
        for (const node of fixNodes) {
          const direct = engine.graph.shortestPath(guide, node.id);
          if (direct && !direct.some((s) => s.node === question)) continue;
          const answers = engine.graph.shortestAnswers(guide, node.id, {
            node: question as string,
            value: answer.id,
          });
          if (answers) place(group, fixIndex.get(node.id) as number, answers);
        }
        if (group.placements.length > 0) groups.push(group);
      }
    }
    for (const node of fixNodes) {
      const direct = engine.graph.shortestPath(guide, node.id);
      if (question !== undefined && direct?.some((s) => s.node === question)) continue;
      place(anyApp, fixIndex.get(node.id) as number, engine.graph.shortestAnswers(guide, node.id) ?? {});
    }
    if (anyApp.placements.length > 0) {
      // `place` numbered its placements with the next group's index: that is this one's.
      groups.push(anyApp);
    }
    data.guides.push({ id: guide.id, title: text.title, groups });
  }
  return data;
}

/** The helpdesk strings an end-user page needs (the rest load with the helpdesk chunks). */
export const ENTRY_STRINGS = ['footerLink', 'toggle'];
const STRINGS_ID = 'virtual:helpdesk-strings';
const COMMON = /[\\/]locales[\\/](ja|en)[\\/]common\.json$/;

/** common.json as the entry gets it: the "helpdesk" block cut to ENTRY_STRINGS. */
export function entryCommon(json: string): string {
  const data = JSON.parse(json) as Record<string, unknown>;
  const block = data.helpdesk as Record<string, unknown> | undefined;
  if (!block || typeof block !== 'object') return json;
  data.helpdesk = Object.fromEntries(ENTRY_STRINGS.filter((k) => k in block).map((k) => [k, block[k]]));
  return JSON.stringify(data);
}

/** Runs before Vite's JSON plugin, on the raw text of locales/<lang>/common.json. */
function entryStringsPlugin(): Plugin {
  return {
    name: 'mail-troubleshooter:helpdesk-strings-out-of-entry',
    enforce: 'pre',
    transform(code, id) {
      if (!COMMON.test(id)) return undefined;
      return { code: entryCommon(code), map: null };
    },
  };
}

export function helpdeskIndexPlugin(root: string): Plugin[] {
  return [entryStringsPlugin(), indexPlugin(root)];
}

function indexPlugin(root: string): Plugin {
  let engine: Promise<HelpdeskEngine> | undefined;
  return {
    name: 'mail-troubleshooter:helpdesk-index',
    resolveId(id) {
      if (id === STRINGS_ID) return `\0${STRINGS_ID}`;
      return id.startsWith(PREFIX) && (LANGS as readonly string[]).includes(id.slice(PREFIX.length))
        ? `\0${id}`
        : undefined;
    },
    async load(id) {
      if (id === `\0${STRINGS_ID}`) {
        const strings = Object.fromEntries(
          LANGS.map((lang) => {
            const file = join(root, 'locales', lang, 'common.json');
            this.addWatchFile(file);
            return [lang, readJson<{ helpdesk?: unknown }>(file)?.helpdesk ?? {}];
          }),
        );
        return `export default ${JSON.stringify(strings)};`;
      }
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const lang = id.slice(PREFIX.length + 1) as Lang;
      for (const dir of ['src/content', 'src/content/guides', `locales/${lang}`]) {
        for (const f of readdirSync(join(root, dir)))
          if (f.endsWith('.json')) this.addWatchFile(join(root, dir, f));
      }
      engine ??= loadEngine();
      return `export default ${JSON.stringify(buildHelpdeskData(await engine, root, lang))};`;
    },
  };
}
