// The outlook-connection-errors guide (0x800CCC0E, 0x800CCC0F, 0x80042109, 0x8004210B, 0x800CCC78), node by
// node, through its check nodes, along real journeys, and in the error finder.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import guideData from '@/content/guides/outlook-connection-errors.json';
import providersData from '@/content/providers.json';
import jaData from '../../locales/ja/outlook-connection-errors.json';
import enData from '../../locales/en/outlook-connection-errors.json';
import type { CheckNode, Guide, OutcomeNode, ProviderTable } from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { evaluateCheck, type CheckInput } from '@/engine/rules';
import { buildIndex, searchSymptoms, type SearchEntry } from '@/engine/search';
import {
  describeDeclaredRoutesByNode,
  guideKit,
  itAsksWhichAppFirst,
  type Routes,
  PROVIDERS_BY_ANSWER,
} from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, locale, node, walk, steps, text } = kit;
const providers = providersData as ProviderTable;

const PROVIDERS = ['gmail', 'outlook-com', 'microsoft-365', 'icloud', 'docomo'] as const;
/** Providers without a check of their own: one check and one fix read the provider from the answer. */
const NEW_PROVIDERS = PROVIDERS_BY_ANSWER;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (...parts: string[]): unknown =>
  JSON.parse(readFileSync(path.join(repoRoot, ...parts), 'utf8'));

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'code',
    'outlook-new': 'not-in-new-outlook',
    'iphone-mail': 'not-on-iphone',
    gmail: 'not-in-gmail',
  },
  code: {
    'connect-failed': 'direction',
    'connection-cut': 'cut-direction',
    'smtp-connect': 'provider',
    'smtp-timeout': 'outbox',
    'sender-rejected': 'smtp-auth',
    other: 'other-code',
  },
  direction: { sending: 'provider', receiving: 'provider', both: 'connection-basics' },
  'cut-direction': { sending: 'outbox', receiving: 'receive-interval', both: 'connection-basics' },
  outbox: { stuck: 'outbox-stuck', empty: 'provider', 'dont-know': 'outbox-stuck' },
  'connection-basics': { yes: 'resolved-connection', no: 'provider' },
  'outbox-stuck': { yes: 'resolved-outbox', no: 'provider' },
  'receive-interval': { yes: 'resolved-interval', no: 'provider' },
  'smtp-auth': { yes: 'resolved-smtp-auth', no: 'sender-address' },
  'sender-address': { yes: 'resolved-sender', no: 'provider' },
  provider: {
    gmail: 'check-gmail',
    'outlook-com': 'check-outlook-com',
    'microsoft-365': 'check-microsoft-365',
    icloud: 'check-icloud',
    docomo: 'check-docomo',
    ...Object.fromEntries(NEW_PROVIDERS.map((p) => [p, 'check-by-provider'])),
    other: 'check-other',
  },
  'check-by-provider': {
    'encryption-on': 'settings-by-provider',
    'smtp-port-not-25': 'settings-by-provider',
    'port-matches-security': 'settings-by-provider',
    'host-matches-provider': 'settings-by-provider',
    'port-matches-provider': 'settings-by-provider',
    pass: 'security-software',
    skip: 'settings-by-provider',
  },
  'settings-by-provider': { yes: 'resolved-provider-settings', no: 'security-software' },
  ...Object.fromEntries(
    PROVIDERS.map((p) => [
      `check-${p}`,
      {
        'encryption-on': `settings-${p}`,
        'smtp-port-not-25': `settings-${p}`,
        'port-matches-security': `settings-${p}`,
        'host-matches-provider': `settings-${p}`,
        'port-matches-provider': `settings-${p}`,
        pass: 'security-software',
        skip: `settings-${p}`,
      },
    ]),
  ),
  'check-other': {
    'smtp-port-not-25': 'settings-port-25',
    'encryption-on': 'settings-pairs',
    'port-matches-security': 'settings-pairs',
    pass: 'security-software',
    skip: 'settings-pairs',
  },
  'security-software': {
    yes: 'security-software-steps',
    no: 'handoff',
    'dont-know': 'security-software-steps',
  },
};

/** Types `input` on a check node and follows where the rules send it. */
function typeOn(checkId: string, input: CheckInput, answers?: Record<string, string>) {
  const check = node(checkId);
  if (check.kind !== 'check') throw new Error(`${checkId} is not a check`);
  const outcome = evaluateCheck(check, input, providers, answers);
  return { value: outcome.value, next: node(outcome.next), unchecked: outcome.unchecked };
}

