// The term list: one spelling per idea, with the device's own spelling allowed where it is quoted.
import { termMisuses } from '../../tools/content/terms';

const found = (text: string, lang = 'ja') =>
  termMisuses(text, lang).map((m) => `${m.found} → ${m.term.preferred}`);

describe('the term list', () => {
  it('asks for サーバー in running text', () => {
    expect(found('設定したサーバ名を確かめます。')).toEqual(['サーバ → サーバー']);
  });

  it('lets the iPhone spelling stand inside a quoted label', () => {
    expect(found('「送信メールサーバ」の「プライマリサーバ」を開きます。')).toEqual([]);
    expect(found('「サーバの識別情報を検証できません」と出たら、サーバ名を確かめます。')).toEqual([
      'サーバ → サーバー',
    ]);
  });

  it('lets a menu chip carry the device spelling, since it is a label as shown', () => {
    expect(termMisuses('プライマリサーバ', 'ja', true)).toEqual([]);
    expect(termMisuses('docomo メール', 'ja', true).map((m) => m.term.preferred)).toEqual(['ドコモメール']);
  });

  it('leaves a brand written as its owner writes it', () => {
    expect(found('さくらのレンタルサーバをお使いなら、サーバ名を確かめます。')).toEqual([
      'サーバ → サーバー',
    ]);
  });

  it('names each rejected form once per use', () => {
    expect(found('docomo メールと docomoメールは Outlook（クラシック）で読めます。')).toEqual([
      'docomo メール → ドコモメール',
      'docomoメール → ドコモメール',
      'Outlook（クラシック） → 従来の Outlook',
    ]);
    expect(found('職場・学校のアカウントで 2016 版を使っています。認証コードを入力します。')).toEqual([
      '職場・学校 → 会社・学校',
      '認証コード → 確認コード',
      '6 版 → バージョン',
    ]);
  });

  it('checks English wording with the English entries only', () => {
    expect(found('Sign in with your Apple ID.', 'en')).toEqual(['Apple ID → Apple Account']);
    expect(found('設定したサーバ名', 'en')).toEqual([]);
    expect(found('Apple Account のパスワード')).toEqual([]);
  });
});
