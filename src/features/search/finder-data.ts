// The error finder's search: the full symptom index (aliases and titles in both languages) and its search
// index, in a chunk of their own that the finder loads on first use (focus or typing), not with the page.
import { buildIndex, searchSymptoms, type SearchResult } from '@/engine/search';
import { finderEntries, symptomEntries, type SymptomEntry } from '@/content/symptom-index';

const index = buildIndex(finderEntries(symptomEntries));
const bySymptom = new Map(symptomEntries.map((e) => [e.symptom.id, e]));

/** The best `limit` symptoms for a pasted text, with their entries. */
export function findSymptoms(query: string, limit: number): { entry: SymptomEntry; result: SearchResult }[] {
  return searchSymptoms(index, query, limit).flatMap((result) => {
    const entry = bySymptom.get(result.symptomId);
    return entry ? [{ entry, result }] : [];
  });
}