const outcome = (id: string) => node(id) as OutcomeNode;
const both = (id: string) => `${text('ja', node(id))}\n${text('en', node(id))}`;

describeDeclaredRoutesByNode(kit, routes, () => {
  itAsksWhichAppFirst(kit);

  it('compares each provider check with that provider, and says what each rule found in ja and en', () => {
    for (const p of PROVIDERS) {
      const check = node(`check-${p}`) as CheckNode;
      expect(check.provider).toBe(p);
      expect(check.fields).toEqual(['protocol', 'host', 'port', 'security']);
    }
    for (const n of guide.nodes) {
      if (n.kind !== 'check') continue;
      for (const lang of ['ja', 'en'] as const) {
        expect(Object.keys(locale[lang].nodes[n.id]?.rules ?? {}).sort(), `${lang} ${n.id}`).toEqual(
          n.rules.map((r) => r.rule).sort(),
        );
      }
    }
  });

  it('links to fixes of other guides that exist, and says in words which page the link opens', () => {
    const guides = new Map(
      readdirSync(path.join(repoRoot, 'src/content/guides')).map((f) => {
        const g = readJson('src/content/guides', f) as Guide;
        return [g.id, g] as const;
      }),
    );
    for (const n of guide.nodes) {
      if (n.kind !== 'outcome') continue;
      for (const link of n.related ?? []) {
        const other = guides.get(link.guide);
        expect(other, `${n.id} → ${link.guide}`).toBeDefined();
        if (link.node === undefined) continue;
        expect(
          other?.nodes.some((o) => o.id === link.node),
          `${n.id} → ${link.guide}/${link.node}`,
        ).toBe(true);
      }
    }
    // The link shows only the other guide's title, so the page says which part of it opens.
    for (const id of [...PROVIDERS.map((p) => `settings-${p}`), 'settings-port-25', 'settings-pairs']) {
      expect(locale.ja.nodes[id]?.body, id).toContain('0x800CCC1A の案内');
      expect(locale.en.nodes[id]?.body, id).toContain('the 0x800CCC1A guide');
    }
  });
});

