// The guide as a graph: the way out of every node kind, reachability, shortest paths and the questions ahead.
import {
  edges,
  questionsAhead,
  reachableFromStart,
  reachesOutcome,
  shortestPath,
} from '../../src/engine/graph';
import type { Guide, GuideNode } from '../../src/engine/types';
import { sampleGuide } from './fixtures/sample-content';

describe('edges of each node kind', () => {
  const byId = new Map(sampleGuide().nodes.map((n) => [n.id, n]));
  const of = (id: string) => edges(byId.get(id) ?? (undefined as never));

  it('a question has one edge per answer', () => {
    expect(of('direction')).toEqual([
      { value: 'sending', next: 'check-smtp' },
      { value: 'receiving', next: 'fix-receive' },
    ]);
  });
  it('a fix has yes and no', () => {
    expect(of('fix-receive')).toEqual([
      { value: 'yes', next: 'resolved' },
      { value: 'no', next: 'fix-port' },
    ]);
  });
  it('a check has its rules, pass and skip', () => {
    expect(of('check-smtp').map((e) => e.value)).toEqual([
      'encryption-on',
      'smtp-port-not-25',
      'port-matches-security',
      'host-matches-provider',
      'pass',
      'skip',
    ]);
  });
  it('an outcome has none', () => expect(of('resolved')).toEqual([]));
});

describe('searching the graph', () => {
  const guide: Guide = {
    id: 'g',
    checked: '2026-01-01',
    start: 'a',
    symptoms: [],
    nodes: [
      {
        kind: 'question',
        id: 'a',
        answers: [
          { id: 'x', next: 'b' },
          { id: 'y', next: 'c' },
        ],
      },
      { kind: 'fix', id: 'b', steps: [{ id: 's' }], yes: 'end', no: 'c' },
      { kind: 'fix', id: 'c', steps: [{ id: 's' }], yes: 'd', no: 'missing' },
      { kind: 'fix', id: 'd', steps: [{ id: 's' }], yes: 'c', no: 'c' },
      { kind: 'outcome', id: 'end', outcome: 'resolved' },
      { kind: 'outcome', id: 'lonely', outcome: 'handoff' },
    ],
  };

  it('finds the nodes reachable from the start, ignoring edges to missing nodes', () => {
    expect([...reachableFromStart(guide)].sort()).toEqual(['a', 'b', 'c', 'd', 'end']);
  });
  it('finds the shortest path with the answer for each edge', () => {
    expect(shortestPath(guide, 'd')).toEqual([
      { node: 'a', answer: 'y' },
      { node: 'c', answer: 'yes' },
      { node: 'd' },
    ]);
    expect(shortestPath(guide, 'a')).toEqual([{ node: 'a' }]);
    expect(shortestPath(guide, 'lonely')).toBeUndefined();
    expect(shortestPath(guide, 'nope')).toBeUndefined();
  });
  it('finds the nodes that can still reach an outcome', () => {
    expect([...reachesOutcome(guide)].sort()).toEqual(['a', 'b', 'end', 'lonely']);
  });
});

describe('how many questions may still lie ahead ("question 2 of about 4")', () => {
  const q = (id: string, ...next: string[]): GuideNode => ({
    kind: 'question',
    id,
    answers: next.map((n, i) => ({ id: `a${i}`, next: n })),
  });
  const fix = (id: string, yes: string, no: string): GuideNode => ({
    kind: 'fix',
    id,
    steps: [{ id: 's' }],
    yes,
    no,
  });
  const end = (id: string): GuideNode => ({ kind: 'outcome', id, outcome: 'resolved' });
  const guideOf = (...nodes: GuideNode[]): Guide => ({
    id: 'g',
    checked: '2026-01-01',
    start: nodes[0]!.id,
    symptoms: [],
    nodes,
  });

  it('counts the questions on the longest way to an outcome, not the node itself', () => {
    const guide = guideOf(q('a', 'b', 'done'), q('b', 'c', 'done'), q('c', 'done', 'done'), end('done'));
    expect(questionsAhead(guide, 'a')).toBe(2);
    expect(questionsAhead(guide, 'b')).toBe(1);
    expect(questionsAhead(guide, 'c')).toBe(0);
    expect(questionsAhead(guide, 'done')).toBe(0);
  });

  it('takes the branch with the most questions, and fixes on the way do not count as questions', () => {
    const guide = guideOf(
      q('a', 'short', 'fix-1'),
      q('short', 'done', 'done'),
      fix('fix-1', 'done', 'fix-2'),
      fix('fix-2', 'done', 'q2'),
      q('q2', 'q3', 'done'),
      q('q3', 'done', 'done'),
      end('done'),
    );
    expect(questionsAhead(guide, 'a')).toBe(2);
    expect(questionsAhead(guide, 'fix-1')).toBe(2);
    expect(questionsAhead(guide, 'short')).toBe(0);
  });

  it('ignores ways that never reach an outcome, and says undefined when none does', () => {
    const guide = guideOf(
      q('a', 'b', 'done'),
      q('b', 'c', 'missing'),
      q('c', 'stuck', 'stuck'),
      fix('stuck', 'missing', 'missing'),
      end('done'),
    );
    expect(questionsAhead(guide, 'a')).toBe(0);
    expect(questionsAhead(guide, 'b')).toBeUndefined();
    expect(questionsAhead(guide, 'nope')).toBeUndefined();
  });

  it('ends on a guide with cycles and counts only ways that visit no node twice', () => {
    const guide = guideOf(q('a', 'b', 'done'), q('b', 'c', 'a'), q('c', 'a', 'done'), end('done'));
    // a → b → c → done is the longest simple way; b → a and c → a close cycles.
    expect(questionsAhead(guide, 'a')).toBe(2);
    // From b, the way b → c → a → done is simple too (a is not on the way yet when the walk starts at b).
    expect(questionsAhead(guide, 'b')).toBe(2);
    expect(questionsAhead(guide, 'c')).toBe(1);
  });

  it('gives the same answer again from its memo', () => {
    const guide = guideOf(q('a', 'b', 'done'), q('b', 'done', 'done'), end('done'));
    expect(questionsAhead(guide, 'a')).toBe(1);
    expect(questionsAhead(guide, 'a')).toBe(1);
  });

  it('walks a 20,000-question chain with a cycle at every step without deep recursion', () => {
    const count = 20_000;
    const nodes: GuideNode[] = [];
    for (let i = 0; i < count; i++) {
      const next = i + 1 < count ? `q-${i + 1}` : 'done';
      nodes.push(q(`q-${i}`, next, i > 0 ? `q-${i - 1}` : 'done'));
    }
    nodes.push(end('done'));
    const guide = guideOf(...nodes);
    expect(questionsAhead(guide, 'q-0')).toBe(count - 1);
  });
});
