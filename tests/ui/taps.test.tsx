// How many taps from the home page to the first step of a fix, for the journeys people take most. A
// symptom carries the answers it implies (app, message, provider), so the journey starts past them.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Guide, GuideNode, LocaleGuide, LocaleShared } from '@/engine/types';
import sslGuide from '@/content/guides/cannot-connect-ssl.json';
import encryptionGuide from '@/content/guides/encryption-mismatch.json';
import passwordGuide from '@/content/guides/password-prompts.json';
import sslJa from '@locales/ja/cannot-connect-ssl.json';
import encryptionJa from '@locales/ja/encryption-mismatch.json';
import passwordJa from '@locales/ja/password-prompts.json';
import sharedJa from '@locales/ja/shared.json';
import jaCommon from '@locales/ja/common.json';
import { resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guides: Record<string, { guide: Guide; ja: LocaleGuide }> = {
  'cannot-connect-ssl': { guide: sslGuide as Guide, ja: sslJa as LocaleGuide },
  'encryption-mismatch': { guide: encryptionGuide as Guide, ja: encryptionJa as LocaleGuide },
  'password-prompts': { guide: passwordGuide as Guide, ja: passwordJa as LocaleGuide },
};
const shared = sharedJa as LocaleShared;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nodeOf(guide: Guide, id: string): GuideNode {
  const node = guide.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in ${guide.id}`);
  return node;
}

function titleOf(guideId: string, id: string): string {
  const { guide, ja } = guides[guideId]!;
  const node = nodeOf(guide, id);
  const title = node.kind === 'fix' && node.shared ? shared.nodes[node.shared]?.title : ja.nodes[id]?.title;
  if (!title) throw new Error(`no title for ${guideId} › ${id}`);
  return title;
}

interface Scenario {
  guide: keyof typeof guides;
  /** The link tapped on the home page, by accessible name: the first of these that the page has. */
  home: string[];
  /** What this person answers when asked (question id → answer id); a check is skipped. */
  answers: Record<string, string>;
}

/**
 * Starts at /ja/, taps the home link, then answers each question the way `answers` says (and "I can't
 * find these settings" on a check) until a fix's heading shows. Returns the taps and the fix reached.
 */
async function tapsToFix({
  guide: guideId,
  home,
  answers,
}: Scenario): Promise<{ taps: number; fix: string }> {
  const { guide, ja } = guides[guideId]!;
  const { router, user } = await renderAt('/ja/');
  await screen.findByRole('heading', { level: 1, name: jaCommon.home.title }, { timeout: 5000 });
  const link = home
    .map((name) => screen.queryAllByRole('link', { name: new RegExp(`^${escape(name)}`) })[0])
    .find((l) => l !== undefined);
  if (!link) throw new Error(`no home link named ${home.join(' or ')}`);
  let taps = 1;
  await user.click(link);
  for (;;) {
    await waitFor(
      () => expect(router.state.location.pathname).toMatch(new RegExp(`^/ja/${guideId}/[^/]+/$`)),
      {
        timeout: 5000,
      },
    );
    const id = router.state.location.pathname.split('/')[3] as string;
    await screen.findByRole('heading', { level: 1, name: titleOf(guideId, id) }, { timeout: 5000 });
    const node = nodeOf(guide, id);
    if (node.kind === 'fix') return { taps, fix: id };
    if (taps >= 10) throw new Error(`no fix after ${taps} taps (at ${id})`);
    let next: HTMLElement;
    if (node.kind === 'question') {
      const answer = answers[id];
      if (!answer) throw new Error(`the scenario does not say what to answer at ${id}`);
      const label = ja.nodes[id]?.answers?.[answer] ?? answer;
      next = screen.getByRole('link', { name: new RegExp(`^${escape(label)}`) });
    } else if (node.kind === 'check') {
      next = screen.getByRole('link', { name: jaCommon.check.skip });
    } else throw new Error(`reached ${node.kind} ${id} before any fix`);
    const from = router.state.location.pathname;
    await user.click(next);
    taps += 1;
    await waitFor(() => expect(router.state.location.pathname).not.toBe(from), { timeout: 5000 });
  }
}

const symptomTitle = (guideId: keyof typeof guides, id: string) => {
  const title = guides[guideId]!.ja.symptoms[id]?.title;
  if (!title) throw new Error(`no symptom ${id}`);
  return title;
};
const appLink = (title: string, client: keyof typeof jaCommon.clients) =>
  jaCommon.home.appLink.replace('{{title}}', title).replace('{{app}}', jaCommon.clients[client]);

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

describe('from the home page to the first step of a fix', () => {
  it('iPhone, 「SSLで接続できません」, docomo: one tap, past "which app" and "which message"', async () => {
    const { taps, fix } = await tapsToFix({
      guide: 'cannot-connect-ssl',
      home: [symptomTitle('cannot-connect-ssl', 'cannot-connect-using-ssl')],
      answers: { client: 'iphone-mail', message: 'ssl', provider: 'docomo', setup: 'manual' },
    });
    expect(taps).toBeLessThanOrEqual(3);
    expect(taps).toBe(1);
    expect(fix).toBe('restart-mail');
    // What the symptom implied shows as answers, each with a Change link.
    const yours = screen.getByRole('region', { name: jaCommon.node.yourAnswers });
    const ssl = guides['cannot-connect-ssl']!.ja;
    for (const [question, answer] of [
      ['client', 'iphone-mail'],
      ['message', 'ssl'],
    ]) {
      const node = ssl.nodes[question as string];
      expect(within(yours).getByText(node?.answers?.[answer as string] ?? '?')).toBeInTheDocument();
      const change = jaCommon.node.changeAnswer.replace('{{question}}', node?.title ?? '?');
      expect(within(yours).getByRole('link', { name: change })).toBeInTheDocument();
    }
  }, 20_000);

  it('classic Outlook, 0x800CCC1A, Gmail: 3 taps or fewer, the app not asked again', async () => {
    const { taps } = await tapsToFix({
      guide: 'encryption-mismatch',
      home: [symptomTitle('encryption-mismatch', 'error-0x800ccc1a')],
      answers: { client: 'outlook-classic', provider: 'gmail' },
    });
    expect(taps).toBeLessThanOrEqual(3);
  }, 20_000);

  it('classic Outlook, password asked again and again, Outlook.com: 3 taps or fewer', async () => {
    const title = symptomTitle('password-prompts', 'outlook-com-password-prompts');
    const { taps } = await tapsToFix({
      guide: 'password-prompts',
      home: [appLink(title, 'outlook-classic'), title],
      answers: {
        webmail: 'works',
        client: 'outlook-classic',
        provider: 'outlook-com',
        'account-type': 'dont-know',
      },
    });
    expect(taps).toBeLessThanOrEqual(3);
  }, 20_000);
});

describe('the error finder opens past what the pasted text already says', () => {
  async function resultFor(paste: string, symptomTitleText: string) {
    const { user } = await renderAt('/ja/');
    const box = await screen.findByRole('textbox', { name: jaCommon.home.searchLabel }, { timeout: 5000 });
    await user.click(box);
    await user.paste(paste);
    const results = await screen.findByRole('list', { name: jaCommon.home.searchResults });
    return within(results).getByRole('link', { name: new RegExp(`^${escape(symptomTitleText)}`) });
  }

  it('an error code that only one app shows skips the app question', async () => {
    const link = await resultFor('0x800CCC1A', symptomTitle('encryption-mismatch', 'error-0x800ccc1a'));
    expect(link).toHaveAttribute('href', '/ja/encryption-mismatch/provider/?client=outlook-classic');
  }, 20_000);

  it('the iPhone dialog skips the app and the message questions', async () => {
    const link = await resultFor(
      'SSLで接続できません',
      symptomTitle('cannot-connect-ssl', 'cannot-connect-using-ssl'),
    );
    expect(link).toHaveAttribute(
      'href',
      '/ja/cannot-connect-ssl/restart-mail/?client=iphone-mail&message=ssl',
    );
  }, 20_000);

  it('a message that names the app answers the app question, and says so', async () => {
    const link = await resultFor(
      'Outlook keeps asking for my password',
      symptomTitle('password-prompts', 'password-asked-again-and-again'),
    );
    expect(link).toHaveAttribute('href', '/ja/password-prompts/webmail/?client=outlook-classic');
    expect(link).toHaveAccessibleName(
      expect.stringContaining(
        jaCommon.home.searchForApp.replace('{{app}}', jaCommon.clients['outlook-classic']),
      ),
    );
  }, 20_000);

  it('a provider name is not taken for the app', async () => {
    const link = await resultFor(
      'Outlook.com のパスワードを何度も聞かれる',
      symptomTitle('password-prompts', 'outlook-com-password-prompts'),
    );
    expect(link).toHaveAttribute(
      'href',
      '/ja/password-prompts/webmail/?provider=outlook-com&provider-new=outlook-com&provider-iphone=outlook-com',
    );
  }, 20_000);
});
