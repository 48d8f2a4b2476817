// The smime-send guide (S/MIME errors when sending from Outlook), node by node and along real journeys.
import guideData from '@/content/guides/smime-send.json';
import jaData from '../../locales/ja/smime-send.json';
import enData from '../../locales/en/smime-send.json';
import { describeDeclaredRoutesByNode, guideKit, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, locale, node, walk, steps, text } = kit;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'which-mail',
    'outlook-new': 'new-outlook-smime',
    'iphone-mail': 'not-on-iphone',
    gmail: 'not-in-gmail',
  },
  'which-mail': { all: 'smime-required', 'encrypted-only': 'recipient-signed' },
  'smime-required': { required: 'cert-state', 'not-needed': 'clear-always', 'dont-know': 'cert-state' },
  'clear-always': { yes: 'resolved-not-needed', no: 'cert-state' },
  'cert-state': {
    valid: 'pick-certificates',
    expired: 'renew-certificate',
    revoked: 'renew-certificate',
    untrusted: 'trust-chain',
    'no-key': 'import-with-key',
    none: 'get-certificate',
  },
  'pick-certificates': { yes: 'resolved-settings', no: 'repair-office' },
  'renew-certificate': { yes: 'resolved-certificate', no: 'handoff-it' },
  'import-with-key': { yes: 'resolved-certificate', no: 'renew-certificate' },
  'get-certificate': { yes: 'resolved-certificate', no: 'handoff-it' },
  'trust-chain': { yes: 'resolved-trust-chain', no: 'handoff-it' },
  'repair-office': { yes: 'resolved-repair', no: 'new-profile' },
  'new-profile': { yes: 'resolved-profile', no: 'handoff-it' },
  'recipient-signed': { yes: 'recipient-certificate', no: 'exchange-signed' },
  'recipient-certificate': { yes: 'resolved-recipient', no: 'cert-state' },
  'exchange-signed': { yes: 'resolved-recipient', no: 'cert-state' },
  'new-outlook-smime': { yes: 'resolved-new-outlook', no: 'handoff-it' },
};

describeDeclaredRoutesByNode(kit, routes);

describe('smime-send: journeys', () => {
  it('someone who does not need S/MIME clears the two "always" boxes, with a warning to check company rules first', () => {
    const fix = walk('outlook-classic', 'all', 'not-needed');
    expect(fix.id).toBe('clear-always');
    expect(text('ja', fix)).toContain('「送信メッセージの内容と添付ファイルを暗号化する」');
    expect(text('ja', fix)).toContain('「送信メッセージにデジタル署名を追加する」');
    expect(text('en', fix)).toContain('Add digital signature to outgoing messages');
    expect(steps(fix).find((s) => s.id === 'clear-boxes')?.diagnostic).toBe(true);
    expect(locale.en.nodes['clear-always']?.steps?.['clear-boxes']?.warning).toMatch(/requires S\/MIME/);
  });

  it('a required S/MIME user with a valid certificate picks it in the Trust Center and prefers SHA-256', () => {
    const fix = walk('outlook-classic', 'all', 'required', 'valid');
    expect(fix.id).toBe('pick-certificates');
    expect(text('ja', fix)).toContain('セキュリティ センター');
    expect(text('ja', fix)).toContain('トラスト センター');
    expect(text('ja', fix)).toContain('SHA256');
    expect(text('en', fix)).toContain('Trust Center Settings…');
  });

  it("an expired certificate is renewed with an S/MIME certificate authority, and never with Let's Encrypt", () => {
    const fix = walk('outlook-classic', 'all', 'dont-know', 'expired');
    expect(fix.id).toBe('renew-certificate');
    for (const lang of ['ja', 'en'] as const) {
      const words = text(lang, fix);
      expect(words).toContain('GlobalSign');
      expect(words).toContain('DigiCert');
      expect(words).toMatch(
        /Let's Encrypt (が発行するのはウェブサーバー用|only issues certificates for web servers)/,
      );
    }
  });

  it('a certificate without its private key is imported again from its .pfx file, or else renewed', () => {
    const fix = walk('outlook-classic', 'all', 'required', 'no-key');
    expect(fix.id).toBe('import-with-key');
    expect(text('ja', fix)).toContain('.pfx');
    expect(walk('outlook-classic', 'all', 'required', 'no-key', 'no').id).toBe('renew-certificate');
  });

  it('encrypting to someone who never sent a signed mail starts with exchanging signed mails', () => {
    const fix = walk('outlook-classic', 'encrypted-only', 'no');
    expect(fix.id).toBe('exchange-signed');
    expect(text('ja', fix)).toContain('署名付きのメールを送ってもらいます');
    expect(text('en', fix)).toContain('Ask the recipient to send you a signed message');
  });

  it('new Outlook users learn that S/MIME needs Windows and the S/MIME control', () => {
    const fix = walk('outlook-new');
    expect(fix.id).toBe('new-outlook-smime');
    expect(text('ja', fix)).toContain('S/MIME コントロール');
    expect(text('en', fix)).toContain('S/MIME control');
  });

  it('iPhone users are pointed at the server-certificate guide, since this is not a TLS certificate problem', () => {
    expect(walk('iphone-mail')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'cannot-connect-ssl' }],
    });
  });
});

