// Check rules: what a person typed against the known facts and the provider table.
import { evaluateCheck, rules, suggestChanges } from '../../src/engine/rules';
import type { CheckNode } from '../../src/engine/types';
import { sampleProviders } from './fixtures/sample-content';

const providers = sampleProviders();
const gmail = providers.providers[0];

describe('encryption-on', () => {
  it('fails only when the encryption is "none"', () => {
    expect(rules['encryption-on'].run({ security: 'none' })).toEqual({
      ok: false,
      rule: 'encryption-on',
      detail: { expected: { security: ['ssl', 'starttls'] } },
    });
    expect(rules['encryption-on'].run({ security: 'ssl' })).toEqual({ ok: true });
    expect(rules['encryption-on'].run({ security: 'starttls' })).toEqual({ ok: true });
    expect(rules['encryption-on'].run({})).toEqual({ ok: true });
  });

  it('treats 「自動」 (Auto) as encryption, not as "none"', () => {
    expect(rules['encryption-on'].run({ security: 'auto' })).toEqual({ ok: true });
  });
});

describe('port-matches-security', () => {
  it.each([
    [465, 'ssl'],
    [993, 'ssl'],
    [995, 'ssl'],
    [587, 'starttls'],
    [25, 'starttls'],
    [143, 'starttls'],
    [110, 'starttls'],
  ] as const)('accepts port %i with %s', (port, security) => {
    expect(rules['port-matches-security'].run({ port, security })).toEqual({ ok: true });
  });

  it('fails 587 with SSL/TLS and 465 with STARTTLS (the 0x800CCC1A pairs) and says what the port needs', () => {
    expect(rules['port-matches-security'].run({ port: 587, security: 'ssl' })).toEqual({
      ok: false,
      rule: 'port-matches-security',
      detail: { expected: { security: ['starttls'] } },
    });
    expect(rules['port-matches-security'].run({ port: 465, security: 'starttls' })).toMatchObject({
      ok: false,
      detail: { expected: { security: ['ssl'] } },
    });
    expect(rules['port-matches-security'].run({ port: 993, security: 'none' })).toMatchObject({ ok: false });
  });

  it.each([
    ['IMAP', 143],
    ['POP', 110],
  ] as const)('fails the plain %s port %i with SSL/TLS and says it takes STARTTLS', (_name, port) => {
    expect(rules['port-matches-security'].run({ port, security: 'ssl' })).toEqual({
      ok: false,
      rule: 'port-matches-security',
      detail: { expected: { security: ['starttls'] } },
    });
  });

  it('fails 「自動」 (Auto), marked as such, because it cannot be judged against the port', () => {
    expect(rules['port-matches-security'].run({ port: 465, security: 'auto' })).toEqual({
      ok: false,
      rule: 'port-matches-security',
      reason: 'auto',
      detail: { expected: { security: ['ssl'] } },
    });
    expect(rules['port-matches-security'].run({ port: 143, security: 'auto' })).toMatchObject({
      reason: 'auto',
      detail: { expected: { security: ['starttls'] } },
    });
    // An unusual port: still not a silent pass, but there is no encryption to name.
    expect(rules['port-matches-security'].run({ port: 2525, security: 'auto' })).toEqual({
      ok: false,
      rule: 'port-matches-security',
      reason: 'auto',
    });
  });

  it('cannot judge an unusual port or a missing field, so it passes', () => {
    expect(rules['port-matches-security'].run({ port: 2525, security: 'ssl' })).toEqual({ ok: true });
    expect(rules['port-matches-security'].run({ port: 587 })).toEqual({ ok: true });
    expect(rules['port-matches-security'].run({ security: 'ssl' })).toEqual({ ok: true });
  });
});

describe('smtp-port-not-25', () => {
  it('fails port 25 for sending and suggests 587 or 465', () => {
    expect(rules['smtp-port-not-25'].run({ protocol: 'smtp', port: 25 })).toEqual({
      ok: false,
      rule: 'smtp-port-not-25',
      detail: { expected: { port: [587, 465] } },
    });
    expect(rules['smtp-port-not-25'].run({ port: 25 })).toMatchObject({ ok: false });
  });
  it('passes other ports, other protocols and a missing port', () => {
    expect(rules['smtp-port-not-25'].run({ protocol: 'smtp', port: 587 })).toEqual({ ok: true });
    expect(rules['smtp-port-not-25'].run({ protocol: 'imap', port: 25 })).toEqual({ ok: true });
    expect(rules['smtp-port-not-25'].run({ protocol: 'smtp' })).toEqual({ ok: true });
  });
});

