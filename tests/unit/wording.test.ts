// Safety of wording: advice to weaken security is caught, and the safe versions of the same advice are not.
import { hostMentions, isExampleHost, riskySentence } from '../../tools/content/wording';

describe('advice that weakens security', () => {
  it.each([
    '「SSLを使用」をオフにします。',
    '暗号化の種類を「なし」にします。',
    '「このサーバーでは暗号化された接続 (SSL/TLS) が必要」のチェックを外します。',
    'SSLなしで設定します。',
    '「SSLなしで設定しますか？」と聞かれたら「はい」をタップします。',
    '証明書の警告が出たら「はい」を押して続行します。',
    '「サーバの識別情報を検証できません」と出たら「続ける」をタップします。',
    '証明書の詳細を開き、「信頼」をタップします。',
    'Turn off Use SSL.',
    'Set the encryption to None.',
    'Set up the account without SSL.',
    'Uncheck "This server requires an encrypted connection (SSL/TLS)".',
    'When the certificate warning appears, tap Continue.',
    'Open the certificate details and tap Trust.',
    'If Outlook shows a security warning about the certificate, click "Yes".',
    'Use SSL: turn it off.',
  ])('catches %s', (text) => {
    expect(riskySentence(text)).toBeDefined();
  });

  it.each([
    '「SSLを使用」をオフにしないでください。',
    '「SSLを使用」がオフなら、オンにします。',
    '暗号化の種類が「なし」になっていたら「SSL/TLS」に変えます。',
    '暗号化の種類を「STARTTLS」に切り替えます。',
    '証明書の警告で「はい」は押さないでください。',
    '「SSLなしで設定しますか？」と聞かれたら「キャンセル」をタップします。',
    '信頼できない証明書の警告が出たら、続行せずに閉じます。',
    '証明書の「発行先」を確かめます。',
    'Do not tap Trust on the certificate screen.',
    "Don't turn off Use SSL.",
    'If Use SSL is off, turn it on.',
    'If the encryption shows None, change it to SSL/TLS.',
    'If you are asked to set up the account without SSL, tap Cancel.',
    'Never accept a certificate warning on public Wi-Fi.',
    'Check the name under "Issued to" on the certificate.',
    'Turn Wi-Fi off and try again on mobile data.',
    'Open Trust Center and choose your certificate under "Email Security".',
  ])('allows %s', (text) => {
    expect(riskySentence(text)).toBeUndefined();
  });

  it('judges each sentence on its own, so a "do not" elsewhere does not excuse a risky one', () => {
    expect(riskySentence('Do not panic. Turn off Use SSL.')).toBe('Turn off Use SSL');
    expect(riskySentence('慌てないでください。「SSLを使用」をオフにします。')).toBe(
      '「SSLを使用」をオフにします',
    );
  });

  it('reads full-width letters too', () => {
    expect(riskySentence('「ＳＳＬを使用」をオフにします')).toBeDefined();
  });
});

describe('server names written in text', () => {
  it('finds names of three or more labels and any name with a port', () => {
    expect(hostMentions('受信サーバーは imap.example.com です。')).toEqual([{ host: 'imap.example.com' }]);
    expect(hostMentions('Use SMTP.Gmail.com:587 or example.jp:25')).toEqual([
      { host: 'smtp.gmail.com', port: 587 },
      { host: 'example.jp', port: 25 },
    ]);
    expect(hostMentions('ｉｍａｐ．ｇｍａｉｌ．ｃｏｍ')).toEqual([{ host: 'imap.gmail.com' }]);
  });

  it('finds a name written with dot look-alikes (one-dot leader, small full stop)', () => {
    expect(hostMentions('imap\u2024unknown\u2024example\u2024com')).toEqual([
      { host: 'imap.unknown.example.com' },
    ]);
    expect(hostMentions('smtp\ufe52example\ufe52jp:25')).toEqual([{ host: 'smtp.example.jp', port: 25 }]);
  });

  it('leaves brand names, e-mail addresses, file names and version numbers alone', () => {
    expect(hostMentions('Outlook.com と Microsoft 365、iOS 17.4、shared.json')).toEqual([]);
    expect(hostMentions('Write to taro@docomo.ne.jp')).toEqual([]);
  });
});

describe('names reserved for examples', () => {
  it('lets wording explain with example.com, example.jp and their subdomains', () => {
    expect(
      ['mail.example.jp', 'pop.mail.example.jp', 'example.com', 'www.example.co.jp'].every(isExampleHost),
    ).toBe(true);
  });
  it('does not let a real name through that merely contains "example"', () => {
    expect(['myexample.com', 'example.com.evil.jp', 'mail.example.xserver.jp'].some(isExampleHost)).toBe(
      false,
    );
  });
});
