// Finds where a URL puts a person: replays the answers from the start (GOV.UK smart-answers style).
import type { Answers, DroppedAnswer, Journey, JourneyStep } from './types';
import type { GuideLike, ParsedAnswers } from './url';
import type { GraphLike } from './graph';
import { edgeTarget, graphIndex, shortestPath } from './graph';
import { MAX_SEARCH_LENGTH, checkAnswers, currentId, parseAnswers } from './url';
import { resolveProviderRef } from './rules';

/** Something that lists query pairs, such as URLSearchParams. */
interface PairsLike {
  entries(): Iterable<[string, string]>;
}

/** Answers as an object, a raw query string ('?a=b' or 'a=b') or URLSearchParams. */
type AnswersInput = Answers | string | PairsLike;

export type OkJourney = Extract<Journey, { ok: true }>;

function isPairsLike(input: object): input is PairsLike {
  return typeof (input as Partial<PairsLike>).entries === 'function';
}

function readInput(guide: GuideLike, input: AnswersInput): ParsedAnswers {
  if (typeof input === 'string') return parseAnswers(guide, input);
  if (!isPairsLike(input)) return checkAnswers(guide, Object.entries(input));
  // Same budget as a raw query string, so a huge URLSearchParams cannot make us walk forever.
  const pairs: [string, string][] = [];
  let budget = MAX_SEARCH_LENGTH;
  let tooLong = false;
  for (const [key, value] of input.entries()) {
    budget -= key.length + value.length + 2;
    if (budget < 0) {
      tooLong = true;
      break;
    }
    pairs.push([key, value]);
  }
  const result = checkAnswers(guide, pairs);
  if (tooLong) result.dropped.push({ key: '', value: '', reason: 'too-long' });
  return result;
}

/**
 * The journey to `nodeId` in `guide`. A node that exists (directly or through a redirect) is always
 * returned, even when the answers do not lead there; only an unknown guide or node gives `ok: false`.
 * Never throws.
 */
export function resolveJourney(
  guide: GuideLike | undefined,
  guideId: string,
  nodeId: string,
  input: AnswersInput = {},
): Journey {
  if (!guide) return { ok: false, reason: 'unknown-guide', guide: guideId };
  const { byId } = graphIndex(guide);
  const target = currentId(guide, nodeId);
  if (target === undefined) return { ok: false, reason: 'unknown-node', guide: guideId, node: nodeId };

  const given = readInput(guide, input);
  const dropped: DroppedAnswer[] = given.dropped;

  // Replay from the start; each node is visited at most once, so a cycle in the content cannot hang us.
  let path: JourneyStep[] = [];
  const visited = new Set<string>();
  let current = guide.start;
  let reached = false;
  while (byId.has(current)) {
    if (current === target) {
      reached = true;
      break;
    }
    if (visited.has(current) || !Object.hasOwn(given.answers, current)) break;
    visited.add(current);
    const answer = given.answers[current] as string;
    const next = edgeTarget(guide, current, answer);
    if (next === undefined) break;
    path.push({ node: current, answer });
    current = next;
  }
  if (reached) path.push({ node: target });
  else path = shortestPath(guide, target) ?? [{ node: target }];

  const answers: Answers = {};
  for (const step of path) if (step.answer !== undefined) answers[step.node] = step.answer;
  const rest: Answers = {};
  for (const [key, value] of Object.entries(given.answers)) {
    if (answers[key] !== value || !Object.hasOwn(answers, key)) rest[key] = value;
  }
  const ahead = stillAhead(guide, target, rest);
  for (const [key, value] of Object.entries(rest)) {
    if (!Object.hasOwn(ahead, key)) dropped.push({ key, value, reason: 'off-path' });
  }

  const journey: OkJourney = { ok: true, guide: guideId, target, reached, path, answers, ahead, dropped };
  if (target !== nodeId) journey.redirectedFrom = nodeId;
  return journey;
}

/**
 * The answers given before the `k`-th node of the path: what a link back to that node carries. A path the
 * answers did not reach was inferred (the shortest way to the node), so it gives no answers: a link must
 * never claim answers the person did not give.
 */
export function answersBefore(journey: OkJourney, k: number): Answers {
  const answers: Answers = {};
  if (!journey.reached) return answers;
  for (const step of journey.path.slice(0, k)) {
    if (step.answer !== undefined) answers[step.node] = step.answer;
  }
  return answers;
}

/** The answers that lead to the journey's own node: what a link to this page carries. */
export function answersHere(journey: OkJourney): Answers {
  return answersBefore(journey, journey.path.length - 1);
}

/**
 * The answers for the link of `value` on `nodeId`: the answers given before that node, then this one, in
 * path order. For a node not on the path (for example a related node), the whole path comes first. On the
 * journey's own node, the answers kept for later (`ahead`) go along too.
 */