describe('host-matches-provider', () => {
  it('ignores case, spaces and a trailing dot', () => {
    expect(
      rules['host-matches-provider'].run({ protocol: 'smtp', host: ' SMTP.Gmail.com. ' }, gmail),
    ).toEqual({
      ok: true,
    });
    expect(
      rules['host-matches-provider'].run({ protocol: 'smtp', host: 'ｓｍｔｐ.gmail.com' }, gmail),
    ).toEqual({
      ok: true,
    });
  });
  it('fails another host and lists the provider hosts for that protocol', () => {
    expect(rules['host-matches-provider'].run({ protocol: 'smtp', host: 'mail.example.jp' }, gmail)).toEqual({
      ok: false,
      rule: 'host-matches-provider',
      detail: { expected: { host: ['smtp.gmail.com'] } },
    });
    expect(
      rules['host-matches-provider'].run({ protocol: 'smtp', host: 'imap.gmail.com' }, gmail),
    ).toMatchObject({ ok: false });
  });
  it('passes when no host was typed, and marks as unchecked a host it has nothing to compare with', () => {
    expect(rules['host-matches-provider'].run({ protocol: 'smtp' }, gmail)).toEqual({ ok: true });
    expect(rules['host-matches-provider'].run({ host: 'x.example' })).toEqual({ ok: true, unchecked: true });
    expect(rules['host-matches-provider'].run({ host: 'x.example' }, providers.providers[1])).toEqual({
      ok: true,
      unchecked: true,
    });
  });
});

describe('port-matches-provider', () => {
  it("accepts any of the provider's ports for the protocol", () => {
    expect(rules['port-matches-provider'].run({ protocol: 'smtp', port: 465 }, gmail)).toEqual({ ok: true });
    expect(rules['port-matches-provider'].run({ protocol: 'smtp', port: 587 }, gmail)).toEqual({ ok: true });
  });
  it('fails another port and lists the right ones', () => {
    expect(rules['port-matches-provider'].run({ protocol: 'smtp', port: 993 }, gmail)).toEqual({
      ok: false,
      rule: 'port-matches-provider',
      detail: { expected: { port: [465, 587] } },
    });
  });
});

describe('evaluating a check node', () => {
  const node: CheckNode = {
    kind: 'check',
    id: 'check-smtp',
    fields: ['protocol', 'host', 'port', 'security'],
    provider: 'gmail',
    rules: [
      { rule: 'encryption-on', fail: 'fix-encryption' },
      { rule: 'smtp-port-not-25', fail: 'fix-25' },
      { rule: 'port-matches-security', fail: 'fix-pair' },
      { rule: 'host-matches-provider', fail: 'fix-host' },
    ],
    pass: 'all-good',
  };

  it('port 587 with SSL/TLS leads to the 0x800CCC1A fix', () => {
    expect(
      evaluateCheck(
        node,
        { protocol: 'smtp', host: 'smtp.gmail.com', port: 587, security: 'ssl' },
        providers,
      ),
    ).toMatchObject({
      value: 'port-matches-security',
      next: 'fix-pair',
    });
  });

  it('the first failing rule decides', () => {
    expect(
      evaluateCheck(node, { protocol: 'smtp', port: 25, security: 'none', host: 'x.example' }, providers)
        .value,
    ).toBe('encryption-on');
    expect(
      evaluateCheck(node, { protocol: 'smtp', port: 25, security: 'starttls' }, providers.providers).next,
    ).toBe('fix-25');
  });

  it('passes when every rule holds, or when nothing was typed', () => {
    expect(
      evaluateCheck(
        node,
        { protocol: 'smtp', host: 'smtp.gmail.com', port: 465, security: 'ssl' },
        providers,
      ),
    ).toEqual({
      value: 'pass',
      next: 'all-good',
      unchecked: [],
    });
    expect(evaluateCheck(node, {}, providers)).toEqual({ value: 'pass', next: 'all-good', unchecked: [] });
  });

  it('「自動」 with a port that suits the provider still stops at the port/encryption rule', () => {
    expect(
      evaluateCheck(
        node,
        { protocol: 'smtp', host: 'smtp.gmail.com', port: 587, security: 'auto' },
        providers,
      ),
    ).toMatchObject({ value: 'port-matches-security', next: 'fix-pair', result: { reason: 'auto' } });
  });

  it('skips a rule name it does not know instead of reading Object.prototype', () => {
    const odd = { ...node, rules: [{ rule: 'toString', fail: 'x' }] } as unknown as CheckNode;
    expect(evaluateCheck(odd, { port: 1 }, providers)).toEqual({
      value: 'pass',
      next: 'all-good',
      unchecked: [],
    });
  });
});

