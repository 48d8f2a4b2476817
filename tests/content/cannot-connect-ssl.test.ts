// The cannot-connect-ssl guide (iPhone Mail and docomo mail), node by node and along the journeys real people take.
import guideData from '@/content/guides/cannot-connect-ssl.json';
import providerData from '@/content/providers.json';
import sharedData from '@/content/shared.json';
import jaData from '../../locales/ja/cannot-connect-ssl.json';
import enData from '../../locales/en/cannot-connect-ssl.json';
import jaShared from '../../locales/ja/shared.json';
import enShared from '../../locales/en/shared.json';
import { readdirSync, readFileSync } from 'node:fs';
import type {
  Guide,
  LocaleShared,
  LocaleStep,
  ProviderTable,
  ResolvedNode,
  SharedContent,
} from '@/engine/types';
import { edges } from '@/engine/graph';
import { searchSymptoms } from '@/engine/search';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes, finderIndex } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { locale, walk, steps, text, node } = kit;
const providers = providerData as ProviderTable;

/** "SSLで接続できません", then nothing cheap helped: Mail restarted, clock on, the message shows on mobile data too. */
const TO_PROVIDER = ['iphone-mail', 'ssl', 'no', 'on', 'everywhere'] as const;

/** The wording of one step of a fix, in one language (the step's own or the shared one). */
function stepText(lang: 'ja' | 'en', fix: ResolvedNode, stepId: string): string {
  const step = steps(fix).find((s) => s.id === stepId);
  if (!step) throw new Error(`${fix.id} has no step ${stepId}`);
  const files: Record<string, unknown> = {
    'cannot-connect-ssl': locale[lang],
    shared: (lang === 'ja' ? jaShared : enShared) as LocaleShared,
  };
  const found = step.text.key
    .split('.')
    .reduce<unknown>((v, part) => (v as Record<string, unknown> | undefined)?.[part], files[step.text.ns]);
  const { title, body = '', menu = [] } = found as LocaleStep;
  return [title, body, menu.join(' › ')].join('\n');
}

