// "Change" keeps what still applies: the question it opens marks the current answer, a new answer keeps
// the later answers that still fit, and the person comes back to where they were.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LocaleGuide, LocaleShared } from '@/engine/types';
import passwordJa from '@locales/ja/password-prompts.json';
import sslJa from '@locales/ja/cannot-connect-ssl.json';
import sharedJa from '@locales/ja/shared.json';
import jaCommon from '@locales/ja/common.json';
import { resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const password = passwordJa as LocaleGuide;
const ssl = sslJa as LocaleGuide;
const shared = sharedJa as LocaleShared;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (s: string) => new RegExp(`^${escape(s)}`);

function title(text: LocaleGuide, id: string): string {
  const t = text.nodes[id]?.title;
  if (!t) throw new Error(`no title for ${id}`);
  return t;
}
function answer(text: LocaleGuide, question: string, id: string): string {
  const label = text.nodes[question]?.answers?.[id];
  if (!label) throw new Error(`no answer ${question} › ${id}`);
  return label;
}
const changeLink = (text: LocaleGuide, question: string) =>
  screen.getByRole('link', {
    name: jaCommon.node.changeAnswer.replace('{{question}}', title(text, question)),
  });
const yourAnswers = () => screen.getByRole('region', { name: jaCommon.node.yourAnswers });

/** The page's heading; after a tap, focus has moved to it. */
async function heading(name: string, { opened = false } = {}) {
  const h = await screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
  if (!opened) await waitFor(() => expect(h).toHaveFocus());
  return h;
}

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

// Classic Outlook, Outlook.com, POP: the fix that re-adds the account.
const OUTLOOK_COM_POP =
  '/ja/password-prompts/readd-outlook-com-pop/?webmail=works&client=outlook-classic&provider=outlook-com&account-type=pop';

describe('the question a Change link opens', () => {
  it('marks the current answer and still lists the later answers', async () => {
    const { user } = await renderAt(OUTLOOK_COM_POP);
    await heading(title(password, 'readd-outlook-com-pop'), { opened: true });
    await user.click(changeLink(password, 'webmail'));
    await heading(title(password, 'webmail'));

    const current = screen.getByRole('link', { name: startsWith(answer(password, 'webmail', 'works')) });
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(within(current).getByText(jaCommon.node.currentAnswer)).toBeInTheDocument();
    const other = screen.getByRole('link', { name: startsWith(answer(password, 'webmail', 'not-sure')) });
    expect(other).not.toHaveAttribute('aria-current');

    const yours = yourAnswers();
    expect(within(yours).getByText(answer(password, 'provider', 'outlook-com'))).toBeInTheDocument();
    expect(within(yours).getByText(answer(password, 'account-type', 'pop'))).toBeInTheDocument();
    // The question being changed is this page: no link to itself.
    expect(within(yours).getByText(jaCommon.node.changingHere)).toBeInTheDocument();
    expect(
      within(yours).queryByRole('link', { name: new RegExp(escape(title(password, 'webmail'))) }),
    ).toBeNull();
  }, 20_000);
});

describe('answering again after Change', () => {
  it('a new answer keeps the later answers that still fit and returns to where the person was', async () => {
    const { user, router } = await renderAt(OUTLOOK_COM_POP);
    await heading(title(password, 'readd-outlook-com-pop'), { opened: true });
    await user.click(changeLink(password, 'webmail'));
    await heading(title(password, 'webmail'));
    await user.click(screen.getByRole('link', { name: startsWith(answer(password, 'webmail', 'not-sure')) }));

    await heading(title(password, 'readd-outlook-com-pop'));
    expect(router.state.location.pathname).toBe('/ja/password-prompts/readd-outlook-com-pop/');
    const yours = yourAnswers();
    expect(within(yours).getByText(answer(password, 'webmail', 'not-sure'))).toBeInTheDocument();
    expect(within(yours).getByText(answer(password, 'client', 'outlook-classic'))).toBeInTheDocument();
    expect(within(yours).getByText(answer(password, 'provider', 'outlook-com'))).toBeInTheDocument();
    expect(within(yours).getByText(answer(password, 'account-type', 'pop'))).toBeInTheDocument();
  }, 20_000);

  it('the same answer again goes straight back, past the questions already answered', async () => {
    const { user } = await renderAt(OUTLOOK_COM_POP);
    await heading(title(password, 'readd-outlook-com-pop'), { opened: true });
    await user.click(changeLink(password, 'client'));
    await heading(title(password, 'client'));
    await user.click(
      screen.getByRole('link', { name: startsWith(answer(password, 'client', 'outlook-classic')) }),
    );
    await heading(title(password, 'readd-outlook-com-pop'));
  }, 20_000);

  it('a different app drops the answers that belong to the other app', async () => {
    const { user } = await renderAt(OUTLOOK_COM_POP);
    await heading(title(password, 'readd-outlook-com-pop'), { opened: true });
    await user.click(changeLink(password, 'client'));
    await heading(title(password, 'client'));
    await user.click(
      screen.getByRole('link', { name: startsWith(answer(password, 'client', 'outlook-new')) }),
    );

    // The new Outlook asks its own provider question; "POP" was about classic Outlook and is gone.
    await heading(title(password, 'provider-new'));
    const yours = yourAnswers();
    expect(within(yours).getByText(answer(password, 'client', 'outlook-new'))).toBeInTheDocument();
    expect(within(yours).queryByText(answer(password, 'account-type', 'pop'))).toBeNull();
  }, 20_000);

  it('answers on a new path are used when the journey gets back to them', async () => {
    // iPhone, 「SSLで接続できません」, restarted, clock on, everywhere, docomo, typed by hand, IMAP password.
    const { user, router } = await renderAt(
      '/ja/cannot-connect-ssl/docomo-settings/?client=iphone-mail&message=ssl&restart-mail=no&clock=on&network=everywhere&provider=docomo&setup=manual&password=imap-password',
    );
    await heading(title(ssl, 'docomo-settings'), { opened: true });
    await user.click(changeLink(ssl, 'clock'));
    await heading(title(ssl, 'clock'));
    await user.click(screen.getByRole('link', { name: startsWith(answer(ssl, 'clock', 'off')) }));

    // Clock off: the clock fix comes first now.
    const clockFix = shared.nodes['iphone-clock']?.title ?? '';
    await heading(clockFix);
    await user.click(screen.getByRole('link', { name: startsWith(jaCommon.fix.no) }));

    // The network question again, the earlier answer marked; it leads on past docomo, set-up and password.
    await heading(title(ssl, 'network'));
    const current = screen.getByRole('link', { name: startsWith(answer(ssl, 'network', 'everywhere')) });
    expect(current).toHaveAttribute('aria-current', 'true');
    await user.click(current);
    await heading(title(ssl, 'docomo-settings'));
    expect(router.state.location.search).toContain('clock=off');
    expect(router.state.location.search).toContain('setup=manual');
  }, 20_000);
});
