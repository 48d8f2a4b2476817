// The symptom list and error-finder entries for the home page. The data comes from a build-time virtual
// module holding only symptoms, starts and titles, never a guide's nodes or step wording.
import index from 'virtual:symptom-index';
import type { Client, Lang, Symptom } from '@/engine/types';

export interface SymptomEntry {
  guide: string;
  /** The guide's start node. */
  start: string;
  symptom: Symptom;
  /** Titles in every language, so a Japanese user who pastes an English message still finds it. */
  titles: Record<Lang, string>;
  summaries: Record<Lang, string>;
  guideTitles: Record<Lang, string>;
  clients: Client[];
}

export const symptomEntries: SymptomEntry[] = index.flatMap(({ guide, start, symptoms, text }) =>
  symptoms.map((symptom) => ({
    guide,
    start,
    symptom,
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
