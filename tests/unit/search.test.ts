// The error finder: pasted or typed text, in any width or case, finds the right symptom first.
import { buildIndex, normalize, searchSymptoms, type SearchEntry } from '../../src/engine/search';
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
