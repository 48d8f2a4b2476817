// Provider values in the check rules: host patterns (the customer's own server name), providers whose values
// this tool may not print (the check never claims a pass for them), and checks that read the provider from
// the journey's `provider` answer ("@answer").
import guideData from '../../src/content/guides/encryption-mismatch.json';
import providersData from '../../src/content/providers.json';
import {
  displayHost,
  evaluateCheck,
  hostMatches,
  resolveProviderRef,
  rules,
  suggestChanges,
} from '../../src/engine/rules';
import { journeyProvider, reachedAnswers, resolveJourney } from '../../src/engine/resolve';
import type { CheckNode, Guide, Provider, ProviderTable } from '../../src/engine/types';
import { ANSWER_PROVIDER } from '../../src/engine/types';

const table = providersData as ProviderTable;
const guide = guideData as Guide;
const provider = (id: string): Provider => {
  const found = table.providers.find((p) => p.id === id);
  if (!found) throw new Error(`no provider ${id}`);
  return found;
};

/** A check like the guides' "@answer" ones: every generic rule, then the two provider rules. */
const byAnswer: CheckNode = {
  kind: 'check',
  id: 'check-by-provider',
  fields: ['protocol', 'host', 'port', 'security'],
  provider: ANSWER_PROVIDER,
  rules: [
    { rule: 'encryption-on', fail: 'fix' },
    { rule: 'smtp-port-not-25', fail: 'fix' },
    { rule: 'port-matches-security', fail: 'fix' },
    { rule: 'host-matches-provider', fail: 'fix' },
    { rule: 'port-matches-provider', fail: 'fix' },
  ],
  pass: 'next',
};

describe('a host pattern (the server name is the customer’s own)', () => {
  it('matches a name with the customer’s part filled in, in any case and with a trailing dot', () => {
    expect(hostMatches('sv*.xserver.jp', 'sv12345.xserver.jp')).toBe(true);
    expect(hostMatches('sv*.xserver.jp', ' SV12345.XServer.JP. ')).toBe(true);
    expect(hostMatches('msa.a*.auone-net.jp', 'msa.a01.auone-net.jp')).toBe(true);
    expect(hostMatches('*.sakura.ne.jp', 'abc12345.sakura.ne.jp')).toBe(true);
  });

  it('stands for part of one label only: not nothing, not a dot, not another domain', () => {
    expect(hostMatches('sv*.xserver.jp', 'sv.xserver.jp')).toBe(false);
    expect(hostMatches('sv*.xserver.jp', 'sv1.evil.xserver.jp')).toBe(false);
    expect(hostMatches('sv*.xserver.jp', 'mail.example.co.jp')).toBe(false);
    expect(hostMatches('sv*.xserver.jp', 'sv1.xserver.jp.example.com')).toBe(false);
    expect(hostMatches('*.sakura.ne.jp', 'sakura.ne.jp')).toBe(false);
  });

  it('is shown with ○○○ where the customer’s part goes', () => {
    expect(displayHost('sv*.xserver.jp')).toBe('sv○○○.xserver.jp');
    expect(displayHost('imap.gmail.com')).toBe('imap.gmail.com');
  });

  it('lets Xserver’s check pass with the customer’s own server, and names the pattern when the name is wrong', () => {
    const xserver = provider('xserver');
    expect(
      rules['host-matches-provider'].run({ protocol: 'imap', host: 'sv777.xserver.jp' }, xserver),
    ).toEqual({
      ok: true,
    });
    expect(
      rules['host-matches-provider'].run({ protocol: 'smtp', host: 'mail.example.jp' }, xserver),
    ).toEqual({
      ok: false,
      rule: 'host-matches-provider',
      detail: { expected: { host: ['sv*.xserver.jp'] } },
    });
    const answers = { provider: 'xserver' };
    const input = { protocol: 'smtp' as const, host: 'mail.example.jp', port: 465, security: 'ssl' as const };
    expect(evaluateCheck(byAnswer, input, table, answers)).toMatchObject({ value: 'host-matches-provider' });
    expect(suggestChanges(byAnswer, input, table, answers)).toEqual([
      { field: 'host', typed: 'mail.example.jp', set: ['sv*.xserver.jp'] },
    ]);
  });
});

