// The outlook-pop-and-data-file guide (classic Outlook: POP sign-in and data file error codes), node by node
// and along the journeys real people take.
import guideData from '@/content/guides/outlook-pop-and-data-file.json';
import jaData from '../../locales/ja/outlook-pop-and-data-file.json';
import enData from '../../locales/en/outlook-pop-and-data-file.json';
import { readdirSync, readFileSync } from 'node:fs';
import type { Guide, LocaleGuide } from '@/engine/types';
import { buildIndex, searchSymptoms, type SearchEntry } from '@/engine/search';
import { answersLeadTo } from '@/engine/resolve';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, locale, node, walk, steps, text } = kit;

/** 0x800CCC90 / 0x800CCC92, the server said the sign-in failed, and the account's own password works on the web. */
const TO_PROVIDER = ['outlook-classic', 'pop-login', 'login-failed', 'works'] as const;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'which-error',
    'outlook-new': 'not-in-new-outlook',
    'iphone-mail': 'not-on-iphone',
    gmail: 'not-in-gmail',
  },
  'which-error': {
    'pop-login': 'server-reply',
    spa: 'untick-spa',
    'data-file-access': 'access-account',
    'data-file-damaged': 'repair-data-file',
    other: 'other-error',
  },
  'server-reply': { 'login-failed': 'webmail', 'in-use': 'mailbox-in-use', other: 'webmail' },
  'mailbox-in-use': { yes: 'resolved-mailbox', no: 'webmail' },
  webmail: { works: 'provider', fails: 'check-web-password', 'not-sure': 'provider' },
  'check-web-password': { yes: 'resolved-web-password', no: 'web-now' },
  'web-now': { 'web-works': 'provider', 'web-fails': 'handoff-web-password' },
  provider: {
    gmail: 'gmail-pop',
    'outlook-com': 'outlook-com-sign-in',
    'microsoft-365': 'm365-sign-in',
    icloud: 'icloud-no-pop',
    other: 'other-pop-password',
  },
  'other-pop-password': { yes: 'resolved-password', no: 'handoff-provider' },
  'untick-spa': { yes: 'resolved-spa', no: 'webmail' },
  'access-account': {
    pop: 'data-file-path',
    imap: 'data-file-path',
    exchange: 'handoff-it',
    'dont-know': 'data-file-path',
  },
  'data-file-path': { yes: 'resolved-data-file', no: 'new-profile' },
  'repair-data-file': { yes: 'resolved-repair', no: 'new-profile' },
  'new-profile': { yes: 'resolved-profile', no: 'handoff-data-file' },
};

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('outlook-pop-and-data-file: journeys', () => {
  it('a POP user whose server replied "-ERR Temporary problem" first stops other devices receiving, then checks the password', () => {
    const fix = walk('outlook-classic', 'pop-login', 'in-use');
    expect(fix.id).toBe('mailbox-in-use');
    expect(steps(fix)[0]?.id).toBe('other-devices');
    expect(text('ja', fix)).toContain('ほかのパソコンやスマートフォン');
    expect(text('en', fix)).toContain('other computers and phones');
    // The server's own words decide the path: the question explains where to find them.
    const reply = node('server-reply');
    expect(text('ja', reply)).toContain('「-ERR Login failed.」');
    expect(text('ja', reply)).toContain('「-ERR Temporary problem」');
    expect(text('en', reply)).toContain('"Server Error: 0x800CCC90" and "Error Number: 0x800CCC92"');
    expect(walk('outlook-classic', 'pop-login', 'in-use', 'no').id).toBe('webmail');
  });

  it('a user whose webmail sign-in fails is not sent to reset the password first: typing, ID and a lock come first', () => {
    const webmail = node('webmail');
    // The web check is done with the account's own password; mail-app passwords never work there.
    expect(text('ja', webmail)).toContain('アカウントそのもののパスワード');
    expect(text('ja', webmail)).toContain('ブラウザでは使えません');
    expect(text('ja', webmail)).toContain('パスワードを変えたり再設定したりはしないでください');
    expect(text('en', webmail)).toContain('never work in a browser');
    expect(text('en', webmail)).toContain('Do not change or reset your password for this check');
    const fix = walk('outlook-classic', 'pop-login', 'login-failed', 'fails');
    expect(fix.id).toBe('check-web-password');
    expect(steps(fix).map((s) => s.id)).toEqual([
      'typing',
      'sign-in-id',
      'locked',
      'open-account',
      'enter-in-outlook',
    ]);
    expect(text('ja', fix)).toContain('半角');
    expect(text('ja', fix)).toContain('Caps Lock');
    expect(text('ja', fix)).not.toMatch(/再設定します|パスワードを変えます/);
    // Web sign-in works now: on to what the provider needs. Still not: the provider's password help.
    expect(walk('outlook-classic', 'pop-login', 'login-failed', 'fails', 'no', 'web-works').id).toBe(
      'provider',
    );
    const handoff = walk('outlook-classic', 'pop-login', 'login-failed', 'fails', 'no', 'web-fails');
    expect(handoff).toMatchObject({
      id: 'handoff-web-password',
      outcome: 'handoff',
      related: [{ guide: 'password-prompts', node: 'reset-password' }],
    });
    expect(text('ja', handoff)).toContain('「パスワードを忘れた場合」');
    expect(text('en', handoff)).toContain('"Forgot password?"');
  });

  it('a user of another provider checks for a mail-app password (app password, IMAP専用パスワード) and the user-name form', () => {
    const fix = walk(...TO_PROVIDER, 'other');
    expect(fix.id).toBe('other-pop-password');
    const ja = text('ja', fix);
    expect(ja).toContain('アプリ パスワード');
    expect(ja).toContain('「IMAP専用パスワード」');
    expect(ja).toContain('メールアドレス全体');
    expect(ja).toContain('@ より前の部分');
    expect(text('en', fix)).toContain('the whole email address');
    expect(steps(fix).find((s) => s.id === 'open-account')?.shared).toBe('outlook-open-account');
    // Still refused: the provider, with the server's -ERR line word for word and never the password.
    const handoff = walk(...TO_PROVIDER, 'other', 'no');
    expect(handoff.id).toBe('handoff-provider');
    expect(text('ja', handoff)).toContain('「-ERR」で始まる文をそのまま');
    expect(text('ja', handoff)).toContain('パスワードそのものは伝えないでください');
    expect(text('en', handoff)).toContain('Never send the password itself');
  });

  it('Outlook.com, Microsoft 365, Gmail and iCloud users are sent to the password guide, not given a copy of it', () => {
    expect(walk(...TO_PROVIDER, 'outlook-com')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'password-prompts', node: 'readd-outlook-com-pop' }],
    });
    expect(text('ja', walk(...TO_PROVIDER, 'outlook-com'))).toContain('2024 年 9 月 16 日');
    expect(text('en', walk(...TO_PROVIDER, 'outlook-com'))).toContain('September 16, 2024');
    expect(walk(...TO_PROVIDER, 'microsoft-365')).toMatchObject({
      related: [{ guide: 'password-prompts', node: 'm365-readd' }],
    });
    expect(walk(...TO_PROVIDER, 'gmail')).toMatchObject({
      related: [{ guide: 'password-prompts', node: 'gmail-enable-pop' }],
    });
    expect(walk(...TO_PROVIDER, 'icloud')).toMatchObject({
      related: [{ guide: 'password-prompts', node: 'icloud-app-password' }],
    });
    expect(text('ja', walk(...TO_PROVIDER, 'icloud'))).toContain('POP はありません');
    // The provider answers are rows of the provider table (hand-offs show that provider's own pages).
    const providerAnswers = kit.node('provider');
    expect(providerAnswers.kind === 'question' && providerAnswers.answers.map((a) => a.id)).toEqual([
      'gmail',
      'outlook-com',
      'microsoft-365',
      'icloud',
      'other',
    ]);
  });

  it('0x800CCC18: the SPA box is cleared, SSL/TLS stays as it is, and a failure goes on to the password check', () => {
    const fix = walk('outlook-classic', 'spa');
    expect(fix.id).toBe('untick-spa');
    expect(text('ja', fix)).toContain(
      '「セキュリティで保護されたパスワード認証 (SPA) でのログオンが必要」のような',
    );
    expect(text('en', fix)).toContain('"Require logon using Secure Password Authentication (SPA)"');
    expect(locale.ja.nodes['untick-spa']?.caution).toContain('変えないでください');
    expect(locale.ja.nodes['untick-spa']?.caution).toContain(
      '「このサーバーでは暗号化された接続 (SSL/TLS) が必要」',
    );
    expect(locale.en.nodes['untick-spa']?.caution).toMatch(/^Do not change the encryption settings/);
    expect(walk('outlook-classic', 'spa', 'no').id).toBe('webmail');
  });

  it('0x8004010F on a POP account: the data file path (OneDrive, network drive) first, then a new profile that keeps the old one', () => {
    const fix = walk('outlook-classic', 'data-file-access', 'pop');
    expect(fix.id).toBe('data-file-path');
    expect(locale.ja.nodes['data-file-path']?.steps?.['note-location']?.menu).toEqual([
      'ファイル',
      'アカウント設定',
      'アカウント設定',
      'データ ファイル',
    ]);
    expect(text('ja', fix)).toContain('OneDrive');
    expect(text('ja', fix)).toContain('ネットワーク ドライブ');
    expect(text('ja', fix)).toContain('消さずに残しておきます');
    const profile = walk('outlook-classic', 'data-file-access', 'pop', 'no');
    expect(profile.id).toBe('new-profile');
    // What is lost and how to get it back: the old profile stays, and the .pst is opened again.
    expect(text('ja', profile)).toContain('元のプロファイルは「削除」しません');
    expect(text('ja', profile)).toContain('元のプロファイルを選び直せば元に戻ります');
    expect(text('en', profile)).toContain('choose the old one here again to go back');
    const pop = {
      ja: locale.ja.nodes['new-profile']?.steps?.['pop-data-file'],
      en: locale.en.nodes['new-profile']?.steps?.['pop-data-file'],
    };
    expect(pop.ja?.menu).toEqual(['ファイル', '開く/エクスポート', 'Outlook データ ファイルを開く']);
    expect(pop.en?.menu).toEqual(['File', 'Open & Export', 'Open Outlook Data File']);
    expect(pop.ja?.body).toContain('`.pst`');
    expect(walk('outlook-classic', 'data-file-access', 'pop', 'no', 'no').id).toBe('handoff-data-file');
  });

  it('0x8004010F on a work Exchange account goes to the IT team (Offline Address Book), not to do-it-yourself steps', () => {
    const handoff = walk('outlook-classic', 'data-file-access', 'exchange');
    expect(handoff).toMatchObject({ id: 'handoff-it', outcome: 'handoff' });
    expect(text('ja', handoff)).toContain('オフライン アドレス帳');
    expect(text('ja', handoff)).toContain('IT 担当者');
    expect(text('en', handoff)).toContain('Offline Address Book');
    // Someone who does not know the account type gets the steps that keep every file.
    expect(walk('outlook-classic', 'data-file-access', 'dont-know').id).toBe('data-file-path');
  });

  it('0x80040600: the .pst is copied first, then SCANPST.EXE from the Office16 folders, run again until clean', () => {
    const fix = walk('outlook-classic', 'data-file-damaged');
    expect(fix.id).toBe('repair-data-file');
    const ids = steps(fix).map((s) => s.id);
    expect(ids.indexOf('copy-first')).toBeGreaterThan(-1);
    expect(ids.indexOf('copy-first')).toBeLessThan(ids.indexOf('find-tool'));
    expect(ids.indexOf('copy-first')).toBeLessThan(ids.indexOf('scan'));
    const tool = {
      ja: locale.ja.nodes['repair-data-file']?.steps?.['find-tool']?.body ?? '',
      en: locale.en.nodes['repair-data-file']?.steps?.['find-tool']?.body ?? '',
    };
    expect(tool.ja).toContain('`<ディスク ドライブ>\\Program Files (x86)\\Microsoft Office\\root\\Office16`');
    expect(tool.ja).toContain('`<ディスク ドライブ>\\Program Files\\Microsoft Office\\root\\Office16`');
    expect(tool.en).toContain('`<drive>\\Program Files (x86)\\Microsoft Office\\root\\Office16`');
    expect(text('ja', fix)).toContain('受信トレイ修復ツール');
    expect(text('ja', fix)).toContain('繰り返します');
    expect(text('en', fix)).toContain('Inbox Repair tool');
    // A repair that does not help leads to a new profile, then to a hand-off that keeps both files.
    expect(walk('outlook-classic', 'data-file-damaged', 'no').id).toBe('new-profile');
    expect(text('ja', node('handoff-data-file'))).toContain('解決するまで消さないでください');
  });

  it('iPhone, Gmail and new Outlook users are sent to the guides for their app', () => {
    expect(walk('iphone-mail')).toMatchObject({
      outcome: 'handoff',
      related: [
        { guide: 'cannot-connect-ssl', node: 'message' },
        { guide: 'password-prompts', node: 'provider-iphone' },
      ],
    });
    expect(walk('gmail')).toMatchObject({ outcome: 'handoff', related: [{ guide: 'password-prompts' }] });
    expect(walk('outlook-new')).toMatchObject({
      outcome: 'handoff',
      related: [{ guide: 'password-prompts', node: 'provider-new' }],
    });
    expect(walk('outlook-classic', 'other')).toMatchObject({ id: 'other-error', outcome: 'handoff' });
  });
});

