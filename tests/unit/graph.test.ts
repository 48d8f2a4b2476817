// @vitest-environment node
// The guide as a graph: the way out of every node kind, reachability and shortest paths.
import { edges, reachableFromStart, reachesOutcome, shortestPath } from '../../src/engine/graph';
import type { Guide } from '../../src/engine/types';
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