describe('a provider whose values this tool may not print', () => {
  it('au has no values: host and port are unchecked, never passed', () => {
    const au = provider('au');
    expect(au.servers).toEqual([]);
    expect(rules['host-matches-provider'].run({ protocol: 'imap', host: 'imap.example.jp' }, au)).toEqual({
      ok: true,
      unchecked: true,
    });
    expect(rules['port-matches-provider'].run({ protocol: 'imap', port: 993 }, au)).toEqual({
      ok: true,
      unchecked: true,
    });
    const outcome = evaluateCheck(
      byAnswer,
      { protocol: 'imap', host: 'imap.example.jp', port: 993, security: 'ssl' },
      table,
      { provider: 'au' },
    );
    expect(outcome).toEqual({
      value: 'pass',
      next: 'next',
      unchecked: ['host-matches-provider', 'port-matches-provider'],
    });
  });

  it('still checks the generic rules for it: encryption on, port with its encryption, no port 25', () => {
    const answers = { provider: 'au' };
    expect(
      evaluateCheck(byAnswer, { protocol: 'imap', port: 993, security: 'none' }, table, answers).value,
    ).toBe('encryption-on');
    expect(
      evaluateCheck(byAnswer, { protocol: 'smtp', port: 25, security: 'none' }, table, answers).value,
    ).toBe('encryption-on');
    expect(
      evaluateCheck(byAnswer, { protocol: 'smtp', port: 25, security: 'starttls' }, table, answers).value,
    ).toBe('smtp-port-not-25');
    expect(
      evaluateCheck(byAnswer, { protocol: 'smtp', port: 465, security: 'starttls' }, table, answers).value,
    ).toBe('port-matches-security');
  });

  it('partial values: BIGLOBE’s POP is compared, its SMTP is marked unchecked', () => {
    const answers = { provider: 'biglobe' };
    const pop = { protocol: 'pop' as const, host: 'mail.biglobe.ne.jp', port: 995, security: 'ssl' as const };
    expect(evaluateCheck(byAnswer, pop, table, answers)).toEqual({
      value: 'pass',
      next: 'next',
      unchecked: [],
    });
    const smtp = {
      protocol: 'smtp' as const,
      host: 'mail.biglobe.ne.jp',
      port: 465,
      security: 'ssl' as const,
    };
    expect(evaluateCheck(byAnswer, smtp, table, answers).unchecked).toEqual([
      'host-matches-provider',
      'port-matches-provider',
    ]);
  });
});

describe('"@answer": the provider comes from the journey', () => {
  it('reads the provider answer, and nothing when there is none', () => {
    expect(resolveProviderRef(ANSWER_PROVIDER, { client: 'outlook-classic', provider: 'xserver' })).toBe(
      'xserver',
    );
    expect(resolveProviderRef(ANSWER_PROVIDER, {})).toBeUndefined();
    expect(resolveProviderRef('gmail', { provider: 'xserver' })).toBe('gmail');
    expect(resolveProviderRef(undefined, { provider: 'xserver' })).toBeUndefined();
  });

  it('without an answer nothing is compared, so nothing is claimed', () => {
    const outcome = evaluateCheck(
      byAnswer,
      { protocol: 'imap', host: 'imap.gmail.com', port: 993, security: 'ssl' },
      table,
    );
    expect(outcome.unchecked).toEqual(['host-matches-provider', 'port-matches-provider']);
  });

  it('takes the answer only from answers that lead to the page, never from a path the engine inferred', () => {
    const reached = resolveJourney(guide, guide.id, 'check-by-provider', {
      client: 'outlook-classic',
      provider: 'xserver',
    });
    if (!reached.ok) throw new Error('journey');
    expect(reached.reached).toBe(true);
    expect(journeyProvider(reached, ANSWER_PROVIDER)).toBe('xserver');
    expect(journeyProvider(reached, 'gmail')).toBe('gmail');

    // Opened without answers: the shortest path passes some provider answer, which nobody chose.
    const bare = resolveJourney(guide, guide.id, 'check-by-provider', {});
    if (!bare.ok) throw new Error('journey');
    expect(bare.reached).toBe(false);
    expect(bare.answers.provider).toBeDefined();
    expect(reachedAnswers(bare)).toEqual({});
    expect(journeyProvider(bare, ANSWER_PROVIDER)).toBeUndefined();
  });
});
