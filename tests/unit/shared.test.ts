// Shared fixes and steps: written once in shared.json, flattened into each guide that uses them.
import { resolveGuide, SHARED_NS, wordingOf } from '../../src/engine/shared';
import type { ResolvedNode } from '../../src/engine/types';
import { SAMPLE_ID, sampleGuide, sampleShared } from './fixtures/sample-content';

const fix = (node: ResolvedNode | undefined) => {
  if (node?.kind !== 'fix') throw new Error('expected a fix');
  return node;
};

describe('flattening shared references', () => {
  const guide = resolveGuide(sampleGuide(), sampleShared());

  it('gives a guide node its wording key in the guide namespace', () => {
    expect(guide.byId.get('client')?.text).toEqual({ ns: SAMPLE_ID, key: 'nodes.client' });
    expect(fix(guide.byId.get('fix-port')).steps[1]).toEqual({
      id: 'match-port',
      settings: { provider: 'gmail', protocols: ['smtp'] },
      text: { ns: SAMPLE_ID, key: 'nodes.fix-port.steps.match-port' },
    });
  });

  it('a fix that uses a shared node takes its title and steps from shared', () => {
    const node = fix(guide.byId.get('iphone-ssl'));
    expect(node.text).toEqual({ ns: 'shared', key: 'nodes.iphone-clock' });
    expect(node.steps).toEqual([
      { id: 'open-settings', text: { ns: 'shared', key: 'nodes.iphone-clock.steps.open-settings' } },
      { id: 'auto', shared: 'auto-time', text: { ns: 'shared', key: 'steps.auto-time' } },
    ]);
    expect(node).toMatchObject({ yes: 'resolved', no: 'handoff', shared: 'iphone-clock' });
  });

  it('a step that uses a shared step keeps its own id and takes the shared data and wording', () => {
    const shared = sampleShared();
    shared.steps.push({
      id: 'use-data',
      diagnostic: true,
      settings: { provider: 'gmail', protocols: ['imap'] },
    });
    const g = sampleGuide();
    const receive = g.nodes.find((n) => n.id === 'fix-receive');
    if (receive?.kind !== 'fix' || !receive.steps) throw new Error('fixture changed');
    receive.steps.push({ id: 'try-data', shared: 'use-data' });
    const step = fix(resolveGuide(g, shared).byId.get('fix-receive')).steps[2];
    expect(step).toEqual({
      id: 'try-data',
      shared: 'use-data',
      diagnostic: true,
      settings: { provider: 'gmail', protocols: ['imap'] },
      text: { ns: 'shared', key: 'steps.use-data' },
    });
  });

  it('leaves out what a missing reference would have given, without throwing', () => {
    const g = sampleGuide();
    const resolved = resolveGuide(g, { nodes: [], steps: [] });
    expect(fix(resolved.byId.get('iphone-ssl')).steps).toEqual([]);
    expect(fix(resolved.byId.get('fix-receive')).steps.map((s) => s.id)).toEqual(['retry']);
  });

  it('keeps the guide fields and lists the same nodes by id', () => {
    expect(guide).toMatchObject({ id: SAMPLE_ID, start: 'client', checked: '2026-11-01' });
    expect(guide.nodes.map((n) => n.id)).toEqual([...guide.byId.keys()]);
  });
});

describe('wordingOf', () => {
  const guideWording = { nodes: { client: { title: 'Which app?' } } };
  const sharedWording = { steps: { 'open-settings': { title: 'Open Settings' } } };

  it("reads a dotted key in the guide's own wording", () => {
    expect(wordingOf({ ns: 'guide', key: 'nodes.client' }, guideWording, sharedWording)).toEqual({
      title: 'Which app?',
    });
  });

  it('reads the shared wording when the namespace is shared', () => {
    expect(wordingOf({ ns: SHARED_NS, key: 'steps.open-settings.title' }, guideWording, sharedWording)).toBe(
      'Open Settings',
    );
  });

  it('gives undefined for a missing key, and never reads into a string', () => {
    expect(wordingOf({ ns: 'guide', key: 'nodes.nope' }, guideWording, sharedWording)).toBeUndefined();
    expect(
      wordingOf({ ns: 'guide', key: 'nodes.client.title.length' }, guideWording, sharedWording),
    ).toBeUndefined();
  });
});
