// @vitest-environment node
// The cannot-connect-ssl guide (iPhone Mail and docomo mail), node by node and along the journeys real people take.
import guideData from '@/content/guides/cannot-connect-ssl.json';
import sharedData from '@/content/shared.json';
import providerData from '@/content/providers.json';
import jaData from '../../locales/ja/cannot-connect-ssl.json';
import enData from '../../locales/en/cannot-connect-ssl.json';
import jaSharedData from '../../locales/ja/shared.json';
import enSharedData from '../../locales/en/shared.json';
import type {
  FixNode,
  Guide,
  Lang,
  LocaleGuide,
  LocaleShared,
  ProviderTable,
  QuestionNode,
  ResolvedNode,
  ResolvedStep,
  SharedContent,
} from '@/engine/types';
import { resolveGuide } from '@/engine/shared';
import { riskySentence } from '@/engine/wording';

const guide = guideData as Guide;
const resolved = resolveGuide(guide, sharedData as SharedContent);
const text: Record<Lang, LocaleGuide> = { ja: jaData as LocaleGuide, en: enData as LocaleGuide };
const sharedText: Record<Lang, LocaleShared> = {
  ja: jaSharedData as LocaleShared,
  en: enSharedData as LocaleShared,
};

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Record<string, Record<string, string>> = {
  client: {
    'outlook-classic': 'in-outlook',
    'outlook-new': 'in-outlook',
    'iphone-mail': 'message',
    gmail: 'gmail-app',
  },
  message: { ssl: 'provider', verify: 'identity-network', 'get-mail': 'provider' },
  'identity-network': {
    'wifi-only': 'identity-wifi',
    everywhere: 'identity-host',
    'not-sure': 'identity-wifi',
  },
  'identity-wifi': { yes: 'resolved-wifi', no: 'identity-host' },
  'identity-host': { yes: 'resolved-host', no: 'clock' },
  provider: {
    docomo: 'setup',
    icloud: 'icloud-settings',
    gmail: 'gmail-settings',
    'outlook-com': 'outlook-com-settings',
    'microsoft-365': 'm365-settings',
    other: 'other-settings',
  },
  setup: { profile: 'docomo-profile', manual: 'password', 'not-sure': 'password' },
  password: {
    'imap-password': 'docomo-settings',
    reissued: 'docomo-password',
    'd-account': 'docomo-password',
    'not-sure': 'docomo-password',
  },
  'docomo-password': { yes: 'resolved-password', no: 'docomo-settings' },
  'docomo-settings': { yes: 'resolved-settings', no: 'network' },
  'docomo-profile': { yes: 'resolved-profile', no: 'docomo-settings' },
  'icloud-settings': { yes: 'resolved-settings', no: 'network' },
  'gmail-settings': { yes: 'resolved-settings', no: 'network' },
  'outlook-com-settings': { yes: 'resolved-sign-in', no: 'network' },
  'm365-settings': { yes: 'resolved-settings', no: 'network' },
  'other-settings': { yes: 'resolved-settings', no: 'network' },
  network: { 'wifi-only': 'wifi-network', everywhere: 'clock', 'not-sure': 'wifi-network' },
  'wifi-network': { yes: 'resolved-wifi', no: 'clock' },
  clock: { on: 'reset-network', off: 'clock-fix', 'not-sure': 'clock-fix' },
  'clock-fix': { yes: 'resolved-clock', no: 'reset-network' },
  'reset-network': { yes: 'resolved-reset', no: 'handoff' },
};

function node(id: string): ResolvedNode {
  const found = resolved.byId.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** Follows answer ids (question answers, or yes/no after a fix) from the start; returns the node reached. */
function walk(...answers: string[]): ResolvedNode {
  let current = node(resolved.start);
  for (const answer of answers) {
    let next: string | undefined;
    if (current.kind === 'question') next = current.answers.find((a) => a.id === answer)?.next;
    else if (current.kind === 'fix' && (answer === 'yes' || answer === 'no')) next = current[answer];
    if (next === undefined) throw new Error(`"${answer}" is not an answer at ${current.id}`);
    current = node(next);
  }
  return current;
}

function lookup(root: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], root);
}

