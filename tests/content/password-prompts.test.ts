// @vitest-environment node
// The password-prompts guide, node by node and along the journeys real people take.
import guideData from '@/content/guides/password-prompts.json';
import jaData from '../../locales/ja/password-prompts.json';
import enData from '../../locales/en/password-prompts.json';
import type { Lang } from '@/engine/types';
import { describeDeclaredRoutesByNode, guideKit, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, resolved, node, walk, text } = kit;

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  webmail: { works: 'client', fails: 'reset-password', 'not-sure': 'client' },
  'reset-password': { yes: 'resolved-new-password', no: 'client' },
  client: {
    'outlook-classic': 'provider',
    'outlook-new': 'provider-new',
    'iphone-mail': 'provider-iphone',
    gmail: 'gmail-app-sign-in',
  },
  provider: {
    'outlook-com': 'account-type',
    'microsoft-365': 'm365-readd',
    gmail: 'gmail-account',
    'google-workspace': 'gmail-account',
    icloud: 'icloud-app-password',
    other: 'other-mail-password',
  },
  'account-type': {
    pop: 'readd-outlook-com-pop',
    imap: 'readd-outlook-com',
    exchange: 'readd-outlook-com',
    'dont-know': 'readd-outlook-com',
  },
  'readd-outlook-com-pop': { yes: 'resolved-microsoft-sign-in', no: 'outlook-com-web-settings' },
  'readd-outlook-com': { yes: 'resolved-microsoft-sign-in', no: 'outlook-com-web-settings' },
  'outlook-com-web-settings': { yes: 'resolved-web-settings', no: 'handoff' },
  'm365-readd': { yes: 'resolved-microsoft-sign-in', no: 'handoff-it' },
  'gmail-account': { imap: 'outlook-version', pop: 'gmail-enable-pop', 'dont-know': 'outlook-version' },
  'outlook-version': {
    'microsoft-365': 'gmail-google-sign-in',
    '2021-2019': 'gmail-google-sign-in',
    '2016-or-earlier': 'gmail-app-password',
  },
  'gmail-google-sign-in': { yes: 'resolved-google-sign-in', no: 'gmail-app-password' },
  'gmail-enable-pop': { yes: 'resolved-gmail-pop', no: 'gmail-app-password' },
  'gmail-app-password': { yes: 'resolved-app-password', no: 'handoff' },
  'icloud-app-password': { yes: 'resolved-app-password', no: 'handoff' },
  'other-mail-password': { yes: 'resolved-new-password', no: 'handoff' },
  'provider-new': {
    'outlook-com': 'new-outlook-sign-in',
    'microsoft-365': 'new-outlook-sign-in',
    gmail: 'new-outlook-sign-in',
    icloud: 'new-outlook-mail-password',
    other: 'new-outlook-mail-password',
  },
  'new-outlook-sign-in': { yes: 'resolved-microsoft-sign-in', no: 'handoff' },
  'new-outlook-mail-password': { yes: 'resolved-app-password', no: 'handoff' },
  'provider-iphone': {
    'outlook-com': 'iphone-microsoft-readd',
    'microsoft-365': 'iphone-microsoft-readd',
    gmail: 'iphone-gmail',
    icloud: 'iphone-icloud',
    docomo: 'iphone-docomo',
    other: 'iphone-other-password',
  },
  'iphone-microsoft-readd': { yes: 'resolved-microsoft-sign-in', no: 'iphone-clock' },
  'iphone-gmail': { yes: 'resolved-google-sign-in', no: 'iphone-clock' },
  'iphone-icloud': { yes: 'resolved-app-password', no: 'iphone-clock' },
  'iphone-docomo': { yes: 'resolved-docomo', no: 'iphone-clock' },
  'iphone-other-password': { yes: 'resolved-new-password', no: 'iphone-clock' },
  'iphone-clock': { yes: 'resolved-clock', no: 'handoff-iphone' },
  'gmail-app-sign-in': { yes: 'resolved-google-sign-in', no: 'handoff' },
};

describeDeclaredRoutesByNode(kit, routes, () => {
  it('asks about the webmail password before anything about the app', () => {
    expect(guide.start).toBe('webmail');
    expect(walk('fails').id).toBe('reset-password');
  });
});

