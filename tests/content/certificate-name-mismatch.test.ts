// @vitest-environment node
// The certificate-name-mismatch guide, node by node and along the journeys real people take.
import guideData from '@/content/guides/certificate-name-mismatch.json';
import sharedData from '@/content/shared.json';
import jaData from '../../locales/ja/certificate-name-mismatch.json';
import enData from '../../locales/en/certificate-name-mismatch.json';
import jaSharedData from '../../locales/ja/shared.json';
import enSharedData from '../../locales/en/shared.json';
import type {
  FixNode,
  Guide,
  Lang,
  LocaleGuide,
  LocaleShared,
  QuestionNode,
  ResolvedNode,
  SharedContent,
} from '@/engine/types';
import { resolveGuide } from '@/engine/shared';
import { riskySentence } from '@/engine/wording';

const guide = guideData as Guide;
const resolved = resolveGuide(guide, sharedData as SharedContent);
const text: Record<Lang, LocaleGuide> = { ja: jaData as LocaleGuide, en: enData as LocaleGuide };
const sharedText: Record<Lang, LocaleShared> = {
  ja: jaSharedData as LocaleShared,
  en: enSharedData as LocaleShared,
};

// Where every answer must lead, written out by hand: a change to the tree has to be made here too, on purpose.
const routes: Record<string, Record<string, string>> = {
  client: {
    'outlook-classic': 'when',
    'outlook-new': 'new-outlook',
    'iphone-mail': 'on-iphone',
    gmail: 'not-in-gmail',
  },
  when: { 'every-time': 'issued-to', 'some-networks': 'network-check', 'after-change': 'issued-to' },
  'network-check': { yes: 'resolved-network', no: 'issued-to' },
  'issued-to': {
    'provider-domain': 'use-certificate-name',
    'own-domain': 'exact-name',
    unrelated: 'unrelated-name',
    expired: 'expired',
    'not-sure': 'use-certificate-name',
  },
  'use-certificate-name': { yes: 'resolved-name', no: 'handoff-provider' },
  'exact-name': { yes: 'resolved-name', no: 'use-certificate-name' },
  'unrelated-name': { yes: 'resolved-network', no: 'handoff-network' },
  expired: { yes: 'resolved-clock', no: 'handoff-expired' },
  'new-outlook': { yes: 'resolved-new-outlook', no: 'handoff-provider' },
};

function node(id: string): ResolvedNode {
  const found = resolved.byId.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** Follows answer ids (question answers, or yes/no after a fix) from the start; returns the node reached. */
function walk(...answers: string[]): ResolvedNode {
  let current = node(resolved.start);
  for (const answer of answers) {
    let next: string | undefined;
    if (current.kind === 'question') next = current.answers.find((a) => a.id === answer)?.next;
    else if (current.kind === 'fix' && (answer === 'yes' || answer === 'no')) next = current[answer];
    if (next === undefined) throw new Error(`"${answer}" is not an answer at ${current.id}`);
    current = node(next);
  }
  return current;
}

function lookup(root: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], root);
}

/** Every word a person reads on a node in one language: title, body, answers and all steps (shared ones too). */
function wording(n: ResolvedNode, lang: Lang): string {
  const files: Record<string, unknown> = { [guide.id]: text[lang], shared: sharedText[lang] };
  const parts: unknown[] = [lookup(files[n.text.ns], n.text.key)];
  if (n.kind === 'fix') for (const step of n.steps) parts.push(lookup(files[step.text.ns], step.text.key));
  return JSON.stringify(parts);
}

describe('certificate-name-mismatch: each answer goes where declared', () => {
  const declared = guide.nodes.filter(
    (n): n is QuestionNode | FixNode => n.kind === 'question' || n.kind === 'fix',
  );

  it('lists every question and fix of the guide in this test', () => {
    expect(declared.map((n) => n.id).sort()).toEqual(Object.keys(routes).sort());
  });

  for (const [nodeId, answers] of Object.entries(routes)) {
    for (const [answer, next] of Object.entries(answers)) {
      it(`${nodeId}: "${answer}" leads to ${next}`, () => {
        const n = guide.nodes.find((x) => x.id === nodeId);
        if (n?.kind === 'question') {
          expect(n.answers.map((a) => a.id)).toEqual(Object.keys(answers));
          expect(n.answers.find((a) => a.id === answer)?.next).toBe(next);
        } else if (n?.kind === 'fix') {
          expect(n[answer as 'yes' | 'no']).toBe(next);
        } else {
          throw new Error(`${nodeId} is not a question or a fix`);
        }
      });
    }
  }

  it('asks which app first, with the four client ids the coverage table counts on', () => {
    const start = node(guide.start);
    expect(start.kind === 'question' && start.answers.map((a) => a.id)).toEqual([
      'outlook-classic',
      'outlook-new',
      'iphone-mail',
      'gmail',
    ]);
  });
});

