// The everyday-words triage: which app, send or receive, which message; every end either continues in the
// guide that fits (past the questions already answered) or, with no message, checks the basics and hands off.
import { readdirSync, readFileSync } from 'node:fs';
import guideData from '@/content/guides/mail-trouble-triage.json';
import jaData from '../../locales/ja/mail-trouble-triage.json';
import enData from '../../locales/en/mail-trouble-triage.json';
import type { Guide, OutcomeNode } from '@/engine/types';
import { edges, questionsAhead, reachesOutcome } from '@/engine/graph';
import { answersLeadTo, resolveJourney } from '@/engine/resolve';
import { serializeAnswers } from '@/engine/url';
import { normalize } from '@/engine/search';
import { formatProblem, loadContent } from '../../scripts/validate-content';
import { validateContent } from '../../tools/content/validate';
import { describeDeclaredRoutes, guideKit, itAsksWhichAppFirst, type Routes } from './guide-kit';

const kit = guideKit(guideData, jaData, enData);
const { guide, locale, node, walk, steps, text } = kit;

const guidesDir = new URL('../../src/content/guides/', import.meta.url);
const readGuide = (id: string) => JSON.parse(readFileSync(new URL(`${id}.json`, guidesDir), 'utf8')) as Guide;
const allGuides = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => readGuide(f.replace(/\.json$/, '')));

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Routes = {
  client: {
    'outlook-classic': 'classic-direction',
    'outlook-new': 'new-message',
    'iphone-mail': 'iphone-direction',
    gmail: 'gmail-message',
  },
  'classic-direction': { sending: 'classic-send', receiving: 'classic-receive', both: 'classic-both' },
  'classic-send': {
    '0x800ccc0e': 'to-0x800ccc0e-sending',
    '0x80042109': 'to-0x80042109',
    '0x800ccc1a': 'to-0x800ccc1a',
    '0x800ccc78': 'to-0x800ccc78',
    '0x8004210b': 'to-0x8004210b',
    other: 'classic-other',
  },
  'classic-receive': {
    '0x800ccc0e': 'to-0x800ccc0e-receiving',
    '0x800ccc0f': 'to-0x800ccc0f-receiving',
    'pop-login': 'to-pop-login',
    spa: 'to-spa',
    '0x800ccc1a': 'to-0x800ccc1a',
    other: 'classic-other',
  },
  'classic-both': {
    '0x800ccc0e': 'to-0x800ccc0e-both',
    '0x800ccc0f': 'to-0x800ccc0f-both',
    '0x800ccc1a': 'to-0x800ccc1a',
    principal: 'to-principal-classic',
    'data-file': 'to-data-file',
    other: 'classic-other',
  },
  'classic-other': {
    principal: 'to-principal-classic',
    password: 'to-password-classic',
    'digital-id': 'to-smime-classic',
    'data-file': 'to-data-file',
    'other-code': 'classic-basics',
    none: 'classic-basics',
  },
  'new-message': {
    password: 'to-password-new',
    principal: 'to-principal-new',
    'digital-id': 'to-smime-new',
    code: 'to-codes-new',
    none: 'new-basics',
  },
  'iphone-direction': { sending: 'iphone-send', receiving: 'iphone-receive', both: 'iphone-receive' },
  'iphone-send': {
    'cannot-send': 'to-iphone-cannot-send',
    ssl: 'to-iphone-ssl',
    password: 'to-iphone-password',
    'connect-failed': 'to-iphone-connect-failed',
    none: 'iphone-basics',
  },
  'iphone-receive': {
    'connect-failed': 'to-iphone-connect-failed',
    ssl: 'to-iphone-ssl',
    verify: 'to-iphone-verify',
    password: 'to-iphone-password',
    'account-error': 'to-iphone-account-error',
    none: 'iphone-basics',
  },
  'gmail-message': {
    'other-accounts': 'to-gmail-other-accounts',
    password: 'to-password-gmail',
    none: 'gmail-basics',
  },
  'classic-basics': { yes: 'resolved-basics', no: 'webmail' },
  'new-basics': { yes: 'resolved-basics', no: 'webmail' },
  'iphone-basics': { yes: 'resolved-basics', no: 'webmail' },
  'gmail-basics': { yes: 'resolved-basics', no: 'handoff-gmail' },
  webmail: { works: 'handoff-app', fails: 'provider-status', 'not-sure': 'provider-status' },
  'provider-status': { yes: 'resolved-provider', no: 'handoff-provider' },
};

