// Journeys: which node a URL shows, the path that led there, and which answers were dropped and why.
import {
  answersBefore,
  answersHere,
  answersKept,
  answersLeadTo,
  currentAnswer,
  linkForAnswer,
  nextUrlAnswers,
  reachableFrom,
  resolveJourney,
  stepsAhead,
  type OkJourney,
} from '../../src/engine/resolve';
import { resolveGuide } from '../../src/engine/shared';
import type { Journey, JourneyStep } from '../../src/engine/types';
import { generateGuide } from '../support/generate';
import { shortestPath } from '../../src/engine/graph';
import { SAMPLE_ID, sampleGuide, sampleShared } from './fixtures/sample-content';

const guide = resolveGuide(sampleGuide(), sampleShared());

function ok(journey: Journey): OkJourney {
  if (!journey.ok) throw new Error(`expected a journey, got ${journey.reason}`);
  return journey;
}

describe('opening a node with the answers that lead there', () => {
  it('replays the answers from the start and reaches the node', () => {
    const j = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'fix-port',
        'client=outlook-classic&direction=sending&check-smtp=skip',
      ),
    );
    expect(j.reached).toBe(true);
    expect(j.path).toEqual([
      { node: 'client', answer: 'outlook-classic' },
      { node: 'direction', answer: 'sending' },
      { node: 'check-smtp', answer: 'skip' },
      { node: 'fix-port' },
    ]);
    expect(Object.entries(j.answers)).toEqual([
      ['client', 'outlook-classic'],
      ['direction', 'sending'],
      ['check-smtp', 'skip'],
    ]);
    expect(j.dropped).toEqual([]);
  });

  it('accepts answers as an object or as URLSearchParams', () => {
    const fromObject = ok(
      resolveJourney(guide, SAMPLE_ID, 'fix-receive', { client: 'outlook-classic', direction: 'receiving' }),
    );
    const fromParams = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'fix-receive',
        new URLSearchParams('?client=outlook-classic&direction=receiving'),
      ),
    );
    expect(fromObject.reached).toBe(true);
    expect(fromParams).toEqual(fromObject);
  });

  it('shows the start with no answers at all', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'client'));
    expect(j).toMatchObject({
      reached: true,
      target: 'client',
      path: [{ node: 'client' }],
      answers: {},
      dropped: [],
    });
  });
});

describe('opening a node the answers do not lead to', () => {
  it('still shows the node, with the shortest path from the start and the stray answers dropped', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'fix-port', 'client=iphone-mail&direction=sending'));
    expect(j.reached).toBe(false);
    expect(j.target).toBe('fix-port');
    expect(j.path).toEqual([
      { node: 'client', answer: 'outlook-classic' },
      { node: 'direction', answer: 'sending' },
      { node: 'check-smtp', answer: 'smtp-port-not-25' },
      { node: 'fix-port' },
    ]);
    // The answer that agrees with the shortest path stays; the one that does not is dropped.
    expect(j.dropped).toEqual([{ key: 'client', value: 'iphone-mail', reason: 'off-path' }]);
  });

  it('keeps answers for the node itself and for nodes after it as answers ahead, not as given', () => {
    const j = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'direction',
        'client=outlook-classic&direction=sending&check-smtp=pass',
      ),
    );
    expect(j.reached).toBe(true);
    expect(j.answers).toEqual({ client: 'outlook-classic' });
    expect(j.ahead).toEqual({ direction: 'sending', 'check-smtp': 'pass' });
    expect(j.dropped).toEqual([]);
  });

  it('drops as off-path an answer for a node that can no longer be reached from the node', () => {
    const j = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'fix-receive',
        'client=outlook-classic&direction=receiving&check-smtp=pass&fix-port=no',
      ),
    );
    expect(j.ahead).toEqual({ 'fix-port': 'no' });
    expect(j.dropped).toEqual([{ key: 'check-smtp', value: 'pass', reason: 'off-path' }]);
  });

  it('drops unknown keys and invalid values with their reason', () => {
    const j = ok(
      resolveJourney(guide, SAMPLE_ID, 'direction', 'utm_source=mail&client=outlook-classic&direction=maybe'),
    );
    expect(j.dropped).toEqual([
      { key: 'utm_source', value: 'mail', reason: 'unknown-key' },
      { key: 'direction', value: 'maybe', reason: 'invalid-value' },
    ]);
  });
});

describe('old and unknown ids', () => {
  it('follows a redirect (even a chain of them) and says where the link came from', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'older-direction', 'client=outlook-classic'));
    expect(j).toMatchObject({ target: 'direction', redirectedFrom: 'older-direction', reached: true });
  });

  it('reads answers given under an old question id', () => {
    const j = ok(
      resolveJourney(guide, SAMPLE_ID, 'check-smtp', 'client=outlook-classic&old-direction=sending'),
    );
    expect(j.reached).toBe(true);
    expect(j.answers).toEqual({ client: 'outlook-classic', direction: 'sending' });
  });

  it('says which of guide or node is unknown, without throwing', () => {
    expect(resolveJourney(undefined, 'no-guide', 'client')).toEqual({
      ok: false,
      reason: 'unknown-guide',
      guide: 'no-guide',
    });
    expect(resolveJourney(guide, SAMPLE_ID, 'no-node')).toEqual({
      ok: false,
      reason: 'unknown-node',
      guide: SAMPLE_ID,
      node: 'no-node',
    });
    expect(resolveJourney(guide, SAMPLE_ID, 'constructor', 'constructor=x&__proto__=y')).toMatchObject({
      ok: false,
    });
  });

  it('survives a redirect loop', () => {
    const looping = resolveGuide({ ...sampleGuide(), redirects: { a: 'b', b: 'a' } }, sampleShared());
    expect(resolveJourney(looping, SAMPLE_ID, 'a')).toMatchObject({ ok: false, reason: 'unknown-node' });
  });
});