/** Nodes reachable from `from` without passing through any of `through`. */
function reachableAvoiding(from: string, through: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.has(id) || through.has(id)) continue;
    seen.add(id);
    for (const e of edges(node(id))) queue.push(e.next);
  }
  return seen;
}

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'in-outlook',
    'outlook-new': 'in-outlook',
    'iphone-mail': 'message',
    gmail: 'gmail-app',
  },
  message: {
    ssl: 'restart-mail',
    verify: 'identity-network',
    'get-mail': 'restart-mail',
    password: 'provider',
  },
  'restart-mail': { yes: 'resolved-restart', no: 'clock' },
  clock: { on: 'network', off: 'clock-fix', 'not-sure': 'clock-fix' },
  'clock-fix': { yes: 'resolved-clock', no: 'network' },
  network: { 'wifi-only': 'wifi-network', everywhere: 'provider', 'not-sure': 'wifi-network' },
  'wifi-network': { yes: 'resolved-wifi', no: 'provider' },
  'identity-network': {
    'wifi-only': 'identity-wifi',
    everywhere: 'identity-clock',
    'not-sure': 'identity-wifi',
  },
  'identity-wifi': { yes: 'resolved-wifi', no: 'identity-clock' },
  'identity-clock': { yes: 'resolved-clock', no: 'identity-host' },
  'identity-host': { yes: 'resolved-host', no: 'update-ios' },
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
  'docomo-settings': { yes: 'resolved-settings', no: 'readd-account' },
  'docomo-profile': { yes: 'resolved-profile', no: 'docomo-settings' },
  'icloud-settings': { yes: 'resolved-settings', no: 'readd-account' },
  'gmail-settings': { yes: 'resolved-settings', no: 'readd-account' },
  'outlook-com-settings': { yes: 'resolved-sign-in', no: 'update-ios' },
  'm365-settings': { yes: 'resolved-settings', no: 'update-ios' },
  'other-settings': { yes: 'resolved-settings', no: 'readd-account' },
  'readd-account': { yes: 'resolved-readd', no: 'update-ios' },
  'update-ios': { yes: 'resolved-update', no: 'reset-network' },
  'reset-network': { yes: 'resolved-reset', no: 'handoff' },
};

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('cannot-connect-ssl: journeys', () => {
  it('a docomo user who typed the d ACCOUNT password is sent to My docomo for the IMAP password', () => {
    const fix = walk('iphone-mail', 'password', 'docomo', 'manual', 'd-account');
    expect(fix.id).toBe('docomo-password');
    expect(text('ja', fix)).toContain('「IMAP専用ID・パスワードの確認」');
    expect(text('ja', fix)).toContain('dアカウントのパスワードではなく');
    expect(text('ja', fix)).toContain('「セキュリティパスワード」');
    expect(text('en', fix)).toContain('not the d ACCOUNT password');
    // docomo shows the IMAP password only with Wi-Fi off, so that comes first.
    expect(steps(fix)[0]?.id).toBe('wifi-off');
  });

  it("a docomo user whose password is right checks the servers against docomo's table with SSL left on", () => {
    const fix = walk(...TO_PROVIDER, 'docomo', 'manual', 'imap-password');
    expect(fix.id).toBe('docomo-settings');
    expect(steps(fix).find((s) => s.settings)?.settings).toEqual({
      provider: 'docomo',
      protocols: ['imap', 'smtp'],
    });
    expect(steps(fix).map((s) => s.shared)).toEqual(
      expect.arrayContaining(['iphone-open-account', 'iphone-use-ssl']),
    );
    // "Never set it up without SSL" is not a step to do: it is the fix's caution, shown above step 1.
    expect(kit.locale.ja.nodes[fix.id]?.caution).toContain('SSL なしにはせず');
    expect(kit.locale.en.nodes[fix.id]?.caution).toContain('without SSL; do not agree to that');
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
    const fix = walk('iphone-mail', 'password', 'docomo', 'profile');
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
    const fix = walk('iphone-mail', 'ssl', 'no', 'off');
    expect(fix).toMatchObject({ id: 'clock-fix', shared: 'iphone-clock' });
    expect(text('ja', fix)).toContain('「自動設定」');
    expect(text('en', fix)).toContain('Set Automatically');
  });

  it('a docomo user for whom nothing helps ends at a hand-off that says what to tell the provider', () => {
    // Restart, clock, network, profile, docomo's table, re-adding, iOS update and the network reset all said "no".
    const end = walk(
      'iphone-mail',
      'get-mail',
      'no',
      'on',
      'everywhere',
      'docomo',
      'profile',
      'no',
      'no',
      'no',
      'no',
      'no',
    );
    expect(end).toMatchObject({ id: 'handoff', kind: 'outcome', outcome: 'handoff' });
    expect(text('ja', end)).toContain('障害情報');
    expect(text('en', end)).toContain('service status');
  });

  it("an Outlook.com user on iPhone is told to add the account again through Microsoft's sign-in, without an app password", () => {
    const fix = walk('iphone-mail', 'password', 'outlook-com');
    expect(fix.id).toBe('outlook-com-settings');
    expect(text('ja', fix)).toContain('Microsoft のサインイン画面');
    expect(text('en', fix)).toContain('Do not use an app password');
  });

  it("a Gmail account typed in by hand on iPhone gets Gmail's server table and the app-password note", () => {
    const fix = walk('iphone-mail', 'password', 'gmail');
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

describe('cannot-connect-ssl: what is lost when an account is removed', () => {
  it('an Outlook.com user who removes the account is told what POP mail and unsent drafts lose, and to check the web first', () => {
    const fix = walk('iphone-mail', 'password', 'outlook-com');
    // The warning is the shared "before you delete it" step (the same one iphone-mail-errors shows), just before the delete.
    const ids = steps(fix).map((s) => s.id);
    expect(steps(fix).find((s) => s.id === 'before-delete')?.shared).toBe('iphone-before-delete-account');
    expect(ids.indexOf('before-delete')).toBe(ids.indexOf('remove-account') - 1);
    const ja = stepText('ja', fix, 'before-delete');
    const en = stepText('en', fix, 'before-delete');
    expect(ja).toContain('ブラウザでウェブメールを開き');
    expect(ja).toContain('この iPhone にしか残っていないメール');
    expect(ja).toContain('送信していない下書き');
    expect(en).toContain('kept only on this iPhone');
    expect(en).toContain('unsent drafts');
    // The old text promised every message would come back.
    expect(en).not.toContain('Your mail shows up again once the account is added back.');
    expect(stepText('ja', fix, 'remove-account')).toContain('「アカウントを削除」');
  });
});

describe('cannot-connect-ssl: iPhone labels', () => {
  it('an iCloud or Gmail user whose table says 587 STARTTLS is told to leave 「SSLを使用」 on, since the iPhone has no STARTTLS switch', () => {
    const fixes = (['icloud', 'gmail'] as const).map((p) => walk('iphone-mail', 'password', p));
    for (const fix of fixes) {
      const table = steps(fix).find((s) => s.settings);
      const rows = providers.providers.find((p) => p.id === table?.settings?.provider)?.servers ?? [];
      expect(rows.some((r) => r.port === 587 && r.security === 'starttls')).toBe(true);
      const ja = stepText('ja', fix, table?.id ?? '');
      const en = stepText('en', fix, table?.id ?? '');
      expect(ja).toContain('587');
      expect(ja).toContain('「SSLを使用」をオンにします');
      expect(ja).toContain('STARTTLS');
      expect(en).toContain('587');
      expect(en).toContain('turn "Use SSL" on');
    }
    // A provider without a table is told the same next to the usual ports.
    expect(stepText('ja', walk(...TO_PROVIDER, 'other'), 'usual-ports')).toContain(
      '「SSLを使用」をオンにします',
    );
  });

  it('someone who typed in an IMAP account by hand is told about the extra 「アカウント」 level before 「詳細」', () => {
    const fix = walk(...TO_PROVIDER, 'docomo', 'manual', 'imap-password');
    expect(stepText('ja', fix, 'open-account')).toContain(
      '「アカウント」（「アカウント情報」と書かれていることもあります）',
    );
    expect(stepText('en', fix, 'open-account')).toContain('tap "Account"');
    expect(jaShared.steps['iphone-use-ssl'].menu).toEqual(['アカウント', '詳細', 'SSLを使用']);
    expect(enShared.steps['iphone-use-ssl'].menu).toEqual(['Account', 'Advanced', 'Use SSL']);
    // iOS 26 paths are not verified: the wording keeps its hedge.
    expect(stepText('ja', fix, 'open-account')).toContain('少し違うこともあります');
  });
});

describe('cannot-connect-ssl: cheap checks first', () => {
  it('someone with 「SSLで接続できません」 or 「メールを取得できません」 first quits Mail and restarts the iPhone', () => {
    for (const message of ['ssl', 'get-mail']) {
      const fix = walk('iphone-mail', message);
      expect(fix.id).toBe('restart-mail');
      expect(steps(fix).map((s) => s.id)).toEqual(['quit-mail', 'restart-iphone', 'check-mail']);
      expect(text('ja', fix)).toContain('「システム終了」');
    }
  });

  it('the clock is checked before any server name is compared, for every connection message', () => {
    const clockNodes = new Set(['clock', 'clock-fix', 'identity-clock']);
    const comparesHosts = [
      'identity-host',
      'docomo-settings',
      'icloud-settings',
      'gmail-settings',
      'other-settings',
    ];
    for (const message of ['ssl', 'get-mail', 'verify']) {
      const first = edges(node('message')).find((e) => e.value === message)?.next as string;
      const beforeClock = reachableAvoiding(first, clockNodes);
      expect(comparesHosts.filter((id) => beforeClock.has(id))).toEqual([]);
    }
    expect(node('identity-clock')).toMatchObject({ kind: 'fix', shared: 'iphone-clock' });
  });

  it('updating iOS comes before the network reset, not as the very last step', () => {
    const update = walk(...TO_PROVIDER, 'other', 'no', 'no');
    expect(update.id).toBe('update-ios');
    expect(stepText('ja', update, 'software-update')).toContain('設定 › 一般 › ソフトウェアアップデート');
    const reset = walk(...TO_PROVIDER, 'other', 'no', 'no', 'no');
    expect(reset.id).toBe('reset-network');
    expect(steps(reset).map((s) => s.id)).toEqual(['reset-network-settings', 'check-mail']);
  });

  it('before testing on mobile data, Mail is allowed to use mobile data (設定 › モバイル通信)', () => {
    for (const fix of [
      walk(...TO_PROVIDER.slice(0, 4), 'wifi-only'),
      walk('iphone-mail', 'verify', 'wifi-only'),
    ]) {
      const ids = steps(fix).map((s) => s.shared ?? s.id);
      expect(ids.indexOf('iphone-mail-mobile-data')).toBeGreaterThanOrEqual(0);
      expect(ids.indexOf('iphone-mail-mobile-data')).toBeLessThan(ids.indexOf('iphone-try-mobile-data'));
    }
    expect(jaShared.steps['iphone-mail-mobile-data'].menu).toEqual(['設定', 'モバイル通信', 'メール']);
    expect(locale.ja.nodes.network?.body).toContain('「モバイル通信」');
  });

  it("a docomo user checking the servers also sets the outgoing server's 「認証」 to 「パスワード」", () => {
    for (const fix of [
      walk(...TO_PROVIDER, 'docomo', 'manual', 'imap-password'),
      walk(...TO_PROVIDER, 'other'),
    ]) {
      expect(steps(fix).map((s) => s.shared)).toContain('iphone-smtp-auth');
      expect(text('ja', fix)).toContain('「認証」が「パスワード」');
      expect(text('ja', fix)).toContain('「プライマリサーバ」');
      expect(text('en', fix)).toContain('"Authentication"');
    }
  });

  it('a user whose settings look right deletes and re-adds the account, but checks webmail first because POP mail only on this iPhone is lost', () => {
    const fix = walk(...TO_PROVIDER, 'other', 'no');
    expect(fix.id).toBe('readd-account');
    const ids = steps(fix).map((s) => s.id);
    expect(ids.indexOf('check-webmail-first')).toBeLessThan(ids.indexOf('delete-account'));
    expect(steps(fix).find((s) => s.id === 'check-webmail-first')?.shared).toBe(
      'iphone-before-delete-account',
    );
    expect(stepText('ja', fix, 'check-webmail-first')).toContain(
      'POP で受信していて、サーバーから消え、この iPhone にしか残っていないメール',
    );
    expect(stepText('en', fix, 'check-webmail-first')).toContain('kept only on this iPhone');
    expect(stepText('ja', fix, 'add-again')).toContain(
      '「アカウントを追加」›「その他」›「メールアカウントを追加」',
    );
  });
});

describe('cannot-connect-ssl: one copy of each iPhone fix', () => {
  const shared = sharedData as SharedContent;

  it('the restart, Wi-Fi, iOS update and network reset fixes are the shared ones, under their published ids', () => {
    const own = kit.guide.nodes;
    expect(
      Object.fromEntries(
        ['restart-mail', 'wifi-network', 'update-ios', 'reset-network'].map((id) => {
          const n = own.find((x) => x.id === id);
          return [id, n?.kind === 'fix' ? { shared: n.shared, steps: n.steps } : n?.kind];
        }),
      ),
    ).toEqual({
      'restart-mail': { shared: 'iphone-restart-mail', steps: undefined },
      'wifi-network': { shared: 'iphone-wifi-check', steps: undefined },
      'update-ios': { shared: 'iphone-update-ios', steps: undefined },
      'reset-network': { shared: 'iphone-reset-network', steps: undefined },
    });
    // Their wording is the shared file's, so the guide's own wording file holds none.
    for (const lang of ['ja', 'en'] as const) {
      for (const id of ['restart-mail', 'wifi-network', 'update-ios', 'reset-network']) {
        expect(locale[lang].nodes[id], `${lang} ${id}`).toBeUndefined();
      }
    }
  });

  it('no fix of its own copies a shared iPhone fix, step for step or a step by name', () => {
    const sharedSteps = new Map(shared.nodes.map((n) => [n.id, n.steps.map((s) => s.id).join(' ')]));
    // A step of a shared fix worded there (not a shared step it points to), e.g. quit-mail or try-mobile-data.
    const sharedStepNames = new Set(
      shared.nodes.flatMap((n) => n.steps.filter((s) => s.shared === undefined).map((s) => s.id)),
    );
    const copies: string[] = [];
    for (const n of kit.guide.nodes) {
      if (n.kind !== 'fix' || n.shared !== undefined) continue;
      const ids = (n.steps ?? []).map((s) => s.id).join(' ');
      for (const [sharedId, sharedIds] of sharedSteps) {
        if (ids === sharedIds) copies.push(`${n.id} = ${sharedId}`);
      }
      for (const step of n.steps ?? []) {
        if (step.shared === undefined && sharedStepNames.has(step.id)) copies.push(`${n.id}/${step.id}`);
      }
    }
    expect(copies).toEqual([]);
  });

  it('wherever the shared "match this table" step is used, the step names the provider whose table it shows', () => {
    const dir = new URL('../../src/content/guides/', import.meta.url);
    const uses = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Guide).nodes)
      .flatMap((n) => (n.kind === 'fix' ? (n.steps ?? []) : []))
      .filter((st) => st.shared === 'iphone-check-servers-table');
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((st) => !st.settings)).toEqual([]);
  });

  it('no step worded in this guide repeats the title of a shared step', () => {
    const repeats: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const sharedTitles = new Map(
        Object.entries((lang === 'ja' ? jaShared : enShared).steps).map(([id, st]) => [st.title, id]),
      );
      for (const [nodeId, n] of Object.entries(locale[lang].nodes)) {
        for (const [stepId, st] of Object.entries(n.steps ?? {})) {
          const same = sharedTitles.get(st.title);
          if (same) repeats.push(`${lang} ${nodeId}/${stepId} = ${same}`);
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('a docomo user reads the same My docomo steps as in the other iPhone guides, with Wi-Fi off and then back on', () => {
    const fix = walk('iphone-mail', 'password', 'docomo', 'manual', 'd-account');
    const shared = steps(fix).map((st) => st.shared);
    expect(shared.indexOf('docomo-wifi-off')).toBe(0);
    expect(shared.indexOf('docomo-check-imap-password')).toBe(1);
    expect(shared.indexOf('docomo-wifi-on')).toBeGreaterThan(shared.indexOf('docomo-check-imap-password'));
    expect(stepText('ja', fix, 'my-docomo')).toContain(
      'My docomo › メール設定(迷惑メール・SMS対策など) › IMAP専用ID・パスワードの確認',
    );
  });

  it('the iCloud, Gmail and docomo server tables, the usual ports and re-adding the account use the shared iPhone steps', () => {
    for (const [fix, provider] of [
      [walk(...TO_PROVIDER, 'icloud'), 'icloud'],
      [walk(...TO_PROVIDER, 'gmail'), 'gmail'],
      [walk(...TO_PROVIDER, 'docomo', 'manual', 'imap-password'), 'docomo'],
    ] as const) {
      const table = steps(fix).find((st) => st.id === 'check-servers');
      expect(table?.shared, fix.id).toBe('iphone-check-servers-table');
      // The wording is shared; which provider's table is shown stays with the guide.
      expect(table?.settings?.provider, fix.id).toBe(provider);
    }
    expect(steps(walk(...TO_PROVIDER, 'other')).find((st) => st.id === 'usual-ports')?.shared).toBe(
      'iphone-usual-ports',
    );
    const readd = walk(...TO_PROVIDER, 'other', 'no');
    expect(steps(readd).map((st) => st.shared ?? st.id)).toEqual([
      'iphone-before-delete-account',
      'note-settings',
      'iphone-open-account',
      'iphone-delete-account',
      'iphone-add-account-again',
      'iphone-check-mail',
    ]);
  });

  it('someone on café Wi-Fi with "Cannot Verify Server Identity" tests on mobile data with the same shared step as the Wi-Fi check', () => {
    const wifi = steps(walk(...TO_PROVIDER.slice(0, 4), 'wifi-only')).find((s) => s.id === 'try-mobile-data');
    const identity = steps(walk('iphone-mail', 'verify', 'wifi-only')).find(
      (s) => s.id === 'try-mobile-data',
    );
    expect(wifi).toMatchObject({ shared: 'iphone-try-mobile-data', diagnostic: true });
    expect(identity).toMatchObject({ shared: 'iphone-try-mobile-data', diagnostic: true });
    expect(jaShared.steps['iphone-try-mobile-data'].warning).toContain('Wi-Fi をオンに戻して');
  });
});

describe('cannot-connect-ssl: the error finder', () => {
  const index = finderIndex();
  /** The best score for the query, and the score of this guide's "Cannot Get Mail" symptom (0 if not listed). */
  const scores = (query: string) => {
    const results = searchSymptoms(index, query, 10);
    const ours = results.find((r) => r.guide === 'cannot-connect-ssl' && r.symptomId === 'cannot-get-mail');
    return { best: results[0]?.score ?? 0, ours: ours?.score ?? 0 };
  };

  /** The guide and symptom ranked first for the query. */
  const top = (query: string) => {
    const [first, second] = searchSymptoms(index, query, 10);
    // A tie for the top place would leave the order to file names: the first must be strictly ahead.
    expect(first?.score ?? 0, query).toBeGreaterThan(second?.score ?? 0);
    return `${first?.guide} › ${first?.symptomId}`;
  };

  it.each(['メールを取得できません', 'Cannot Get Mail', 'ドコモメール 受信できない', 'サーバが拒否しました'])(
    'a pasted "%s" finds the iPhone "Cannot Get Mail" symptom at the top',
    (query) => {
      const { best, ours } = scores(query);
      expect(ours).toBeGreaterThan(0);
      expect(ours).toBe(best);
    },
  );

  it.each([
    'メールを取得できません。ドコモメール用のユーザー名またはパスワードが間違っています。',
    'Cannot Get Mail The user name or password for "docomo" is incorrect.',
    // The part of the iOS message after the account name, pasted on its own.
    '「ドコモメール」用のユーザー名またはパスワードが間違っています。',
    'The user name or password for "docomo" is incorrect.',
    'アカウントエラー',
    'IMAPアカウントエラー',
    'パスワードが正しくありません',
    'The connection to the server failed.',
  ])('a pasted "%s" goes to the iPhone Mail messages guide, not to the SSL one', (query) => {
    expect(top(query)).toMatch(/^iphone-mail-errors › /);
  });
});

describe('cannot-connect-ssl: wording', () => {
  it('reads as natural Japanese and English, without the literal translations of the first draft', () => {
    const all = JSON.stringify([jaData, enData, jaShared, enShared]);
    for (const stiff of [
      '入りこんで',
      '途中に入り',
      'steps into',
      'stepping into',
      'Keep not using',
      'swapped on the way',
      'docomo メール',
      'の正しい値',
    ]) {
      expect(all).not.toContain(stiff);
    }
    expect(locale.ja.symptoms['cannot-verify-server-identity']?.summary).toContain('通信に割り込んでいる');
  });
});

describe('cannot-connect-ssl: hand-offs', () => {
  it("the final hand-off names each provider's own status or support page in words, without host names", () => {
    const end = node('handoff');
    const ja = text('ja', end);
    const en = text('en', end);
    for (const page of [
      'ドコモのお知らせ（障害・メンテナンス情報）',
      'Apple のシステム状況',
      'Google Workspace のステータス ダッシュボード',
      'Microsoft のサービス状態',
      'プロバイダーの障害・メンテナンス情報',
    ]) {
      expect(ja).toContain(page);
    }
    for (const page of [
      "docomo's notices on outages",
      "Apple's System Status",
      'Google Workspace Status Dashboard',
      "Microsoft's service status",
    ]) {
      expect(en).toContain(page);
    }
    expect(`${ja}\n${en}`).not.toMatch(/\b[a-z0-9-]+\.[a-z0-9-]+\.(com|jp|net)\b/i);
  });
});

describe('cannot-connect-ssl: safe advice', () => {
  it('no step or outcome, in either language, advises tapping Trust or turning SSL off', () => {
    expect(kit.riskySentences()).toEqual([]);
  });
});
