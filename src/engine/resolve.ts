// Finds where a URL puts a person: replays the answers from the start (GOV.UK smart-answers style).
import type { Answers, DroppedAnswer, Journey, JourneyStep } from './types';
import type { GuideLike, ParsedAnswers } from './url';
import { edgeTarget, graphIndex, shortestPath } from './graph';
import { MAX_SEARCH_LENGTH, checkAnswers, currentId, parseAnswers } from './url';

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
  for (const [key, value] of Object.entries(given.answers)) {
    if (answers[key] !== value || !Object.hasOwn(answers, key))
      dropped.push({ key, value, reason: 'off-path' });
  }

  const journey: OkJourney = { ok: true, guide: guideId, target, reached, path, answers, dropped };
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
 * path order. For a node not on the path (for example a related node), the whole path comes first.
 */
export function nextUrlAnswers(journey: OkJourney, nodeId: string, value: string): Answers {
  const index = journey.path.findIndex((step) => step.node === nodeId);
  const answers = answersBefore(journey, index < 0 ? journey.path.length : index);
  answers[nodeId] = value;
  return answers;
}