describe('outlook-connection-errors: journeys', () => {
  it('an OCN user whose 0x80042109 dialog shows port 25 is sent to fix it here, with OCN named as not checkable', () => {
    const check = walk('outlook-classic', 'smtp-connect', 'ocn');
    expect(check.id).toBe('check-by-provider');
    const { value, next } = typeOn(
      check.id,
      { protocol: 'smtp', host: 'smtp.example.jp', port: 25, security: 'none' },
      { client: 'outlook-classic', code: 'smtp-connect', provider: 'ocn' },
    );
    expect(value).toBe('encryption-on');
    expect(next.id).toBe('settings-by-provider');
    expect(steps(next).some((s) => s.settings?.provider === ANSWER_PROVIDER)).toBe(true);
    expect(walk('outlook-classic', 'smtp-connect', 'ocn', 'encryption-on', 'no').id).toBe(
      'security-software',
    );
  });

  it('a SoftBank user with the right IMAP server passes, and one with another server is told so', () => {
    const answers = { provider: 'softbank' };
    const check = walk('outlook-classic', 'connect-failed', 'receiving', 'softbank').id;
    const right = {
      protocol: 'imap' as const,
      host: 'imap.softbank.jp',
      port: 993,
      security: 'ssl' as const,
    };
    expect(typeOn(check, right, answers)).toMatchObject({ value: 'pass', unchecked: [] });
    expect(typeOn(check, { ...right, host: 'imap.example.jp' }, answers).value).toBe('host-matches-provider');
  });
  it('an ISP account whose 0x800CCC0E dialog shows "Port: 25" learns about OP25B and is sent to the steps for 587 or 465', () => {
    const check = walk('outlook-classic', 'connect-failed', 'sending', 'other');
    expect(check.id).toBe('check-other');
    const { value, next } = typeOn(check.id, { protocol: 'smtp', port: 25, security: 'none' });
    expect(value).toBe('smtp-port-not-25');
    expect(next.id).toBe('settings-port-25');
    expect(outcome('settings-port-25').related).toEqual([
      { guide: 'encryption-mismatch', node: 'avoid-port-25' },
    ]);
    expect(locale.ja.nodes['check-other']?.rules?.['smtp-port-not-25']).toContain('ポート 25 への送信');
    expect(locale.en.nodes['check-other']?.rules?.['smtp-port-not-25']).toContain('sending to port 25');
    expect(text('ja', next)).toContain('OP25B');
    expect(text('en', next)).toMatch(/587 or 465/);
    // Moving off 25 needs SMTP authentication, which the linked steps do not mention.
    expect(text('ja', next)).toContain('「送信サーバー (SMTP) は認証が必要」');
    expect(text('en', next)).toContain('"My outgoing server (SMTP) requires authentication"');
  });

  it("Gmail sending on 465 with STARTTLS times out (0x8004210B, empty Outbox): the check names the pair and links to Gmail's values", () => {
    const check = walk('outlook-classic', 'smtp-timeout', 'empty', 'gmail');
    expect(check.id).toBe('check-gmail');
    const { value, next } = typeOn(check.id, {
      protocol: 'smtp',
      host: 'smtp.gmail.com',
      port: 465,
      security: 'starttls',
    });
    expect(value).toBe('port-matches-security');
    expect(next.id).toBe('settings-gmail');
    expect(outcome('settings-gmail').related).toEqual([
      { guide: 'encryption-mismatch', node: 'values-gmail' },
    ]);
    expect(locale.ja.nodes['check-gmail']?.rules?.['port-matches-security']).toContain('0x8004210B');
    expect(locale.en.nodes['check-gmail']?.rules?.['port-matches-security']).toContain(
      '587 goes with "STARTTLS"',
    );
  });

  it('a message stuck in the Outbox is moved to Drafts while Outlook works offline, and an empty Outbox that keeps failing goes to IT', () => {
    const fix = walk('outlook-classic', 'smtp-timeout', 'stuck');
    expect(fix.id).toBe('outbox-stuck');
    expect(steps(fix).map((s) => s.id)).toEqual([
      'go-offline',
      'open-outbox',
      'move-to-drafts',
      'back-online',
      'empty-outbox',
    ]);
    const ja = locale.ja.nodes['outbox-stuck']?.steps;
    const en = locale.en.nodes['outbox-stuck']?.steps;
    expect(ja?.['go-offline']?.menu).toEqual(['送受信', 'オフライン作業']);
    expect(en?.['go-offline']?.menu).toEqual(['Send / Receive', 'Work Offline']);
    // Moving keeps the message; deleting loses it, and the step says so.
    expect(ja?.['move-to-drafts']?.body).toContain('削除したメールはもう送れなくなる');
    expect(en?.['move-to-drafts']?.body).toContain('a deleted message can no longer be sent');
    // A message Outlook cannot show is removed by IT with a special tool: the guide does not name or describe it.
    expect(ja?.['empty-outbox']?.title).toContain('IT 担当者やヘルプデスクに相談');
    expect(en?.['empty-outbox']?.title).toContain('ask your IT team or helpdesk');
    expect(both('outbox-stuck')).not.toMatch(/MFCMAPI/i);
    expect(walk('outlook-classic', 'smtp-timeout', 'stuck', 'no').id).toBe('provider');
  });

  it('0x800CCC78 turns on SMTP authentication first, then checks the sender address, then the settings', () => {
    const fix = walk('outlook-classic', 'sender-rejected');
    expect(fix.id).toBe('smtp-auth');
    expect(locale.ja.nodes['smtp-auth']?.steps?.['outgoing-tab']?.menu).toEqual([
      '詳細設定',
      '送信サーバータブ',
    ]);
    expect(locale.en.nodes['smtp-auth']?.steps?.['outgoing-tab']?.menu).toEqual([
      'More Settings',
      'Outgoing Server',
    ]);
    expect(text('ja', fix)).toContain('「送信サーバー (SMTP) は認証が必要」にチェックを入れます');
    expect(text('ja', fix)).toContain('「受信メール サーバーと同じ設定を使用する」');
    expect(text('en', fix)).toContain('Use same settings as my incoming mail server');
    expect(text('ja', fix)).toContain('POP before SMTP');
    const next = walk('outlook-classic', 'sender-rejected', 'no');
    expect(next.id).toBe('sender-address');
    expect(text('ja', next)).toContain('返信先');
    expect(walk('outlook-classic', 'sender-rejected', 'no', 'no').id).toBe('provider');
  });

  it('0x800CCC0F when receiving checks how often Outlook checks mail; when sending, the Outbox', () => {
    const fix = walk('outlook-classic', 'connection-cut', 'receiving');
    expect(fix.id).toBe('receive-interval');
    expect(locale.ja.nodes['receive-interval']?.steps?.['set-interval']?.title).toContain('10 分');
    expect(locale.en.nodes['receive-interval']?.steps?.['set-interval']?.title).toContain('10 minutes');
    expect(walk('outlook-classic', 'connection-cut', 'sending').id).toBe('outbox');
    // Failing both ways points at the connection first.
    expect(walk('outlook-classic', 'connection-cut', 'both').id).toBe('connection-basics');
    expect(walk('outlook-classic', 'connect-failed', 'both').id).toBe('connection-basics');
  });

  it('right settings lead to the security software question: mail scanning opens the shared steps, "no" a hand-off naming the status pages', () => {
    const { value, next } = typeOn(walk('outlook-classic', 'smtp-connect', 'docomo').id, {
      protocol: 'smtp',
      host: 'smtp.spmode.ne.jp',
      port: 465,
      security: 'ssl',
    });
    expect(value).toBe('pass');
    expect(next.id).toBe('security-software');
    const scan = walk('outlook-classic', 'smtp-connect', 'docomo', 'pass', 'yes');
    expect(scan).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'encryption-mismatch', node: 'antivirus-mail-scan' }],
    });
    expect(text('ja', scan)).toContain('ウイルス対策そのものは止めません');
    expect(text('en', scan)).toContain('never the whole protection');
    const handoff = walk('outlook-classic', 'smtp-connect', 'docomo', 'pass', 'no');
    expect(handoff.id).toBe('handoff');
    for (const page of [
      '「Google Workspace ステータス ダッシュボード」',
      'Apple の「システム状況」',
      '「ドコモのお知らせ（障害・メンテナンス情報）」',
      '「サービス正常性」',
      'その会社の障害・メンテナンス情報のページ',
    ]) {
      expect(text('ja', handoff)).toContain(page);
    }
    for (const page of [
      '"Google Workspace Status Dashboard"',
      'Apple\'s "System Status"',
      "docomo's notices of outages and maintenance",
      '"Service health"',
      "that provider's page of outages and maintenance",
    ]) {
      expect(text('en', handoff)).toContain(page);
    }
  });

  it('new Outlook, iPhone and Gmail never show these codes and are sent to the guides that fit', () => {
    expect(walk('outlook-new')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'encryption-mismatch', node: 'not-in-new-outlook' }, { guide: 'password-prompts' }],
    });
    expect(walk('iphone-mail')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'cannot-connect-ssl' }],
    });
    expect(text('ja', walk('iphone-mail'))).toContain('「サーバーへの接続に失敗しました」');
    expect(walk('gmail')).toMatchObject({ outcome: 'handoff', related: [{ guide: 'password-prompts' }] });
    expect(walk('outlook-classic', 'other')).toMatchObject({ id: 'other-code', outcome: 'handoff' });
  });
});

