// @vitest-environment node
// The encryption-mismatch (0x800CCC1A) guide, node by node, through its check nodes, and along real journeys.
import guideData from '@/content/guides/encryption-mismatch.json';
import providersData from '@/content/providers.json';
import jaData from '../../locales/ja/encryption-mismatch.json';
import enData from '../../locales/en/encryption-mismatch.json';
import type { CheckNode, ProviderTable } from '@/engine/types';
import { resolveJourney } from '@/engine/resolve';
import { evaluateCheck, type CheckInput } from '@/engine/rules';
import { describeDeclaredRoutesByNode, guideKit, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, resolved, locale, node, walk, steps, text } = kit;
const providers = providersData as ProviderTable;

const PROVIDERS = ['gmail', 'outlook-com', 'microsoft-365', 'icloud', 'docomo'] as const;
const AFTER_SETTINGS = { yes: 'resolved-settings', no: 'outlook-version' };

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'provider',
    'outlook-new': 'not-in-new-outlook',
    'iphone-mail': 'not-on-iphone',
    gmail: 'not-in-gmail',
  },
  provider: {
    gmail: 'check-gmail',
    'outlook-com': 'check-outlook-com',
    'microsoft-365': 'check-microsoft-365',
    icloud: 'check-icloud',
    docomo: 'check-docomo',
    other: 'check-other',
  },
  ...Object.fromEntries(
    PROVIDERS.flatMap((p) => [
      [
        `check-${p}`,
        {
          'encryption-on': `values-${p}`,
          'smtp-port-not-25': `values-${p}`,
          'port-matches-security': `values-${p}`,
          'host-matches-provider': `values-${p}`,
          'port-matches-provider': `values-${p}`,
          pass: 'outlook-version',
          skip: `values-${p}`,
        },
      ],
      [`values-${p}`, AFTER_SETTINGS],
    ]),
  ),
  'check-other': {
    'encryption-on': 'choose-encryption',
    'smtp-port-not-25': 'avoid-port-25',
    'port-matches-security': 'match-port-security',
    pass: 'outlook-version',
    skip: 'match-port-security',
  },
  'choose-encryption': AFTER_SETTINGS,
  'match-port-security': AFTER_SETTINGS,
  'avoid-port-25': { yes: 'resolved-port-25', no: 'outlook-version' },
  'outlook-version': { old: 'update-outlook', current: 'antivirus-mail-scan', 'dont-know': 'update-outlook' },
  'update-outlook': { yes: 'resolved-update', no: 'antivirus-mail-scan' },
  'antivirus-mail-scan': { yes: 'resolved-antivirus', no: 'handoff' },
};

/** Types `input` on a check node and follows where the rules send it. */
function typeOn(checkId: string, input: CheckInput) {
  const check = node(checkId);
  if (check.kind !== 'check') throw new Error(`${checkId} is not a check`);
  const outcome = evaluateCheck(check, input, providers);
  return { value: outcome.value, next: node(outcome.next) };
}

describeDeclaredRoutesByNode(kit, routes, () => {
  it("compares each provider check with that provider and shows that provider's table in its fix", () => {
    for (const p of PROVIDERS) {
      const check = node(`check-${p}`) as CheckNode;
      expect(check.provider).toBe(p);
      expect(check.fields).toEqual(['protocol', 'host', 'port', 'security']);
      expect(steps(node(`values-${p}`)).some((s) => s.settings?.provider === p)).toBe(true);
    }
  });

  it('explains every rule of every check in plain words, in ja and en', () => {
    for (const n of guide.nodes) {
      if (n.kind !== 'check') continue;
      for (const lang of ['ja', 'en'] as const) {
        expect(Object.keys(locale[lang].nodes[n.id]?.rules ?? {}).sort()).toEqual(
          n.rules.map((r) => r.rule).sort(),
        );
      }
    }
  });
});