describe('content with a cycle', () => {
  it('stops replaying when the answers go round in a loop', () => {
    const cyclic = resolveGuide(
      {
        id: 'loop',
        checked: '2026-01-01',
        start: 'a',
        symptoms: [],
        nodes: [
          { kind: 'fix', id: 'a', steps: [{ id: 's' }], yes: 'done', no: 'b' },
          { kind: 'fix', id: 'b', steps: [{ id: 's' }], yes: 'done', no: 'a' },
          { kind: 'outcome', id: 'done', outcome: 'resolved' },
        ],
      },
      { nodes: [], steps: [] },
    );
    const j = ok(resolveJourney(cyclic, 'loop', 'done', 'a=no&b=no'));
    expect(j.reached).toBe(false);
    expect(j.path).toEqual([{ node: 'a', answer: 'yes' }, { node: 'done' }]);
  });
});

describe('links for the answers on a node', () => {
  it('carry the path answers and then the new one, in path order', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'direction', 'client=outlook-classic'));
    expect(Object.entries(nextUrlAnswers(j, 'direction', 'sending'))).toEqual([
      ['client', 'outlook-classic'],
      ['direction', 'sending'],
    ]);
  });

  it('changing an earlier answer forgets the answers after it', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'check-smtp', 'client=outlook-classic&direction=sending'));
    expect(nextUrlAnswers(j, 'client', 'iphone-mail')).toEqual({ client: 'iphone-mail' });
  });

  it('on a page opened without the answers that lead there, carry only the new answer', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'check-smtp'));
    expect(j.reached).toBe(false);
    expect(j.path.length).toBeGreaterThan(1);
    // The path shown is inferred; putting its answers in the link would claim answers nobody gave.
    expect(nextUrlAnswers(j, 'check-smtp', 'skip')).toEqual({ 'check-smtp': 'skip' });
    expect(answersHere(j)).toEqual({});
  });
});

describe('changing an answer keeps what still applies', () => {
  // The whole journey: Outlook, sending, "I can't find these settings", the port fix did not help.
  const full = 'client=outlook-classic&direction=sending&check-smtp=skip&fix-port=no';
  const there = ok(resolveJourney(guide, SAMPLE_ID, 'handoff', full));
  // Its Change link for "direction" reopens that question with every answer, so none is lost.
  const changing = ok(resolveJourney(guide, SAMPLE_ID, 'direction', answersKept(there)));

  it('a Change link carries every answer, and the question it opens knows its current answer', () => {
    expect(there.reached).toBe(true);
    expect(answersKept(there)).toEqual({
      client: 'outlook-classic',
      direction: 'sending',
      'check-smtp': 'skip',
      'fix-port': 'no',
    });
    expect(changing.answers).toEqual({ client: 'outlook-classic' });
    expect(currentAnswer(changing)).toBe('sending');
    expect(stepsAhead(guide, changing)).toEqual([
      { node: 'direction', answer: 'sending' },
      { node: 'check-smtp', answer: 'skip' },
      { node: 'fix-port', answer: 'no' },
    ]);
  });

  it('picking the same answer again goes back to where the person was, with every answer', () => {
    expect(linkForAnswer(guide, changing, 'direction', 'sending')).toEqual({
      node: 'handoff',
      answers: answersKept(there),
    });
  });

  it('a new answer replays the later ones from the new node and keeps those that can still apply', () => {
    // Receiving goes to fix-receive; its "no" leads to fix-port, so "fix-port: no" is kept for then,
    // while the check (not on the receiving side) is dropped.
    const link = linkForAnswer(guide, changing, 'direction', 'receiving');
    expect(link?.node).toBe('fix-receive');
    expect(Object.entries(link?.answers ?? {})).toEqual([
      ['client', 'outlook-classic'],
      ['direction', 'receiving'],
      ['fix-port', 'no'],
    ]);
    // The link it opens keeps "fix-port: no" ahead and shows only the answers that led there.
    const opened = ok(resolveJourney(guide, SAMPLE_ID, 'fix-receive', link?.answers ?? {}));
    expect(opened).toMatchObject({ reached: true, ahead: { 'fix-port': 'no' }, dropped: [] });
  });

  it('a different app drops every later answer that no longer fits', () => {
    const atStart = ok(resolveJourney(guide, SAMPLE_ID, 'client', answersKept(there)));
    expect(currentAnswer(atStart)).toBe('outlook-classic');
    expect(linkForAnswer(guide, atStart, 'client', 'iphone-mail')).toEqual({
      node: 'iphone-ssl',
      answers: { client: 'iphone-mail' },
    });
  });

  it('a question with no answer kept has no current answer, and its links go one step as before', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'direction', 'client=outlook-classic'));
    expect(currentAnswer(j)).toBeUndefined();
    expect(stepsAhead(guide, j)).toEqual([]);
    expect(linkForAnswer(guide, j, 'direction', 'receiving')).toEqual({
      node: 'fix-receive',
      answers: { client: 'outlook-classic', direction: 'receiving' },
    });
    expect(linkForAnswer(guide, j, 'direction', 'maybe')).toBeUndefined();
  });

  it('on a page opened without the answers that lead there, claims no answer the person did not give', () => {
    const j = ok(resolveJourney(guide, SAMPLE_ID, 'check-smtp', 'fix-port=no'));
    expect(j.reached).toBe(false);
    expect(linkForAnswer(guide, j, 'check-smtp', 'skip')).toEqual({
      node: 'handoff',
      answers: { 'check-smtp': 'skip', 'fix-port': 'no' },
    });
  });

  it('the links of a fix or a check carry the answers kept for later', () => {
    const j = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'fix-receive',
        'client=outlook-classic&direction=receiving&fix-port=no',
      ),
    );
    expect(nextUrlAnswers(j, 'fix-receive', 'no')).toEqual({
      client: 'outlook-classic',
      direction: 'receiving',
      'fix-receive': 'no',
      'fix-port': 'no',
    });
  });
});