export function nextUrlAnswers(journey: OkJourney, nodeId: string, value: string): Answers {
  const index = journey.path.findIndex((step) => step.node === nodeId);
  const answers = answersBefore(journey, index < 0 ? journey.path.length : index);
  answers[nodeId] = value;
  if (nodeId === journey.target) {
    for (const [key, kept] of Object.entries(journey.ahead)) if (key !== nodeId) answers[key] = kept;
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Answers kept for later: a Change link, a symptom that implies answers, skipping what is already known.

/** Ids of the nodes that can be reached from `from` (itself included); edges to missing nodes are ignored. */
export function reachableFrom(guide: GraphLike, from: string): Set<string> {
  const g = graphIndex(guide);
  const out = new Set<string>();
  const first = g.index.get(from);
  if (first === undefined) return out;
  const seen = new Uint8Array(g.ids.length);
  const queue = [first];
  seen[first] = 1;
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] as number;
    out.add(g.ids[i] as string);
    for (let e = g.offsets[i] as number, end = g.offsets[i + 1] as number; e < end; e++) {
      const t = g.targets[e] as number;
      if (t >= 0 && !seen[t]) {
        seen[t] = 1;
        queue.push(t);
      }
    }
  }
  return out;
}

/** Of `answers`, those for `node` or for nodes that can still be reached from it (valid edges only). */
function stillAhead(guide: GraphLike, node: string, answers: Answers): Answers {
  const keys = Object.keys(answers);
  const kept: Answers = {};
  if (keys.length === 0) return kept;
  const reachable = reachableFrom(guide, node);
  for (const key of keys) {
    const value = answers[key] as string;
    if (reachable.has(key) && edgeTarget(guide, key, value) !== undefined) kept[key] = value;
  }
  return kept;
}

/** Where following `answers` from `from` stops (each node once), and the steps taken on the way. */
function follow(guide: GraphLike, from: string, answers: Answers): { node: string; steps: JourneyStep[] } {
  const { byId } = graphIndex(guide);
  const steps: JourneyStep[] = [];
  const visited = new Set<string>();
  let current = from;
  while (byId.has(current) && !visited.has(current) && Object.hasOwn(answers, current)) {
    visited.add(current);
    const answer = answers[current] as string;
    const next = edgeTarget(guide, current, answer);
    if (next === undefined) break;
    steps.push({ node: current, answer });
    current = next;
  }
  return { node: current, steps };
}

/** A link's destination: the node, and the answers its query carries. */
export interface AnswerLink {
  node: string;
  answers: Answers;
}

/**
 * Follows `later` from `from` as far as it goes: that node is where the link opens. The answers are
 * `before`, the ones used on the way, then the rest of `later` that can still apply from there.
 */
function goOn(guide: GraphLike, from: string, before: Answers, later: Answers): AnswerLink {
  const { node, steps } = follow(guide, from, later);
  const answers: Answers = { ...before };
  const rest: Answers = { ...later };
  for (const step of steps) {
    answers[step.node] = step.answer as string;
    delete rest[step.node];
  }
  return { node, answers: { ...answers, ...stillAhead(guide, node, rest) } };
}

/**
 * Where `answers` lead from the start (a symptom's implied answers): the furthest node they reach, and the
 * answers its link carries (those used on the way, then those that can still apply further on).
 */
export function answersLeadTo(guide: GraphLike, answers: Answers): AnswerLink {
  return goOn(guide, guide.start, {}, answers);
}

/**
 * The link for answering `value` on the journey's own node: the answers given before it and this one,
 * then every answer kept for later that still fits is replayed from the new node, and the link opens the
 * furthest node they reach. So a changed answer keeps the later ones that still apply and brings the
 * person back to where they were, and an answer the URL already holds is not asked again. Undefined when
 * `value` is not an answer of `nodeId`.
 */
export function linkForAnswer(
  guide: GraphLike,
  journey: OkJourney,
  nodeId: string,
  value: string,
): AnswerLink | undefined {
  const next = edgeTarget(guide, nodeId, value);
  if (next === undefined) return undefined;
  const index = journey.path.findIndex((step) => step.node === nodeId);
  const before = answersBefore(journey, index < 0 ? journey.path.length : index);
  before[nodeId] = value;
  const later: Answers = {};
  if (nodeId === journey.target) {
    for (const [key, kept] of Object.entries(journey.ahead)) if (key !== nodeId) later[key] = kept;
  }
  return goOn(guide, next, before, later);
}

/** The current answer on the journey's own node: one the URL holds for it (from a Change link, say). */
export function currentAnswer(journey: OkJourney): string | undefined {
  return Object.hasOwn(journey.ahead, journey.target) ? journey.ahead[journey.target] : undefined;
}

/**
 * The answers kept for later that follow on from the journey's own node, as steps (starting with the
 * node's current answer): what "Your answers" lists after the path, on a page opened by a Change link.
 */
export function stepsAhead(guide: GraphLike, journey: OkJourney): JourneyStep[] {
  if (!journey.reached) return [];
  return follow(guide, journey.target, journey.ahead).steps;
}

/**
 * The answers a page may act on: those that lead from the start to it. A journey the answers did not reach
 * has an inferred path, whose answers nobody gave, so it yields none (a check or a settings table reading
 * `"@answer"` then compares with nothing rather than with a provider the person never chose).
 */
export function reachedAnswers(journey: OkJourney): Answers {
  return journey.reached ? journey.answers : {};
}

/** The provider a check or settings step means on this journey (`"@answer"` → the `provider` answer). */
export function journeyProvider(journey: OkJourney, ref: string | undefined): string | undefined {
  return resolveProviderRef(ref, reachedAnswers(journey));
}

/** Every answer the page holds, given and kept: what a Change link carries, so nothing is lost. */
export function answersKept(journey: OkJourney): Answers {
  return { ...answersHere(journey), ...journey.ahead };
}
