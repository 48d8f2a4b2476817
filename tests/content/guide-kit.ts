// Helpers shared by the per-guide content tests: the resolved guide, walks through it, its wording, and the declared-routes tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import sharedData from '@/content/shared.json';
import jaSharedData from '../../locales/ja/shared.json';
import enSharedData from '../../locales/en/shared.json';
import { LANGS } from '@/engine/types';
import type {
  Guide,
  Lang,
  LocaleGuide,
  LocaleNode,
  LocaleShared,
  ResolvedGuide,
  ResolvedNode,
  ResolvedStep,
  SharedContent,
} from '@/engine/types';
import { edges } from '@/engine/graph';
import { buildIndex, type SearchIndex } from '@/engine/search';
import { resolveGuide, SHARED_NS } from '@/engine/shared';
import { riskySentence } from '../../tools/content/wording';

/** Where every answer must lead, node id → answer value → next node id, written out by hand in each test file. */
export type Routes = Record<string, Record<string, string>>;

export interface GuideKit {
  guide: Guide;
  resolved: ResolvedGuide;
  /** The guide's own wording files. */
  locale: Record<Lang, LocaleGuide>;
  node(id: string): ResolvedNode;
  /** Follows answer values (question answers, yes/no after a fix, a check's result) from the start; returns the node reached. */
  walk(...answers: string[]): ResolvedNode;
  steps(n: ResolvedNode): ResolvedStep[];
  /** Every word a person reads on a node in one language (title, body, answers, hints, rules, all steps, shared ones too), one string a line. */
  text(lang: Lang, n: ResolvedNode): string;
  /** "<lang> <node>: <sentence>" for each risky sentence in the guide's wording, in both languages. */
  riskySentences(): string[];
}

const sharedLocale: Record<Lang, LocaleShared> = {
  ja: jaSharedData as LocaleShared,
  en: enSharedData as LocaleShared,
};

/**
 * Takes the JSON imports as they are: their inferred types are wider than the contract (e.g. `kind: string`),
 * and the validator and locale tests are what check their shape.
 */
export function guideKit(guideData: unknown, jaData: unknown, enData: unknown): GuideKit {
  const guide = guideData as Guide;
  const resolved = resolveGuide(guide, sharedData as SharedContent);
  const locale: Record<Lang, LocaleGuide> = { ja: jaData as LocaleGuide, en: enData as LocaleGuide };

  function node(id: string): ResolvedNode {
    const found = resolved.byId.get(id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  }

  function walk(...answers: string[]): ResolvedNode {
    let current = node(resolved.start);
    for (const answer of answers) {
      const next = edges(current).find((e) => e.value === answer)?.next;
      if (next === undefined) throw new Error(`"${answer}" is not an answer at ${current.id}`);
      current = node(next);
    }
    return current;
  }

  function steps(n: ResolvedNode): ResolvedStep[] {
    if (n.kind !== 'fix') throw new Error(`${n.id} is not a fix`);
    return n.steps;
  }

  /** The wording at a resolved text key ("nodes.<id>", "steps.<id>", ...), in the guide's file or the shared one. */
  function wordingAt(lang: Lang, at: { ns: string; key: string }): unknown {
    const files: Record<string, unknown> = { [guide.id]: locale[lang], [SHARED_NS]: sharedLocale[lang] };
    const found = at.key
      .split('.')
      .reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], files[at.ns]);
    if (found === undefined) throw new Error(`no ${lang} wording at ${at.ns} › ${at.key}`);
    return found;
  }

  function readable(lang: Lang, n: ResolvedNode, withDiagnostic: boolean): string[] {
    // The node's own steps are read through the resolved steps, which also reach shared ones.
    const { steps: _steps, ...own } = wordingAt(lang, n.text) as LocaleNode;
    const shown = n.kind === 'fix' ? n.steps.filter((s) => withDiagnostic || !s.diagnostic) : [];
    return [...strings(own), ...shown.flatMap((s) => strings(wordingAt(lang, s.text)))];
  }

  return {
    guide,
    resolved,
    locale,
    node,
    walk,
    steps,
    text: (lang, n) => readable(lang, n, true).join('\n'),
    // Diagnostic steps are shown with a warning box, so only the node's own text and unmarked steps count.
    riskySentences: () =>
      LANGS.flatMap((lang) =>
        resolved.nodes.flatMap((n) =>
          readable(lang, n, false).flatMap((t) => {
            const sentence = riskySentence(t);
            return sentence ? [`${lang} ${n.id}: ${sentence}`] : [];
          }),
        ),
      ),
  };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const answerValues = (kit: GuideKit, nodeId: string) => edges(kit.node(nodeId)).map((e) => e.value);