/** Every word a person reads on a node in one language: title, body, answers and all steps (shared ones too). */
function wording(n: ResolvedNode, lang: Lang): string {
  const files: Record<string, unknown> = { [guide.id]: text[lang], shared: sharedText[lang] };
  const parts: unknown[] = [lookup(files[n.text.ns], n.text.key)];
  if (n.kind === 'fix') for (const step of n.steps) parts.push(lookup(files[step.text.ns], step.text.key));
  return JSON.stringify(parts);
}

function steps(n: ResolvedNode): ResolvedStep[] {
  if (n.kind !== 'fix') throw new Error(`${n.id} is not a fix`);
  return n.steps;
}

describe('cannot-connect-ssl: each answer goes where declared', () => {
  const declared = guide.nodes.filter(
    (n): n is QuestionNode | FixNode => n.kind === 'question' || n.kind === 'fix',
  );

  it('lists every question and fix of the guide in this test', () => {
    expect(declared.map((n) => n.id).sort()).toEqual(Object.keys(routes).sort());
  });

  for (const [nodeId, answers] of Object.entries(routes)) {
    for (const [answer, next] of Object.entries(answers)) {
      it(`${nodeId}: "${answer}" leads to ${next}`, () => {
        const n = guide.nodes.find((x) => x.id === nodeId);
        if (n?.kind === 'question') {
          expect(n.answers.map((a) => a.id)).toEqual(Object.keys(answers));
          expect(n.answers.find((a) => a.id === answer)?.next).toBe(next);
        } else if (n?.kind === 'fix') {
          expect(n[answer as 'yes' | 'no']).toBe(next);
        } else {
          throw new Error(`${nodeId} is not a question or a fix`);
        }
      });
    }
  }

  it('asks which app first, with the four client ids the coverage table counts on', () => {
    const start = node(guide.start);
    expect(start.kind === 'question' && start.answers.map((a) => a.id)).toEqual([
      'outlook-classic',
      'outlook-new',
      'iphone-mail',
      'gmail',
    ]);
  });
});

