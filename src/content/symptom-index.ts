// The symptom list and error-finder entries for the home page: only each guide's symptoms, titles and
// description are pulled in (named JSON exports), never its nodes or step wording.
import type { Client, Lang, LocaleGuide, Symptom } from '@/engine/types';

const symptomData = import.meta.glob<Symptom[]>('./guides/*.json', { import: 'symptoms', eager: true });
const guideStarts = import.meta.glob<string>('./guides/*.json', { import: 'start', eager: true });
const symptomText = import.meta.glob<LocaleGuide['symptoms']>(
  ['@locales/*/*.json', '!**/common.json', '!**/shared.json'],
  { import: 'symptoms', eager: true },
);
const guideTitles = import.meta.glob<string>(['@locales/*/*.json', '!**/common.json', '!**/shared.json'], {
  import: 'title',
  eager: true,
});

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

function guideOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

function textFor<T>(map: Record<string, T>, lang: Lang, guide: string): T | undefined {
  const key = Object.keys(map).find((k) => k.endsWith(`/${lang}/${guide}.json`));
  return key ? map[key] : undefined;
}

export const symptomEntries: SymptomEntry[] = Object.entries(symptomData)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([path, symptoms]) => {
    const guide = guideOf(path);
    return symptoms.map((symptom) => {
      const ja = textFor(symptomText, 'ja', guide)?.[symptom.id];
      const en = textFor(symptomText, 'en', guide)?.[symptom.id];
      return {
        guide,
        start: guideStarts[path] ?? '',
        symptom,
        titles: { ja: ja?.title ?? symptom.id, en: en?.title ?? symptom.id },
        summaries: { ja: ja?.summary ?? '', en: en?.summary ?? '' },
        guideTitles: {
          ja: textFor(guideTitles, 'ja', guide) ?? guide,
          en: textFor(guideTitles, 'en', guide) ?? guide,
        },
        clients: symptom.clients,
      };
    });
  });
