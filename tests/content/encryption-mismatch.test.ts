// The encryption-mismatch (0x800CCC1A) guide, node by node, through its check nodes, and along real journeys.
import guideData from '@/content/guides/encryption-mismatch.json';
import providersData from '@/content/providers.json';
import jaData from '../../locales/ja/encryption-mismatch.json';
import enData from '../../locales/en/encryption-mismatch.json';
import type { CheckNode, ProviderTable } from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { resolveJourney } from '@/engine/resolve';
import { edges } from '@/engine/graph';
import { evaluateCheck, type CheckInput } from '@/engine/rules';
import { describeDeclaredRoutesByNode, guideKit, type Routes, PROVIDERS_BY_ANSWER } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, resolved, locale, node, walk, steps, text } = kit;
const providers = providersData as ProviderTable;

const PROVIDERS = ['gmail', 'outlook-com', 'microsoft-365', 'icloud', 'docomo'] as const;
const AFTER_SETTINGS = { yes: 'resolved-settings', no: 'outlook-version' };
/** Providers without a check of their own: one check and one fix read the provider from the answer. */
const NEW_PROVIDERS = PROVIDERS_BY_ANSWER;

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
    ...Object.fromEntries(NEW_PROVIDERS.map((p) => [p, 'check-by-provider'])),
    other: 'check-other',
  },
  'check-by-provider': {
    'encryption-on': 'values-by-provider',
    'smtp-port-not-25': 'values-by-provider',
    'port-matches-security': 'values-by-provider',
    'host-matches-provider': 'values-by-provider',
    'port-matches-provider': 'values-by-provider',
    pass: 'outlook-version',
    skip: 'values-by-provider',
  },
  'values-by-provider': AFTER_SETTINGS,
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
function typeOn(checkId: string, input: CheckInput, answers?: Record<string, string>) {
  const check = node(checkId);
  if (check.kind !== 'check') throw new Error(`${checkId} is not a check`);
  const outcome = evaluateCheck(check, input, providers, answers);
  return { value: outcome.value, next: node(outcome.next), unchecked: outcome.unchecked };
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
  it("an Xserver customer who typed mail.<own domain> is told the server name is wrong and shown Xserver's table with their own sv part", () => {
    const check = walk('outlook-classic', 'xserver');
    expect(check.id).toBe('check-by-provider');
    const { value, next } = typeOn(
      check.id,
      { protocol: 'smtp', host: 'mail.example.co.jp', port: 465, security: 'ssl' },
      { client: 'outlook-classic', provider: 'xserver' },
    );
    expect(value).toBe('host-matches-provider');
    expect(next.id).toBe('values-by-provider');
    expect(steps(next).find((s) => s.settings)?.settings).toEqual({
      provider: ANSWER_PROVIDER,
      protocols: ['imap', 'pop', 'smtp'],
    });
    // The same check passes their own server name (sv followed by their number).
    expect(
      typeOn(
        check.id,
        { protocol: 'smtp', host: 'sv12345.xserver.jp', port: 465, security: 'ssl' },
        { provider: 'xserver' },
      ),
    ).toMatchObject({ value: 'pass', unchecked: [] });
    expect(text('ja', next)).toContain('○○○');
  });

  it('an au mail user whose port and encryption go together is not told the au values are right', () => {
    const { value, next, unchecked } = typeOn(
      walk('outlook-classic', 'au').id,
      { protocol: 'imap', host: 'imap.example.jp', port: 993, security: 'ssl' },
      { client: 'outlook-classic', provider: 'au' },
    );
    expect(value).toBe('pass');
    expect(next.id).toBe('outlook-version');
    expect(unchecked).toEqual(['host-matches-provider', 'port-matches-provider']);
  });

  it('a BIGLOBE user sending on port 25 is still moved to 587 or 465 although BIGLOBE SMTP values are not printed', () => {
    const { value, next } = typeOn(
      walk('outlook-classic', 'biglobe').id,
      { protocol: 'smtp', host: 'mail.biglobe.ne.jp', port: 25, security: 'starttls' },
      { provider: 'biglobe' },
    );
    expect(value).toBe('smtp-port-not-25');
    expect(next.id).toBe('values-by-provider');
  });
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
    expect(text('en', fix)).toContain("Outlook's settings cannot turn on TLS 1.2 in Windows 7");
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

/** Every check node of the guide. */
const checks = () => guide.nodes.filter((n): n is CheckNode => n.kind === 'check');

describe('encryption-mismatch: what the content-trust review fixed', () => {
  it('a Windows 10 user with Outlook 2013 is asked about Windows, not told Outlook 2013 lacks TLS 1.2 or that Windows 10 is current', () => {
    const q = node('outlook-version');
    // Answer ids are in published URLs (?outlook-version=old): they stay, only the labels change.
    expect(edges(q).map((e) => e.value)).toEqual(['old', 'current', 'dont-know']);
    const ja = locale.ja.nodes['outlook-version'];
    const en = locale.en.nodes['outlook-version'];
    expect(ja?.answers?.old).toContain('Windows 7');
    expect(ja?.answers?.old).not.toMatch(/Outlook|2013/);
    expect(en?.answers?.old).not.toMatch(/Outlook|2013/);
    expect(ja?.answers?.current).not.toMatch(/新しい|最新|現行/);
    expect(en?.answers?.current).not.toMatch(/newer|current|latest/i);
    // TLS for POP, IMAP and SMTP comes from Windows; Windows 7 has TLS 1.2 off by default.
    expect(ja?.body).toContain('Windows の機能');
    expect(ja?.body).toContain('Windows 7 では、TLS 1.2 が最初からオフ');
    expect(en?.body).toContain('Classic Outlook uses Windows for the encryption (TLS)');
    expect(en?.body).toContain('On Windows 7, TLS 1.2 is off from the start');
    // Windows 10 is out of support too, and the hint says so instead of calling it current.
    expect(ja?.hints?.current).toContain('2025 年 10 月 14 日');
    expect(en?.hints?.current).toContain('October 14, 2025');
    const fix = node('update-outlook');
    for (const lang of ['ja', 'en'] as const) {
      expect(text(lang, fix)).not.toMatch(
        /Outlook 2010・2013 は TLS 1\.2 を使えません|Outlook 2010 and 2013 cannot use TLS 1\.2/,
      );
    }
    const upgradeJa = locale.ja.nodes['update-outlook']?.steps?.upgrade?.body ?? '';
    const upgradeEn = locale.en.nodes['update-outlook']?.steps?.upgrade?.body ?? '';
    expect(upgradeJa).toMatch(/Windows 10 と Outlook 2016・2019 は 2025 年 10 月 14 日/);
    expect(upgradeJa).toMatch(/Office LTSC 2021）は 2026 年 10 月 13 日/);
    expect(upgradeEn).toMatch(/Windows 10 and Outlook 2016 and 2019 ended on October 14, 2025/);
    expect(upgradeEn).toMatch(/Office LTSC 2021\) on October 13, 2026/);
  });

  it('someone sending on port 25 is told OP25B blocks sending to port 25, on every check, in ja and en', () => {
    for (const check of checks()) {
      if (!check.rules.some((r) => r.rule === 'smtp-port-not-25')) continue;
      const ja = locale.ja.nodes[check.id]?.rules?.['smtp-port-not-25'] ?? '';
      const en = locale.en.nodes[check.id]?.rules?.['smtp-port-not-25'] ?? '';
      expect(ja, check.id).toContain('ポート 25 への送信');
      expect(ja, check.id).not.toContain('ポート 25 からの');
      expect(en, check.id).toContain('sending to port 25');
      expect(en, check.id).not.toMatch(/(on|from) port 25/);
    }
    expect(locale.ja.nodes['avoid-port-25']?.body).toContain('ポート 25 への送信');
    expect(locale.en.nodes['avoid-port-25']?.body).toContain('sending to port 25');
  });

  it('a new Outlook user learns the add screen has port and secure connection type fields that cannot be changed afterwards', () => {
    const out = walk('outlook-new');
    expect(out.id).toBe('not-in-new-outlook');
    const ja = text('ja', out);
    const en = text('en', out);
    expect(ja).not.toMatch(/画面がありません/);
    expect(en).not.toMatch(/no screen/i);
    expect(ja).toContain('「セキュア接続タイプ」');
    expect(ja).toContain('受信サーバー・ポート・セキュア接続タイプを変更できません');
    expect(ja).toContain('パスワードと SMTP 送信サーバー・ポートだけ');
    expect(en).toContain('secure connection type cannot be changed');
    expect(en).toContain('Only the password and the SMTP (outgoing) server and port can be changed');
    // Removing the account says what may be lost first.
    expect(ja).toContain('削除する前に');
    expect(en).toContain('before you remove the account');
  });

  it('the encryption steps say "Auto" exists and that the POP checkbox ticked means SSL/TLS on 995', () => {
    const describing = ['ports-encryption', 'pick-type', 'set-pairs'];
    let seen = 0;
    for (const n of guide.nodes) {
      if (n.kind !== 'fix') continue;
      for (const stepId of describing) {
        const ja = locale.ja.nodes[n.id]?.steps?.[stepId]?.body;
        const en = locale.en.nodes[n.id]?.steps?.[stepId]?.body;
        if (ja === undefined) continue;
        seen++;
        expect(ja, `${n.id}/${stepId}`).toContain('「自動」');
        expect(ja, `${n.id}/${stepId}`).toContain('「このサーバーでは暗号化された接続 (SSL/TLS) が必要」');
        expect(ja, `${n.id}/${stepId}`).toContain(
          'チェックを入れると「SSL/TLS」になるので、チェックを入れて、ポート番号を 995 にします',
        );
        expect(en, `${n.id}/${stepId}`).toContain('"Auto"');
        expect(en, `${n.id}/${stepId}`).toContain(
          'Ticking it means "SSL/TLS": tick it and set the port to 995',
        );
      }
    }
    expect(seen).toBe(8);
    // The checks ask what Outlook shows, so they say how to read the checkbox too.
    for (const check of checks()) {
      expect(locale.ja.nodes[check.id]?.body, check.id).toContain('チェックが入っていれば「SSL/TLS」');
      expect(locale.en.nodes[check.id]?.body, check.id).toContain('ticked means "SSL/TLS"');
    }
  });

  it('reads as written Japanese: no template leftovers such as 「docomo のメール の正しい値」', () => {
    const ja = JSON.stringify(locale.ja);
    expect(ja).not.toMatch(/docomo ?の?メール/i);
    // A particle set off by spaces between Japanese words is a filled-in template.
    expect(ja).not.toMatch(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー] [のをにがはでと] [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
    );
    expect(locale.ja.nodes.provider?.answers?.docomo).toBe('ドコモメール');
    expect(locale.ja.nodes['check-docomo']?.title).toBe('Outlook の設定をドコモメールの正しい値と見比べます');
    expect(JSON.stringify(locale.en)).not.toMatch(/Keep not using|stepping into/i);
  });

  it("a hand-off names each provider's own status page in words", () => {
    const ja = text('ja', node('handoff'));
    const en = text('en', node('handoff'));
    for (const page of [
      '「Google Workspace ステータス ダッシュボード」',
      'Apple の「システム状況」',
      '「ドコモのお知らせ（障害・メンテナンス情報）」',
      '「サービス正常性」',
    ]) {
      expect(ja).toContain(page);
    }
    for (const page of [
      '"Google Workspace Status Dashboard"',
      'Apple\'s "System Status"',
      "docomo's notices",
      '"Service health"',
    ]) {
      expect(en).toContain(page);
    }
    expect(text('ja', node('not-in-new-outlook'))).toContain(
      'メール会社の「メールソフトの設定」のようなページ',
    );
    expect(text('ja', node('not-in-gmail'))).toContain('「Google Workspace ステータス ダッシュボード」');
    expect(text('en', node('not-in-gmail'))).toContain('"Google Workspace Status Dashboard"');
  });
});
