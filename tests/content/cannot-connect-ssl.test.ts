// @vitest-environment node
// The cannot-connect-ssl guide (iPhone Mail and docomo mail), node by node and along the journeys real people take.
import guideData from '@/content/guides/cannot-connect-ssl.json';
import providerData from '@/content/providers.json';
import jaData from '../../locales/ja/cannot-connect-ssl.json';
import enData from '../../locales/en/cannot-connect-ssl.json';
import type { ProviderTable } from '@/engine/types';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { locale, walk, steps, text } = kit;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
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

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('cannot-connect-ssl: journeys', () => {
  it('a docomo user who typed the d ACCOUNT password is sent to My docomo for the IMAP password', () => {
    const fix = walk('iphone-mail', 'get-mail', 'docomo', 'manual', 'd-account');
    expect(fix.id).toBe('docomo-password');
    expect(text('ja', fix)).toContain('「IMAP専用ID・パスワードの確認」');
    expect(text('ja', fix)).toContain('dアカウントのパスワードではなく');
    expect(text('ja', fix)).toContain('「セキュリティパスワード」');
    expect(text('en', fix)).toContain('not the d ACCOUNT password');
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
    expect(text('ja', fix)).toContain('「SSLを使用」');
    expect(text('ja', fix)).toContain('「設定」›「メール」›「アカウント」');
    expect(text('en', fix)).toContain('Use SSL');
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
    expect(text('ja', fix)).toContain('「プロファイルを削除」');
    expect(locale.ja.nodes[fix.id]?.steps?.['open-profiles']?.menu).toContain('VPNとデバイス管理');
    expect(text('en', fix)).toContain('"VPN & Device Management"');
  });

  it('someone who sees "Cannot Verify Server Identity" only on café Wi-Fi is told not to tap Trust and to test on mobile data', () => {
    const fix = walk('iphone-mail', 'verify', 'wifi-only');
    expect(fix.id).toBe('identity-wifi');
    expect(text('ja', fix)).toContain('「信頼」はタップしません');
    expect(text('en', fix)).toContain('Do not tap "Trust"');
    expect(steps(fix).find((s) => s.id === 'try-mobile-data')?.diagnostic).toBe(true);
  });

  it('when the clock is off, the shared "set the clock automatically" fix is shown', () => {
    const fix = walk('iphone-mail', 'ssl', 'other', 'no', 'everywhere', 'off');
    expect(fix).toMatchObject({ id: 'clock-fix', shared: 'iphone-clock' });
    expect(text('ja', fix)).toContain('「自動設定」');
    expect(text('en', fix)).toContain('Set Automatically');
  });

  it('a docomo user for whom nothing helps ends at a hand-off that says what to tell the provider', () => {
    const end = walk('iphone-mail', 'get-mail', 'docomo', 'profile', 'no', 'no', 'everywhere', 'on', 'no');
    expect(end).toMatchObject({ id: 'handoff', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('障害情報');
    expect(text('en', end)).toContain('service status');
  });

  it("an Outlook.com user on iPhone is told to add the account again through Microsoft's sign-in, without an app password", () => {
    const fix = walk('iphone-mail', 'get-mail', 'outlook-com');
    expect(fix.id).toBe('outlook-com-settings');
    expect(text('ja', fix)).toContain('Microsoft のサインイン画面');
    expect(text('en', fix)).toContain('Do not use an app password');
  });

  it("a Gmail account typed in by hand on iPhone gets Gmail's server table and the app-password note", () => {
    const fix = walk('iphone-mail', 'get-mail', 'gmail');
    expect(steps(fix).find((s) => s.settings)?.settings).toEqual({
      provider: 'gmail',
      protocols: ['imap', 'smtp'],
    });
    expect(text('ja', fix)).toContain('「アプリ パスワード」');
    expect(text('en', fix)).toContain('App passwords');
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
    expect(kit.riskySentences()).toEqual([]);
  });
});
