// The password-prompts guide, node by node and along the journeys real people take.
import guideData from '@/content/guides/password-prompts.json';
import jaData from '../../locales/ja/password-prompts.json';
import enData from '../../locales/en/password-prompts.json';
import jaShared from '../../locales/ja/shared.json';
import enShared from '../../locales/en/shared.json';
import { readFileSync, readdirSync } from 'node:fs';
import { searchSymptoms } from '@/engine/search';
import type { Guide, Lang, LocaleStep } from '@/engine/types';
import { describeDeclaredRoutesByNode, guideKit, type Routes, finderIndex } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, resolved, node, walk, steps, text } = kit;

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
    'microsoft-365': 'm365-account-type',
    gmail: 'gmail-account',
    'google-workspace': 'gmail-account',
    icloud: 'icloud-app-password',
    other: 'other-mail-password',
  },
  'account-type': {
    pop: 'readd-outlook-com-pop',
    imap: 'readd-outlook-com',
    exchange: 'exchange-saved-passwords',
    'dont-know': 'readd-outlook-com-pop',
  },
  'm365-account-type': {
    pop: 'm365-readd',
    imap: 'm365-readd',
    exchange: 'exchange-saved-passwords',
    'dont-know': 'exchange-saved-passwords',
  },
  'exchange-saved-passwords': { yes: 'resolved-outlook-credentials', no: 'exchange-always-prompt' },
  'exchange-always-prompt': { yes: 'resolved-outlook-credentials', no: 'office-sign-in-again' },
  'office-sign-in-again': { yes: 'resolved-outlook-credentials', no: 'readd-exchange' },
  'readd-exchange': { yes: 'resolved-microsoft-sign-in', no: 'handoff' },
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
    const end = walk('works', 'outlook-classic', 'microsoft-365', 'pop', 'no');
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

/** Step ids of a fix, in order. */
const stepIds = (id: string) => steps(node(id)).map((s) => s.id);
/** The words of one step of a fix, in one language (the step's own or, for a shared step, the shared one). */
const stepText = (lang: Lang, fixId: string, stepId: string) => {
  const shared = steps(node(fixId)).find((st) => st.id === stepId)?.shared;
  const wording: LocaleStep | undefined = shared
    ? (lang === 'ja' ? jaShared : enShared).steps[shared as keyof typeof jaShared.steps]
    : kit.locale[lang].nodes[fixId]?.steps?.[stepId];
  if (!wording) throw new Error(`no ${lang} wording for ${fixId} › ${stepId}`);
  return [wording.title, wording.body ?? ''].join('\n');
};