/**
 * Where each continue outcome leads, written out by hand: the guide, the node it opens (past the questions
 * the triage already answered) and the answers in its query.
 */
const continues: Record<string, [guide: string, node: string, query: string]> = {
  'to-0x800ccc0e-sending': [
    'outlook-connection-errors',
    'provider',
    'client=outlook-classic&code=connect-failed&direction=sending',
  ],
  'to-0x800ccc0e-receiving': [
    'outlook-connection-errors',
    'provider',
    'client=outlook-classic&code=connect-failed&direction=receiving',
  ],
  'to-0x800ccc0e-both': [
    'outlook-connection-errors',
    'connection-basics',
    'client=outlook-classic&code=connect-failed&direction=both',
  ],
  'to-0x800ccc0f-receiving': [
    'outlook-connection-errors',
    'receive-interval',
    'client=outlook-classic&code=connection-cut&cut-direction=receiving',
  ],
  'to-0x800ccc0f-both': [
    'outlook-connection-errors',
    'connection-basics',
    'client=outlook-classic&code=connection-cut&cut-direction=both',
  ],
  'to-0x80042109': ['outlook-connection-errors', 'provider', 'client=outlook-classic&code=smtp-connect'],
  'to-0x8004210b': ['outlook-connection-errors', 'outbox', 'client=outlook-classic&code=smtp-timeout'],
  'to-0x800ccc78': ['outlook-connection-errors', 'smtp-auth', 'client=outlook-classic&code=sender-rejected'],
  'to-0x800ccc1a': ['encryption-mismatch', 'provider', 'client=outlook-classic'],
  'to-pop-login': [
    'outlook-pop-and-data-file',
    'server-reply',
    'client=outlook-classic&which-error=pop-login',
  ],
  'to-spa': ['outlook-pop-and-data-file', 'untick-spa', 'client=outlook-classic&which-error=spa'],
  'to-data-file': ['outlook-pop-and-data-file', 'which-error', 'client=outlook-classic'],
  'to-principal-classic': ['certificate-name-mismatch', 'when', 'client=outlook-classic'],
  'to-password-classic': ['password-prompts', 'webmail', 'client=outlook-classic'],
  'to-smime-classic': ['smime-send', 'which-mail', 'client=outlook-classic'],
  'to-password-new': ['password-prompts', 'webmail', 'client=outlook-new'],
  'to-principal-new': ['certificate-name-mismatch', 'new-outlook-account', 'client=outlook-new'],
  'to-smime-new': ['smime-send', 'new-outlook-smime', 'client=outlook-new'],
  'to-codes-new': ['outlook-connection-errors', 'not-in-new-outlook', 'client=outlook-new'],
  'to-iphone-cannot-send': ['iphone-mail-errors', 'send-settings', 'client=iphone-mail&message=cannot-send'],
  'to-iphone-ssl': ['cannot-connect-ssl', 'restart-mail', 'client=iphone-mail&message=ssl'],
  'to-iphone-verify': ['cannot-connect-ssl', 'identity-network', 'client=iphone-mail&message=verify'],
  'to-iphone-account-error': [
    'iphone-mail-errors',
    'account-error-detail',
    'client=iphone-mail&message=account-error',
  ],
  'to-iphone-password': ['iphone-mail-errors', 'provider', 'client=iphone-mail&message=password'],
  'to-iphone-connect-failed': [
    'iphone-mail-errors',
    'restart-mail',
    'client=iphone-mail&message=connection-failed',
  ],
  'to-gmail-other-accounts': ['gmail-pop-fetch-ended', 'provider', 'what-stopped=fetch'],
  'to-password-gmail': ['password-prompts', 'webmail', 'client=gmail'],
};