describe("a symptom's implied answers", () => {
  it('open the node they lead to, with the answers in its link', () => {
    expect(answersLeadTo(guide, { client: 'outlook-classic', direction: 'sending' })).toEqual({
      node: 'check-smtp',
      answers: { client: 'outlook-classic', direction: 'sending' },
    });
  });

  it('an answer to a question further on is kept for when the journey gets there', () => {
    const link = answersLeadTo(guide, { direction: 'sending' });
    expect(link).toEqual({ node: 'client', answers: { direction: 'sending' } });
    const atStart = ok(resolveJourney(guide, SAMPLE_ID, link.node, link.answers));
    // Outlook: the direction question is skipped, straight to the check.
    expect(linkForAnswer(guide, atStart, 'client', 'outlook-classic')).toEqual({
      node: 'check-smtp',
      answers: { client: 'outlook-classic', direction: 'sending' },
    });
    // iPhone: that question never comes, so the answer is not carried on.
    expect(linkForAnswer(guide, atStart, 'client', 'iphone-mail')).toEqual({
      node: 'iphone-ssl',
      answers: { client: 'iphone-mail' },
    });
  });

  it('an answer that can never apply is left out', () => {
    expect(answersLeadTo(guide, { client: 'iphone-mail', direction: 'sending' })).toEqual({
      node: 'iphone-ssl',
      answers: { client: 'iphone-mail' },
    });
  });

  it('nodes reachable from a node include itself and stop at outcomes', () => {
    expect([...reachableFrom(guide, 'fix-receive')].sort()).toEqual(
      ['fix-port', 'fix-receive', 'handoff', 'resolved'].sort(),
    );
    expect(reachableFrom(guide, 'no-such-node').size).toBe(0);
  });
});

describe('links back along the path', () => {
  const j = ok(
    resolveJourney(guide, SAMPLE_ID, 'fix-port', 'client=outlook-classic&direction=sending&check-smtp=skip'),
  );

  it('a link back to an earlier node carries only the answers given before it', () => {
    expect(answersBefore(j, 0)).toEqual({});
    expect(answersBefore(j, 1)).toEqual({ client: 'outlook-classic' });
    expect(Object.entries(answersBefore(j, 2))).toEqual([
      ['client', 'outlook-classic'],
      ['direction', 'sending'],
    ]);
  });

  it('a link to this page carries every answer that led here', () => {
    expect(Object.entries(answersHere(j))).toEqual([
      ['client', 'outlook-classic'],
      ['direction', 'sending'],
      ['check-smtp', 'skip'],
    ]);
  });
});

describe('a large guide', () => {
  // How fast this runs is measured by `npm run bench` (engine timings), not asserted here.
  it('replays a 30-answer journey on a 10,000-node guide to its target', () => {
    const big = resolveGuide(generateGuide(10_000, 7).guide);
    let deep: JourneyStep[] | undefined;
    for (const node of big.nodes) {
      deep = shortestPath(big, node.id);
      if (deep && deep.length > 30) break;
    }
    if (!deep || deep.length <= 30) throw new Error('generator made no deep path');
    const path = deep.slice(0, 31);
    const target = path[30]?.node as string;
    const query = path
      .slice(0, 30)
      .map((s) => `${s.node}=${s.answer}`)
      .join('&');
    const journey = ok(resolveJourney(big, big.id, target, query));
    expect(journey.reached).toBe(true);
    expect(journey.path.map((s) => s.node)).toEqual(path.map((s) => s.node));
    expect(Object.keys(journey.answers)).toHaveLength(30);
  });
});