describe('outlook-connection-errors: in the error finder', () => {
  const entries: SearchEntry[] = readdirSync(path.join(repoRoot, 'src/content/guides'))
    .sort()
    .flatMap((file) => {
      const g = readJson('src/content/guides', file) as Guide;
      const titles = (['ja', 'en'] as const).map(
        (lang) => readJson('locales', lang, file) as { symptoms: Record<string, { title: string }> },
      );
      return g.symptoms.map((symptom) => ({
        guide: g.id,
        start: g.start,
        symptom,
        titles: titles.map((t) => t.symptoms[symptom.id]?.title ?? symptom.id),
      }));
    });
  const index = buildIndex(entries);
  const top = (query: string) => searchSymptoms(index, query, 3)[0];

  it('each symptom already answers "classic Outlook" and its own code, so the link skips both questions', () => {
    const codes = Object.fromEntries(guide.symptoms.map((s) => [s.id, s.answers]));
    expect(codes).toEqual({
      'error-0x800ccc0e': { client: 'outlook-classic', code: 'connect-failed' },
      'error-0x800ccc0f': { client: 'outlook-classic', code: 'connection-cut' },
      'error-0x80042109': { client: 'outlook-classic', code: 'smtp-connect' },
      'error-0x8004210b': { client: 'outlook-classic', code: 'smtp-timeout' },
      'error-0x800ccc78': { client: 'outlook-classic', code: 'sender-rejected' },
    });
  });

  it.each([
    [
      "The connection to the server has failed. Account: 'taro@example.jp', Server: 'smtp.example.jp', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E",
      'error-0x800ccc0e',
    ],
    [
      "サーバーへの接続は失敗しました。アカウント: 'taro@example.jp', サーバー: 'smtp.example.jp', プロトコル: SMTP, ポート: 25, セキュリティ (SSL): なし, ソケット エラー: 10051, エラー番号: 0x800CCC0E",
      'error-0x800ccc0e',
    ],
    ['０ｘ８００ＣＣＣ０Ｅ', 'error-0x800ccc0e'],
    [
      'Outlook cannot synchronize subscribed folders for taro@example.jp. Error: Cannot connect to the server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).',
      'error-0x800ccc0e',
    ],
    [
      "Sending reported error (0x800CCC0F) : 'Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity.'",
      'error-0x800ccc0f',
    ],
    [
      'サーバーへの接続が中断されました。この問題が引き続き起こる場合は、サーバー管理者かインターネットサービスプロバイダ (ISP) に連絡してください。',
      'error-0x800ccc0f',
    ],
    [
      "Task 'taro@example.jp - Sending' reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
      'error-0x80042109',
    ],
    [
      "Task 'taro@example.jp - Sending' reported error (0x8004210B) : 'The operation timed out waiting for a response from the sending (SMTP) server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
      'error-0x8004210b',
    ],
    ['800ccc78', 'error-0x800ccc78'],
    [
      'メッセージを送信できません。アカウントのプロパティで電子メールアドレスが正しいことを確認してください。サーバーが応答しました: 553',
      'error-0x800ccc78',
    ],
  ])('"%s" finds %s first', (query, symptomId) => {
    expect(top(query)).toMatchObject({ guide: 'outlook-connection-errors', symptomId });
  });

  it('"the connection was terminated" has one home: 0x800CCC0F, with no second symptom elsewhere', () => {
    for (const query of [
      'Your server has unexpectedly terminated the connection',
      'Outlook 接続が切れる 送受信エラー',
    ]) {
      const [first, second] = searchSymptoms(index, query, 3);
      expect(first, query).toMatchObject({
        guide: 'outlook-connection-errors',
        symptomId: 'error-0x800ccc0f',
      });
      expect(second?.score ?? 0, query).toBeLessThan(first?.score ?? 0);
    }
    const elsewhere = entries.filter(
      (e) =>
        e.guide !== 'outlook-connection-errors' &&
        e.symptom.aliases.some((a) => /terminated the connection/i.test(a)),
    );
    expect(elsewhere.map((e) => `${e.guide} › ${e.symptom.id}`)).toEqual([]);
  });
});