describe('password-prompts: one copy of each iPhone step', () => {
  it('an iPhone Outlook.com or Gmail user reads the shared "what is lost" step just before the account is deleted', () => {
    for (const [fixId, deletes] of [
      ['iphone-microsoft-readd', 'delete-account'],
      ['iphone-gmail', 'add-as-google'],
    ] as const) {
      const list = steps(node(fixId));
      const before = list.findIndex((st) => st.shared === 'iphone-before-delete-account');
      expect(before, fixId).toBeGreaterThanOrEqual(0);
      expect(list[before + 1]?.id, fixId).toBe(deletes);
    }
    // The Gmail step itself no longer repeats the list of what is lost.
    expect(stepText('ja', 'iphone-gmail', 'add-as-google')).not.toContain('下書き');
    expect(stepText('en', 'iphone-gmail', 'add-as-google')).not.toContain('drafts');
  });

  it('an iPhone user who types the password again is told to do it for incoming and outgoing mail, from the shared step', () => {
    for (const fixId of ['iphone-icloud', 'iphone-docomo', 'iphone-other-password']) {
      const again = steps(node(fixId)).filter((st) => st.shared === 'iphone-enter-password-both');
      expect(again, fixId).toHaveLength(1);
      expect(text('ja', node(fixId)), fixId).toContain(
        '送信側のパスワードは、受信側とは別に保存されています',
      );
      expect(text('en', node(fixId)), fixId).toContain('stored apart from the incoming one');
    }
    // What the shared step does not say stays with the fix: docomo's ID, iCloud's app-specific password.
    expect(text('ja', node('iphone-docomo'))).toContain('ユーザー名に IMAP専用ID');
    expect(text('en', node('iphone-docomo'))).toContain('the user name is the IMAP ID');
    expect(text('ja', node('iphone-icloud'))).toContain(
      'いつものパスワードではなく、作った App 用パスワード',
    );
    expect(text('en', node('iphone-icloud'))).toContain("not that Apple Account's usual password");
  });

  it('an iPhone docomo user turns Wi-Fi off to read the IMAP password in My docomo, and back on afterwards', () => {
    const fix = node('iphone-docomo');
    const shared = steps(fix).map((st) => st.shared);
    expect(shared.slice(0, 2)).toEqual(['docomo-wifi-off', 'docomo-check-imap-password']);
    expect(shared.indexOf('docomo-wifi-on')).toBeGreaterThan(shared.indexOf('iphone-enter-password-both'));
    expect(text('ja', fix)).toContain('「セキュリティパスワード」');
    expect(text('en', fix)).toContain('Turn Wi-Fi back on');
  });

  it('no iPhone fix keeps its own wording of a step the shared file has', () => {
    const iphoneFixes = guide.nodes.filter((n) => n.kind === 'fix' && n.id.startsWith('iphone-'));
    const own: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      for (const n of iphoneFixes) {
        for (const stepId of Object.keys(kit.locale[lang].nodes[n.id]?.steps ?? {})) {
          const title = kit.locale[lang].nodes[n.id]?.steps?.[stepId]?.title ?? '';
          const sharedTitles = Object.values((lang === 'ja' ? jaShared : enShared).steps).map(
            (st) => st.title,
          );
          if (['before-delete', 'enter-both', 'enter-password', 'get-imap-password'].includes(stepId))
            own.push(`${lang} ${n.id}/${stepId}`);
          else if (sharedTitles.includes(title)) own.push(`${lang} ${n.id}/${stepId}: ${title}`);
        }
      }
    }
    expect(own).toEqual([]);
  });
});

describe('password-prompts: testing the password on the web', () => {
  it('a docomo user whose app password fails on the web is not sent to reset the dアカウント', () => {
    const question = node('webmail');
    // The question asks for the account's own password and says app-only passwords never work on the web.
    expect(text('ja', question)).not.toContain('同じパスワード');
    expect(text('ja', question)).toContain('アカウントそのもののパスワード');
    expect(text('ja', question)).toContain('dアカウント');
    for (const appOnly of ['「IMAP専用パスワード」', '「アプリ パスワード」', '「App 用パスワード」'])
      expect(text('ja', question)).toContain(appOnly);
    expect(text('ja', question)).toContain('ブラウザでは使えません');
    expect(text('en', question)).not.toMatch(/same password/i);
    expect(text('en', question)).toContain("the account's own password");
    expect(text('en', question)).toContain('IMAP-only password');
    expect(text('en', question)).toContain('never work in a browser');
    // Only a failure with the account's own password leads to a reset.
    expect(jaData.nodes.webmail.answers.fails).toContain('アカウントのパスワードでも');
    expect(enData.nodes.webmail.answers.fails).toContain("account's own password");
  });

  it('someone whose own Google or Apple password fails is told, before resetting it, that app passwords must be made again', () => {
    expect(walk('fails').id).toBe('reset-password');
    const ids = stepIds('reset-password');
    expect(ids.indexOf('before-reset')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('before-reset')).toBeLessThan(ids.indexOf('find-reset'));
    expect(stepText('ja', 'reset-password', 'before-reset')).toContain(
      'アプリ パスワードや App 用パスワードはすべて使えなくなります',
    );
    expect(stepText('en', 'reset-password', 'before-reset')).toContain(
      'every app password or app-specific password you made before stop working',
    );
  });
});