describe('outlook-pop-and-data-file: what it must never say', () => {
  it('no sentence advises turning encryption off or accepting a certificate warning', () => {
    expect(kit.riskySentences()).toEqual([]);
  });

  it('claims no exact wording that facts.md marks as unverified', () => {
    // The Japanese 0x80040600 text and the newer 0x800CCC92 text are [U]: the guide hedges them.
    expect(locale.ja.nodes['which-error']?.hints?.['data-file-damaged']).toContain('のように出ます');
    expect(locale.ja.nodes['untick-spa']?.steps?.['untick']?.body).toContain(
      '表記はバージョンによって少し違う',
    );
    // Facts do not say the repair tool keeps its own backup, so the guide does not say it either.
    for (const lang of ['ja', 'en'] as const) {
      const words = JSON.stringify(locale[lang].nodes['repair-data-file']);
      expect(words).not.toMatch(/\.bak|バックアップを作成|makes a backup|backup file/i);
    }
  });
});

describe('outlook-pop-and-data-file: symptoms and the error finder', () => {
  it('lists the exact dialog texts and every spelling of each code among the aliases', () => {
    const aliasesOf = (id: string) => guide.symptoms.find((s) => s.id === id)?.aliases ?? [];
    expect(aliasesOf('pop-login-rejected')).toEqual(
      expect.arrayContaining([
        '0x800CCC90',
        '800CCC90',
        '0x800ccc90',
        '0x800CCC92',
        '800CCC92',
        '0x800ccc92',
        'Server Error: 0x800CCC90',
        'Error Number: 0x800CCC92',
        'There was a problem logging onto your mail server. Your Password was rejected.',
        'Your email server rejected your login',
        '-ERR Login failed.',
        '-ERR Temporary problem',
      ]),
    );
    expect(aliasesOf('spa-logon-failed')).toEqual(
      expect.arrayContaining([
        '0x800CCC18',
        '800CCC18',
        'セキュリティで保護されたパスワード認証でサーバーにログオンできませんでした。',
      ]),
    );
    expect(aliasesOf('data-file-cannot-be-accessed')).toEqual(
      expect.arrayContaining([
        '0x8004010F',
        '8004010F',
        '0x8004010f',
        'Outlookデータファイルにアクセスできません',
        'Outlook data file cannot be accessed',
        'The operation failed. An object could not be found.',
      ]),
    );
    expect(aliasesOf('data-file-unknown-error')).toEqual(
      expect.arrayContaining([
        '0x80040600',
        '80040600',
        '不明なエラーが発生しました',
        'An unknown error has occurred',
      ]),
    );
    // Each symptom answers the app and the code for the person and opens the branch for its code, in classic
    // Outlook only, with those answers shown as given.
    expect(
      Object.fromEntries(guide.symptoms.map((s) => [s.id, answersLeadTo(kit.resolved, s.answers ?? {})])),
    ).toEqual({
      'pop-login-rejected': {
        node: 'server-reply',
        answers: { client: 'outlook-classic', 'which-error': 'pop-login' },
      },
      'spa-logon-failed': {
        node: 'untick-spa',
        answers: { client: 'outlook-classic', 'which-error': 'spa' },
      },
      'data-file-cannot-be-accessed': {
        node: 'access-account',
        answers: { client: 'outlook-classic', 'which-error': 'data-file-access' },
      },
      'data-file-unknown-error': {
        node: 'repair-data-file',
        answers: { client: 'outlook-classic', 'which-error': 'data-file-damaged' },
      },
    });
    for (const s of guide.symptoms) expect(s.clients, s.id).toEqual(['outlook-classic']);
  });

  // The finder as the home page builds it: every guide's symptoms, with their titles in both languages.
  const guidesDir = new URL('../../src/content/guides/', import.meta.url);
  const localeOf = (lang: string, id: string): LocaleGuide | undefined => {
    try {
      return JSON.parse(
        readFileSync(new URL(`../../locales/${lang}/${id}.json`, import.meta.url), 'utf8'),
      ) as LocaleGuide;
    } catch {
      return undefined;
    }
  };
  const entries: SearchEntry[] = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const g = JSON.parse(readFileSync(new URL(f, guidesDir), 'utf8')) as Guide;
      return g.symptoms.map((symptom) => ({
        guide: g.id,
        start: g.start,
        symptom,
        titles: ['ja', 'en'].flatMap((lang) => {
          const title = localeOf(lang, g.id)?.symptoms[symptom.id]?.title;
          return title ? [title] : [];
        }),
      }));
    });
  const index = buildIndex(entries);

  it.each([
    ['0x800CCC92', 'pop-login-rejected'],
    ['８００ＣＣＣ９０', 'pop-login-rejected'],
    [
      "There was a problem logging onto your mail server. Your Password was rejected. Account: 'pop.example.jp', Server: 'pop.example.jp', Protocol: POP3, Server Response: '-ERR Login failed.', Port: 995, Secure(SSL): Yes, Server Error: 0x800CCC90, Error Number: 0x800CCC92",
      'pop-login-rejected',
    ],
    [
      "Task 'taro@example.jp - Receiving' reported error (0x800CCC92) : 'Your email server rejected your login. Verify your user name and password for this account in Account Settings. The server responded: -ERR Temporary problem'",
      'pop-login-rejected',
    ],
    ["タスク 'taro@example.jp - 受信中' がエラー (0x800CCC92) を報告しました", 'pop-login-rejected'],
    ['Outlook 受信できない パスワード 0x800ccc92', 'pop-login-rejected'],
    ['セキュリティで保護されたパスワード認証でサーバーにログオンできませんでした。', 'spa-logon-failed'],
    ['エラー 0x800CCC18', 'spa-logon-failed'],
    ['Outlookデータファイルにアクセスできません 0x8004010F', 'data-file-cannot-be-accessed'],
    [
      "Task 'Microsoft Exchange Server' reported error (0x8004010F) : 'The operation failed. An object could not be found.'",
      'data-file-cannot-be-accessed',
    ],
    ['不明なエラーが発生しました 0x80040600', 'data-file-unknown-error'],
    ['An unknown error has occurred. 0x80040600', 'data-file-unknown-error'],
    ['Outlook pst 壊れた 修復', 'data-file-unknown-error'],
  ])('a pasted or typed "%s" finds this guide first', (query, symptomId) => {
    const top = searchSymptoms(index, query, 5)[0];
    expect(top).toMatchObject({ guide: 'outlook-pop-and-data-file', symptomId });
  });
});