describe('encryption-mismatch: journeys', () => {
  it('Gmail in Outlook with SMTP port 587 and "SSL/TLS" is told the pair is wrong and shown Gmail\'s settings', () => {
    walk('outlook-classic', 'gmail');
    const { value, next } = typeOn('check-gmail', {
      protocol: 'smtp',
      host: 'smtp.gmail.com',
      port: 587,
      security: 'ssl',
    });
    expect(value).toBe('port-matches-security');
    expect(next.id).toBe('values-gmail');
    expect(locale.ja.nodes['check-gmail']?.rules?.['port-matches-security']).toContain('587 は「STARTTLS」');
    expect(locale.en.nodes['check-gmail']?.rules?.['port-matches-security']).toContain(
      '587 goes with "STARTTLS"',
    );
    expect(text('ja', next)).toContain('使用する暗号化接続の種類');
    expect(text('en', next)).toContain('Use the following type of encrypted connection:');
  });

  it('an ISP account that sends on port 25 is moved to 587 or 465 because of OP25B', () => {
    const { value, next } = typeOn(walk('outlook-classic', 'other').id, {
      protocol: 'smtp',
      port: 25,
      security: 'starttls',
    });
    expect(value).toBe('smtp-port-not-25');
    expect(next.id).toBe('avoid-port-25');
    expect(text('ja', next)).toContain('OP25B');
    expect(text('en', next)).toMatch(/587 or 465/);
  });

  it('encryption set to "None" is never accepted: the check sends it to a fix that picks SSL/TLS or STARTTLS', () => {
    const { value, next } = typeOn('check-other', { protocol: 'imap', port: 993, security: 'none' });
    expect(value).toBe('encryption-on');
    expect(next.id).toBe('choose-encryption');
    expect(text('en', next)).toContain('993, 995 and 465 go with "SSL/TLS"');
  });

  it('correct docomo settings pass the check and lead to the TLS 1.2 question about old Windows and Outlook', () => {
    const { value, next } = typeOn('check-docomo', {
      protocol: 'imap',
      host: 'IMAP.spmode.ne.jp',
      port: 993,
      security: 'ssl',
    });
    expect(value).toBe('pass');
    expect(next.id).toBe('outlook-version');
    const fix = walk('outlook-classic', 'docomo', 'pass', 'old');
    expect(fix.id).toBe('update-outlook');
    expect(text('ja', fix)).toContain('TLS 1.2');
    expect(text('en', fix)).toContain('Settings cannot add the newer encryption to old versions');
  });

  it("someone who cannot find the settings still gets the provider's table", () => {
    expect(walk('outlook-classic', 'icloud', 'skip').id).toBe('values-icloud');
  });

  it('when settings and versions are fine, antivirus mail scanning is checked last, as a marked diagnostic step', () => {
    const fix = walk('outlook-classic', 'microsoft-365', 'pass', 'current');
    expect(fix.id).toBe('antivirus-mail-scan');
    expect(steps(fix).find((s) => s.id === 'test-without-scan')?.diagnostic).toBe(true);
    expect(walk('outlook-classic', 'microsoft-365', 'pass', 'current', 'no')).toMatchObject({
      kind: 'outcome',
      outcome: 'handoff',
    });
  });

  it('an iPhone user is sent to the "Cannot Connect Using SSL" guide, since iPhone never shows this code', () => {
    expect(walk('iphone-mail')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'cannot-connect-ssl' }],
    });
  });
});

describe('encryption-mismatch: old links', () => {
  it.each([
    ['direction', 'provider'],
    ['smtp-encryption', 'match-port-security'],
    ['not-outlook', 'client'],
    ['resolved', 'resolved-settings'],
  ])("a link to the first draft's node %s opens %s", (old, target) => {
    const journey = resolveJourney(resolved, 'encryption-mismatch', old, {});
    expect(journey).toMatchObject({ ok: true, target, redirectedFrom: old });
  });
});

describe('encryption-mismatch: what it must never say', () => {
  it('does not call this a certificate-name problem (an old article mixed the two up)', () => {
    for (const lang of ['ja', 'en'] as const) {
      const all = JSON.stringify(locale[lang]);
      expect(all).not.toMatch(/プリンシパル|principal name/i);
    }
  });
});