describe('password-prompts: removing an account keeps POP mail', () => {
  it('an Outlook.com user who does not know the account type adds it again first and keeps the data file', () => {
    const fix = walk('works', 'outlook-classic', 'outlook-com', 'dont-know');
    expect(fix.id).toBe('readd-outlook-com-pop');
    const ids = stepIds(fix.id);
    expect(ids.indexOf('note-data-file')).toBeLessThan(ids.indexOf('add-account'));
    expect(ids.indexOf('add-account')).toBeLessThan(ids.indexOf('keep-old-mail'));
    expect(ids.indexOf('keep-old-mail')).toBeLessThan(ids.indexOf('remove-old'));
  });

  it('a Gmail user in Outlook who does not know the account type notes the data file before the old account goes', () => {
    const fix = walk('works', 'outlook-classic', 'gmail', 'dont-know', 'microsoft-365');
    expect(fix.id).toBe('gmail-google-sign-in');
    const ids = stepIds(fix.id);
    expect(ids.indexOf('note-data-file')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('note-data-file')).toBeLessThan(ids.indexOf('remove-old'));
  });

  it('every step that removes an Outlook account says the .pst stays on the PC and how to open it again', () => {
    const removing = resolved.nodes.filter(
      (n) => n.kind === 'fix' && n.steps.some((s) => s.id === 'remove-old'),
    );
    expect(removing.map((n) => n.id).sort()).toEqual([
      'gmail-google-sign-in',
      'm365-readd',
      'readd-exchange',
      'readd-outlook-com',
      'readd-outlook-com-pop',
    ]);
    for (const fix of removing) {
      const ja = stepText('ja', fix.id, 'remove-old');
      expect(ja, fix.id).toContain('.pst');
      expect(ja, fix.id).toContain('パソコンに残りますが、フォルダーの一覧からは消えます');
      expect(ja, fix.id).toContain('「ファイル」›「開く/エクスポート」›「Outlook データ ファイルを開く」');
      const en = stepText('en', fix.id, 'remove-old');
      expect(en, fix.id).toContain('.pst');
      expect(en, fix.id).toContain('disappears from the folder list');
      expect(en, fix.id).toContain('"File" › "Open & Export" › "Open Outlook Data File"');
    }
  });

  it('an iPhone user is not told that POP mail or unsent drafts stay on the server when the account is deleted', () => {
    const fix = walk('works', 'iphone-mail', 'outlook-com');
    expect(fix.id).toBe('iphone-microsoft-readd');
    const ids = stepIds(fix.id);
    expect(ids.indexOf('before-delete')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('before-delete')).toBeLessThan(ids.indexOf('delete-account'));
    expect(text('ja', fix)).not.toContain('メールはサーバーに残っているので');
    expect(text('en', fix)).not.toContain('Your mail stays on the server');
    // The warning is the shared iPhone "before you delete it" step: it lists what goes with the account.
    const ja = stepText('ja', fix.id, 'before-delete');
    const en = stepText('en', fix.id, 'before-delete');
    expect(ja).toContain('次のものは、アカウントと一緒にこの iPhone から消え、追加し直しても戻りません');
    expect(ja).toContain('POP で受信していて、サーバーから消え、この iPhone にしか残っていないメール');
    expect(ja).toContain('送信していない下書き');
    expect(en).toContain('These are removed from this iPhone with the account and do not come back');
    expect(en).toMatch(/POP[^.]*kept only on this iPhone/);
    expect(en).toContain('unsent drafts');
    expect(stepText('ja', fix.id, 'delete-account')).toMatch(/POP[^。]*消え/);
    expect(stepText('ja', fix.id, 'delete-account')).toMatch(/下書き[^。]*消え/);
    expect(stepText('en', fix.id, 'delete-account')).toMatch(/POP[^.]*lost/);
    expect(stepText('en', fix.id, 'delete-account')).toMatch(/drafts[^.]*lost/);
  });

  it('a new Outlook user with an iCloud or other account re-enters the password with "修復" instead of removing the account', () => {
    const fix = walk('works', 'outlook-new', 'other');
    expect(fix.id).toBe('new-outlook-mail-password');
    expect(stepIds(fix.id)).toEqual(['get-password', 'open-accounts', 'repair']);
    expect(text('ja', fix)).toContain('「修復」');
    expect(text('ja', fix)).toContain('アカウントを削除しなくても');
    expect(text('en', fix)).toContain('without removing the account');
  });
});