describe('outlook-connection-errors: what it must never say', () => {
  it('never advises turning encryption off or accepting a certificate warning', () => {
    expect(kit.riskySentences()).toEqual([]);
  });

  it('never advises sending on port 25', () => {
    // Port 25 is named only as what is set now, as what is blocked, or as what to move away from.
    expect(JSON.stringify(locale.ja)).not.toMatch(/ポート(番号)?を ?25 ?に|25 ?に(変え|戻|設定)|25 ?のまま/);
    expect(JSON.stringify(locale.en)).not.toMatch(
      /\b(change|set|switch|keep|use)\b[^.]*\bport (to )?25\b|\bto 25\b/i,
    );
    for (const n of guide.nodes) {
      if (n.kind !== 'check') continue;
      // Every check that reads the port holds the OP25B rule.
      if (n.fields.includes('port'))
        expect(
          n.rules.map((r) => r.rule),
          n.id,
        ).toContain('smtp-port-not-25');
    }
  });

  it('writes no server names or ports of its own: provider values come from the check and the linked tables', () => {
    for (const p of providers.providers) {
      for (const s of p.servers) {
        expect(JSON.stringify(locale.ja), s.host).not.toContain(s.host);
        expect(JSON.stringify(locale.en), s.host).not.toContain(s.host);
      }
    }
  });
});