const leadsTo = (kit: GuideKit, nodeId: string, answer: string) =>
  edges(kit.node(nodeId)).find((e) => e.value === answer)?.next;

/**
 * "<guide>: each answer goes where declared", one test per answer: a question or fix offers exactly the
 * declared answers in the declared order, and each leads where declared. `more` adds tests to the block.
 */
export function describeDeclaredRoutes(kit: GuideKit, routes: Routes, more?: () => void): void {
  describe(`${kit.guide.id}: each answer goes where declared`, () => {
    it('lists every question and fix of the guide in this test', () => {
      const declared = kit.guide.nodes.filter((n) => n.kind === 'question' || n.kind === 'fix');
      expect(declared.map((n) => n.id).sort()).toEqual(Object.keys(routes).sort());
    });

    for (const [nodeId, answers] of Object.entries(routes)) {
      for (const [answer, next] of Object.entries(answers)) {
        it(`${nodeId}: "${answer}" leads to ${next}`, () => {
          const kind = kit.node(nodeId).kind;
          if (kind !== 'question' && kind !== 'fix') throw new Error(`${nodeId} is not a question or a fix`);
          expect(answerValues(kit, nodeId)).toEqual(Object.keys(answers));
          expect(leadsTo(kit, nodeId, answer)).toBe(next);
        });
      }
    }

    more?.();
  });
}

/**
 * "<guide>: each answer goes where declared", grouped "at <node>": one test per answer, one that the node
 * offers no other answers, and one that every node but the outcomes is declared. Covers check nodes too.
 */
export function describeDeclaredRoutesByNode(kit: GuideKit, routes: Routes, more?: () => void): void {
  describe(`${kit.guide.id}: each answer goes where declared`, () => {
    for (const [nodeId, answers] of Object.entries(routes)) {
      describe(`at ${nodeId}`, () => {
        for (const [answer, next] of Object.entries(answers)) {
          it(`"${answer}" leads to ${next}`, () => {
            expect(leadsTo(kit, nodeId, answer)).toBe(next);
          });
        }
        it('offers no other answers', () => {
          expect(answerValues(kit, nodeId).sort()).toEqual(Object.keys(answers).sort());
        });
      });
    }

    it('has a route written above for every node that is not an outcome', () => {
      const withAnswers = kit.guide.nodes.filter((n) => n.kind !== 'outcome').map((n) => n.id);
      expect(withAnswers.sort()).toEqual(Object.keys(routes).sort());
    });

    more?.();
  });
}

/** The coverage table counts on the start question offering exactly the four client ids, in this order. */
export function itAsksWhichAppFirst(kit: GuideKit): void {
  it('asks which app first, with the four client ids the coverage table counts on', () => {
    const start = kit.node(kit.guide.start);
    expect(start.kind === 'question' && start.answers.map((a) => a.id)).toEqual([
      'outlook-classic',
      'outlook-new',
      'iphone-mail',
      'gmail',
    ]);
  });
}

/** Providers the Outlook and iPhone guides send to one check and one fix that read the `provider` answer. */
export const PROVIDERS_BY_ANSWER = [
  'au',
  'softbank',
  'yahoo-japan',
  'ocn',
  'biglobe',
  'au-one-net',
  'nifty',
  'so-net',
  'xserver',
  'sakura',
] as const;

const guidesDir = new URL('../../src/content/guides/', import.meta.url);

/** Every guide file, in file-name order (the order the finder breaks ties in). */
export function allGuides(): Guide[] {
  return readdirSync(guidesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, guidesDir), 'utf8')) as Guide);
}

/**
 * The error finder's index over every guide's symptoms. With `titles`, each symptom's ja and en titles
 * match too, as on the home page (a guide whose wording is not written yet has none).
 */
export function finderIndex({ titles = false }: { titles?: boolean } = {}): SearchIndex {
  const titlesOf = (guide: string, symptom: string): string[] =>
    !titles
      ? []
      : LANGS.flatMap((lang) => {
          const file = new URL(`../../locales/${lang}/${guide}.json`, import.meta.url);
          if (!existsSync(file)) return [];
          const title = (JSON.parse(readFileSync(file, 'utf8')) as LocaleGuide).symptoms[symptom]?.title;
          return title ? [title] : [];
        });
  return buildIndex(
    allGuides().flatMap((g) =>
      g.symptoms.map((symptom) => ({
        guide: g.id,
        start: g.start,
        symptom,
        titles: titlesOf(g.id, symptom.id),
      })),
    ),
  );
}