describe('what to change, field by field', () => {
  const withProvider: CheckNode = {
    kind: 'check',
    id: 'check-smtp',
    fields: ['protocol', 'host', 'port', 'security'],
    provider: 'gmail',
    rules: [
      { rule: 'encryption-on', fail: 'f' },
      { rule: 'smtp-port-not-25', fail: 'f' },
      { rule: 'port-matches-security', fail: 'f' },
      { rule: 'host-matches-provider', fail: 'f' },
      { rule: 'port-matches-provider', fail: 'f' },
    ],
    pass: 'p',
  };
  const noProvider: CheckNode = {
    kind: 'check',
    id: 'check-other',
    fields: ['protocol', 'port', 'security'],
    rules: [
      { rule: 'encryption-on', fail: 'f' },
      { rule: 'smtp-port-not-25', fail: 'f' },
      { rule: 'port-matches-security', fail: 'f' },
    ],
    pass: 'p',
  };
  const smtp = { protocol: 'smtp', host: 'smtp.gmail.com' } as const;

  it('465 with STARTTLS: keep the port, set the encryption to SSL/TLS (the row of the table with that port)', () => {
    expect(suggestChanges(withProvider, { ...smtp, port: 465, security: 'starttls' }, providers)).toEqual([
      { field: 'security', typed: 'starttls', set: ['ssl'] },
    ]);
    expect(suggestChanges(withProvider, { ...smtp, port: 587, security: 'auto' }, providers)).toEqual([
      { field: 'security', typed: 'auto', set: ['starttls'] },
    ]);
  });

  it('a port the provider does not use: the row with the same encryption gives the port', () => {
    expect(suggestChanges(withProvider, { ...smtp, port: 25, security: 'starttls' }, providers)).toEqual([
      { field: 'port', typed: 25, set: [587] },
    ]);
    expect(suggestChanges(withProvider, { ...smtp, port: 995, security: 'none' }, providers)).toEqual([
      { field: 'port', typed: 995, set: [465] },
      { field: 'security', typed: 'none', set: ['ssl'] },
    ]);
  });

  it('a wrong host names the right one, keeping what was typed to show beside it', () => {
    expect(
      suggestChanges(
        withProvider,
        { ...smtp, host: ' smtp.gmial.com ', port: 465, security: 'ssl' },
        providers,
      ),
    ).toEqual([{ field: 'host', typed: 'smtp.gmial.com', set: ['smtp.gmail.com'] }]);
  });

  it('settings that are right need no change', () => {
    expect(suggestChanges(withProvider, { ...smtp, port: 587, security: 'starttls' }, providers)).toEqual([]);
    expect(suggestChanges(noProvider, { protocol: 'imap', port: 993, security: 'ssl' }, providers)).toEqual(
      [],
    );
  });

  it('without a provider table the port decides the encryption, and 25 moves to 587 or 465', () => {
    expect(suggestChanges(noProvider, { protocol: 'imap', port: 143, security: 'ssl' }, providers)).toEqual([
      { field: 'security', typed: 'ssl', set: ['starttls'] },
    ]);
    expect(suggestChanges(noProvider, { protocol: 'pop', port: 995, security: 'none' }, providers)).toEqual([
      { field: 'security', typed: 'none', set: ['ssl'] },
    ]);
    expect(suggestChanges(noProvider, { protocol: 'smtp', port: 25, security: 'ssl' }, providers)).toEqual([
      { field: 'port', typed: 25, set: [465] },
    ]);
    expect(suggestChanges(noProvider, { protocol: 'smtp', port: 25, security: 'none' }, providers)).toEqual([
      { field: 'port', typed: 25, set: [587] },
      { field: 'security', typed: 'none', set: ['starttls'] },
    ]);
  });

  it('an unusual port says what it can: "none" needs SSL/TLS or STARTTLS; 「自動」 gets no guess', () => {
    expect(suggestChanges(noProvider, { protocol: 'smtp', port: 2525, security: 'none' }, providers)).toEqual(
      [{ field: 'security', typed: 'none', set: ['ssl', 'starttls'] }],
    );
    expect(suggestChanges(noProvider, { protocol: 'smtp', port: 2525, security: 'auto' }, providers)).toEqual(
      [],
    );
  });
});
