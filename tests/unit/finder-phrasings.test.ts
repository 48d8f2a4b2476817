// What people really type or paste into the error finder, and the guide that must come first. Run against
// the real symptom index the home page ships (virtual:symptom-index, built from every guide and locale
// file) with the finder's own entries, so a new alias anywhere that steals one of these phrasings fails here.
import { symptomEntries, finderEntries, UNKNOWN_CODE_SYMPTOM } from '@/content/symptom-index';
import { buildIndex, searchSymptoms } from '@/engine/search';

const index = buildIndex(finderEntries(symptomEntries));
const TRIAGE = 'mail-trouble-triage';

const phrasings: [query: string, guide: string][] = [
  // Everyday words: the triage, never an unrelated guide (「メールが送れない」 once ranked S/MIME first).
  ['メールが送れない', TRIAGE],
  ['メールが送信できません', TRIAGE],
  ['メールが受信できません', TRIAGE],
  ['突然送受信できなくなった', TRIAGE],
  ['メールが届かない', TRIAGE],
  ['メールが使えない', TRIAGE],
  ['急にメールが届かなくなった', TRIAGE],
  ['Outlookでメールが送信できない', TRIAGE],
  ['Outlook が送受信できない', TRIAGE],
  ['docomo メール 送れない iPhone', TRIAGE],
  ["can't send email", TRIAGE],
  ['not receiving email', TRIAGE],
  ['email stopped working', TRIAGE],
  ['email not sending', TRIAGE],
  // Codes in several spellings, alone or pasted with everyday words: the code's own guide.
  ['0x800CCC0E', 'outlook-connection-errors'],
  ['０ｘ８００ＣＣＣ０Ｅ', 'outlook-connection-errors'],
  ['800ccc0f', 'outlook-connection-errors'],
  ['エラー 0x80042109', 'outlook-connection-errors'],
  ['メールが送信できません 0x800CCC0E', 'outlook-connection-errors'],
  ['Outlook 0x800CCC0E 送信できない', 'outlook-connection-errors'],
  ['0x800CCC1A', 'encryption-mismatch'],
  ['0x800CCC92', 'outlook-pop-and-data-file'],
  // Whole dialogs pasted.
  [
    "サーバーへの接続は失敗しました。アカウント: 'taro@example.jp', サーバー: 'smtp.example.jp', プロトコル: SMTP, ポート: 25, セキュリティ (SSL): なし, ソケット エラー: 10051, エラー番号: 0x800CCC0E",
    'outlook-connection-errors',
  ],
  [
    "The connection to the server has failed. Account: 'taro@example.jp', Server: 'smtp.example.jp', Protocol: SMTP, Port: 25, Secure(SSL): No, Socket Error: 10061, Error Number: 0x800CCC0E",
    'outlook-connection-errors',
  ],
  [
    "Task 'taro@example.jp - Sending' reported error (0x800CCC78) : 'The message could not be sent because the server rejected the sender's e-mail address.'",
    'outlook-connection-errors',
  ],
  ['Your server does not support the connection encryption type you have specified', 'encryption-mismatch'],
  ['Outlookデータファイルにアクセスできません', 'outlook-pop-and-data-file'],
  ['対象のプリンシパル名が間違っています', 'certificate-name-mismatch'],
  ['デジタル ID 名が見つかりません', 'smime-send'],
  ['Outlook keeps asking for my password', 'password-prompts'],
  ['パスワードを何度も聞かれる', 'password-prompts'],
  // A paraphrase with specific words: the guide that shares them, not the triage's everyday words.
  ['Outlook で送信できない。暗号化のエラー', 'encryption-mismatch'],
  ['Outlook の送信トレイにメールが残ったまま送れない', 'outlook-connection-errors'],
  // iPhone messages.
  ['SSLで接続できません', 'cannot-connect-ssl'],
  ['サーバの識別情報を検証できません', 'cannot-connect-ssl'],
  ['サーバーへの接続に失敗しました', 'iphone-mail-errors'],
  ['iPhone メール アカウントエラー', 'iphone-mail-errors'],
  ['iPhone メールが送れない', 'iphone-mail-errors'],
  // Provider + app + symptom.
  // The iPhone guide now has an entry per provider people name (SoftBank, au, Yahoo!, OCN): it opens with
  // the provider answered, so these move there from the SSL guide's 「メールを取得できません」.
  ['ソフトバンク iPhone メール 受信できない', 'iphone-mail-errors'],
  ['au メール iPhone 受信できない', 'iphone-mail-errors'],
  ['Yahoo メール iPhone 設定', 'iphone-mail-errors'],
  ['OCN メール iPhone 送信できない', 'iphone-mail-errors'],
  ['au iPhone メール 送信できない', 'iphone-mail-errors'],
  ['ドコモメール 受信できない', 'cannot-connect-ssl'],
  // Gmail's 2026 change.
  ['Gmailに他のメールが届かなくなった', 'gmail-pop-fetch-ended'],
  ['Gmail POP fetch stopped', 'gmail-pop-fetch-ended'],
  ['ドコモメール Gmail 届かない', 'gmail-pop-fetch-ended'],
];

describe('the error finder, on the phrasings people use', () => {
  it('has at least 30 phrasings, in Japanese and English', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(30);
    expect(phrasings.filter(([q]) => /^[\x20-\x7e]+$/.test(q)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(phrasings)('"%s" ranks %s first', (query, guide) => {
    const results = searchSymptoms(index, query, 5);
    expect(results[0]?.guide, JSON.stringify(results.slice(0, 3))).toBe(guide);
  });
});

describe('an error code no guide knows', () => {
  it.each([
    '0x800CCC99',
    '０ｘ８００ＣＣＣ９９',
    '800ccc99',
    '0x8004ABCD',
    'エラー (0x800CCCFF) が報告されました',
  ])('"%s" leads to the triage with the code named, never to "no result"', (query) => {
    const [first] = searchSymptoms(index, query, 5);
    expect(first).toMatchObject({
      guide: UNKNOWN_CODE_SYMPTOM.guide,
      symptomId: UNKNOWN_CODE_SYMPTOM.symptom,
      unknownCode: expect.stringMatching(/^0x800[0-9A-F]{5}$/),
    });
  });

  it('a code a guide knows is not offered as unknown', () => {
    for (const code of ['0x800CCC0E', '0x800CCC1A', '0x80040600', '0x8004010F']) {
      const results = searchSymptoms(index, code, 5);
      expect(
        results.some((r) => r.unknownCode !== undefined),
        code,
      ).toBe(false);
    }
  });

  it('the triage entry for unknown codes opens at the app question, with one link per app', () => {
    const entry = symptomEntries.find(
      (e) => e.guide === UNKNOWN_CODE_SYMPTOM.guide && e.symptom.id === UNKNOWN_CODE_SYMPTOM.symptom,
    );
    expect(entry?.apps.find((a) => a.client === 'outlook-classic')).toEqual({
      client: 'outlook-classic',
      node: 'classic-direction',
      query: 'client=outlook-classic',
    });
  });
});