describe('password-prompts: Exchange password loops try the quick fixes first', () => {
  it('an Outlook.com Exchange account is offered Credential Manager, the logon prompt setting and an Office sign-out before it is added again', () => {
    const saved = walk('works', 'outlook-classic', 'outlook-com', 'exchange');
    expect(saved.id).toBe('exchange-saved-passwords');
    expect(text('ja', saved)).toContain('資格情報マネージャー');
    expect(text('ja', saved)).toContain('Windows 資格情報');
    expect(text('ja', saved)).toContain('「パスワードを保存する」');
    expect(text('en', saved)).toContain('Credential Manager');
    // Clearing saved passwords loses nothing else, and says so.
    expect(text('ja', saved)).toContain('メールや Outlook の設定は消えません');
    expect(text('en', saved)).toContain('not your mail or your Outlook settings');

    const prompt = walk('works', 'outlook-classic', 'outlook-com', 'exchange', 'no');
    expect(prompt.id).toBe('exchange-always-prompt');
    expect(text('ja', prompt)).toContain('「常にログオン資格情報を確認する」');
    expect(text('en', prompt)).toContain('"Always prompt for logon credentials"');

    const office = walk('works', 'outlook-classic', 'outlook-com', 'exchange', 'no', 'no');
    expect(office.id).toBe('office-sign-in-again');
    expect(kit.locale.ja.nodes[office.id]?.steps?.['sign-out']?.menu).toEqual([
      'ファイル',
      'Office アカウント',
      'サインアウト',
    ]);
    expect(text('ja', office)).toContain('今すぐ更新');
    expect(text('en', office)).toContain('Update Now');

    expect(walk('works', 'outlook-classic', 'outlook-com', 'exchange', 'no', 'no', 'no').id).toBe(
      'readd-exchange',
    );
  });

  it('a Microsoft 365 Exchange account, or one whose type is unknown, gets the same quick fixes before any account is removed', () => {
    expect(walk('works', 'outlook-classic', 'microsoft-365', 'exchange').id).toBe('exchange-saved-passwords');
    expect(walk('works', 'outlook-classic', 'microsoft-365', 'dont-know').id).toBe(
      'exchange-saved-passwords',
    );
    for (const id of ['exchange-saved-passwords', 'exchange-always-prompt', 'office-sign-in-again'])
      expect(node(id)).toMatchObject({ yes: 'resolved-outlook-credentials' });
  });
});

