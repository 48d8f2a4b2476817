// The answers that lead to a node the shortest way (what a helpdesk link carries), optionally through a
// given answer (an app of the "which app" question).
import { shortestAnswers } from '../../src/engine/graph';
import { resolveJourney } from '../../src/engine/resolve';
import type { GuideNode } from '../../src/engine/types';

const nodes: GuideNode[] = [
  {
    kind: 'question',
    id: 'client',
    answers: [
      { id: 'outlook-classic', next: 'account' },
      { id: 'iphone-mail', next: 'fix-clock' },
    ],
  },
  {
    kind: 'question',
    id: 'account',
    answers: [
      { id: 'pop', next: 'fix-port' },
      { id: 'imap', next: 'fix-clock' },
    ],
  },
  { kind: 'fix', id: 'fix-clock', steps: [{ id: 'a' }], yes: 'done', no: 'fix-port' },
  { kind: 'fix', id: 'fix-port', steps: [{ id: 'a' }], yes: 'done', no: 'handoff' },
  { kind: 'fix', id: 'fix-orphan', steps: [{ id: 'a' }], yes: 'done', no: 'handoff' },
  { kind: 'outcome', id: 'done', outcome: 'resolved' },
  { kind: 'outcome', id: 'handoff', outcome: 'handoff' },
];
const guide = { start: 'client', nodes };

describe('shortestAnswers', () => {
  it('gives the answers along the shortest way, in path order', () => {
    expect(shortestAnswers(guide, 'fix-clock')).toEqual({ client: 'iphone-mail' });
    expect(Object.entries(shortestAnswers(guide, 'fix-port') ?? {})).toEqual([
      ['client', 'outlook-classic'],
      ['account', 'pop'],
    ]);
  });
  it('gives nothing to answer for the start, and undefined for an unreachable or unknown node', () => {
    expect(shortestAnswers(guide, 'client')).toEqual({});
    expect(shortestAnswers(guide, 'fix-orphan')).toBeUndefined();
    expect(shortestAnswers(guide, 'nope')).toBeUndefined();
  });
  it('goes through a given answer when asked, and is shortest among those ways', () => {
    expect(shortestAnswers(guide, 'fix-clock', { node: 'client', value: 'outlook-classic' })).toEqual({
      client: 'outlook-classic',
      account: 'imap',
    });
    // Through the iPhone: the clock fix first, then its "no".
    expect(shortestAnswers(guide, 'fix-port', { node: 'client', value: 'iphone-mail' })).toEqual({
      client: 'iphone-mail',
      'fix-clock': 'no',
    });
    expect(shortestAnswers(guide, 'fix-port', { node: 'client', value: 'gmail' })).toBeUndefined();
  });
  it('gives answers that a journey replays to the node itself', () => {
    for (const target of ['fix-clock', 'fix-port', 'done', 'handoff']) {
      const answers = shortestAnswers(guide, target) ?? {};
      const journey = resolveJourney(guide, 'g', target, answers);
      expect(journey.ok && journey.reached, target).toBe(true);
    }
  });
});