const outcome = (id: string) => node(id) as OutcomeNode;

/** Where a continue outcome's link opens, computed with the engine exactly as the build does. */
function leadsTo(id: string): [string, string, string] {
  const to = outcome(id).continue;
  if (!to) throw new Error(`${id} has no continue target`);
  const target = readGuide(to.guide);
  if (to.node !== undefined) return [to.guide, to.node, serializeAnswers(target, to.answers ?? {})];
  const link = answersLeadTo(target, to.answers ?? {});
  return [to.guide, link.node, serializeAnswers(target, link.answers)];
}

describeDeclaredRoutes(kit, routes, () => itAsksWhichAppFirst(kit));

describe('mail-trouble-triage: short questions', () => {
  it('offers at most 6 answers on every question, and at most 3 questions before an end', () => {
    for (const n of guide.nodes)
      if (n.kind === 'question') expect(n.answers.length, n.id).toBeLessThanOrEqual(6);
    // app → send or receive → which message → (other messages) → where to go
    expect(questionsAhead(kit.resolved, guide.start)).toBeLessThanOrEqual(4);
  });
});

describe('mail-trouble-triage: each message continues in the guide that fits', () => {
  it('lists every continue outcome of the guide in this test', () => {
    const declared = guide.nodes.filter((n) => n.kind === 'outcome' && n.outcome === 'continue');
    expect(declared.map((n) => n.id).sort()).toEqual(Object.keys(continues).sort());
  });

  it.each(Object.entries(continues))(
    '%s opens the guide and node written above, past the answers already given',
    (id, expected) => {
      expect(leadsTo(id)).toEqual(expected);
    },
  );

  it('a continue link never claims an answer the person did not give: every answer reaches its node', () => {
    for (const id of Object.keys(continues)) {
      const [target, nodeId, query] = leadsTo(id);
      const journey = resolveJourney(readGuide(target), target, nodeId, query);
      expect(journey, id).toMatchObject({ ok: true, reached: true, dropped: [] });
    }
  });

  it('someone whose classic Outlook says 0x800CCC0E when sending lands on the provider question of that guide', () => {
    const end = walk('outlook-classic', 'sending', '0x800ccc0e');
    expect(end.id).toBe('to-0x800ccc0e-sending');
    expect(leadsTo(end.id)).toEqual([
      'outlook-connection-errors',
      'provider',
      'client=outlook-classic&code=connect-failed&direction=sending',
    ]);
  });

  it('an iPhone user who sees 「SSLで接続できません」 skips the app and message questions of the SSL guide', () => {
    expect(leadsTo(walk('iphone-mail', 'receiving', 'ssl').id)).toEqual([
      'cannot-connect-ssl',
      'restart-mail',
      'client=iphone-mail&message=ssl',
    ]);
  });

  it("a Gmail user whose provider's mail stopped arriving goes to the Gmail POP guide", () => {
    expect(leadsTo(walk('gmail', 'other-accounts').id)[0]).toBe('gmail-pop-fetch-ended');
  });

  it('a continue outcome is a terminal node of the triage: no edges, an outcome for the graph checks', () => {
    const ends = Object.keys(continues);
    const canEnd = reachesOutcome(kit.resolved);
    for (const id of ends) {
      expect(edges(node(id)), id).toEqual([]);
      expect(canEnd.has(id), id).toBe(true);
      expect(questionsAhead(kit.resolved, id), id).toBe(0);
    }
  });
});