describe('certificate-name-mismatch: journeys', () => {
  it('a classic Outlook user whose certificate names the hosting provider is told to use the name on the certificate', () => {
    const fix = walk('outlook-classic', 'after-change', 'provider-domain');
    expect(fix.id).toBe('use-certificate-name');
    expect(wording(fix, 'ja')).toContain('「発行先」');
    expect(wording(fix, 'ja')).toContain('「サブジェクト代替名」');
    expect(wording(fix, 'ja')).toContain('「受信メール サーバー」');
    expect(wording(fix, 'en')).toContain('\\"Issued to\\"');
    expect(wording(fix, 'en')).toContain('Subject Alternative Name');
    // The server names come from the provider, never from text: the step shows the "ask your provider" table.
    const setNames = fix.kind === 'fix' ? fix.steps.find((s) => s.id === 'set-server-names') : undefined;
    expect(setNames?.settings).toEqual({ provider: 'other', protocols: ['imap', 'pop', 'smtp'] });
  });

  it('a user who reads "Issued by" by mistake is pointed to "Issued to" instead', () => {
    const question = walk('outlook-classic', 'every-time');
    expect(question.id).toBe('issued-to');
    expect(wording(question, 'ja')).toMatch(/「発行者」ではありません/);
    expect(wording(question, 'en')).toMatch(/Not \\"Issued by\\"/);
  });

  it('someone who sees the warning only on hotel Wi-Fi is told to stop mail there, and never to press Yes', () => {
    const fix = walk('outlook-classic', 'some-networks');
    expect(fix.id).toBe('network-check');
    expect(wording(fix, 'ja')).toContain('「はい」は押さないでください');
    expect(wording(fix, 'en')).toContain('do not select \\"Yes\\"');
    const trial = fix.kind === 'fix' ? fix.steps.find((s) => s.id === 'try-trusted-network') : undefined;
    expect(trial?.diagnostic).toBe(true);
    expect(walk('outlook-classic', 'some-networks', 'yes').id).toBe('resolved-network');
  });

  it('an expired certificate with a correct PC clock ends at a hand-off asking the provider to renew it', () => {
    const end = walk('outlook-classic', 'every-time', 'expired', 'no');
    expect(end).toMatchObject({ id: 'handoff-expired', kind: 'outcome', outcome: 'handoff' });
    expect(wording(end, 'ja')).toContain('更新');
    expect(wording(end, 'en')).toContain('renewed');
  });

  it('an unrelated name that stays on a trusted network ends with the security-software hand-off', () => {
    const end = walk('outlook-classic', 'every-time', 'unrelated', 'no');
    expect(end).toMatchObject({ id: 'handoff-network', outcome: 'handoff' });
    expect(wording(end, 'ja')).toContain('セキュリティソフト');
    expect(wording(end, 'en')).toContain('security software');
  });

  it('a new Outlook user is told to add the account again with the name on the certificate', () => {
    const fix = walk('outlook-new');
    expect(fix.id).toBe('new-outlook');
    expect(wording(fix, 'ja')).toContain('追加し直');
    expect(wording(fix, 'en')).toContain('Add the account again');
  });

  it('an iPhone user is sent to the "Cannot Verify Server Identity" part of the SSL guide', () => {
    const end = walk('iphone-mail');
    expect(end).toMatchObject({
      kind: 'outcome',
      related: [{ guide: 'cannot-connect-ssl', node: 'identity-network' }],
    });
    expect(wording(end, 'ja')).toContain('「サーバの識別情報を検証できません」');
    expect(wording(end, 'en')).toContain('Cannot Verify Server Identity');
  });

  it('a Gmail user is told plainly that Gmail does not show this warning', () => {
    const end = walk('gmail');
    expect(end).toMatchObject({ id: 'not-in-gmail', outcome: 'handoff' });
    expect(end.kind === 'outcome' && end.related?.map((r) => r.guide)).toContain('cannot-connect-ssl');
    expect(wording(end, 'ja')).toContain('Gmail のアプリやウェブ版には出ません');
  });
});

describe('certificate-name-mismatch: safe advice', () => {
  it('no step or outcome, in either language, advises pressing Yes on the warning or turning encryption off', () => {
    const risky: string[] = [];
    for (const lang of ['ja', 'en'] as const) {
      const files: Record<string, unknown> = { [guide.id]: text[lang], shared: sharedText[lang] };
      for (const n of resolved.nodes) {
        // Diagnostic steps are shown with a warning box, so only the node's own text and unmarked steps count.
        const unmarked = n.kind === 'fix' ? n.steps.filter((s) => !s.diagnostic) : [];
        const own = lookup(files[n.text.ns], n.text.key) as { steps?: unknown } | undefined;
        const texts = [
          ...strings({ ...own, steps: undefined }),
          ...unmarked.flatMap((s) => strings(lookup(files[s.text.ns], s.text.key))),
        ];
        for (const t of texts) {
          const sentence = riskySentence(t);
          if (sentence) risky.push(`${lang} ${n.id}: ${sentence}`);
        }
      }
    }
    expect(risky).toEqual([]);
  });
});

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
