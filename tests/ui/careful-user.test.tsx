// Smaller things a careful user notices (issue 13, point 7): one labelled display-settings button instead of
// two bare selects, a largest text size of at least 150 %, a notice when a link's answers were dropped, the
// error finder on the not-found page, a version and a note in the hand-off summary that stay in the page,
// the checked-on date under a page's title, and chips that narrow the home list to one app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sslData from '@/content/guides/cannot-connect-ssl.json';
import sslEn from '@locales/en/cannot-connect-ssl.json';
import jaCommon from '@locales/ja/common.json';
import enCommon from '@locales/en/common.json';
import type { Guide, LocaleGuide } from '@/engine/types';
import { shortestPath } from '@/engine/graph';
import { symptomEntries } from '@/content/symptom-index';
import { formatDate } from '@/lib/format-date';
import { resetProgress } from '@/stores/progress';
import { usePreferences } from '@/stores/preferences';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guide = sslData as Guide;
const en = sslEn as LocaleGuide;
const FIRST = { timeout: 5000 };
const SLOW = 20_000;

function queryTo(target: string): string {
  const path = shortestPath(guide, target);
  if (!path) throw new Error(`unreachable ${target}`);
  return new URLSearchParams(
    path.filter((s) => s.answer !== undefined).map((s) => [s.node, s.answer as string]),
  ).toString();
}

beforeEach(() => {
  resetProgress();
  usePreferences.setState(usePreferences.getInitialState(), true);
  localStorage.clear();
  sessionStorage.clear();
  resetStorageProbe();
});

afterEach(() => {
  delete document.documentElement.dataset.text;
  window.history.replaceState(null, '', '/');
});

describe('display settings', () => {
  it(
    'one named button opens a labelled panel; Escape closes it and gives focus back',
    { timeout: SLOW },
    async () => {
      const { user } = await renderAt('/ja/');
      const button = await screen.findByRole('button', { name: jaCommon.prefs.button }, FIRST);
      expect(button).toHaveAttribute('aria-expanded', 'false');
      const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
      expect(panel).not.toBeNull();
      expect(panel).not.toBeVisible();
      // No bare select in the header while the panel is closed.
      expect(screen.queryByRole('combobox', { name: jaCommon.prefs.textSize })).toBeNull();

      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      const group = screen.getByRole('group', { name: jaCommon.prefs.button });
      expect(group).toBe(panel);
      const size = within(group).getByRole('combobox', { name: jaCommon.prefs.textSize });
      expect(within(group).getByRole('combobox', { name: jaCommon.prefs.theme })).toBeVisible();
      await user.selectOptions(size, jaCommon.prefs.textLarger);
      expect(document.documentElement.dataset.text).toBe('larger');

      await user.keyboard('{Escape}');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(panel).not.toBeVisible();
      expect(button).toHaveFocus();
    },
  );

  it('works from the keyboard alone', { timeout: SLOW }, async () => {
    const { user } = await renderAt('/en/');
    const button = await screen.findByRole('button', { name: enCommon.prefs.button }, FIRST);
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('combobox', { name: enCommon.prefs.theme })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('the largest text size is at least 150 %', () => {
    const css = readFileSync(join(process.cwd(), 'src/styles.css'), 'utf8');
    const sizes = [...css.matchAll(/\[data-text='([a-z]+)'\]\s*\{\s*font-size:\s*([\d.]+)%/g)].map(
      ([, name, pct]) => [name, Number(pct)] as const,
    );
    const largest = Math.max(...sizes.map(([, pct]) => pct));
    expect(largest).toBeGreaterThanOrEqual(150);
    // ...and it is one the panel offers.
    const offered = sizes.find(([, pct]) => pct === largest)?.[0];
    expect(Object.keys(enCommon.prefs)).toContain(`text${offered![0]!.toUpperCase()}${offered!.slice(1)}`);
  });
});

describe('a link whose answers do not fit', () => {
  const start = guide.start;
  it('says the answers were dropped', { timeout: SLOW }, async () => {
    await renderAt(`/en/${guide.id}/${start}/?${start}=no-such-answer&nonsense=1`);
    await screen.findByRole('heading', { level: 1, name: en.nodes[start]!.title }, FIRST);
    expect(await screen.findByText(enCommon.node.droppedAnswers)).toBeInTheDocument();
  });

  it('says nothing for a clean link, or for the embed and theme switches', { timeout: SLOW }, async () => {
    await renderAt(`/en/${guide.id}/${start}/?embed=1&theme=dark`);
    await screen.findByRole('heading', { level: 1, name: en.nodes[start]!.title }, FIRST);
    expect(screen.queryByText(enCommon.node.droppedAnswers)).toBeNull();
  });

  it('says nothing along a journey taken by tapping answers', { timeout: SLOW }, async () => {
    const { user } = await renderAt(`/en/${guide.id}/${start}/`);
    await screen.findByRole('heading', { level: 1, name: en.nodes[start]!.title }, FIRST);
    for (let i = 0; i < 3; i++) {
      const links = screen.queryAllByRole('link').filter((l) => l.classList.contains('answer-link'));
      if (links.length === 0) break;
      const heading = screen.getByRole('heading', { level: 1 }).textContent;
      await user.click(links[0]!);
      await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(heading));
      expect(screen.queryByText(enCommon.node.droppedAnswers)).toBeNull();
    }
  });
});

describe('the not-found page', () => {
  it('offers the error finder and the home link', { timeout: SLOW }, async () => {
    await renderAt('/en/no-such-page/');
    await screen.findByRole('heading', { level: 1, name: enCommon.notFound.title }, FIRST);
    expect(screen.getByRole('link', { name: enCommon.notFound.home })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: enCommon.home.searchLabel }, FIRST)).toBeEnabled();
  });

  it('also for an unknown page of a guide', { timeout: SLOW }, async () => {
    await renderAt(`/ja/${guide.id}/no-such-node/`);
    await screen.findByRole('heading', { level: 1, name: jaCommon.notFound.title }, FIRST);
    expect(
      await screen.findByRole('textbox', { name: jaCommon.home.searchLabel }, FIRST),
    ).toBeInTheDocument();
  });
});