describe('password-prompts: journeys', () => {
  it('an Outlook user whose Outlook.com POP account keeps asking reaches "add the account again with Microsoft sign-in", keeping the data file', () => {
    const fix = walk('works', 'outlook-classic', 'outlook-com', 'pop');
    expect(fix.id).toBe('readd-outlook-com-pop');
    expect(text('ja', fix)).toContain('アカウントの追加');
    expect(text('ja', fix)).toContain('2024 年 9 月 16 日');
    expect(text('ja', fix)).toContain('.pst');
    expect(text('en', fix)).toContain('Add Account');
    expect(text('en', fix)).toContain('September 16, 2024');
    expect(text('en', fix)).toContain('Do not use a Microsoft "app password"');
  });

  it('someone whose password also fails in webmail is helped to reset the password, then asked about the app', () => {
    const fix = walk('fails');
    expect(fix.kind).toBe('fix');
    expect(text('ja', fix)).toContain('パスワード');
    expect(text('en', fix)).toContain('Forgot password');
    expect(walk('fails', 'yes').id).toBe('resolved-new-password');
    expect(walk('fails', 'no').id).toBe('client');
  });

  it('a Gmail user in Outlook 2016 reaches 2-Step Verification and a 16-character app password', () => {
    const fix = walk('works', 'outlook-classic', 'gmail', 'imap', '2016-or-earlier');
    expect(fix.id).toBe('gmail-app-password');
    expect(text('ja', fix)).toContain('2 段階認証プロセス');
    expect(text('ja', fix)).toContain('アプリ パスワード');
    expect(text('ja', fix)).toContain('16 文字');
    expect(text('en', fix)).toContain('App passwords');
    expect(text('en', fix)).toContain('16-character');
  });

  it('a Gmail IMAP user in Outlook for Microsoft 365 signs in on Google\'s page and learns "Less secure app access" is gone', () => {
    const fix = walk('works', 'outlook-classic', 'gmail', 'imap', 'microsoft-365');
    expect(fix.id).toBe('gmail-google-sign-in');
    expect(text('ja', fix)).toContain('2022 年 5 月 30 日');
    expect(text('ja', fix)).toContain('アプリ パスワードは要りません');
    expect(text('en', fix)).toContain('removed from personal Google Accounts on May 30, 2022');
  });

  it('a Gmail POP user is told to turn on POP in Gmail on the web, and that IMAP has no switch any more', () => {
    const fix = walk('works', 'outlook-classic', 'google-workspace', 'pop');
    expect(fix.id).toBe('gmail-enable-pop');
    expect(text('ja', fix)).toContain('メール転送と POP/IMAP');
    expect(text('en', fix)).toContain('Enable POP for all mail');
    expect(text('en', fix)).toContain('IMAP is always on');
    expect(walk('works', 'outlook-classic', 'google-workspace', 'pop', 'no').id).toBe('gmail-app-password');
  });

  it('a Microsoft 365 user in Outlook who still gets prompts ends with the IT team, told about SMTP AUTH after December 2026', () => {
    const end = walk('works', 'outlook-classic', 'microsoft-365', 'no');
    expect(end).toMatchObject({ kind: 'outcome', outcome: 'handoff', id: 'handoff-it' });
    expect(text('ja', end)).toContain('2026 年 12 月末');
    expect(text('en', end)).toContain('end of December 2026');
  });

  it('an iPhone docomo user is told to use the IMAP-only password, then to check the clock, then to ask docomo', () => {
    const fix = walk('not-sure', 'iphone-mail', 'docomo');
    expect(fix.id).toBe('iphone-docomo');
    expect(text('ja', fix)).toContain('IMAP専用パスワード');
    expect(text('ja', fix)).toContain('dアカウントのパスワードではなく');
    expect(text('en', fix)).toContain('not your d ACCOUNT password');
    const clock = walk('not-sure', 'iphone-mail', 'docomo', 'no');
    expect(clock.id).toBe('iphone-clock');
    expect(text('ja', clock)).toContain('自動設定');
    const end = walk('not-sure', 'iphone-mail', 'docomo', 'no', 'no');
    expect(end).toMatchObject({
      kind: 'outcome',
      outcome: 'handoff',
      related: [{ guide: 'cannot-connect-ssl' }],
    });
  });

  it('an iPhone Outlook.com user re-adds the account as "Outlook.com" instead of "Other"', () => {
    const fix = walk('works', 'iphone-mail', 'outlook-com');
    expect(fix.id).toBe('iphone-microsoft-readd');
    expect(text('ja', fix)).toContain('「その他」は選びません');
    expect(text('en', fix)).toContain('Do not choose "Other"');
  });
});

describe('password-prompts: what it must never say', () => {
  const all = (lang: Lang) => resolved.nodes.map((n) => text(lang, n)).join('\n');

  it('mentions "Less secure app access" only to say it is gone', () => {
    for (const [lang, pattern] of [
      ['ja', /[^。\n]*安全性の低いアプリ[^。\n]*/g],
      ['en', /[^.\n]*Less secure app access[^.\n]*/gi],
    ] as const) {
      const sentences = all(lang).match(pattern) ?? [];
      expect(sentences.length).toBeGreaterThan(0);
      for (const s of sentences) expect(s).toMatch(/探さなくて|なくなり|do not need|removed/);
    }
  });

  it('never offers a Microsoft app password for Outlook.com', () => {
    const outlookCom = ['readd-outlook-com', 'readd-outlook-com-pop', 'iphone-microsoft-readd'];
    for (const id of outlookCom) {
      const sentences = text('en', node(id)).match(/[^.\n]*app password[^.\n]*/gi) ?? [];
      for (const s of sentences) expect(s).toMatch(/do not|is still a password/i);
    }
  });

  it('does not call Outlook 2016, 2019 or 2021 current: every mention of them says support has ended', () => {
    const sentences = all('en').match(/[^.\n]*Outlook (2016|2019|2021)[^.\n]*/g) ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/ended|earlier|or 2019|or 2021/);
  });
});
