// The error finder: pasted or typed text, in any width or case, finds the right symptom first.
import {
  buildIndex,
  errorCodesIn,
  normalize,
  searchSymptoms,
  type SearchEntry,
} from '../../src/engine/search';
import type { Symptom } from '../../src/engine/types';

const symptom = (id: string, aliases: string[], node?: string): Symptom => ({
  id,
  clients: ['outlook-classic'],
  aliases,
  ...(node === undefined ? {} : { node }),
});

const entries: SearchEntry[] = [
  {
    guide: 'encryption-mismatch',
    start: 'client',
    symptom: symptom('error-0x800ccc1a', [
      '0x800CCC1A',
      '800CCC1A',
      'このサーバーは、指定した種類の接続暗号化をサポートしていません',
      'Your server does not support the connection encryption type you have specified',
    ]),
    titles: [
      'エラー 0x800CCC1A（接続暗号化をサポートしていません）',
      'Error 0x800CCC1A (connection encryption type not supported)',
    ],
  },
  {
    guide: 'cannot-connect-ssl',
    symptom: symptom('ssl-cannot-connect', ['SSLで接続できません', 'Cannot Connect Using SSL'], 'client'),
    titles: ['「SSLで接続できません」', '"Cannot Connect Using SSL"'],
  },
  {
    guide: 'cannot-connect-ssl',
    symptom: symptom('server-identity', [
      'サーバの識別情報を検証できません',
      'Cannot Verify Server Identity',
    ]),
    titles: ['サーバの識別情報を検証できません', 'Cannot Verify Server Identity'],
  },
  {
    guide: 'certificate-name-mismatch',
    symptom: symptom('principal-name', [
      '対象のプリンシパル名が間違っています',
      'The target principal name is incorrect',
    ]),
    titles: ['証明書の名前が合わない', 'The certificate name does not match'],
  },
  {
    guide: 'password-prompts',
    symptom: symptom('password-loop', ['パスワードを何度も聞かれる', 'Outlook keeps asking for my password']),
    titles: ['パスワードを何度も聞かれる', 'Outlook keeps asking for the password'],
  },
];
const index = buildIndex(entries);
const top = (query: string) => searchSymptoms(index, query, 3)[0];

describe('normalising text', () => {
  it('writes error codes the same in every spelling', () => {
    expect(normalize('0x800CCC1A')).toBe('800ccc1a');
    expect(normalize('800ccc1a')).toBe('800ccc1a');
    expect(normalize('０ｘ８００ＣＣＣ１Ａ')).toBe('800ccc1a');
    expect(normalize('エラー(0X800CCC1A)')).toBe('エラー 800ccc1a');
  });

  it('drops punctuation and quotes and collapses spaces', () => {
    expect(normalize('「SSLで接続できません」。')).toBe('sslで接続できません');
    expect(normalize('  Cannot   Connect\nUsing “SSL”  ')).toBe('cannot connect using ssl');
    expect(normalize('詳細設定・（ポート）：993、')).toBe('詳細設定 ポート 993');
  });
});

describe('finding a symptom', () => {
  it('pasting 0x800CCC1A offers the encryption-mismatch guide', () => {
    expect(top('0x800CCC1A')).toEqual({
      guide: 'encryption-mismatch',
      symptomId: 'error-0x800ccc1a',
      node: 'client',
      score: 1000,
    });
  });

  it('finds the code typed in full-width characters or without 0x', () => {
    expect(top('０ｘ８００ＣＣＣ１Ａ')?.symptomId).toBe('error-0x800ccc1a');
    expect(top('800ccc1a')?.symptomId).toBe('error-0x800ccc1a');
  });

  it('finds the code inside a whole pasted Outlook dialog', () => {
    const pasted =
      "タスク 'taro@example.jp - 送信' がエラー (0x800CCC1A) を報告しました:「このサーバーは、指定した種類の接続暗号化をサポートしていません。暗号化方法を変更してください。」";
    expect(top(pasted)?.symptomId).toBe('error-0x800ccc1a');
  });

  it('finds an English message pasted with extra text around it', () => {
    const pasted =
      'Sending reported error (0x800CCC1A): Your server does not support the connection encryption type you have specified. Try changing the encryption method.';
    expect(top(pasted)?.guide).toBe('encryption-mismatch');
  });

  it('finds the iPhone message whatever the spacing or the long-vowel mark', () => {
    expect(top('SSL で接続できません')?.symptomId).toBe('ssl-cannot-connect');
    expect(top('サーバーの識別情報を検証できません')?.symptomId).toBe('server-identity');
    expect(top('cannot connect using ssl')?.node).toBe('client');
  });

  it('ranks an exact alias above a phrase that only contains the query', () => {
    const results = searchSymptoms(index, 'Cannot Connect Using SSL', 5);
    expect(results[0]?.symptomId).toBe('ssl-cannot-connect');
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? 0);
  });

  it('finds what is typed so far', () => {
    expect(top('0x800c')?.symptomId).toBe('error-0x800ccc1a');
    expect(top('プリンシパル')?.symptomId).toBe('principal-name');
  });

  it('finds a paraphrase by shared words', () => {
    expect(top('outlook asking password again')?.symptomId).toBe('password-loop');
  });

  it('returns one result per symptom, best first, up to the limit', () => {
    const results = searchSymptoms(index, 'Cannot', 10);
    expect(new Set(results.map((r) => r.symptomId)).size).toBe(results.length);
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    expect(searchSymptoms(index, 'Cannot', 1)).toHaveLength(1);
  });

  it('returns nothing for an empty or blank query, or for text that matches nothing', () => {
    expect(searchSymptoms(index, '')).toEqual([]);
    expect(searchSymptoms(index, '   \n ')).toEqual([]);
    expect(searchSymptoms(index, '「」。、')).toEqual([]);
    expect(searchSymptoms(index, 'zzzz qqqq')).toEqual([]);
  });

  it('finds the right entry among 10,000', () => {
    const many: SearchEntry[] = [...entries];
    for (let i = 0; i < 10_000; i++) {
      many.push({
        guide: `g${i % 40}`,
        symptom: symptom(`s-${i}`, [
          `0x${(0x80040000 + i).toString(16)}`,
          `Error ${i}: the server rejected the connection`,
          `エラー${i}：接続が拒否されました`,
        ]),
        titles: [`Symptom ${i}`],
      });
    }
    const big = buildIndex(many);
    const queries = [
      '0x800CCC1A',
      'このサーバーは、指定した種類の接続暗号化をサポートしていません',
      '0x8004',
      '接続が拒否',
    ];
    // How fast this answers is measured by `npm run bench` (engine timings), not asserted here.
    for (const q of queries) expect(searchSymptoms(big, q).length).toBeGreaterThan(0);
    expect(searchSymptoms(big, '0x800CCC1A')[0]?.symptomId).toBe('error-0x800ccc1a');
  });
});