describe('smime-send: what it must never say', () => {
  it("mentions Let's Encrypt only to say it does not issue S/MIME certificates", () => {
    for (const lang of ['ja', 'en'] as const) {
      const sentences = JSON.stringify(locale[lang]).match(/[^。.\n"]*Let's Encrypt[^。\n"]*/g) ?? [];
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(s).toMatch(/だけ|only issues/);
    }
  });

  it('lists the exact Outlook messages among the aliases, in Japanese and English', () => {
    const aliases = guide.symptoms.flatMap((s) => s.aliases);
    expect(aliases).toContain('基本セキュリティ システムにデジタル ID 名が見つかりません');
    expect(aliases).toContain('Your digital ID name could not be found by the underlying security system');
    expect(aliases.some((a) => a.startsWith('Microsoft Outlook had problems encrypting this message'))).toBe(
      true,
    );
  });
});

describe('smime-send: what the content-trust review asked for', () => {
  // Every step that shows the Outlook menu path, with its wording in both languages.
  const menuSteps = Object.entries(locale.ja.nodes).flatMap(([nodeId, n]) =>
    Object.entries(n.steps ?? {})
      .filter(([, st]) => st.menu?.some((chip) => chip.includes('セキュリティ センター')))
      .map(([stepId, st]) => ({
        key: `${nodeId}.${stepId}`,
        ja: st,
        en: locale.en.nodes[nodeId]?.steps?.[stepId],
      })),
  );

  it('a Japanese Outlook user finds the menu whether it says セキュリティ センター or トラスト センター, on every step', () => {
    expect(menuSteps.length).toBeGreaterThanOrEqual(6);
    for (const { key, ja, en } of menuSteps) {
      const chips = ja.menu ?? [];
      const hedged = chips.filter((chip) => chip.includes('セキュリティ センター'));
      expect(hedged.length, key).toBe(2);
      for (const chip of hedged) expect(chip, key).toContain('トラスト センター');
      expect(ja.body, key).toContain('「トラスト センター」');
      expect(en?.menu, key).toContain('Trust Center');
      expect(en?.menu, key).toContain('Trust Center Settings…');
    }
  });

  it('the English and Japanese notes on opening the settings say the same thing, with no newer/older claim', () => {
    for (const [nodeId, stepId] of [
      ['pick-certificates', 'open-settings'],
      ['clear-always', 'open-email-security'],
    ] as const) {
      const ja = locale.ja.nodes[nodeId]?.steps?.[stepId]?.body ?? '';
      const en = locale.en.nodes[nodeId]?.steps?.[stepId]?.body ?? '';
      expect(ja).toContain('「セキュリティ センター」');
      expect(ja).toContain('「トラスト センター」');
      // The English page names both Japanese labels too, so a Japanese Outlook can be matched from it.
      expect(en).toContain('「セキュリティ センター」');
      expect(en).toContain('「トラスト センター」');
      expect(en).toContain('Trust Center');
      expect(ja).not.toMatch(/新しいバージョン|古いバージョン|以前のバージョン/);
      expect(en).not.toMatch(/\b(older|newer)\b/i);
    }
    // The cryptography format is set to S/MIME in both languages (not "left at" it in one of them).
    expect(locale.en.nodes['pick-certificates']?.steps?.['choose-certificates']?.body).toMatch(
      /^Set "Cryptography Format" to "S\/MIME"/,
    );
  });

  it('a user whose certificate was revoked is sent to get a new one issued, not told to pick it again', () => {
    const fix = walk('outlook-classic', 'all', 'required', 'revoked');
    expect(fix.id).toBe('renew-certificate');
    expect(text('ja', fix)).toContain('失効');
    expect(text('en', fix)).toContain('revoked');
    expect(locale.ja.nodes['resolved-certificate']?.body).toContain('失効');
  });

  it('a user whose certificate is not trusted gets the issuer chain from IT or the CA, never from an unknown file', () => {
    const fix = walk('outlook-classic', 'all', 'required', 'untrusted');
    expect(fix.id).toBe('trust-chain');
    for (const [lang, words] of [
      ['ja', ['ルート証明書', '中間証明書', 'IT 担当者', 'サポートページ', '入れないでください']],
      ['en', ['root', 'intermediate', 'IT team', 'support page', 'Do not install a root certificate']],
    ] as const) {
      for (const w of words) expect(text(lang, fix)).toContain(w);
    }
    expect(walk('outlook-classic', 'all', 'required', 'untrusted', 'no').id).toBe('handoff-it');
  });

  it('a valid certificate that still fails gets an Office repair and a new profile before the hand-off', () => {
    const repair = walk('outlook-classic', 'all', 'required', 'valid', 'no');
    expect(repair.id).toBe('repair-office');
    expect(text('ja', repair)).toContain('修復');
    expect(locale.ja.nodes['repair-office']?.steps?.['start-repair']?.menu).toEqual(['設定', 'アプリ']);
    const profile = walk('outlook-classic', 'all', 'required', 'valid', 'no', 'no');
    expect(profile.id).toBe('new-profile');
    expect(walk('outlook-classic', 'all', 'required', 'valid', 'no', 'no', 'no').id).toBe('handoff-it');
  });

  it('a POP user trying a new profile keeps the old one and learns how to see their old mail again', () => {
    const profile = walk('outlook-classic', 'all', 'required', 'valid', 'no', 'no');
    const ja = text('ja', profile);
    const en = text('en', profile);
    // The old profile stays and can be chosen again in the same window.
    expect(ja).toContain('プロファイルの表示');
    expect(ja).toContain('元のプロファイルを選び直せば元に戻ります');
    expect(en).toContain('Show Profiles…');
    expect(en).toContain('choose the old one here again to go back');
    // Nobody is told to delete the old profile (the seed article did).
    expect(ja).toContain('削除」しません');
    expect(en).toContain('Do not delete the old profile');
    // POP mail is in a .pst file that the new profile does not show until it is opened.
    const pop = {
      ja: locale.ja.nodes['new-profile']?.steps?.['pop-data-file'],
      en: locale.en.nodes['new-profile']?.steps?.['pop-data-file'],
    };
    expect(pop.ja?.menu).toEqual(['ファイル', '開く/エクスポート', 'Outlook データ ファイルを開く']);
    expect(pop.en?.menu).toEqual(['File', 'Open & Export', 'Open Outlook Data File']);
    expect(pop.ja?.body).toContain('.pst');
    // What has to be set up again is said before the first step.
    expect(locale.ja.nodes['new-profile']?.body).toContain('アカウントと S/MIME の設定を入れ直します');
  });

  it('Japanese wording writes デジタル ID as Microsoft does and does not address the reader as あなた', () => {
    const ja = JSON.stringify(locale.ja);
    expect(ja).toContain('デジタル ID');
    expect(ja).not.toMatch(/デジタルID|デジタル\u3000ID/);
    expect(ja).not.toContain('あなた');
    expect(ja).not.toContain('ハッシュのアルゴリズム');
  });

  it('the hand-off says who to ask (IT team or the certificate authority) and where the CA keeps its help', () => {
    const handoff = node('handoff-it');
    const ja = text('ja', handoff);
    const en = text('en', handoff);
    expect(ja).toContain('IT 担当者');
    expect(ja).toContain('認証局');
    expect(ja).toContain('サポートページ');
    expect(en).toContain('IT team');
    expect(en).toContain('certificate authority');
    expect(en).toContain('support pages');
    // The two "not this guide" hand-offs also say who to ask when signing is needed on that device.
    for (const id of ['not-on-iphone', 'not-in-gmail']) {
      expect(locale.ja.nodes[id]?.body, id).toContain('IT 担当者に相談');
      expect(locale.en.nodes[id]?.body, id).toContain("ask your company's IT team");
    }
  });
});
