// Search over the helpdesk index: the query in the finder's match form (engine/search.ts), split into
// words where the form keeps a space (between two Latin words); a fix or step matches when every word is
// in one of its fields. Titles rank first, then menu names and settings values, then wording, then error
// codes. Pure: no React, no DOM.
import { matchForm } from '../../engine/search';
import type { HelpdeskData } from './types';

type HelpdeskField = 'title' | 'menu' | 'body' | 'settings' | 'code';

export interface HelpdeskHit {
  placement: number;
  /** 0-based step index, or -1 for the fix as a whole (its title, wording or error codes matched). */
  step: number;
  /** The best field a word was found in. */
  field: HelpdeskField;
  score: number;
}

export interface HelpdeskResults {
  /** Every match, before `limit`. */
  total: number;
  hits: HelpdeskHit[];
}

const SEP = '\u0001';
const STEP_FIELDS: HelpdeskField[] = ['title', 'menu', 'body', 'settings'];
const FIX_FIELDS: HelpdeskField[] = ['title', 'body', 'code'];
const WEIGHT: Record<HelpdeskField, number> = { title: 40, menu: 30, settings: 30, body: 20, code: 10 };

/** The query's words in match form; [] when there is nothing to look for. */
function queryWords(query: string): string[] {
  return matchForm(query.slice(0, 200))
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Score of `form` (fields joined by SEP) for `words`: 0 unless every word is in some field. */
function scoreForm(
  form: string,
  words: string[],
  fields: HelpdeskField[],
): { score: number; field: HelpdeskField } {
  let total = 0;
  let best = fields[0] as HelpdeskField;
  let bestWeight = 0;
  for (const word of words) {
    if (!form.includes(word)) return { score: 0, field: best };
    // The best field the word is in (a word never spans two fields: SEP is not in any word).
    let weight = 0;
    let field = best;
    let start = 0;
    for (const name of fields) {
      const end = form.indexOf(SEP, start);
      const stop = end < 0 ? form.length : end;
      const at = form.indexOf(word, start);
      if (at >= 0 && at + word.length <= stop && WEIGHT[name] > weight) {
        weight = WEIGHT[name];
        field = name;
      }
      if (end < 0) break;
      start = end + 1;
    }
    total += weight;
    if (weight > bestWeight) {
      bestWeight = weight;
      best = field;
    }
  }
  return { score: total, field: best };
}

/** Fixes and steps for `query`, best first (ties in index order); an empty query finds nothing. */
export function searchHelpdesk(data: HelpdeskData, query: string, limit = 50): HelpdeskResults {
  const words = queryWords(query);
  if (words.length === 0) return { total: 0, hits: [] };
  const perFix: { step: number; field: HelpdeskField; score: number }[][] = [];
  data.forms.fixes.forEach((form, f) => {
    const found: { step: number; field: HelpdeskField; score: number }[] = [];
    const own = scoreForm(form, words, FIX_FIELDS);
    if (own.score > 0) found.push({ step: -1, field: own.field, score: own.score });
    (data.forms.steps[f] ?? []).forEach((stepForm, s) => {
      const hit = scoreForm(stepForm, words, STEP_FIELDS);
      if (hit.score > 0) found.push({ step: s, field: hit.field, score: hit.score });
    });
    perFix[f] = found;
  });
  const hits: HelpdeskHit[] = [];
  data.placements.forEach((placement, p) => {
    for (const hit of perFix[placement.fix] ?? []) hits.push({ placement: p, ...hit });
  });
  hits.sort((a, b) => b.score - a.score || a.placement - b.placement || a.step - b.step);
  return { total: hits.length, hits: hits.slice(0, Math.max(0, limit)) };
}
