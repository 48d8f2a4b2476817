// @vitest-environment node
// The smime-send guide (S/MIME errors when sending from Outlook), node by node and along real journeys.
import guideData from '@/content/guides/smime-send.json';
import jaData from '../../locales/ja/smime-send.json';
import enData from '../../locales/en/smime-send.json';
import { describeDeclaredRoutesByNode, guideKit, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, locale, walk, steps, text } = kit;

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
    'no-key': 'import-with-key',
    none: 'get-certificate',
  },
  'pick-certificates': { yes: 'resolved-settings', no: 'handoff-it' },
  'renew-certificate': { yes: 'resolved-certificate', no: 'handoff-it' },
  'import-with-key': { yes: 'resolved-certificate', no: 'renew-certificate' },
  'get-certificate': { yes: 'resolved-certificate', no: 'handoff-it' },
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
