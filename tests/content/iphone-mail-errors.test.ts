// The iphone-mail-errors guide (iPhone Mail: wrong password, account error, cannot send, connection failed),
// node by node and along the journeys real people take.
import guideData from '@/content/guides/iphone-mail-errors.json';
import jaData from '../../locales/ja/iphone-mail-errors.json';
import enData from '../../locales/en/iphone-mail-errors.json';
import jaShared from '../../locales/ja/shared.json';
import enShared from '../../locales/en/shared.json';
import providersData from '@/content/providers.json';
import jaProviders from '../../locales/ja/providers.json';
import enProviders from '../../locales/en/providers.json';
import type { Lang, LocaleShared, LocaleStep, ProviderTable, ResolvedNode } from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { edges } from '@/engine/graph';
import {
  answersLeadTo,
  journeyProvider,
  linkForAnswer,
  resolveJourney,
  type OkJourney,
} from '@/engine/resolve';
import { searchSymptoms } from '@/engine/search';
import {
  describeDeclaredRoutes,
  guideKit,
  itAsksWhichAppFirst,
  type Routes,
  finderIndex,
  allGuides,
} from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { locale, walk, steps, text, node, resolved } = kit;
const GUIDE = 'iphone-mail-errors';

/** 「サーバーへの接続に失敗しました」, then nothing cheap helped: restart, network (both), outage, clock. */
const CONNECTION_TO_PROVIDER = ['iphone-mail', 'connection-failed', 'no', 'both', 'no', 'no'] as const;

/** Internet-provider and hosting mail: no node of their own, the settings step reads the provider from the answer. */
const PROVIDERS_VIA_WEBMAIL = [
  'yahoo-japan',
  'ocn',
  'biglobe',
  'au-one-net',
  'nifty',
  'so-net',
  'xserver',
  'sakura',
] as const;

const providers = providersData as ProviderTable;

/** The journey that `answers` make to `nodeId`, as a page opened with them in its query sees it. */
function journeyTo(nodeId: string, answers: Record<string, string>): OkJourney {
  const journey = resolveJourney(kit.guide, GUIDE, nodeId, answers);
  if (!journey.ok || !journey.reached) throw new Error(`the answers do not reach ${nodeId}`);
  return journey;
}

/** The provider whose table and notes the settings step of `fixId` shows on this journey. */
function providerShown(fixId: string, answers: Record<string, string>): string | undefined {
  const settings = steps(node(fixId)).find((s) => s.settings)?.settings;
  return journeyProvider(journeyTo(fixId, answers), settings?.provider);
}

/** The wording of one step of a fix, in one language (the step's own or the shared one). */
function stepText(lang: Lang, fix: ResolvedNode, stepId: string): string {
  const step = steps(fix).find((s) => s.id === stepId);
  if (!step) throw new Error(`${fix.id} has no step ${stepId}`);
  const files: Record<string, unknown> = {
    [GUIDE]: locale[lang],
    shared: (lang === 'ja' ? jaShared : enShared) as LocaleShared,
  };
  const found = step.text.key
    .split('.')
    .reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], files[step.text.ns]);
  const { title, body = '', menu = [] } = found as LocaleStep;
  return [title, body, menu.join(' › ')].join('\n');
}

