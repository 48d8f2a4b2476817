// The certificate-name-mismatch guide, node by node and along the journeys real people take.
import guideData from '@/content/guides/certificate-name-mismatch.json';
import jaData from '../../locales/ja/certificate-name-mismatch.json';
import enData from '../../locales/en/certificate-name-mismatch.json';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { walk, steps, text } = kit;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'when',
    'outlook-new': 'new-outlook-account',
    'iphone-mail': 'on-iphone',
    gmail: 'not-in-gmail',
  },
  when: {
    'every-time': 'warning-source',
    'some-networks': 'network-check',
    'after-change': 'warning-source',
  },
  'network-check': { yes: 'resolved-network', no: 'warning-source' },
  'warning-source': {
    autodiscover: 'handoff-autodiscover',
    'microsoft-365': 'handoff-exchange',
    'pop-imap': 'issued-to',
    'not-sure': 'issued-to',
  },
  'issued-to': {
    'provider-domain': 'use-certificate-name',
    'own-domain': 'exact-name',
    unrelated: 'unrelated-name',
    expired: 'expired',
    'not-sure': 'use-certificate-name',
  },
  'use-certificate-name': { yes: 'resolved-name', no: 'handoff-provider' },
  'exact-name': { yes: 'resolved-name', no: 'use-certificate-name' },
  'unrelated-name': { yes: 'resolved-network', no: 'handoff-network' },
  expired: { yes: 'resolved-clock', no: 'handoff-expired' },
  'new-outlook-account': {
    'pop-imap': 'new-outlook',
    'microsoft-365': 'handoff-exchange',
    'not-sure': 'new-outlook',
  },
  'new-outlook': { yes: 'resolved-new-outlook', no: 'handoff-provider' },
};

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('certificate-name-mismatch: journeys', () => {
  it('a classic Outlook user whose certificate names the hosting provider is told to use the name on the certificate', () => {
    const fix = walk('outlook-classic', 'after-change', 'pop-imap', 'provider-domain');
    expect(fix.id).toBe('use-certificate-name');
    expect(text('ja', fix)).toContain('「発行先」');
    expect(text('ja', fix)).toContain('「サブジェクト代替名」');
    expect(text('ja', fix)).toContain('「受信メール サーバー」');
    expect(text('en', fix)).toContain('"Issued to"');
    expect(text('en', fix)).toContain('Subject Alternative Name');
    // The server names come from the provider, never from text: the step shows the "ask your provider" table.
    expect(steps(fix).find((s) => s.id === 'set-server-names')?.settings).toEqual({
      provider: 'other',
      protocols: ['imap', 'pop', 'smtp'],
    });
  });

  it('a user who reads "Issued by" by mistake is pointed to "Issued to" instead', () => {
    const question = walk('outlook-classic', 'every-time', 'pop-imap');
    expect(question.id).toBe('issued-to');
    expect(text('ja', question)).toMatch(/「発行者」ではありません/);
    expect(text('en', question)).toMatch(/Not "Issued by"/);
  });

  it('someone who sees the warning only on hotel Wi-Fi is told to stop mail there, and never to press Yes', () => {
    const fix = walk('outlook-classic', 'some-networks');
    expect(fix.id).toBe('network-check');
    expect(text('ja', fix)).toContain('「はい」は押さないでください');
    expect(text('en', fix)).toContain('do not select "Yes"');
    expect(steps(fix).find((s) => s.id === 'try-trusted-network')?.diagnostic).toBe(true);
    expect(walk('outlook-classic', 'some-networks', 'yes').id).toBe('resolved-network');
  });

  it('an expired certificate with a correct PC clock ends at a hand-off asking the provider to renew it', () => {
    const end = walk('outlook-classic', 'every-time', 'pop-imap', 'expired', 'no');
    expect(end).toMatchObject({ id: 'handoff-expired', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('更新');
    expect(text('en', end)).toContain('renewed');
  });

  it('an unrelated name that stays on a trusted network ends with the security-software hand-off', () => {
    const end = walk('outlook-classic', 'every-time', 'not-sure', 'unrelated', 'no');
    expect(end).toMatchObject({ id: 'handoff-network', outcome: 'handoff' });
    expect(text('ja', end)).toContain('セキュリティソフト');
    expect(text('en', end)).toContain('security software');
  });

  it('a new Outlook user is told to add the account again with the name on the certificate', () => {
    const fix = walk('outlook-new', 'pop-imap');
    expect(fix.id).toBe('new-outlook');
    expect(text('ja', fix)).toContain('追加し直');
    expect(text('en', fix)).toContain('Add the account again');
  });

  it('an iPhone user is sent to the "Cannot Verify Server Identity" part of the SSL guide', () => {
    const end = walk('iphone-mail');
    expect(end).toMatchObject({
      kind: 'outcome',
      related: [{ guide: 'cannot-connect-ssl', node: 'identity-network' }],
    });
    expect(text('ja', end)).toContain('「サーバの識別情報を検証できません」');
    expect(text('en', end)).toContain('Cannot Verify Server Identity');
  });

  it('a Gmail user is told plainly that Gmail does not show this warning', () => {
    const end = walk('gmail');
    expect(end).toMatchObject({ id: 'not-in-gmail', outcome: 'handoff' });
    expect(end.kind === 'outcome' && end.related?.map((r) => r.guide)).toContain('cannot-connect-ssl');
    expect(text('ja', end)).toContain('Gmail のアプリやウェブ版には出ません');
  });
});

describe('certificate-name-mismatch: Microsoft 365, Exchange and autodiscover', () => {
  it('a classic Outlook user whose warning names an autodiscover server is sent to whoever runs the domain, not to change server names', () => {
    const end = walk('outlook-classic', 'every-time', 'autodiscover');
    expect(end).toMatchObject({ id: 'handoff-autodiscover', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('DNS');
    expect(text('ja', end)).toContain('ドメインを登録した会社やレンタルサーバー会社');
    expect(text('ja', end)).toContain('Outlook のサーバー名を書き換えても直りません');
    expect(text('ja', end)).toContain('「いいえ」を押してください');
    expect(text('en', end)).toContain('DNS');
    expect(text('en', end)).toContain('changing the server names in Outlook does not help');
    expect(text('en', end)).toContain('select "No"');
  });

  it('a Microsoft 365 or Exchange account in classic Outlook goes to its administrator, not to server fields it does not have', () => {
    const end = walk('outlook-classic', 'after-change', 'microsoft-365');
    expect(end).toMatchObject({ id: 'handoff-exchange', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('管理者');
    expect(text('ja', end)).not.toContain('「受信メール サーバー」');
    expect(text('en', end)).toContain('administrator');
  });

  it('a Microsoft 365 account in new Outlook is not told to remove the account and add it again', () => {
    expect(walk('outlook-new', 'microsoft-365').id).toBe('handoff-exchange');
  });

  it('someone whose warning stays on a trusted network is asked about autodiscover before the certificate name', () => {
    expect(walk('outlook-classic', 'some-networks', 'no').id).toBe('warning-source');
  });

  it('pasting the "Security Alert" text that autodiscover shows opens the autodiscover question', () => {
    const symptom = kit.guide.symptoms.find((s) => s.id === 'autodiscover-security-alert');
    expect(symptom?.node).toBe('warning-source');
    expect(symptom?.aliases).toContain('セキュリティ証明書の名前が無効であるか、サイトの名前と一致しません');
    expect(symptom?.aliases).toContain(
      'The name on the security certificate is invalid or does not match the name of the site',
    );
  });
});

describe('certificate-name-mismatch: new Outlook', () => {
  it('a new Outlook user learns the add screen has port and secure connection type fields that cannot be changed later', () => {
    const fix = walk('outlook-new', 'pop-imap');
    expect(fix.id).toBe('new-outlook');
    expect(text('ja', fix)).toContain('「セキュア接続タイプ」');
    expect(text('ja', fix)).toContain(
      '追加したあとで変えられるのはパスワードと送信（SMTP）サーバー・ポートだけです',
    );
    expect(text('en', fix)).toContain('secure connection type');
    expect(text('en', fix)).toContain(
      'only the password and the outgoing (SMTP) server and port can be changed',
    );
    // Changing only the outgoing server does not need the account removed, so that comes first.
    expect(steps(fix).map((s) => s.id)).toEqual([
      'get-host-name',
      'repair-outgoing',
      'remove-account',
      'add-again',
    ]);
  });

  it('a new Outlook user who removes a POP account is told that mail kept only in new Outlook may not come back', () => {
    const removal = kit.locale.ja.nodes['new-outlook']?.steps?.['remove-account']?.body ?? '';
    expect(removal).toContain('IMAP なら、メールはサーバーに残っている');
    expect(removal).toContain('削除すると戻らないことがあります');
    const removalEn = kit.locale.en.nodes['new-outlook']?.steps?.['remove-account']?.body ?? '';
    expect(removalEn).toContain('your mail stays on the server');
    expect(removalEn).toContain('may not come back');
  });
});

describe('certificate-name-mismatch: reading the certificate', () => {
  it('a user who sees an unfamiliar Xserver or Sakura name under "Issued to" is shown that it is the provider\'s', () => {
    for (const lang of ['ja', 'en'] as const) {
      const hint = kit.locale[lang].nodes['issued-to']?.hints?.['provider-domain'] ?? '';
      expect(hint).toContain('xserver.jp');
      expect(hint).toContain('.sakura.ne.jp');
    }
  });

  it('a user who sees ESET or Kaspersky on the certificate knows to choose "unrelated"', () => {
    for (const lang of ['ja', 'en'] as const) {
      const hint = kit.locale[lang].nodes['issued-to']?.hints?.unrelated ?? '';
      expect(hint).toContain('ESET');
      expect(hint).toContain('Kaspersky');
    }
  });

  it('a user comparing names against a "*" certificate gets an example of what one part means', () => {
    for (const lang of ['ja', 'en'] as const) {
      const body = kit.locale[lang].nodes['exact-name']?.steps?.['compare-names']?.body ?? '';
      expect(body).toContain('*.example.jp');
      expect(body).toContain('pop.mail');
    }
  });
});

describe('certificate-name-mismatch: wording', () => {
  it('reads as plain Japanese and English, not as word-for-word translations', () => {
    const ja = JSON.stringify(kit.locale.ja);
    const en = JSON.stringify(kit.locale.en);
    expect(ja).not.toContain('入りこんで');
    expect(ja).not.toContain('Outlook（クラシック）');
    expect(en).not.toContain('stepping into');
    expect(en).not.toContain('Keep not using');
    expect(en).not.toContain('will speed things up');
    expect(text('ja', walk('outlook-classic', 'some-networks'))).toContain('通信に割り込んでいる');
  });

  it("every hand-off names the page to look at first: the provider's support or outage page, or the admin center", () => {
    const expected: Record<string, [string, string]> = {
      'handoff-provider': ['障害・メンテナンス情報', 'outage and maintenance notices'],
      'handoff-expired': ['障害・メンテナンス情報', 'outage and maintenance notices'],
      'handoff-network': ['提供元のサポートページ', "maker's support pages"],
      'handoff-autodiscover': ['サポートページ', 'support pages'],
      'handoff-exchange': ['Microsoft 365 管理センター', 'Microsoft 365 admin center'],
    };
    for (const [id, [ja, en]] of Object.entries(expected)) {
      expect(text('ja', kit.node(id)), id).toContain(ja);
      expect(text('en', kit.node(id)), id).toContain(en);
    }
  });
});

describe('certificate-name-mismatch: safe advice', () => {
  it('no step or outcome, in either language, advises pressing Yes on the warning or turning encryption off', () => {
    expect(kit.riskySentences()).toEqual([]);
  });
});
