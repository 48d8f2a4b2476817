// The error finder: normalises pasted or typed text and ranks symptoms by their aliases and titles.
import type { Symptom } from './types';

export interface SearchEntry {
  guide: string;
  symptom: Symptom;
  /** Symptom titles in every language (they match like aliases, ranked a little lower). */
  titles: string[];
  /** The guide's start, used as `node` when the symptom names none. */
  start?: string;
}

export interface SearchResult {
  guide: string;
  symptomId: string;
  /** The node to open; undefined means the guide's start (when the entry did not say what it is). */
  node: string | undefined;
  score: number;
}

/**
 * Folds the ways the same text gets written: NFKC (full-width to half-width), lower case, punctuation
 * (including 「」、。・（）： and quotes) to spaces, collapsed whitespace, and `0x800ccc1a` to `800ccc1a`.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[^a-z0-9])0x([0-9a-f]{4,})(?![a-z0-9])/g, '$1$2');
}

/**
 * The form used for matching: normalised, without spaces except between two Latin words ("SSL で" and
 * "SSLで" are the same text), and without the long-vowel mark (iOS writes サーバ, people type サーバー).
 */
function matchForm(text: string): string {
  return normalize(text)
    .replace(/[ーｰ]/g, '')
    .replace(/ (?![a-z0-9])|(?<![a-z0-9]) /g, '');
}

const LATIN = /[a-z0-9]+/y;

/** Latin words whole; other scripts (no spaces between words) as character pairs. */
function tokens(form: string, withUnigrams: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < form.length) {
    const ch = form[i] as string;
    if (ch === ' ') {
      i++;
      continue;
    }
    LATIN.lastIndex = i;
    const word = LATIN.exec(form);
    if (word) {
      out.push(word[0]);
      i += word[0].length;
      continue;
    }
    let j = i;
    while (j < form.length && form[j] !== ' ' && !/[a-z0-9]/.test(form[j] as string)) j++;
    const run = form.slice(i, j);
    if (run.length === 1) out.push(`\u0001${run}`);
    for (let k = 0; k + 1 < run.length; k++) out.push(`\u0002${run.slice(k, k + 2)}`);
    if (withUnigrams && run.length > 1) for (const c of run) out.push(`\u0001${c}`);
    i = j;
  }
  return out;
}

interface Phrase {
  entry: number;
  form: string;
  tokenCount: number;
  isTitle: boolean;
}

export interface SearchIndex {
  entries: SearchEntry[];
  phrases: Phrase[];
  exact: Map<string, number[]>;
  postings: Map<string, number[]>;
  /** Every phrase form joined by \u0000, for finding phrases that contain a short query in one pass. */
  blob: string;
  blobStarts: number[];
  /** Scratch space for counting token hits per phrase (reset after every query). */
  counts: Uint32Array;
}

export function buildIndex(entries: readonly SearchEntry[]): SearchIndex {
  const phrases: Phrase[] = [];
  const exact = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  const blobParts: string[] = [];
  const blobStarts: number[] = [];
  let offset = 0;
  entries.forEach((entry, e) => {
    const seen = new Set<string>();
    const add = (text: string, isTitle: boolean) => {
      const form = matchForm(text);
      if (form === '' || seen.has(form)) return;
      seen.add(form);
      const p = phrases.length;
      const own = [...new Set(tokens(form, false))];
      phrases.push({ entry: e, form, tokenCount: own.length, isTitle });
      const list = exact.get(form);
      if (list) list.push(p);
      else exact.set(form, [p]);
      for (const t of own) {
        const posting = postings.get(t);
        if (posting) posting.push(p);
        else postings.set(t, [p]);
      }
      blobStarts.push(offset);
      blobParts.push(form);
      offset += form.length + 1;
    };
    for (const alias of entry.symptom.aliases) add(alias, false);
    for (const title of entry.titles) add(title, true);
  });
  return {
    entries: [...entries],
    phrases,
    exact,
    postings,
    blob: blobParts.join('\u0000'),
    blobStarts,
    counts: new Uint32Array(phrases.length),
  };
}

