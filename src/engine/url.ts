// Query string <-> answers: validates every pair against the guide's edges and writes them in a stable order.
import type { Answers, DroppedAnswer } from './types';
import type { GraphLike } from './graph';
import { edgeTarget, graphIndex } from './graph';

/** Longer query strings are cut: nobody types that much, and it bounds the work a crafted link can cause. */
export const MAX_SEARCH_LENGTH = 2000;
const MAX_REDIRECT_HOPS = 16;

export interface GuideLike extends GraphLike {
  redirects?: Record<string, string>;
}

export interface ParsedAnswers {
  answers: Answers;
  dropped: DroppedAnswer[];
}

/** The current id for `id`, following `redirects` (guarded against loops); undefined if it names nothing. */
export function currentId(guide: GuideLike, id: string): string | undefined {
  const { byId } = graphIndex(guide);
  let current = id;
  for (let hop = 0; hop <= MAX_REDIRECT_HOPS; hop++) {
    if (byId.has(current)) return current;
    const redirects = guide.redirects;
    if (!redirects || !Object.hasOwn(redirects, current)) return undefined;
    current = redirects[current] as string;
  }
  return undefined;
}

/** Keeps the pairs that name a node (old ids are followed) and one of its answers; says why others were dropped. */
export function checkAnswers(guide: GuideLike, pairs: Iterable<readonly [string, string]>): ParsedAnswers {
  const answers: Answers = {};
  const dropped: DroppedAnswer[] = [];
  const seen = new Set<string>();
  for (const [key, value] of pairs) {
    const id = currentId(guide, key);
    if (id === undefined) {
      dropped.push({ key, value, reason: 'unknown-key' });
    } else if (seen.has(id)) {
      dropped.push({ key, value, reason: 'duplicate' });
    } else {
      seen.add(id);
      if (edgeTarget(guide, id, value) === undefined) dropped.push({ key, value, reason: 'invalid-value' });
      else answers[id] = value;
    }
  }
  return { answers, dropped };
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Reads `?q=a&fix=yes` (leading '?' optional). Never throws, whatever the input. */
export function parseAnswers(guide: GuideLike, search: string): ParsedAnswers {
  let query = search.startsWith('?') ? search.slice(1) : search;
  let tooLong = false;
  if (query.length > MAX_SEARCH_LENGTH) {
    tooLong = true;
    const cut = query.slice(0, MAX_SEARCH_LENGTH);
    // Drop a pair cut in half rather than read a truncated value as if it were whole.
    query = query[MAX_SEARCH_LENGTH] === '&' ? cut : cut.slice(0, Math.max(0, cut.lastIndexOf('&')));
  }
  const pairs: [string, string][] = [];
  const undecodable: DroppedAnswer[] = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decode(rawKey);
    const value = decode(rawValue);
    if (key === undefined) undecodable.push({ key: rawKey, value: rawValue, reason: 'unknown-key' });
    else if (value === undefined) undecodable.push({ key, value: rawValue, reason: 'invalid-value' });
    else pairs.push([key, value]);
  }
  const result = checkAnswers(guide, pairs);
  result.dropped.unshift(...undecodable);
  if (tooLong) result.dropped.push({ key: '', value: '', reason: 'too-long' });
  return result;
}

/**
 * Keys of the valid answers in their stable order: first those met when replaying from the start (the
 * journey's path order), then the rest in the order of the nodes in the guide file.
 */
function orderedKeys(guide: GuideLike, answers: Answers): string[] {
  const order = graphIndex(guide).index;
  const valid = new Set<string>();
  for (const [key, value] of Object.entries(answers)) {
    if (edgeTarget(guide, key, value) !== undefined) valid.add(key);
  }
  const keys: string[] = [];
  const taken = new Set<string>();
  let current: string | undefined = guide.start;
  while (current !== undefined && valid.has(current) && !taken.has(current)) {
    keys.push(current);
    taken.add(current);
    current = edgeTarget(guide, current, answers[current] as string);
  }
  const rest = [...valid].filter((k) => !taken.has(k));
  rest.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return keys.concat(rest);
}

/** `client=outlook-classic&direction=sending` (no leading '?'; '' when there is nothing valid to write). */
export function serializeAnswers(guide: GuideLike, answers: Answers): string {
  return orderedKeys(guide, answers)
    .map((key) => `${encodeURIComponent(key)}=${encodeURIComponent(answers[key] as string)}`)
    .join('&');
}