describe('password-prompts: dates, versions and passwords stated as they are', () => {
  it('an Outlook 2019 or 2021 user is told on which dates support ended, and Windows 10 is not called current', () => {
    const version = walk('works', 'outlook-classic', 'gmail', 'imap');
    expect(version.id).toBe('outlook-version');
    expect(text('ja', version)).toContain('2025 年 10 月 14 日');
    expect(text('ja', version)).toContain('2026 年 10 月 13 日');
    expect(text('en', version)).toContain('October 14, 2025');
    expect(text('en', version)).toContain('October 13, 2026');
    const update = stepText('ja', 'outlook-com-web-settings', 'update-outlook');
    expect(update).toContain('Windows 10 と Outlook 2016・2019 のサポートは 2025 年 10 月 14 日に');
    expect(update).toContain('Office LTSC 2021');
    expect(stepText('en', 'outlook-com-web-settings', 'update-outlook')).toContain(
      'Support for Windows 10 and for Outlook 2016 and 2019 ended on October 14, 2025',
    );
  });

  it('a Gmail user on Outlook 2016 or with POP learns that it takes 2-Step Verification and an app password', () => {
    expect(text('ja', node('outlook-version'))).toContain(
      'Outlook 2016 以前では、2 段階認証プロセスとアプリ パスワードが必要です',
    );
    expect(text('en', node('outlook-version'))).toContain(
      'Outlook 2016 or earlier needs 2-Step Verification and an app password',
    );
    const pop = walk('works', 'outlook-classic', 'gmail', 'pop');
    expect(pop.id).toBe('gmail-enable-pop');
    expect(stepText('ja', pop.id, 'app-password-needed')).toContain('「アプリ パスワード」が必要です');
    expect(stepText('en', pop.id, 'app-password-needed')).toContain('needs an "app password"');
  });

  it('a Microsoft 365 user reads the revised SMTP AUTH timeline, and that SMTP AUTH is not only a password', () => {
    for (const id of ['m365-readd', 'handoff-it']) {
      const ja = text('ja', node(id));
      expect(ja, id).toContain('2026 年 12 月末以降は既定で無効になります');
      expect(ja, id).toContain('管理者は有効に戻せますが');
      expect(ja, id).toContain('新しく作られる組織');
      expect(ja, id).toContain('Microsoft のサインイン（OAuth）でも使えます');
      expect(ja, id).not.toContain('パスワードだけで送信する方式（SMTP 認証）');
      const en = text('en', node(id));
      expect(en, id).toContain('turned off by default after the end of December 2026');
      expect(en, id).toContain('Administrators can turn it back on');
      expect(en, id).toContain('tenants');
      expect(en, id).toContain("SMTP AUTH itself also works with Microsoft's sign-in (OAuth)");
    }
  });

  it('someone who fixed it with an app password is told that a new account password means new app passwords', () => {
    const done = walk('works', 'outlook-classic', 'gmail', 'imap', '2016-or-earlier', 'yes');
    expect(done.id).toBe('resolved-app-password');
    expect(text('ja', done)).toContain('アプリ パスワードと App 用パスワードは使えなくなります');
    expect(text('ja', done)).not.toContain('ことがあります');
    expect(text('en', done)).toContain('stop working');
    expect(text('en', done)).not.toMatch(/may need/);
  });

  it('a Google user who cannot see "App passwords" is given the direct page and the search, and the reasons it may be missing', () => {
    for (const [fixId, stepId] of [
      ['gmail-app-password', 'create-app-password'],
      ['iphone-gmail', 'manual-app-password'],
    ] as const) {
      expect(stepText('ja', fixId, stepId), fixId).toContain('myaccount.google.com/apppasswords');
      expect(stepText('ja', fixId, stepId), fixId).toContain('「アプリ パスワード」と検索');
      expect(stepText('en', fixId, stepId), fixId).toContain('myaccount.google.com/apppasswords');
      expect(stepText('en', fixId, stepId), fixId).toMatch(/search for "App passwords"/i);
    }
    const create = stepText('ja', 'gmail-app-password', 'create-app-password');
    for (const reason of [
      '2 段階認証プロセスがオフ',
      'セキュリティ キーだけ',
      '会社・学校のアカウント',
      '高度な保護機能プログラム',
    ])
      expect(create).toContain(reason);
    // The Security page often lacks the link, so the step does not send people down that menu.
    expect(kit.locale.ja.nodes['gmail-app-password']?.steps?.['create-app-password']?.menu).toBeUndefined();
  });

  it("writes Google's names the way Google does: 「2 段階認証プロセス」 and 「アプリ パスワード」", () => {
    const ja = resolved.nodes.map((n) => text('ja', n)).join('\n');
    expect(ja).toContain('2 段階認証プロセス');
    expect(ja).not.toMatch(/2段階認証/);
    expect(ja).not.toMatch(/アプリパスワード/);
  });

  it('a Google Workspace user learns that password sign-in for mail apps ended in autumn 2024, not in 2022', () => {
    const fix = walk('works', 'outlook-classic', 'google-workspace', 'imap', 'microsoft-365');
    expect(fix.id).toBe('gmail-google-sign-in');
    expect(text('ja', fix)).toContain('Google Workspace（会社・学校）のアカウントでは 2024 年秋');
    expect(text('ja', fix)).toContain('個人の Google アカウントでは 2022 年 5 月 30 日');
    expect(text('en', fix)).toContain('from Google Workspace (work or school) accounts in autumn 2024');
  });

  it('no Outlook.com route offers a Microsoft app password', () => {
    // Every node someone with an Outlook.com address can reach, in each app.
    const starts = [
      walk('works', 'outlook-classic', 'outlook-com'),
      walk('works', 'outlook-new', 'outlook-com'),
      walk('works', 'iphone-mail', 'outlook-com'),
    ];
    const seen = new Set<string>();
    const queue = starts.map((n) => n.id);
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const n = node(id);
      if (n.kind === 'question') queue.push(...n.answers.map((a) => a.next));
      if (n.kind === 'fix') queue.push(n.yes, n.no);
    }
    for (const id of seen) {
      const sentences = text('en', node(id)).match(/[^.\n]*app password[^.\n]*/gi) ?? [];
      for (const s of sentences) expect(s, id).toMatch(/do not|is still a password/i);
    }
  });
});