function phraseAt(index: SearchIndex, position: number): number {
  let lo = 0;
  let hi = index.blobStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.blobStarts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Scores by tier: an exact alias beats any containment, which beats any token overlap.
const EXACT = 1000;
const QUERY_CONTAINS = 600;
const PHRASE_CONTAINS = 400;
const OVERLAP = 300;
const TITLE_PENALTY = 50;
/** Shorter phrases are too common to count as "the query contains this message" (e.g. "pop"). */
const MIN_CONTAINED_LENGTH = 3;
/** A query this short matches too much inside longer phrases to mean anything. */
const MIN_QUERY_LENGTH = 2;
/** Long queries are pasted dialogs: they are matched by containment and tokens, not scanned for. */
const MAX_SCAN_QUERY_LENGTH = 80;

/** Symptoms for a pasted or typed text, best first; [] for an empty query. */
export function searchSymptoms(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const form = matchForm(query.slice(0, 5000));
  if (form.length === 0) return [];
  const best = new Float64Array(index.entries.length);
  const found: number[] = [];
  const bump = (p: number, score: number) => {
    const phrase = index.phrases[p] as Phrase;
    const s = phrase.isTitle ? score - TITLE_PENALTY : score;
    const previous = best[phrase.entry] as number;
    if (s <= previous) return;
    if (previous === 0) found.push(phrase.entry);
    best[phrase.entry] = s;
  };

  for (const p of index.exact.get(form) ?? []) bump(p, EXACT);

  // Phrases inside the query ("people paste whole dialogs"), and token overlap, via the postings.
  const queryTokens = [...new Set(tokens(form, true))];
  const ownQueryTokens = new Set(tokens(form, false)).size;
  const counts = index.counts;
  const touched: number[] = [];
  for (const t of queryTokens) {
    const posting = index.postings.get(t);
    if (!posting) continue;
    for (const p of posting) {
      if (counts[p] === 0) touched.push(p);
      counts[p] = (counts[p] as number) + 1;
    }
  }
  for (const p of touched) {
    const count = counts[p] as number;
    counts[p] = 0;
    const phrase = index.phrases[p] as Phrase;
    if (
      count === phrase.tokenCount &&
      phrase.form.length >= MIN_CONTAINED_LENGTH &&
      form.includes(phrase.form)
    ) {
      // A longer message found in the paste is more specific than a short code.
      bump(p, QUERY_CONTAINS + Math.min(phrase.form.length, 199));
      continue;
    }
    const dice = (2 * count) / (ownQueryTokens + phrase.tokenCount);
    if (dice >= 0.2) bump(p, OVERLAP * Math.min(1, dice));
  }

  // Phrases that contain what has been typed so far ("0x800c", "sslで接続").
  if (form.length >= MIN_QUERY_LENGTH && form.length <= MAX_SCAN_QUERY_LENGTH) {
    let at = index.blob.indexOf(form);
    while (at >= 0) {
      const p = phraseAt(index, at);
      const phrase = index.phrases[p] as Phrase;
      bump(p, PHRASE_CONTAINS + 199 * (form.length / phrase.form.length));
      // Jump to the next phrase: one hit per phrase is enough.
      const next = index.blobStarts[p + 1];
      if (next === undefined) break;
      at = index.blob.indexOf(form, next);
    }
  }

  found.sort((a, b) => (best[b] as number) - (best[a] as number) || a - b);
  return found.slice(0, Math.max(0, limit)).map((e) => {
    const entry = index.entries[e] as SearchEntry;
    return {
      guide: entry.guide,
      symptomId: entry.symptom.id,
      node: entry.symptom.node ?? entry.start,
      score: best[e] as number,
    };
  });
}
