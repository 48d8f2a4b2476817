// The query string codec: what a pasted link means, and how answers are written back.
import { MAX_SEARCH_LENGTH, parseAnswers, serializeAnswers } from '../../src/engine/url';
import { resolveGuide } from '../../src/engine/shared';
import { sampleGuide, sampleShared } from './fixtures/sample-content';

const guide = resolveGuide(sampleGuide(), sampleShared());

describe('reading answers from a link', () => {
  it('keeps answers that name a node and one of its answers', () => {
    expect(
      parseAnswers(guide, '?client=outlook-classic&check-smtp=port-matches-security&fix-port=no'),
    ).toEqual({
      answers: { client: 'outlook-classic', 'check-smtp': 'port-matches-security', 'fix-port': 'no' },
      dropped: [],
    });
  });

  it('drops unknown keys, invalid values and repeated keys (the first one wins)', () => {
    const { answers, dropped } = parseAnswers(
      guide,
      'embed=1&client=thunderbird&direction=sending&direction=receiving&resolved=yes',
    );
    expect(answers).toEqual({ direction: 'sending' });
    expect(dropped).toEqual([
      { key: 'embed', value: '1', reason: 'unknown-key' },
      { key: 'client', value: 'thunderbird', reason: 'invalid-value' },
      { key: 'direction', value: 'receiving', reason: 'duplicate' },
      { key: 'resolved', value: 'yes', reason: 'invalid-value' },
    ]);
  });

  it('never throws on broken percent-encoding or odd input', () => {
    for (const search of [
      '%',
      'client=%E0%A4%A',
      '%zz=1',
      '&&&',
      '=',
      '?',
      'client',
      '==x',
      'a=b=c',
      '\u0000=\uffff',
    ]) {
      expect(() => parseAnswers(guide, search)).not.toThrow();
    }
    expect(parseAnswers(guide, 'client=%E0%A4%A').dropped).toEqual([
      { key: 'client', value: '%E0%A4%A', reason: 'invalid-value' },
    ]);
  });

  it('decodes percent-encoding and plus signs', () => {
    expect(parseAnswers(guide, 'cli%65nt=outlook%2Dclassic').answers).toEqual({ client: 'outlook-classic' });
    expect(parseAnswers(guide, 'client=outlook+classic').dropped[0]).toMatchObject({
      value: 'outlook classic',
    });
  });

  it('reads only the first 2,000 characters of a very long query and says so', () => {
    const long = `client=outlook-classic&${'x=1&'.repeat(600)}direction=sending`;
    expect(long.length).toBeGreaterThan(MAX_SEARCH_LENGTH);
    const { answers, dropped } = parseAnswers(guide, long);
    expect(answers).toEqual({ client: 'outlook-classic' });
    expect(dropped.at(-1)).toEqual({ key: '', value: '', reason: 'too-long' });
    expect(dropped.some((d) => d.key === 'direction')).toBe(false);
  });

  it('does not read half a pair at the 2,000-character cut', () => {
    const head = 'x'.repeat(MAX_SEARCH_LENGTH - 'client=outlook'.length - 1);
    const { answers, dropped } = parseAnswers(guide, `${head}&client=outlook-classic`);
    expect(answers).toEqual({});
    expect(dropped.map((d) => d.reason)).toEqual(['unknown-key', 'too-long']);
  });
});

describe('writing answers into a link', () => {
  it('writes them in journey order whatever order they were given in', () => {
    expect(
      serializeAnswers(guide, { 'check-smtp': 'skip', direction: 'sending', client: 'outlook-classic' }),
    ).toBe('client=outlook-classic&direction=sending&check-smtp=skip');
  });

  it('puts answers off the journey after it, in the order of the guide file', () => {
    expect(serializeAnswers(guide, { 'fix-test': 'no', 'fix-port': 'yes', client: 'iphone-mail' })).toBe(
      'client=iphone-mail&fix-port=yes&fix-test=no',
    );
  });

  it('writes nothing for no answers, and leaves out invalid ones', () => {
    expect(serializeAnswers(guide, {})).toBe('');
    expect(serializeAnswers(guide, { client: 'nope', nowhere: 'yes' })).toBe('');
  });

  it('round-trips', () => {
    const answers = { client: 'outlook-classic', direction: 'receiving', 'fix-receive': 'no' };
    const once = serializeAnswers(guide, answers);
    expect(serializeAnswers(guide, parseAnswers(guide, once).answers)).toBe(once);
  });
});