describe('the hand-off page', () => {
  const HANDOFF = 'handoff';
  const url = `/en/${guide.id}/${HANDOFF}/?${queryTo(HANDOFF)}`;

  it('puts the typed version and note into the summary, and nowhere else', { timeout: SLOW }, async () => {
    const { user, router } = await renderAt(url);
    const version = await screen.findByRole('textbox', { name: enCommon.outcome.versionLabel }, FIRST);
    const note = screen.getByRole('textbox', { name: enCommon.outcome.noteLabel });
    await user.type(version, 'iOS 18.1');
    await user.type(note, 'Started after zq-unique-note');
    const summary =
      screen.getByLabelText(enCommon.outcome.summaryHeading, { selector: 'pre' }).textContent ?? '';
    expect(summary).toContain(`${enCommon.outcome.summary.version}: iOS 18.1`);
    expect(summary).toContain('Started after zq-unique-note');
    const loc = router.state.location;
    expect(`${loc.pathname}${loc.search}${loc.hash}${window.location.href}`).not.toMatch(/18\.1|zq-unique/);
    for (const store of [localStorage, sessionStorage])
      for (let i = 0; i < store.length; i++)
        expect(store.getItem(store.key(i)!) ?? '').not.toMatch(/18\.1|zq-unique/);
  });

  it('shows when the guide was checked right under the title', { timeout: SLOW }, async () => {
    await renderAt(url);
    const h1 = await screen.findByRole('heading', { level: 1, name: en.nodes[HANDOFF]!.title }, FIRST);
    const date = enCommon.node.checked.replace('{{date}}', formatDate(guide.checked, 'en'));
    // The heading may sit inside a wrapper; the line right after it says the date.
    const after = (h1.closest('h1')?.nextElementSibling ?? null) as HTMLElement | null;
    expect(after?.textContent).toBe(date);
  });
});

describe('home: chips narrow the symptom list to one app', () => {
  const titlesFor = (client: string) =>
    symptomEntries.filter((e) => e.clients.includes(client as never)).map((e) => e.titles.en);
  const listed = () => {
    const list = screen.getByRole('region', { name: enCommon.home.listTitle });
    return within(within(list).getAllByRole('list')[0]!)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === within(list).getAllByRole('list')[0]);
  };

  it(
    'shows every symptom at first, and only iPhone ones once iPhone is pressed',
    { timeout: SLOW },
    async () => {
      const { user } = await renderAt('/en/');
      const group = await screen.findByRole('group', { name: enCommon.home.filterLabel }, FIRST);
      const iphone = within(group).getByRole('button', { name: 'iPhone' });
      expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.getAttribute('aria-pressed')),
      ).toEqual(['false', 'false', 'false']);
      expect(listed()).toHaveLength(symptomEntries.length);

      await user.click(iphone);
      expect(iphone).toHaveAttribute('aria-pressed', 'true');
      expect(iphone).toHaveFocus();
      expect(listed()).toHaveLength(titlesFor('iphone-mail').length);
      expect(listed().length).toBeLessThan(symptomEntries.length);
      expect(window.location.search).toBe('?app=iphone');

      await user.click(iphone);
      expect(iphone).toHaveAttribute('aria-pressed', 'false');
      expect(listed()).toHaveLength(symptomEntries.length);
    },
  );

  it('?app=gmail in a link opens the list filtered to Gmail', { timeout: SLOW }, async () => {
    await renderAt('/en/?app=gmail');
    const group = await screen.findByRole('group', { name: enCommon.home.filterLabel }, FIRST);
    expect(within(group).getByRole('button', { name: 'Gmail' })).toHaveAttribute('aria-pressed', 'true');
    await act(async () => {});
    expect(listed()).toHaveLength(titlesFor('gmail').length);
  });
});
