// Journeys: which node a URL shows, the path that led there, and which answers were dropped and why.
import {
  answersBefore,
  answersHere,
  nextUrlAnswers,
  resolveJourney,
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

  it('drops answers after the node and for the node itself as off-path', () => {
    const j = ok(
      resolveJourney(
        guide,
        SAMPLE_ID,
        'direction',
        'client=outlook-classic&direction=sending&check-smtp=pass',
      ),
    );
    expect(j.reached).toBe(true);
    expect(j.dropped.map((d) => [d.key, d.reason])).toEqual([
      ['direction', 'off-path'],
      ['check-smtp', 'off-path'],
    ]);
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