describe('cannot-connect-ssl: journeys', () => {
  it('a docomo user who typed the d ACCOUNT password is sent to My docomo for the IMAP password', () => {
    const fix = walk('iphone-mail', 'get-mail', 'docomo', 'manual', 'd-account');
    expect(fix.id).toBe('docomo-password');
    expect(wording(fix, 'ja')).toContain('「IMAP専用ID・パスワードの確認」');
    expect(wording(fix, 'ja')).toContain('dアカウントのパスワードではなく');
    expect(wording(fix, 'ja')).toContain('「セキュリティパスワード」');
    expect(wording(fix, 'en')).toContain('not the d ACCOUNT password');
    // docomo shows the IMAP password only with Wi-Fi off, so that comes first.
    expect(steps(fix)[0]?.id).toBe('wifi-off');
  });

  it("a docomo user whose password is right checks the servers against docomo's table with SSL left on", () => {
    const fix = walk('iphone-mail', 'ssl', 'docomo', 'manual', 'imap-password');
    expect(fix.id).toBe('docomo-settings');
    expect(steps(fix).find((s) => s.settings)?.settings).toEqual({
      provider: 'docomo',
      protocols: ['imap', 'smtp'],
    });
    expect(steps(fix).map((s) => s.shared)).toEqual(
      expect.arrayContaining(['iphone-ssl-prompt', 'iphone-open-account', 'iphone-use-ssl']),
    );
    expect(wording(fix, 'ja')).toContain('「SSLを使用」');
    expect(wording(fix, 'ja')).toContain('「設定」›「メール」›「アカウント」');
    expect(wording(fix, 'en')).toContain('Use SSL');
  });

  it("docomo's own table keeps SSL on 993 and 465, as the guide promises (seed 004 said to turn SSL off)", () => {
    const docomo = (providerData as ProviderTable).providers.find((p) => p.id === 'docomo');
    expect(docomo?.servers.map((s) => [s.protocol, s.port, s.security])).toEqual([
      ['imap', 993, 'ssl'],
      ['smtp', 465, 'ssl'],
    ]);
  });

  it('a docomo profile user reinstalls the profile from "VPN & Device Management"', () => {
    const fix = walk('iphone-mail', 'get-mail', 'docomo', 'profile');
    expect(fix.id).toBe('docomo-profile');
    expect(wording(fix, 'ja')).toContain('「プロファイルを削除」');
    expect(wording(fix, 'ja')).toContain('"VPNとデバイス管理"');
    expect(wording(fix, 'en')).toContain('"VPN & Device Management"');
  });

  it('someone who sees "Cannot Verify Server Identity" only on café Wi-Fi is told not to tap Trust and to test on mobile data', () => {
    const fix = walk('iphone-mail', 'verify', 'wifi-only');
    expect(fix.id).toBe('identity-wifi');
    expect(wording(fix, 'ja')).toContain('「信頼」はタップしません');
    expect(wording(fix, 'en')).toContain('Do not tap \\"Trust\\"');
    expect(steps(fix).find((s) => s.id === 'try-mobile-data')?.diagnostic).toBe(true);
  });

  it('when the clock is off, the shared "set the clock automatically" fix is shown', () => {
    const fix = walk('iphone-mail', 'ssl', 'other', 'no', 'everywhere', 'off');
    expect(fix).toMatchObject({ id: 'clock-fix', shared: 'iphone-clock' });
    expect(wording(fix, 'ja')).toContain('「自動設定」');
    expect(wording(fix, 'en')).toContain('Set Automatically');
  });

  it('a docomo user for whom nothing helps ends at a hand-off that says what to tell the provider', () => {
    const end = walk('iphone-mail', 'get-mail', 'docomo', 'profile', 'no', 'no', 'everywhere', 'on', 'no');
    expect(end).toMatchObject({ id: 'handoff', kind: 'outcome', outcome: 'handoff' });
    expect(wording(end, 'ja')).toContain('障害情報');
    expect(wording(end, 'en')).toContain('service status');
  });

  it("an Outlook.com user on iPhone is told to add the account again through Microsoft's sign-in, without an app password", () => {
    const fix = walk('iphone-mail', 'get-mail', 'outlook-com');
    expect(fix.id).toBe('outlook-com-settings');
    expect(wording(fix, 'ja')).toContain('Microsoft のサインイン画面');
    expect(wording(fix, 'en')).toContain('Do not use an app password');
  });

  it("a Gmail account typed in by hand on iPhone gets Gmail's server table and the app-password note", () => {
    const fix = walk('iphone-mail', 'get-mail', 'gmail');
    expect(steps(fix).find((s) => s.settings)?.settings).toEqual({
      provider: 'gmail',
      protocols: ['imap', 'smtp'],
    });
    expect(wording(fix, 'ja')).toContain('「アプリ パスワード」');
    expect(wording(fix, 'en')).toContain('App passwords');
  });

  it('an Outlook user is pointed to the Outlook guides for the same kind of problem', () => {
    const end = walk('outlook-classic');
    expect(end.kind === 'outcome' && end.related?.map((r) => r.guide)).toEqual([
      'certificate-name-mismatch',
      'encryption-mismatch',
    ]);
    expect(walk('outlook-new').id).toBe('in-outlook');
  });
});

describe('cannot-connect-ssl: safe advice', () => {
  it('no step or outcome, in either language, advises tapping Trust or turning SSL off', () => {
    const risky: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const files: Record<string, unknown> = { [guide.id]: text[lang], shared: sharedText[lang] };
      for (const n of resolved.nodes) {
        // Diagnostic steps are shown with a warning box, so only the node's own text and unmarked steps count.
        const unmarked = n.kind === 'fix' ? n.steps.filter((s) => !s.diagnostic) : [];
        const own = lookup(files[n.text.ns], n.text.key) as { steps?: unknown } | undefined;
        const texts = [
          ...strings({ ...own, steps: undefined }),
          ...unmarked.flatMap((s) => strings(lookup(files[s.text.ns], s.text.key))),
        ];
        for (const t of texts) {
          const sentence = riskySentence(t);
          if (sentence) risky.push(`${lang} ${n.id}: ${sentence}`);
        }
      }
    }
    expect(risky).toEqual([]);
  });
});

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
