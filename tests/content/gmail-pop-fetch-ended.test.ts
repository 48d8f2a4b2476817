// The gmail-pop-fetch-ended guide (Gmail stopped fetching other accounts by POP, January 2026), node by node
// and along the journeys real people take.
import guideData from '@/content/guides/gmail-pop-fetch-ended.json';
import jaData from '../../locales/ja/gmail-pop-fetch-ended.json';
import enData from '../../locales/en/gmail-pop-fetch-ended.json';
import type { ResolvedNode } from '@/engine/types';
import { CLIENTS } from '@/engine/types';
import { edges } from '@/engine/graph';
import { searchSymptoms } from '@/engine/search';
import { findClientQuestion } from '../../scripts/gen-coverage';
import { hostMentions } from '../../tools/content/wording';
import { describeDeclaredRoutes, guideKit, type Routes, finderIndex } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { locale, walk, steps, text, node } = kit;
const GUIDE = 'gmail-pop-fetch-ended';

/** Provider mail stopped arriving in Gmail, and forwarding did not work out. */
const NO_FORWARDING = ['fetch', 'other', 'no'] as const;

/** The wording of one step of a fix, in one language: title, body and menu. */
function stepText(lang: 'ja' | 'en', fix: ResolvedNode, stepId: string): string {
  const step = steps(fix).find((s) => s.id === stepId);
  if (!step) throw new Error(`${fix.id} has no step ${stepId}`);
  const found = locale[lang].nodes[fix.id]?.steps?.[stepId];
  if (!found) throw new Error(`no ${lang} wording for ${fix.id} › ${stepId}`);
  return [found.title, found.body ?? '', (found.menu ?? []).join(' › ')].join('\n');
}

/** Where a symptom's implied answers lead from the start (or the node it names). */
function symptomLandsOn(symptomId: string): string {
  const symptom = kit.guide.symptoms.find((s) => s.id === symptomId);
  if (!symptom) throw new Error(`no symptom ${symptomId}`);
  if (symptom.node) return node(symptom.node).id;
  const answers = symptom.answers ?? {};
  let current = node(kit.guide.start);
  for (;;) {
    const value = answers[current.id];
    const next = value === undefined ? undefined : edges(current).find((e) => e.value === value)?.next;
    if (next === undefined) return current.id;
    current = node(next);
  }
}

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  'what-stopped': { fetch: 'provider', 'app-account': 'gmail-app-imap', 'not-sure': 'provider' },
  provider: {
    docomo: 'client',
    au: 'client',
    softbank: 'client',
    'other-gmail': 'forward',
    other: 'forward',
    work: 'handoff-admin',
  },
  forward: { yes: 'resolved-forward', no: 'client' },
  client: {
    gmail: 'gmail-app-imap',
    'iphone-mail': 'iphone-mail-add',
    'outlook-classic': 'outlook-add',
    'outlook-new': 'outlook-add',
  },
  'gmail-app-imap': { yes: 'resolved-app', no: 'provider-webmail' },
  'iphone-mail-add': { yes: 'resolved-app', no: 'provider-webmail' },
  'outlook-add': { yes: 'resolved-app', no: 'provider-webmail' },
  'provider-webmail': { yes: 'resolved-webmail', no: 'handoff-provider' },
};

describeDeclaredRoutes(kit, routes, () => {
  it('asks where people read their mail with the four client ids, and the provider question is not mistaken for it', () => {
    // The coverage table and the home page's per-app links take the first question with a client id.
    const question = findClientQuestion(kit.guide, kit.guide.start);
    expect(question?.id).toBe('client');
    expect(question?.answers.map((a) => a.id).sort()).toEqual([...CLIENTS].sort());
  });
});

