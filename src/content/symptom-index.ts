// The full symptom index: the error finder's entries (aliases, titles in both languages), loaded with the
// finder on first use (src/features/search/finder-data.ts); the home page's list comes from the smaller
// one-language symptom-list.ts. The data comes from a build-time virtual module holding only symptoms,
// starts, titles and where each symptom's link opens (computed with the engine from the symptom's implied
// answers), never a guide's nodes or step wording.
import index from 'virtual:symptom-index';
import type { Client, Lang, Symptom } from '@/engine/types';
import type { SearchEntry } from '@/engine/search';

/** Where a link opens: a node of the guide and the serialised answers for its query ('' for none). */
export interface SymptomLink {
  node: string;
  query: string;
}

export interface SymptomEntry {
  guide: string;
  /** The guide's start node. */
  start: string;
  symptom: Symptom;
  /** Past the questions the symptom already answers, with those answers. */
  link: SymptomLink;
  /** For a symptom seen in several apps that does not tell which: one link per app, app question answered. */
  apps: (SymptomLink & { client: Client })[];
  /** Titles in every language, so a Japanese user who pastes an English message still finds it. */
  titles: Record<Lang, string>;
  summaries: Record<Lang, string>;
  guideTitles: Record<Lang, string>;
  clients: Client[];
}

export const symptomEntries: SymptomEntry[] = index.flatMap(({ guide, start, symptoms, links, text }) =>
  symptoms.map((symptom) => ({
    guide,
    start,
    symptom,
    link: links[symptom.id]?.link ?? { node: symptom.node ?? start, query: '' },
    apps: links[symptom.id]?.apps ?? [],
    titles: {
      ja: text.ja.symptoms[symptom.id]?.title ?? symptom.id,
      en: text.en.symptoms[symptom.id]?.title ?? symptom.id,
    },
    summaries: {
      ja: text.ja.symptoms[symptom.id]?.summary ?? '',
      en: text.en.symptoms[symptom.id]?.summary ?? '',
    },
    guideTitles: { ja: text.ja.title, en: text.en.title },
    clients: symptom.clients,
  })),
);

/**
 * The triage symptom the finder offers for an Outlook/Windows error code that no symptom knows (e.g.
 * 0x800CCC99): its link opens the triage with the app answered, never "no result".
 */
export const UNKNOWN_CODE_SYMPTOM = { guide: 'mail-trouble-triage', symptom: 'other-error-code' };

/** The error finder's search entries: titles in both languages; the triage entry also stands in for unknown codes. */
export function finderEntries(entries: readonly SymptomEntry[]): SearchEntry[] {
  return entries.map((e) => ({
    guide: e.guide,
    symptom: e.symptom,
    titles: [e.titles.ja, e.titles.en],
    ...(e.guide === UNKNOWN_CODE_SYMPTOM.guide && e.symptom.id === UNKNOWN_CODE_SYMPTOM.symptom
      ? { unknownCodes: true }
      : {}),
  }));
}
