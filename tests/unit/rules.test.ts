// Check rules: what a person typed against the known facts and the provider table.
import { evaluateCheck, rules } from '../../src/engine/rules';
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
});

describe('port-matches-security', () => {
  it.each([
    [465, 'ssl'],
    [993, 'ssl'],
    [995, 'ssl'],
    [587, 'starttls'],
    [25, 'starttls'],
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
    expect(rules['host-matches-provider'].run({ protocol: 'smtp', host: ' SMTP.Gmail.com. ' }, gmail)).toEqual({
      ok: true,
    });
    expect(rules['host-matches-provider'].run({ protocol: 'smtp', host: 'ｓｍｔｐ.gmail.com' }, gmail)).toEqual({
      ok: true,
    });
  });
  it('fails another host and lists the provider hosts for that protocol', () => {
    expect(rules['host-matches-provider'].run({ protocol: 'smtp', host: 'mail.example.jp' }, gmail)).toEqual({
      ok: false,
      rule: 'host-matches-provider',
      detail: { expected: { host: ['smtp.gmail.com'] } },
    });
    expect(rules['host-matches-provider'].run({ protocol: 'smtp', host: 'imap.gmail.com' }, gmail)).toMatchObject(
      { ok: false },
    );
  });
  it('passes when it cannot judge: no host typed, no provider, or a provider without servers', () => {
    expect(rules['host-matches-provider'].run({ protocol: 'smtp' }, gmail)).toEqual({ ok: true });
    expect(rules['host-matches-provider'].run({ host: 'x.example' })).toEqual({ ok: true });
    expect(rules['host-matches-provider'].run({ host: 'x.example' }, providers.providers[1])).toEqual({
      ok: true,
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
    });
    expect(evaluateCheck(node, {}, providers)).toEqual({ value: 'pass', next: 'all-good' });
  });

  it('skips a rule name it does not know instead of reading Object.prototype', () => {
    const odd = { ...node, rules: [{ rule: 'toString', fail: 'x' }] } as unknown as CheckNode;
    expect(evaluateCheck(odd, { port: 1 }, providers)).toEqual({ value: 'pass', next: 'all-good' });
  });
});