describe('gmail-pop-fetch-ended: every node', () => {
  it.each(kit.guide.nodes.map((n) => n.id))(
    '%s has a title in ja and en, and every step has one too',
    (id) => {
      for (const lang of ['ja', 'en'] as const) {
        const words = locale[lang].nodes[id];
        expect(words?.title, `${lang} ${id}`).toBeTruthy();
        const n = node(id);
        if (n.kind === 'fix') {
          // A shared step's wording is in locales/*/shared.json, checked with the shared content.
          for (const s of n.steps.filter((step) => step.text.ns === GUIDE)) {
            expect(words?.steps?.[s.id]?.title, `${lang} ${id} › ${s.id}`).toBeTruthy();
          }
        }
        if (n.kind === 'question') {
          for (const a of n.answers) expect(words?.answers?.[a.id], `${lang} ${id} › ${a.id}`).toBeTruthy();
        }
      }
    },
  );

  it('reaches every node from the start, and every path ends in a resolved or hand-off outcome', () => {
    const seen = new Set<string>();
    const queue = [kit.guide.start];
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const n = node(id);
      const out = edges(n);
      if (out.length === 0) expect(n.kind, `${id} has no way on`).toBe('outcome');
      for (const e of out) queue.push(e.next);
    }
    expect([...seen].sort()).toEqual(kit.guide.nodes.map((n) => n.id).sort());
    const ends = kit.guide.nodes.filter((n) => n.kind === 'outcome');
    expect(ends.map((n) => n.kind === 'outcome' && n.outcome).sort()).toEqual([
      'handoff',
      'handoff',
      'resolved',
      'resolved',
      'resolved',
    ]);
  });
});

describe('gmail-pop-fetch-ended: what changed, and what did not', () => {
  it('someone afraid of losing mail is told that mail already in Gmail stays, on the first screen and at every solved end', () => {
    expect(locale.ja.nodes['what-stopped']?.body).toContain('Gmail に取り込み済みのメールは消えません');
    expect(locale.en.nodes['what-stopped']?.body).toContain('Mail already brought into Gmail is not deleted');
    for (const id of ['resolved-forward', 'resolved-app', 'resolved-webmail']) {
      expect(text('ja', node(id)), id).toMatch(
        /Gmail に(取り込み済みだった|)(メール|)[^。]*そのまま残っています/,
      );
      expect(text('en', node(id)), id).toMatch(
        /already (brought into|in) Gmail (stays in Gmail|is still there)/,
      );
    }
  });

  it('gives the announcement and end dates, and says the end may come in stages', () => {
    const ja = locale.ja.nodes['what-stopped']?.body ?? '';
    const en = locale.en.nodes['what-stopped']?.body ?? '';
    expect(ja).toContain('2025 年 9 月 30 日');
    expect(ja).toContain('2026 年 1 月');
    expect(ja).toContain('すでに使っていた人は 2026 年中に止める');
    expect(en).toContain('September 30, 2025');
    expect(en).toContain('January 2026');
    expect(en).toContain('later in 2026');
  });

  it('does not tell people that POP or IMAP access to their own Gmail address ends', () => {
    expect(locale.ja.nodes['what-stopped']?.body).toContain(
      'POP や IMAP を使って読むことは、これまでどおりできます',
    );
    expect(locale.en.nodes['what-stopped']?.body).toContain('by POP or IMAP keeps working as before');
  });

  it("shows where the old setting is in Gmail on the web, with the menu names Gmail's Japanese screen uses", () => {
    const hint = locale.ja.nodes['what-stopped']?.hints?.fetch ?? '';
    expect(hint).toContain('「すべての設定を表示」›「アカウントとインポート」');
    expect(hint).toContain('「他のアカウントのメールを確認」');
    expect(hint).toContain('「Gmailify でリンクされています」');
    expect(locale.en.nodes['what-stopped']?.hints?.fetch).toContain(
      '"See all settings" › "Accounts and Import"',
    );
  });
});