describe('ranking everyday words against specific ones', () => {
  const everyday: SearchEntry[] = [
    {
      guide: 'triage',
      symptom: symptom('cannot-send', [
        'メールが送信できません',
        '送信できない',
        'emails not sending',
        "can't send email",
      ]),
      titles: [],
    },
    {
      guide: 'triage',
      symptom: symptom('cannot-receive', ['メールが届かない', 'email not arriving', 'no new emails']),
      titles: [],
    },
    {
      guide: 'triage',
      symptom: symptom('stopped', ['email not working', 'email stopped working']),
      titles: [],
    },
    {
      guide: 'codes',
      symptom: symptom('code-0e', [
        '0x800CCC0E',
        'サーバーへの接続は失敗しました',
        'Outlook 送信できない 接続に失敗',
      ]),
      titles: [],
    },
    {
      guide: 'encryption',
      symptom: symptom('code-1a', ['0x800CCC1A', 'Outlook 送信できない 暗号化']),
      titles: [],
    },
    {
      guide: 'smime',
      symptom: symptom('smime', ['Outlook 暗号化メール 送れない', 'S/MIME 送信 エラー']),
      titles: [],
    },
    {
      guide: 'triage',
      symptom: symptom('unknown-code', ['Outlook error code']),
      titles: [],
    },
  ];
  everyday[6] = { ...(everyday[6] as SearchEntry), unknownCodes: true };
  const idx = buildIndex(everyday);
  const first = (query: string) => searchSymptoms(idx, query, 3)[0];

  it('weighs shared words by how rare they are: one rare word outweighs a common one', () => {
    // "not" is in every English alias, "emails" in two, "arriving" in one.
    expect(first('emails not arriving')?.symptomId).toBe('cannot-receive');
  });

  it('an error code in the text outranks everyday words around it, even longer ones', () => {
    expect(first('メールが送信できません 0x800CCC0E')?.symptomId).toBe('code-0e');
    expect(first('0x800ccc1a 暗号化メール 送れない')?.symptomId).toBe('code-1a');
  });

  it('a short everyday phrase found in a longer text does not outrank the alias that shares its specific words', () => {
    expect(first('メールが送信できません')?.symptomId).toBe('cannot-send');
    expect(first('Outlook で送信できない。暗号化のエラー')?.symptomId).toBe('code-1a');
  });

  it('offers the stand-in entry for an error code no symptom knows, in any spelling, and names the code', () => {
    for (const query of [
      '0x800CCC99',
      '０ｘ８００ＣＣＣ９９',
      '800ccc99',
      'エラー (0x800ccc99) を報告しました',
    ]) {
      expect(first(query), query).toMatchObject({ symptomId: 'unknown-code', unknownCode: '0x800CCC99' });
    }
    expect(first('0x8004ABCD')?.unknownCode).toBe('0x8004ABCD');
  });

  it('does not offer it for a known code, a partly typed one, or text that only looks like hex', () => {
    expect(searchSymptoms(idx, '0x800CCC0E').map((r) => r.unknownCode)).not.toContain('0x800CCC0E');
    expect(searchSymptoms(idx, '0x800CCC9')).toEqual([]);
    expect(searchSymptoms(idx, 'deadbeef 12345678')).toEqual([]);
    // Without a stand-in entry there is nothing to offer.
    expect(searchSymptoms(index, '0x800CCC99')).toEqual([]);
  });

  it('reads the error codes in a text', () => {
    expect(errorCodesIn('（０ｘ８００ＣＣＣ０Ｅ）と 80042109、また 0x800ccc0e')).toEqual([
      '0x800CCC0E',
      '0x80042109',
    ]);
    expect(errorCodesIn('Port: 25, 10061')).toEqual([]);
  });
});