describe('mail-trouble-triage: the answers quote the messages people see', () => {
  /** Every alias of every symptom of `guideId`, normalised. */
  const aliasesOf = (guideId: string) =>
    allGuides
      .filter((g) => g.id === guideId)
      .flatMap((g) => g.symptoms.flatMap((s) => s.aliases))
      .map(normalize);

  const quoted = (label: string) =>
    [...label.matchAll(/「([^」]+)」|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');

  it.each(['ja', 'en'] as const)(
    'in %s, each quoted message on a message question is an alias of the guide that answer leads to',
    (lang) => {
      const messageQuestions = guide.nodes.filter(
        (n) =>
          n.kind === 'question' &&
          /send|receive|both|other|message/.test(n.id) &&
          n.id !== 'classic-direction',
      );
      let checked = 0;
      for (const q of messageQuestions) {
        if (q.kind !== 'question') continue;
        for (const answer of q.answers) {
          const end = node(answer.next);
          const to = end.kind === 'outcome' ? end.continue : undefined;
          if (!to) continue;
          const label = locale[lang].nodes[q.id]?.answers?.[answer.id] ?? '';
          for (const message of quoted(label).filter((m) => !m.includes('…'))) {
            const aliases = aliasesOf(to.guide);
            expect(
              aliases.some((a) => a.includes(normalize(message))),
              `${lang} ${q.id}/${answer.id}: ${message} (→ ${to.guide})`,
            ).toBe(true);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThanOrEqual(lang === 'ja' ? 18 : 14);
    },
  );

  it('quotes the exact iPhone and Outlook texts people recognise, in Japanese', () => {
    const all = JSON.stringify(locale.ja.nodes);
    for (const message of [
      '0x800CCC0E「サーバーへの接続は失敗しました」',
      '「SSLで接続できません」',
      '「サーバーへの接続に失敗しました」',
      '「パスワードが正しくありません」',
      '「対象のプリンシパル名が間違っています」',
      '0x800CCC1A「このサーバーは、指定した種類の接続暗号化をサポートしていません」',
      '0x800CCC78「メッセージを送信できません。',
      '「アカウントエラー」',
      'メッセージは出ていない',
    ])
      expect(all).toContain(message);
  });
});

describe('mail-trouble-triage: no message still leads somewhere', () => {
  it('classic Outlook with no message: check the PC and Outlook, then webmail, then the provider, then a hand-off', () => {
    const basics = walk('outlook-classic', 'both', 'other', 'none');
    expect(basics.id).toBe('classic-basics');
    expect(steps(basics).map((s) => s.id)).toEqual(['browser', 'offline', 'other-network']);
    expect(text('ja', basics)).toContain('オフライン作業');
    expect(walk('outlook-classic', 'both', 'other', 'none', 'no', 'fails').id).toBe('provider-status');
    const end = walk('outlook-classic', 'both', 'other', 'none', 'no', 'fails', 'no');
    expect(end).toMatchObject({ kind: 'outcome', outcome: 'handoff', id: 'handoff-provider' });
  });

  it('an unknown Outlook code is checked like no message, and the hand-off asks for the code', () => {
    expect(walk('outlook-classic', 'sending', 'other', 'other-code').id).toBe('classic-basics');
    expect(text('ja', node('handoff-app'))).toContain('エラーコードの全文');
  });

  it('an iPhone with no message first checks Wi-Fi and mobile data (the shared fix)', () => {
    const fix = walk('iphone-mail', 'sending', 'none');
    expect(fix.id).toBe('iphone-basics');
    expect(steps(fix).map((s) => s.id)).toContain('try-mobile-data');
  });

  it('webmail that works hands off about the app settings; webmail that fails checks the provider status page', () => {
    expect(walk('outlook-new', 'none', 'no', 'works')).toMatchObject({
      id: 'handoff-app',
      outcome: 'handoff',
    });
    const status = walk('outlook-new', 'none', 'no', 'fails');
    expect(text('ja', status)).toContain('障害・メンテナンス情報');
    expect(text('en', status)).toContain('outages and maintenance');
  });

  it("Gmail with no message looks in spam and at Google's status dashboard before the hand-off", () => {
    const fix = walk('gmail', 'none');
    expect(text('ja', fix)).toContain('迷惑メール');
    expect(text('ja', fix)).toContain('Google Workspace ステータス ダッシュボード');
    expect(walk('gmail', 'none', 'no')).toMatchObject({ outcome: 'handoff' });
  });
});

describe('mail-trouble-triage: symptoms for everyday words', () => {
  const aliases = (id: string) => guide.symptoms.find((s) => s.id === id)?.aliases ?? [];

  it('covers the everyday phrases in Japanese and English', () => {
    expect(aliases('cannot-send-mail')).toEqual(
      expect.arrayContaining(['メールが送信できません', 'メールが送れない', "can't send email"]),
    );
    expect(aliases('cannot-receive-mail')).toEqual(
      expect.arrayContaining(['メールが受信できません', 'メールが届かない', 'not receiving email']),
    );
    expect(aliases('mail-stopped-working')).toEqual(
      expect.arrayContaining(['突然送受信できなくなった', 'メールが使えない', 'email stopped working']),
    );
  });

  it('does not take an exact message of another guide as its own alias (iPhone "Cannot Send Mail")', () => {
    const mine = new Set(guide.symptoms.flatMap((s) => s.aliases).map(normalize));
    const others = allGuides
      .filter((g) => g.id !== guide.id)
      .flatMap((g) => g.symptoms.flatMap((s) => s.aliases.map((a) => `${g.id}: ${a}`)))
      .filter((a) => mine.has(normalize(a.slice(a.indexOf(': ') + 2))));
    expect(others).toEqual([]);
  });

  it('starts at the app question, in every app', () => {
    for (const s of guide.symptoms) {
      expect(s.answers, s.id).toBeUndefined();
      expect(s.clients, s.id).toEqual(['outlook-classic', 'outlook-new', 'iphone-mail', 'gmail']);
    }
  });
});

describe('mail-trouble-triage: the validator checks continue targets', () => {
  /** The real content with this guide's first continue outcome replaced by `change`. */
  function problemsWith(change: (o: OutcomeNode) => void): string[] {
    const { input } = loadContent();
    const guides = input.guides.map((g) => {
      if ((g.data as Guide).id !== guide.id) return g;
      const copy = structuredClone(g.data) as Guide;
      const first = copy.nodes.find((n) => n.kind === 'outcome' && n.outcome === 'continue') as OutcomeNode;
      change(first);
      return { ...g, data: copy };
    });
    return validateContent({ ...input, guides })
      .filter((p) => p.file.includes(guide.id))
      .map(formatProblem);
  }

  it('accepts the real guide', () => {
    expect(problemsWith(() => undefined)).toEqual([]);
  });

  it('names the file, the node and the fix for a guide, node or answer that does not exist', () => {
    expect(problemsWith((o) => (o.continue = { guide: 'outlook-conection-errors' })).join('\n')).toMatch(
      /mail-trouble-triage\.json › to-0x800ccc0e-sending: continues in guide "outlook-conection-errors", which does not exist\n {2}fix: .*Did you mean "outlook-connection-errors"\?/,
    );
    expect(
      problemsWith((o) => (o.continue = { guide: 'outlook-connection-errors', node: 'no-such-node' })),
    ).toEqual([
      expect.stringContaining('continues at "outlook-connection-errors/no-such-node", which is not a node'),
    ]);
    expect(
      problemsWith(
        (o) =>
          (o.continue = {
            guide: 'outlook-connection-errors',
            answers: { client: 'outlook-classic', code: 'x' },
          }),
      ),
    ).toEqual([expect.stringMatching(/"code=x" is not an answer .*\n {2}fix: Use one of: "connect-failed"/)]);
    expect(
      problemsWith(
        (o) => (o.continue = { guide: 'outlook-connection-errors', answers: { provider2: 'gmail' } }),
      ),
    ).toEqual([
      expect.stringContaining('continue answer "provider2" is not a question of "outlook-connection-errors"'),
    ]);
  });

  it('requires a target on a continue outcome, and only there', () => {
    expect(problemsWith((o) => delete o.continue)).toEqual([
      expect.stringContaining('continue outcome without a "continue" target'),
    ]);
    expect(problemsWith((o) => (o.outcome = 'handoff'))).toEqual([
      expect.stringContaining('outcome "handoff" has a "continue" target'),
    ]);
  });
});