describe('gmail-pop-fetch-ended: journeys', () => {
  it('someone whose provider mail stopped arriving in Gmail is offered forwarding first, told where to look without a made-up menu', () => {
    const fix = walk('fetch', 'other');
    expect(fix.id).toBe('forward');
    const find = stepText('ja', fix, 'find-forwarding');
    expect(find).toContain('場所は提供元ごとに違います');
    // Carrier mail may not forward to outside addresses: hedged, not promised.
    expect(find).toContain('携帯電話会社のメールなど、ほかのアドレスへの転送ができないもの');
    expect(stepText('en', fix, 'find-forwarding')).toContain(
      "such as a mobile carrier's, cannot be forwarded",
    );
    expect(find).not.toContain('My docomo');
  });

  it('someone setting up forwarding learns that old mail is not forwarded and that forwarded mail can land in 迷惑メール', () => {
    // Not sure how it was set up: the same questions, then the same forwarding fix.
    expect(walk('not-sure', 'other').id).toBe('forward');
    const forward = walk('fetch', 'other');
    expect(stepText('ja', forward, 'mail-in-between')).toContain(
      '転送されるのは、設定したあとに届くメールだけです',
    );
    expect(stepText('en', forward, 'mail-in-between')).toContain(
      'Only mail that arrives after you set up forwarding',
    );
    expect(stepText('ja', forward, 'check-spam')).toContain('「迷惑メール」');
    expect(stepText('en', forward, 'check-spam')).toContain('Spam folder');
    expect(text('ja', node('resolved-forward'))).toContain('「迷惑メール」');
  });

  it('someone forwarding from another Gmail address is told the setting is under 「メール転送と POP/IMAP」', () => {
    expect(walk('fetch', 'other-gmail').id).toBe('forward');
    expect(stepText('ja', node('forward'), 'find-forwarding')).toContain('「メール転送と POP/IMAP」');
    expect(stepText('en', node('forward'), 'find-forwarding')).toContain('"Forwarding and POP/IMAP"');
  });

  it('a Gmail app user who cannot forward adds the address by IMAP, and is told what Gmailify did that this does not', () => {
    const fix = walk(...NO_FORWARDING, 'gmail');
    expect(fix.id).toBe('gmail-app-imap');
    const ja = stepText('ja', fix, 'what-changes');
    expect(ja).toContain('パソコンのブラウザの Gmail には入りません');
    expect(ja).toContain('迷惑メールのフィルタ');
    expect(ja).toContain('一緒には検索できません');
    const en = stepText('en', fix, 'what-changes');
    expect(en).toContain('spam filter');
    expect(en).toContain('cannot search it together');
    // The Gmail app's own labels are not verified: the wording keeps its hedge.
    expect(stepText('ja', fix, 'open-add-account')).toContain('少し違うことがあります');
    expect(stepText('en', fix, 'open-add-account')).toContain('may differ a little');
  });

  it('a docomo user adding ドコモメール to the Gmail app uses the IMAP専用パスワード and gets docomo’s table', () => {
    const fix = walk('fetch', 'docomo', 'gmail');
    expect(fix.id).toBe('gmail-app-imap');
    expect(stepText('ja', fix, 'address-password')).toContain(
      'dアカウントのパスワードではなく IMAP専用パスワード',
    );
    expect(stepText('ja', fix, 'address-password')).toContain('「IMAP専用ID・パスワードの確認」');
    expect(stepText('en', fix, 'address-password')).toContain('not the d ACCOUNT password');
    expect(steps(fix).find((s) => s.settings)?.settings).toEqual({
      provider: 'docomo',
      protocols: ['imap', 'smtp'],
    });
    expect(locale.ja.nodes[fix.id]?.caution).toContain('SSL なしにはしないでください');
  });

  it('a docomo user is not sent to forwarding first: they choose where to read ドコモメール', () => {
    expect(walk('fetch', 'docomo').id).toBe('client');
  });

  it("a docomo user on iPhone installs docomo's profile rather than typing servers", () => {
    const fix = walk('fetch', 'docomo', 'iphone-mail');
    expect(fix.id).toBe('iphone-mail-add');
    expect(steps(fix)[0]?.id).toBe('carrier-setup');
    expect(stepText('ja', fix, 'carrier-setup')).toContain('プロファイル');
    expect(stepText('ja', fix, 'carrier-setup')).toContain('サーバー名などを自分で入れる必要はありません');
    expect(locale.ja.nodes[fix.id]?.steps?.['add-account']?.menu).toEqual([
      '設定',
      'アプリ',
      'メール',
      'メールアカウント',
      'アカウントを追加',
    ]);
  });

  it.each(['au', 'softbank'])(
    'an %s user is not sent to forwarding first, and on iPhone sets the carrier mail up the carrier’s way',
    (carrier) => {
      expect(walk('fetch', carrier).id).toBe('client');
      expect(walk('not-sure', carrier).id).toBe('client');
      const fix = walk('fetch', carrier, 'iphone-mail');
      expect(fix.id).toBe('iphone-mail-add');
      // The carrier step comes before the one that types servers in by hand.
      expect(steps(fix)[0]?.id).toBe('carrier-setup');
      const ja = stepText('ja', fix, 'carrier-setup');
      expect(ja).toContain(
        'au のメールやソフトバンクのメールは、それぞれの会社の iPhone 向けの案内に従って追加します',
      );
      expect(ja).toContain('au のメールは、サーバー名などを自分で入れないでください');
      expect(stepText('en', fix, 'carrier-setup')).toContain(
        'For au mail, do not type server names yourself',
      );
      // Where no app works, the mail is read the carrier's way.
      const webmail = walk('fetch', carrier, 'iphone-mail', 'no');
      expect(webmail.id).toBe('provider-webmail');
      expect(stepText('ja', webmail, 'open-webmail')).toContain(
        'それぞれの会社が案内している読み方で読みます',
      );
      expect(stepText('en', webmail, 'open-webmail')).toContain('read the way each company describes');
    },
  );

  it('au mail is no longer lumped in with provider mail, and au one net is told apart from it', () => {
    expect(locale.ja.nodes.provider?.answers?.other).not.toContain('au');
    expect(locale.en.nodes.provider?.answers?.other).not.toContain('au mail');
    expect(locale.ja.nodes.provider?.hints?.au).toContain('au one net');
  });

  it('someone who reads mail in new Outlook is told servers cannot be changed after adding', () => {
    const fix = walk(...NO_FORWARDING, 'outlook-new');
    expect(fix.id).toBe('outlook-add');
    expect(walk(...NO_FORWARDING, 'outlook-classic').id).toBe('outlook-add');
    expect(stepText('ja', fix, 'new-outlook-add')).toContain(
      '追加したあとに受信サーバーやポート、暗号化の種類を変えられません',
    );
    expect(stepText('en', fix, 'new-outlook-add')).toContain('cannot be changed after the account is added');
    expect(locale.ja.nodes['outlook-add']?.steps?.['classic-add']?.menu).toEqual([
      'ファイル',
      'アカウントの追加',
    ]);
  });

  it('someone whose account in the Gmail app stopped goes straight to adding it again by IMAP', () => {
    const fix = walk('app-account');
    expect(fix.id).toBe('gmail-app-imap');
    expect(locale.ja.nodes[fix.id]?.body).toContain(
      'POP で追加していたアカウントが受信できなくなったときも、IMAP で追加し直します',
    );
  });

  it('when no app works, the mail is read at the provider, which still holds what Gmail did not fetch', () => {
    const fix = walk(...NO_FORWARDING, 'gmail', 'no');
    expect(fix.id).toBe('provider-webmail');
    expect(stepText('ja', fix, 'mail-waiting')).toContain('ふつうは提供元のサーバーに残っています');
    expect(stepText('ja', fix, 'mailbox-space')).toContain('いっぱいになると');
    expect(stepText('en', fix, 'mailbox-space')).toContain('When the mailbox is full');
  });

  it('someone for whom nothing works ends at a hand-off that says what to ask the provider, with the password and SSL guides', () => {
    const end = walk(...NO_FORWARDING, 'iphone-mail', 'no', 'no');
    expect(end).toMatchObject({ id: 'handoff-provider', kind: 'outcome', outcome: 'handoff' });
    expect(end.kind === 'outcome' && end.related?.map((r) => r.guide)).toEqual([
      'password-prompts',
      'cannot-connect-ssl',
    ]);
    const ja = text('ja', end);
    expect(ja).toContain('Gmail への転送の設定ができるか');
    expect(ja).toContain('IMAP で追加するときのサーバー名とポート番号');
    expect(text('en', end)).toContain('Whether forwarding to Gmail can be set up');
  });

  it('a work or school account goes to the administrator, with IMAP/POP and app passwords named as theirs to decide', () => {
    const end = walk('fetch', 'work');
    expect(end).toMatchObject({ id: 'handoff-admin', kind: 'outcome', outcome: 'handoff' });
    const ja = text('ja', end);
    expect(ja).toContain('IMAP や POP、アプリ パスワードが管理者によって使えないようになっていると');
    expect(ja).toContain('Gmail への転送が許されているか');
    const en = text('en', end);
    expect(en).toContain('turned off IMAP, POP or app passwords');
    expect(en).toContain('Whether forwarding to Gmail is allowed');
  });

  it('every fix can be reached and each says yes → a resolved end', () => {
    const fixes = kit.guide.nodes.filter((n) => n.kind === 'fix');
    expect(fixes.map((f) => f.id).sort()).toEqual(
      ['forward', 'gmail-app-imap', 'iphone-mail-add', 'outlook-add', 'provider-webmail'].sort(),
    );
    for (const f of fixes) {
      const yes = node(f.kind === 'fix' ? f.yes : '');
      expect(yes.kind === 'outcome' && yes.outcome, f.id).toBe('resolved');
    }
  });
});