/** Step ids of a fix, with shared steps named by their shared id. */
const stepIds = (fix: ResolvedNode) => steps(fix).map((s) => s.shared ?? s.id);

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'in-outlook',
    'outlook-new': 'in-outlook',
    'iphone-mail': 'message',
    gmail: 'gmail-app',
  },
  message: {
    password: 'provider',
    'account-error': 'account-error-detail',
    'cannot-send': 'send-settings',
    'connection-failed': 'restart-mail',
  },
  'account-error-detail': { password: 'provider', connection: 'restart-mail', 'no-detail': 'restart-mail' },
  'restart-mail': { yes: 'resolved-restart', no: 'network' },
  network: {
    'wifi-only': 'wifi-check',
    'mobile-only': 'mobile-data',
    both: 'outage',
    'not-sure': 'wifi-check',
  },
  'wifi-check': { yes: 'resolved-network', no: 'outage' },
  'mobile-data': { yes: 'resolved-network', no: 'outage' },
  outage: { yes: 'resolved-outage', no: 'clock-fix' },
  'clock-fix': { yes: 'resolved-clock', no: 'provider' },
  'send-settings': { yes: 'resolved-send', no: 'provider' },
  provider: {
    docomo: 'docomo-password',
    au: 'carrier-setup',
    softbank: 'other-settings',
    icloud: 'icloud-password',
    gmail: 'gmail-password',
    'outlook-com': 'microsoft-readd',
    'microsoft-365': 'microsoft-readd',
    ...Object.fromEntries(PROVIDERS_VIA_WEBMAIL.map((p) => [p, 'webmail'])),
    other: 'webmail',
  },
  'docomo-password': { yes: 'resolved-password', no: 'carrier-setup' },
  'carrier-setup': { yes: 'resolved-carrier', no: 'update-ios' },
  'icloud-password': { yes: 'resolved-password', no: 'readd-account' },
  'gmail-password': { yes: 'resolved-sign-in', no: 'readd-account' },
  'microsoft-readd': { yes: 'resolved-sign-in', no: 'update-ios' },
  webmail: { works: 'other-settings', fails: 'reset-password', 'not-sure': 'other-settings' },
  'reset-password': { yes: 'resolved-password', no: 'other-settings' },
  'other-settings': { yes: 'resolved-settings', no: 'readd-account' },
  'readd-account': { yes: 'resolved-readd', no: 'update-ios' },
  'update-ios': { yes: 'resolved-update', no: 'reset-network' },
  'reset-network': { yes: 'resolved-reset', no: 'handoff' },
};

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('iphone-mail-errors: every node', () => {
  it.each(resolved.nodes.map((n) => n.id))('%s has words in Japanese and English', (id) => {
    for (const lang of ['ja', 'en'] as const) expect(text(lang, node(id)).trim()).not.toBe('');
  });

  it('has between 25 and 40 nodes', () => {
    expect(resolved.nodes.length).toBeGreaterThanOrEqual(25);
    expect(resolved.nodes.length).toBeLessThanOrEqual(40);
  });

  it('reaches every fix from the start, and every fix ends in an outcome either way', () => {
    const seen = new Set<string>();
    const queue = [guideData.start];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const e of edges(node(id))) queue.push(e.next);
    }
    expect(resolved.nodes.filter((n) => !seen.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('uses the shared iPhone fixes instead of copies (restart, Wi-Fi, clock, iOS update, network reset)', () => {
    expect(
      Object.fromEntries(
        guideData.nodes.flatMap((n) => ('shared' in n && n.shared ? [[n.id, n.shared]] : [])),
      ),
    ).toEqual({
      'restart-mail': 'iphone-restart-mail',
      'wifi-check': 'iphone-wifi-check',
      'clock-fix': 'iphone-clock',
      'update-ios': 'iphone-update-ios',
      'reset-network': 'iphone-reset-network',
    });
  });
});

describe('iphone-mail-errors: a pasted message lands past the questions it answers', () => {
  const guide = kit.guide;
  it.each([
    ['iphone-user-name-or-password-incorrect', 'provider'],
    ['iphone-incorrect-password-prompt', 'provider'],
    ['iphone-account-error', 'account-error-detail'],
    ['iphone-cannot-send-mail', 'send-settings'],
    ['iphone-server-connection-failed', 'restart-mail'],
    // A provider named in the finder: the message is still asked, the provider question is not.
    ['iphone-softbank-mail', 'message'],
    ['iphone-au-mail', 'message'],
    ['iphone-yahoo-mail', 'message'],
    ['iphone-ocn-mail', 'message'],
  ])('%s opens at %s', (symptomId, expected) => {
    const symptom = guide.symptoms.find((s) => s.id === symptomId);
    expect(symptom?.answers?.client).toBe('iphone-mail');
    expect(answersLeadTo(guide, symptom?.answers ?? {}).node).toBe(expected);
  });
});

describe('iphone-mail-errors: journeys', () => {
  it('a docomo user with 「…用のユーザー名またはパスワードが間違っています」 checks the dアカウント lock and types the IMAP password on both sides', () => {
    const fix = walk('iphone-mail', 'password', 'docomo');
    expect(fix.id).toBe('docomo-password');
    const ids = stepIds(fix);
    expect(ids[0]).toBe('wifi-off');
    expect(ids.indexOf('d-account-lock')).toBeLessThan(ids.indexOf('iphone-enter-password-both'));
    expect(text('ja', fix)).toContain('「IMAP専用ID・パスワードの確認」');
    expect(text('ja', fix)).toContain('dアカウントがロック');
    expect(text('en', fix)).toContain('d ACCOUNT is locked');
    expect(locale.ja.nodes[fix.id]?.caution).toContain('dアカウントのパスワードは入れません');
    expect(walk('iphone-mail', 'password', 'docomo', 'yes')).toMatchObject({ outcome: 'resolved' });
  });

  it('a docomo or au user for whom the password did not help is sent to the carrier’s own setup, not to typing servers', () => {
    const fix = walk('iphone-mail', 'password', 'docomo', 'no');
    expect(fix.id).toBe('carrier-setup');
    // No settings table: the carrier's profile carries the servers.
    expect(steps(fix).some((s) => s.settings)).toBe(false);
    expect(text('ja', fix)).toContain('サーバー名を自分で入力する必要はありません');
    expect(text('ja', fix)).toContain('「VPNとデバイス管理」');
    expect(text('en', fix)).toContain('au mail');
    // The mail account goes with the profile: what is lost is said before anything is removed.
    const ids = stepIds(fix);
    expect(ids.indexOf('iphone-before-delete-account')).toBeLessThan(ids.indexOf('remove-old'));
    expect(walk('iphone-mail', 'password', 'docomo', 'no', 'yes').id).toBe('resolved-carrier');
  });

  it('someone who can receive but not send fixes the outgoing server: Primary Server, 認証 = パスワード, 465/587 with SSL, never 25', () => {
    const fix = walk('iphone-mail', 'cannot-send');
    expect(fix.id).toBe('send-settings');
    expect(stepIds(fix)).toEqual([
      'iphone-open-account',
      'open-smtp',
      'iphone-smtp-auth',
      'retype-smtp-password',
      'iphone-use-ssl',
      'smtp-port',
      'iphone-send-test',
    ]);
    const ja = text('ja', fix);
    expect(ja).toContain('「送信メールサーバ」');
    expect(ja).toContain('「プライマリサーバ」');
    expect(ja).toContain('「認証」が「パスワード」');
    const port = stepText('ja', fix, 'smtp-port');
    expect(port).toContain('465');
    expect(port).toContain('587');
    expect(port).toContain('25 にはしないでください');
    expect(port).toContain('OP25B');
    expect(stepText('en', fix, 'smtp-port')).toContain('Do not use 25');
    expect(locale.ja.nodes[fix.id]?.caution).toContain('オンのままにします');
    expect(walk('iphone-mail', 'cannot-send', 'yes').id).toBe('resolved-send');
  });

  it('someone whose mail fails only away from Wi-Fi lets Mail use mobile data (設定 › モバイル通信)', () => {
    const fix = walk('iphone-mail', 'connection-failed', 'no', 'mobile-only');
    expect(fix.id).toBe('mobile-data');
    expect(stepIds(fix)).toContain('iphone-mail-mobile-data');
    expect(locale.ja.nodes['mobile-data']?.steps?.['mobile-data-on']?.menu).toEqual(['設定', 'モバイル通信']);
    expect(jaShared.steps['iphone-mail-mobile-data'].menu).toEqual(['設定', 'モバイル通信', 'メール']);
    expect(walk('iphone-mail', 'connection-failed', 'no', 'mobile-only', 'yes').id).toBe('resolved-network');
  });

  it('someone whose mail fails on Wi-Fi and mobile data alike looks at the provider’s outage page before touching settings', () => {
    const fix = walk('iphone-mail', 'connection-failed', 'no', 'both');
    expect(fix.id).toBe('outage');
    const ja = stepText('ja', fix, 'status-page');
    expect(ja).toContain('ドコモのお知らせ（障害・メンテナンス情報）');
    expect(ja).toContain('iPhone の設定を変える必要はありません');
    expect(stepText('en', fix, 'status-page')).toContain("Apple's System Status");
    // Then the clock (shared) and only then the provider's settings.
    expect(walk('iphone-mail', 'connection-failed', 'no', 'both', 'no')).toMatchObject({
      id: 'clock-fix',
      shared: 'iphone-clock',
    });
    expect(walk(...CONNECTION_TO_PROVIDER).id).toBe('provider');
  });

  it('an 「アカウントエラー」 that says the password is wrong goes to the password fixes; one without a reason starts with a restart', () => {
    expect(walk('iphone-mail', 'account-error', 'password').id).toBe('provider');
    expect(walk('iphone-mail', 'account-error', 'no-detail')).toMatchObject({
      id: 'restart-mail',
      shared: 'iphone-restart-mail',
    });
  });

  it('an Outlook.com or Microsoft 365 user adds the account again through Microsoft, with no app password', () => {
    for (const provider of ['outlook-com', 'microsoft-365']) {
      const fix = walk('iphone-mail', 'password', provider);
      expect(fix.id).toBe('microsoft-readd');
      expect(text('ja', fix)).toContain('2024 年 9 月 16 日');
      expect(locale.en.nodes[fix.id]?.caution).toBe('Do not use an app password.');
    }
    expect(walk('iphone-mail', 'password', 'outlook-com', 'yes').id).toBe('resolved-sign-in');
  });

  it('an iCloud user is told about the 「App 用パスワード」, a Gmail user about adding it with 「Google」 or an app password', () => {
    const icloud = walk('iphone-mail', 'password', 'icloud');
    expect(text('ja', icloud)).toContain('「App 用パスワード」');
    expect(steps(icloud).find((s) => s.settings)?.settings).toEqual({
      provider: 'icloud',
      protocols: ['imap', 'smtp'],
    });
    const gmail = walk('iphone-mail', 'password', 'gmail');
    expect(text('ja', gmail)).toContain('「Google」を選んで追加し直します');
    expect(text('ja', gmail)).toContain('「アプリ パスワード」');
    expect(text('ja', gmail)).toContain('16 文字');
  });

  it('a provider user whose password fails on the web too resets it there, then types it on both sides', () => {
    const fix = walk('iphone-mail', 'password', 'other', 'fails');
    expect(fix.id).toBe('reset-password');
    expect(stepIds(fix)).toContain('iphone-enter-password-both');
    expect(stepText('ja', fix, 'reset-on-web')).toContain('ほかのスマートフォンやパソコンでも');
    expect(walk('iphone-mail', 'password', 'other', 'fails', 'yes').id).toBe('resolved-password');
    // The web check asks for the usual password: an app-only password never works on the web.
    expect(locale.ja.nodes.webmail?.body).toContain('ふだんのパスワード');
  });

  it('someone for whom nothing helps ends at a hand-off that names the status pages and what to tell the provider', () => {
    // Provider settings, re-adding, the iOS update and the network reset all said "no".
    const end = walk(...CONNECTION_TO_PROVIDER, 'other', 'works', 'no', 'no', 'no', 'no');
    expect(end).toMatchObject({ id: 'handoff', kind: 'outcome', outcome: 'handoff' });
    const ja = text('ja', end);
    expect(ja).toContain('Apple のシステム状況');
    expect(ja).toContain('iOS のバージョン');
    expect(text('en', end)).toContain("Microsoft's service status page");
    expect(`${ja}\n${text('en', end)}`).not.toMatch(/\b[a-z0-9-]+\.[a-z0-9-]+\.(com|jp|net)\b/i);
  });

  it('an Outlook or Gmail-app user is pointed to the guides that fit', () => {
    const outlook = walk('outlook-classic');
    expect(outlook.kind === 'outcome' && outlook.related?.map((r) => r.guide)).toEqual([
      'password-prompts',
      'outlook-connection-errors',
    ]);
    const gmail = walk('gmail');
    expect(gmail.kind === 'outcome' && gmail.related?.[0]).toEqual({ guide: GUIDE, node: 'message' });
  });
});

describe('iphone-mail-errors: the providers of the table', () => {
  const question = node('provider');
  const answerIds = edges(question).map((e) => e.value);
  /** Answers that open a node from the start, as the page's links carry them. */
  const PASSWORD = { client: 'iphone-mail', message: 'password' };

  it('offers at most 16 mail services, docomo first and "other" last, each one a row of the provider table', () => {
    expect(answerIds.length).toBeLessThanOrEqual(16);
    expect(answerIds[0]).toBe('docomo');
    expect(answerIds.at(-1)).toBe('other');
    const table = providers.providers.map((p) => p.id);
    for (const id of answerIds) expect(table, id).toContain(id);
  });

  it('leaves 楽天モバイル out of the question, and tells its users on "other" that this tool has not checked 楽メール', () => {
    expect(answerIds).not.toContain('rakuten-mobile');
    const ja = locale.ja.nodes.provider?.hints?.other ?? '';
    expect(ja).toContain('楽メール（@rakumail.jp）');
    expect(ja).toContain('このツールでは確かめられていません');
    expect(ja).toContain('楽天モバイルの案内');
    expect(locale.en.nodes.provider?.hints?.other).toContain("Rakuten Mobile's own instructions");
  });

  it('an au user with a password message goes straight to au’s own setup, with no server table to type from', () => {
    const fix = walk('iphone-mail', 'password', 'au');
    expect(fix.id).toBe('carrier-setup');
    expect(steps(fix).some((s) => s.settings)).toBe(false);
    expect(stepText('ja', fix, 'install-again')).toContain('au のメールなら、au の案内に従います');
    expect(stepText('en', fix, 'install-again')).toContain("For au mail, follow au's instructions");
    // After a failed connection too, and from the finder's au entry once the message is chosen.
    expect(walk(...CONNECTION_TO_PROVIDER, 'au').id).toBe('carrier-setup');
    const symptom = kit.guide.symptoms.find((s) => s.id === 'iphone-au-mail');
    const opened = answersLeadTo(kit.guide, symptom?.answers ?? {});
    const link = linkForAnswer(kit.guide, journeyTo(opened.node, opened.answers), 'message', 'password');
    expect(link?.node).toBe('carrier-setup');
  });

  it('a SoftBank user reads SoftBank’s notes (password from My SoftBank, @softbank.ne.jp is MMS) before typing the password, next to SoftBank’s servers', () => {
    const fix = walk('iphone-mail', 'password', 'softbank');
    expect(fix.id).toBe('other-settings');
    const ids = stepIds(fix);
    expect(ids.indexOf('check-servers')).toBeLessThan(ids.indexOf('iphone-enter-password-both'));
    expect(steps(fix).find((s) => s.id === 'check-servers')?.settings?.provider).toBe(ANSWER_PROVIDER);
    expect(providerShown('other-settings', { ...PASSWORD, provider: 'softbank' })).toBe('softbank');
    // The step shows the provider's notes above its table: the guide routes there and does not repeat them.
    expect(jaProviders.notes.softbank).toContain('My SoftBank');
    expect(jaProviders.notes.softbank).toContain('「メッセージ」アプリ');
    expect(enProviders.notes.softbank).toContain('Messages');
    expect(stepText('ja', fix, 'check-servers')).toContain(
      '選んだメールについての注意が出ていたら、先に読んでください',
    );
    expect(text('ja', fix)).not.toContain('My SoftBank');
    // Someone with an MMS address is told where to go, so the note reaches them too.
    expect(locale.ja.nodes.provider?.hints?.softbank).toContain('@softbank.ne.jp');
    // From the finder's SoftBank entry: the message is asked, then the provider is not.
    const symptom = kit.guide.symptoms.find((s) => s.id === 'iphone-softbank-mail');
    const opened = answersLeadTo(kit.guide, symptom?.answers ?? {});
    const link = linkForAnswer(kit.guide, journeyTo(opened.node, opened.answers), 'message', 'password');
    expect(link).toMatchObject({ node: 'other-settings', answers: { provider: 'softbank' } });
    expect(walk('iphone-mail', 'password', 'softbank', 'yes').id).toBe('resolved-settings');
    expect(walk('iphone-mail', 'password', 'softbank', 'no').id).toBe('readd-account');
  });

  it('an Xserver user who cannot send (from abroad, say) reaches Xserver’s table, its ○○○ host and the note on the overseas SMTP block', () => {
    const answers = {
      client: 'iphone-mail',
      message: 'cannot-send',
      'send-settings': 'no',
      provider: 'xserver',
      webmail: 'works',
    };
    expect(walk('iphone-mail', 'cannot-send', 'no', 'xserver').id).toBe('webmail');
    const fix = walk('iphone-mail', 'cannot-send', 'no', 'xserver', 'works');
    expect(fix.id).toBe('other-settings');
    expect(providerShown('other-settings', answers)).toBe('xserver');
    expect(providers.providers.find((p) => p.id === 'xserver')?.servers.map((s) => s.host)).toContain(
      'sv*.xserver.jp',
    );
    expect(jaProviders.notes.xserver).toContain('「SMTP認証の国外アクセス制限設定」');
    expect(jaProviders.hostHints.xserver).toBeTruthy();
    expect(stepText('ja', fix, 'check-servers')).toContain('○○○ があるときは、その部分はご自分の値です');
    // Xserver lists 465 and 587 for sending: the port step picks the one "Use SSL" encrypts from the start.
    expect(stepText('ja', fix, 'usual-ports')).toContain('993・995・465 のほうにします');
    expect(stepText('en', fix, 'usual-ports')).toContain('use 993, 995 or 465');
    expect(text('ja', fix)).not.toContain('国外アクセス制限');
  });

  it.each(PROVIDERS_VIA_WEBMAIL)(
    'a %s user is asked about web sign-in, then sees that provider’s own table and notes, whether the web sign-in worked or not',
    (provider) => {
      expect(walk('iphone-mail', 'password', provider).id).toBe('webmail');
      expect(walk('iphone-mail', 'password', provider, 'works').id).toBe('other-settings');
      expect(providerShown('other-settings', { ...PASSWORD, provider, webmail: 'works' })).toBe(provider);
      expect(walk('iphone-mail', 'password', provider, 'fails', 'no').id).toBe('other-settings');
      expect(
        providerShown('other-settings', { ...PASSWORD, provider, webmail: 'fails', 'reset-password': 'no' }),
      ).toBe(provider);
    },
  );

  it('Yahoo!’s access switch and OCN’s spam stop are the notes those users see, not words of this guide', () => {
    expect(jaProviders.notes['yahoo-japan']).toContain('IMAP・POP・SMTP でのアクセスを有効にしておく');
    expect(jaProviders.notes.ocn).toContain('メールパスワードを変更してください');
    const ja = text('ja', node('other-settings'));
    expect(ja).not.toContain('IMAP・POP・SMTP');
    expect(ja).not.toContain('迷惑メール');
  });

  it('someone who chose "other" gets no table: the step says to compare with the provider’s own instructions', () => {
    expect(providerShown('other-settings', { ...PASSWORD, provider: 'other', webmail: 'works' })).toBe(
      'other',
    );
    expect(providers.providers.find((p) => p.id === 'other')?.servers).toEqual([]);
    expect(stepText('ja', node('other-settings'), 'check-servers')).toContain(
      '表にない値は、提供元の案内で確かめます',
    );
  });
});

describe('iphone-mail-errors: both passwords, incoming and outgoing', () => {
  it('every password fix has the password typed again for the outgoing server too', () => {
    for (const id of ['docomo-password', 'icloud-password', 'reset-password', 'other-settings']) {
      expect(stepIds(node(id)), id).toContain('iphone-enter-password-both');
    }
    const shared = jaShared.steps['iphone-enter-password-both'].body;
    expect(shared).toContain('「送信メールサーバ」の「SMTP」');
    expect(shared).toContain('「プライマリサーバ」');
    expect(enShared.steps['iphone-enter-password-both'].body).toContain('stored apart from the incoming one');
  });
});

describe('iphone-mail-errors: what is lost when an account is removed', () => {
  const removing = ['carrier-setup', 'gmail-password', 'microsoft-readd', 'readd-account'];

  it.each(removing)('%s says what is lost before the step that deletes', (id) => {
    const ids = stepIds(node(id));
    const warn = ids.indexOf('iphone-before-delete-account');
    expect(warn).toBeGreaterThanOrEqual(0);
    const deletes = steps(node(id)).findIndex((s) =>
      /「アカウントを削除」|「プロファイルを削除」/.test(stepText('ja', node(id), s.id)),
    );
    expect(deletes).toBeGreaterThan(warn);
  });

  it('names POP mail only on this iPhone and unsent drafts, and how to keep them', () => {
    const ja = jaShared.steps['iphone-before-delete-account'].body;
    const en = enShared.steps['iphone-before-delete-account'].body;
    expect(ja).toContain('この iPhone にしか残っていないメール');
    expect(ja).toContain('送信していない下書き');
    expect(ja).toContain('「サーバーから削除」');
    expect(ja).toContain('自分の別のアドレスに転送');
    expect(en).toContain('kept only on this iPhone');
    expect(en).toContain('unsent drafts');
    expect(en).toContain('forward the mail you want to keep');
  });
});

describe('iphone-mail-errors: the error finder', () => {
  const index = finderIndex();
  const results = (query: string) => searchSymptoms(index, query, 10);

  it.each([
    [
      'パスワードが正しくありません。IMAPアカウント「ドコモメール」のパスワードを入力',
      'iphone-incorrect-password-prompt',
    ],
    [
      'Cannot Send Mail. The user name or password for "iCloud" is incorrect.',
      'iphone-user-name-or-password-incorrect',
    ],
    ['iPhone メール パスワード 間違っています', 'iphone-user-name-or-password-incorrect'],
    ['iPhone メール アカウントエラー', 'iphone-account-error'],
    ['メールを送信できません', 'iphone-cannot-send-mail'],
    ['iPhone メール 送信できない', 'iphone-cannot-send-mail'],
    ['サーバーへの接続に失敗しました', 'iphone-server-connection-failed'],
    ['サーバへの接続に失敗しました', 'iphone-server-connection-failed'],
    ['メールを取得できません。サーバーへの接続に失敗しました。', 'iphone-server-connection-failed'],
    ['Cannot Get Mail. The connection to the server failed.', 'iphone-server-connection-failed'],
    ['iPhone メール モバイルデータ 受信できない', 'iphone-server-connection-failed'],
    // Someone who types their provider: the entry that already knows it.
    ['ソフトバンク iPhone メール 受信できない', 'iphone-softbank-mail'],
    ['au メール iPhone 受信できない', 'iphone-au-mail'],
    ['Yahoo メール iPhone 設定', 'iphone-yahoo-mail'],
    ['OCN メール iPhone 送信できない', 'iphone-ocn-mail'],
  ])('"%s" ranks %s first, above every other guide', (query, symptomId) => {
    const [first, second] = results(query);
    expect(first).toMatchObject({ guide: GUIDE, symptomId });
    if (second && second.guide !== GUIDE) expect(first?.score).toBeGreaterThan(second.score);
  });

  it.each([
    'メールを取得できません。ドコモメール用のユーザー名またはパスワードが間違っています。',
    '「ドコモメール」用のユーザー名またはパスワードが間違っています。',
    'The user name or password for "docomo" is incorrect.',
    'パスワードが正しくありません',
    'アカウントエラー',
    'IMAPアカウントエラー',
    'The connection to the server failed.',
  ])(
    '"%s" finds this guide with the top score (shared with the SSL guide until its aliases move here)',
    (q) => {
      const found = results(q);
      const ours = found.find((r) => r.guide === GUIDE);
      expect(ours?.score).toBe(found[0]?.score);
    },
  );

  it.each([
    ['SSLで接続できません', 'cannot-connect-using-ssl'],
    ['Cannot Connect Using SSL', 'cannot-connect-using-ssl'],
    ['サーバの識別情報を検証できません', 'cannot-verify-server-identity'],
    ['Cannot Verify Server Identity', 'cannot-verify-server-identity'],
    ['メールを取得できません', 'cannot-get-mail'],
    ['Cannot Get Mail', 'cannot-get-mail'],
  ])('the SSL message "%s" still ranks the SSL guide first', (query, symptomId) => {
    const [first, second] = results(query);
    expect(first).toMatchObject({ guide: 'cannot-connect-ssl', symptomId });
    expect(first?.score).toBeGreaterThan(second?.score ?? 0);
  });

  it('adds no symptom id that another guide already uses', () => {
    const others = allGuides()
      .filter((g) => g.id !== GUIDE)
      .flatMap((g) => g.symptoms.map((s) => s.id));
    for (const symptom of guideData.symptoms) expect(others).not.toContain(symptom.id);
  });
});

describe('iphone-mail-errors: safe advice', () => {
  it('no step or outcome, in either language, advises tapping Trust or turning SSL off', () => {
    expect(kit.riskySentences()).toEqual([]);
  });

  it('every fix that shows server settings keeps 「SSLを使用」 on', () => {
    for (const id of ['send-settings', 'other-settings']) {
      expect(stepIds(node(id)), id).toContain('iphone-use-ssl');
    }
  });
});