describe('password-prompts: the iPhone password messages', () => {
  // The exact iOS dialogs belong to the iPhone Mail messages guide, which asks the provider and leads to
  // the same app-password fixes; this guide keeps the "asks again and again" paraphrases.
  const index = finderIndex();

  it.each([
    ['ja', 'メールを取得できません。“ドコモメール”用のユーザー名またはパスワードが間違っています。'],
    ['ja', 'メールを送信できません。“iCloud”用のユーザー名またはパスワードが間違っています。'],
    ['ja', 'パスワードが正しくありません。IMAPアカウント「ドコモメール」のパスワードを入力'],
    ['en', 'Cannot Get Mail. The user name or password for "iCloud" is incorrect.'],
  ])('pasting the %s message "%s" finds the iPhone messages guide, strictly first', (_lang, paste) => {
    const [first, second] = searchSymptoms(index, paste);
    expect(first?.guide).toBe('iphone-mail-errors');
    expect(first?.score ?? 0).toBeGreaterThan(second?.score ?? 0);
  });

  it('still finds this guide for "asks again and again" in Japanese and English', () => {
    for (const q of ['iPhone メール パスワード 何度も', 'iPhone Mail keeps asking for password']) {
      expect(searchSymptoms(index, q)[0]?.guide, q).toBe('password-prompts');
    }
  });

  it('adds no symptom id that another guide already uses', () => {
    const dir = new URL('../../src/content/guides/', import.meta.url);
    const others = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== `${guide.id}.json`)
      .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Guide).symptoms.map((s) => s.id));
    for (const symptom of guide.symptoms) expect(others).not.toContain(symptom.id);
  });
});

describe('password-prompts: words', () => {
  it('writes ドコモメール and 確認コード the way the rest of the product does', () => {
    const ja = resolved.nodes.map((n) => text('ja', n)).join('\n');
    expect(ja).not.toMatch(/docomo ?の?メール|確認のコード/);
    expect(ja).toContain('ドコモメール');
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
      // Each of these fixes warns against app passwords: no sentence at all means the warning is gone.
      expect(sentences.length, `${id} no longer warns against app passwords`).toBeGreaterThan(0);
      for (const s of sentences) expect(s).toMatch(/do not|is still a password/i);
    }
  });

  it('does not call Outlook 2016, 2019 or 2021 current: every mention of them says support has ended', () => {
    const sentences = all('en').match(/[^.\n]*Outlook (2016|2019|2021)[^.\n]*/g) ?? [];
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(s).toMatch(/ended|earlier|or 2019|or 2021/);
  });
});