describe('gmail-pop-fetch-ended: symptoms', () => {
  it('each symptom opens past the questions it already answers', () => {
    expect(symptomLandsOn('gmail-pop-fetch-ended')).toBe('provider');
    expect(symptomLandsOn('gmailify-ended')).toBe('provider');
    expect(symptomLandsOn('docomo-mail-not-in-gmail')).toBe('client');
    expect(symptomLandsOn('gmail-app-pop-account')).toBe('gmail-app-imap');
  });

  it('lists the phrases people use, in Japanese and English', () => {
    const all = kit.guide.symptoms.flatMap((s) => s.aliases);
    expect(all).toEqual(
      expect.arrayContaining([
        'Gmailに他のメールが届かなくなった',
        'Gmailify',
        '他のアカウントのメールを確認 できない',
        'Gmail not checking my other account',
        'Gmail POP fetch stopped',
        "my provider's mail no longer arrives in Gmail",
        'docomo mail no longer arrives in Gmail',
        'au mail no longer arrives in Gmail',
      ]),
    );
  });
});

describe('gmail-pop-fetch-ended: the error finder', () => {
  const index = finderIndex({ titles: true });

  it.each([
    ['Gmailに他のメールが届かなくなった', 'gmail-pop-fetch-ended'],
    ['Gmail に他のメールが届かない', 'gmail-pop-fetch-ended'],
    ['他のアカウントのメールを確認 できない', 'gmail-pop-fetch-ended'],
    ['他のアカウントのメールを確認', 'gmail-pop-fetch-ended'],
    ['Gmail not checking my other account', 'gmail-pop-fetch-ended'],
    ['Gmail POP fetch stopped', 'gmail-pop-fetch-ended'],
    ['Gmail stopped fetching mail from other accounts', 'gmail-pop-fetch-ended'],
    ["my provider's mail no longer arrives in Gmail", 'gmail-pop-fetch-ended'],
    ['au mail no longer arrives in Gmail', 'gmail-pop-fetch-ended'],
    ['auメール Gmail 届かない', 'gmail-pop-fetch-ended'],
    ['ソフトバンク メール Gmail 届かない', 'gmail-pop-fetch-ended'],
    ['SoftBank mail no longer arrives in Gmail', 'gmail-pop-fetch-ended'],
    ['Gmail POP 終了', 'gmail-pop-fetch-ended'],
    ['Gmail プロバイダー メール 届かない', 'gmail-pop-fetch-ended'],
    ['Gmailify', 'gmailify-ended'],
    ['Gmailify 終了', 'gmailify-ended'],
    ['docomo mail no longer arrives in Gmail', 'docomo-mail-not-in-gmail'],
    ['ドコモメールが Gmail に届かなくなった', 'docomo-mail-not-in-gmail'],
    ['ドコモメール Gmail 届かない', 'docomo-mail-not-in-gmail'],
    ['Gmail アプリ POP 受信できない', 'gmail-app-pop-account'],
  ])('"%s" ranks this guide first (symptom %s), above every other guide', (query, symptomId) => {
    const results = searchSymptoms(index, query, 10);
    expect(results[0]).toMatchObject({ guide: GUIDE, symptomId });
    const otherGuide = results.find((r) => r.guide !== GUIDE);
    expect(otherGuide === undefined || otherGuide.score < (results[0]?.score ?? 0)).toBe(true);
  });
});

describe('gmail-pop-fetch-ended: safe advice', () => {
  it('no step or outcome, in either language, advises turning SSL off or accepting a certificate warning', () => {
    expect(kit.riskySentences()).toEqual([]);
  });

  it('names no server in its wording: docomo’s values come from the provider table', () => {
    const all = kit.resolved.nodes.flatMap((n) => [text('ja', n), text('en', n)]).join('\n');
    expect(hostMentions(all)).toEqual([]);
  });
});
