// The error finder: normalises pasted or typed text and ranks symptoms by their aliases and titles.
import type { Symptom } from './types';

export interface SearchEntry {
  guide: string;
  symptom: Symptom;
  /** Symptom titles in every language (they match like aliases, ranked a little lower). */
  titles: string[];
  /** The guide's start, used as `node` when the symptom names none. */
  start?: string;
  /**
   * This entry also answers an Outlook/Windows error code that no symptom knows (e.g. 0x800CCC99): the
   * finder then offers it instead of "no result" (the triage, with the app answered).
   */
  unknownCodes?: boolean;
}

export interface SearchResult {
  guide: string;
  symptomId: string;
  /** The node to open; undefined means the guide's start (when the entry did not say what it is). */
  node: string | undefined;
  score: number;
  /** Set when the entry is offered for an error code no symptom knows: the code as people write it ("0x800CCC99"). */
  unknownCode?: string;
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
export function matchForm(text: string): string {
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
  /** Sum of the weights of its tokens: how much this phrase says (see `weights`). */
  information: number;
  /** The phrase is an error code (8 hex digits, e.g. 800ccc0e): the most specific thing a paste can hold. */
  isCode: boolean;
}

/** An Outlook/Windows mail error code as matchForm writes it: 8 hex digits starting 800 (0x800CCC0E, 0x80042109). */
const ERROR_CODE = /(?<![a-z0-9])800[0-9a-f]{5}(?![a-z0-9])/g;
const isErrorCode = (form: string) => /^800[0-9a-f]{5}$/.test(form);

export interface SearchIndex {
  entries: SearchEntry[];
  phrases: Phrase[];
  exact: Map<string, number[]>;
  postings: Map<string, number[]>;
  /**
   * Token → weight, ln(1 + entries / entries whose phrases hold it): a pair of characters that half the
   * symptoms share ("ない", "送信", "メール") says little, a rare one ("暗号", a code) says much. Without it, a
   * short everyday query matched whichever long alias shared most of its common pairs.
   */
  weights: Map<string, number>;
  /** Entries offered for an unknown error code. */
  unknownCodeEntries: number[];
  /** Every phrase form joined by \u0000, for finding phrases that contain a short query in one pass. */
  blob: string;
  blobStarts: number[];
  /** Scratch space for counting token hits per phrase, and their weight (reset after every query). */
  counts: Uint32Array;
  hitWeights: Float64Array;
}

export function buildIndex(entries: readonly SearchEntry[]): SearchIndex {
  const phrases: Phrase[] = [];
  const exact = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  const blobParts: string[] = [];
  const blobStarts: number[] = [];
  // How many entries hold each token (an entry's phrases are added one after another).
  const holders = new Map<string, { count: number; last: number }>();
  let offset = 0;
  entries.forEach((entry, e) => {
    const seen = new Set<string>();
    const add = (text: string, isTitle: boolean) => {
      const form = matchForm(text);
      if (form === '' || seen.has(form)) return;
      seen.add(form);
      const p = phrases.length;
      const own = [...new Set(tokens(form, false))];
      phrases.push({
        entry: e,
        form,
        tokenCount: own.length,
        isTitle,
        information: 0,
        isCode: isErrorCode(form),
      });
      const list = exact.get(form);
      if (list) list.push(p);
      else exact.set(form, [p]);
      for (const t of own) {
        const posting = postings.get(t);
        if (posting) posting.push(p);
        else postings.set(t, [p]);
        const held = holders.get(t);
        if (!held) holders.set(t, { count: 1, last: e });
        else if (held.last !== e) {
          held.count++;
          held.last = e;
        }
      }
      blobStarts.push(offset);
      blobParts.push(form);
      offset += form.length + 1;
    };
    for (const alias of entry.symptom.aliases) add(alias, false);
    for (const title of entry.titles) add(title, true);
  });
  const weights = new Map<string, number>();
  for (const [token, posting] of postings) {
    const weight = Math.log(1 + entries.length / (holders.get(token) as { count: number }).count);
    weights.set(token, weight);
    for (const p of posting) (phrases[p] as Phrase).information += weight;
  }
  return {
    entries: [...entries],
    phrases,
    exact,
    postings,
    weights,
    unknownCodeEntries: entries.flatMap((entry, e) => (entry.unknownCodes ? [e] : [])),
    blob: blobParts.join('\u0000'),
    blobStarts,
    counts: new Uint32Array(phrases.length),
    hitWeights: new Float64Array(phrases.length),
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
/** An error code no symptom knows: its entry ranks below any phrase found in the query, above any overlap. */
const UNKNOWN_CODE = QUERY_CONTAINS - 1;
/**
 * A phrase found inside the query counts as "the query contains this message" only when it says at least
 * this share of what the query says in words we know (or is an error code). Otherwise a short everyday
 * alias ("送信できない") found in "Outlook で送信できない 暗号化のエラー" would outrank the alias that shares
 * the specific words; such a phrase is scored by weighted overlap instead.
 */
const MIN_CONTAINED_SHARE = 0.5;
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
  const containedInformation = new Float64Array(index.entries.length);
  const found: number[] = [];
  const bumpEntry = (e: number, s: number) => {
    const previous = best[e] as number;
    if (s <= previous) return;
    if (previous === 0) found.push(e);
    best[e] = s;
  };
  const bump = (p: number, score: number) => {
    const phrase = index.phrases[p] as Phrase;
    bumpEntry(phrase.entry, phrase.isTitle ? score - TITLE_PENALTY : score);
  };

  for (const p of index.exact.get(form) ?? []) bump(p, EXACT);

  // Phrases inside the query ("people paste whole dialogs"), and token overlap, via the postings.
  const queryTokens = [...new Set(tokens(form, true))];
  // What the query says in words the index knows (words no symptom uses cannot tell symptoms apart).
  let queryInformation = 0;
  for (const t of new Set(tokens(form, false))) queryInformation += index.weights.get(t) ?? 0;
  const counts = index.counts;
  const hitWeights = index.hitWeights;
  const touched: number[] = [];
  for (const t of queryTokens) {
    const posting = index.postings.get(t);
    if (!posting) continue;
    const weight = index.weights.get(t) as number;
    for (const p of posting) {
      if (counts[p] === 0) touched.push(p);
      counts[p] = (counts[p] as number) + 1;
      hitWeights[p] = (hitWeights[p] as number) + weight;
    }
  }
  // Phrases found whole in the query; what they say is added up per entry (an iOS dialog pasted whole holds
  // two aliases of one symptom, its title and its message, neither of them most of the paste on its own).
  const contained: number[] = [];
  const overlap = (p: number, hit: number) => {
    // Weighted Dice: shared words count by how rare they are, so common pairs alone match weakly.
    const dice = (2 * hit) / (queryInformation + (index.phrases[p] as Phrase).information);
    if (dice >= 0.2) bump(p, OVERLAP * Math.min(1, dice));
  };
  for (const p of touched) {
    const count = counts[p] as number;
    const hit = hitWeights[p] as number;
    counts[p] = 0;
    hitWeights[p] = 0;
    const phrase = index.phrases[p] as Phrase;
    if (
      count === phrase.tokenCount &&
      phrase.form.length >= MIN_CONTAINED_LENGTH &&
      form.includes(phrase.form)
    ) {
      contained.push(p);
      containedInformation[phrase.entry] =
        (containedInformation[phrase.entry] as number) + phrase.information;
    } else overlap(p, hit);
  }
  for (const p of contained) {
    const phrase = index.phrases[p] as Phrase;
    if (
      phrase.isCode ||
      (containedInformation[phrase.entry] as number) >= MIN_CONTAINED_SHARE * queryInformation
    ) {
      // An error code names its symptom outright; otherwise a longer message found in the paste is more
      // specific than a shorter one.
      bump(p, QUERY_CONTAINS + (phrase.isCode ? 199 : Math.min(phrase.form.length, 198)));
    } else overlap(p, phrase.information);
  }

  // An error code no symptom knows leads to the entries that stand in for unknown codes, never to nothing.
  const unknownCode = index.unknownCodeEntries.length > 0 ? firstUnknownCode(index, form) : undefined;
  if (unknownCode !== undefined) for (const e of index.unknownCodeEntries) bumpEntry(e, UNKNOWN_CODE);

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
    const result: SearchResult = {
      guide: entry.guide,
      symptomId: entry.symptom.id,
      node: entry.symptom.node ?? entry.start,
      score: best[e] as number,
    };
    if (unknownCode !== undefined && best[e] === UNKNOWN_CODE && entry.unknownCodes) {
      result.unknownCode = unknownCode;
    }
    return result;
  });
}

/** The first Outlook/Windows error code in a matchForm text that no phrase of the index names, as "0x800CCC99". */
function firstUnknownCode(index: SearchIndex, form: string): string | undefined {
  for (const [code] of form.matchAll(ERROR_CODE)) {
    const known = index.exact.get(code)?.some((p) => (index.phrases[p] as Phrase).isCode) ?? false;
    if (!known && !index.postings.has(code)) return `0x${code.toUpperCase()}`;
  }
  return undefined;
}

/** Outlook/Windows error codes in a text (any width, with or without 0x), as "0x800CCC0E"; in order, once each. */
export function errorCodesIn(text: string): string[] {
  return [...new Set([...matchForm(text).matchAll(ERROR_CODE)].map(([c]) => `0x${c.toUpperCase()}`))];
}
