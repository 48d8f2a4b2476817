// Fix steps and the way through a guide, as a person sees them: the step number is the tick, a small icon
// copies a step's link, cautions sit above step 1, a shared step link says where it is, questions say how
// far along they are, the page after "No, not yet" says so, and "Your path so far" shows that it opens.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import sslData from '@/content/guides/cannot-connect-ssl.json';
import sslJa from '@locales/ja/cannot-connect-ssl.json';
import sslEn from '@locales/en/cannot-connect-ssl.json';
import jaCommon from '@locales/ja/common.json';
import enCommon from '@locales/en/common.json';
import type { Guide, GuideNode, LocaleGuide } from '@/engine/types';
import { questionsAhead, shortestPath } from '@/engine/graph';
import { resetProgress, useProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guide = sslData as Guide;
const ja = sslJa as LocaleGuide;
const en = sslEn as LocaleGuide;
const FIRST = { timeout: 5000 };
/** Per test: the first render of a guide loads its chunks, and the machine is busy. */
const SLOW = 20_000;

function node(id: string): GuideNode {
  const found = guide.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

/** The query that leads from the start to `target` along the shortest path, answers in path order. */
function queryTo(target: string): string {
  const path = shortestPath(guide, target);
  if (!path) throw new Error(`unreachable ${target}`);
  return new URLSearchParams(
    path.filter((s) => s.answer !== undefined).map((s) => [s.node, s.answer as string]),
  ).toString();
}

const FIX = 'docomo-settings';
const fixUrl = (lang: 'ja' | 'en') => `/${lang}/${guide.id}/${FIX}/?${queryTo(FIX)}`;
const stepCount = () => {
  const fix = node(FIX);
  return fix.kind === 'fix' ? (fix.steps?.length ?? 0) : 0;
};

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

describe('a step of a fix', { timeout: SLOW }, () => {
  it('its big number is the "done" tick: tapping 3 marks step 3 done, and this device remembers it', async () => {
    const { user } = await renderAt(fixUrl('ja'));
    const box = await screen.findByRole('checkbox', { name: '手順 3 を完了にする' }, FIRST);
    const label = (box as HTMLInputElement).labels?.[0];
    if (!label) throw new Error('the checkbox has no label');
    // The label is the number itself, not a separate "done" word beside it.
    const number = within(label).getByText('3');
    expect(screen.queryByText('できた')).toBeNull();
    await user.click(number);
    expect(box).toBeChecked();
    expect(useProgress.getState().ticked[`${guide.id}/${FIX}`]).toEqual([3]);
    await user.click(number);
    expect(box).not.toBeChecked();
  });

  it('has a small icon button named "Copy link to step 3" that copies the #step-3 link, and no separate step link', async () => {
    const { user } = await renderAt(fixUrl('en'));
    const button = await screen.findByRole('button', { name: 'Copy link to step 3' }, FIRST);
    // An icon: its name comes from aria-label, it shows no words of its own.
    expect(button).toHaveTextContent(/^$/);
    expect(screen.queryByRole('link', { name: 'Step 3' })).toBeNull();
    await user.click(button);
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(new RegExp(`/en/${guide.id}/${FIX}/\\?[^#]+#step-3$`));
    expect(await screen.findByText(enCommon.fix.stepLinkCopied)).toBeInTheDocument();
  });

  it('a "don\'t" is a caution above step 1, not a numbered step and not "for checking only"', async () => {
    await renderAt(fixUrl('ja'));
    const caution = await screen.findByRole('note', { name: jaCommon.fix.caution }, FIRST);
    expect(caution).toHaveTextContent('SSL なしにはせず');
    const step1 = document.getElementById('step-1');
    if (!step1) throw new Error('no step 1');
    expect(caution.compareDocumentPosition(step1) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: /SSL なし/ })).toBeNull();
    expect(within(caution).queryByText(jaCommon.fix.diagnostic)).toBeNull();
    expect(ja.nodes[FIX]?.caution).toBeDefined();
    expect(en.nodes[FIX]?.caution).toBeDefined();
  });

  it('a step marked diagnostic still says it is for checking only', async () => {
    await renderAt(`/en/${guide.id}/identity-wifi/?${queryTo('identity-wifi')}`);
    await screen.findByRole('heading', { level: 1, name: en.nodes['identity-wifi']!.title }, FIRST);
    expect(screen.getByRole('note', { name: enCommon.fix.caution })).toBeInTheDocument();
    expect(screen.getByText(enCommon.fix.diagnostic)).toBeInTheDocument();
  });
});

describe('a shared step link', { timeout: SLOW }, () => {
  it('says which step of how many, in which fix, with a link to the whole fix', async () => {
    await renderAt(`${fixUrl('ja')}#step-3`);
    await screen.findByRole('heading', { level: 1, name: ja.nodes[FIX]!.title }, FIRST);
    const step = document.getElementById('step-3');
    if (!step) throw new Error('no step 3');
    await waitFor(() => expect(step).toHaveFocus());
    expect(step).toHaveAttribute('data-highlight', 'true');
    expect(within(step).getByText(`共有された手順 3 / ${stepCount()}`)).toBeInTheDocument();
    expect(step).toHaveTextContent(ja.nodes[FIX]!.title);
    const whole = within(step).getByRole('link', { name: jaCommon.fix.fromStart });
    expect(whole.getAttribute('href')).toBe(fixUrl('ja'));
  });

  it('works the same from an old /<node>/<n> path', async () => {
    await renderAt(`/en/${guide.id}/${FIX}/2`);
    await screen.findByRole('heading', { level: 1, name: en.nodes[FIX]!.title }, FIRST);
    const step = document.getElementById('step-2');
    if (!step) throw new Error('no step 2');
    await waitFor(() => expect(step).toHaveAttribute('data-highlight', 'true'));
    expect(within(step).getByText(`Shared step 2 of ${stepCount()}`)).toBeInTheDocument();
  });
});

describe('how far along a question is', { timeout: SLOW }, () => {
  it('the first question says "質問 1 / 約 N", N from the longest way to an outcome', async () => {
    await renderAt(`/ja/${guide.id}/${guide.start}/`);
    const total = 1 + (questionsAhead(guide, guide.start) ?? NaN);
    expect(total).toBeGreaterThan(2);
    expect(await screen.findByText(`質問 1 / 約 ${total}`, {}, FIRST)).toBeInTheDocument();
  });

  it('a later question counts the questions answered on the way', async () => {
    const target = 'provider';
    const query = queryTo(target);
    const asked = (shortestPath(guide, target) ?? []).filter((s) => node(s.node).kind === 'question').length;
    await renderAt(`/en/${guide.id}/${target}/?${query}`);
    const total = asked + (questionsAhead(guide, target) ?? NaN);
    expect(await screen.findByText(`Question ${asked} of about ${total}`, {}, FIRST)).toBeInTheDocument();
    expect(asked).toBeGreaterThan(1);
  });

  it('a fix shows no question count', async () => {
    await renderAt(fixUrl('en'));
    await screen.findByRole('heading', { level: 1, name: en.nodes[FIX]!.title }, FIRST);
    expect(screen.queryByText(/^Question \d+/)).toBeNull();
  });
});

describe('after "No, not yet"', { timeout: SLOW }, () => {
  const fix = node(FIX);
  if (fix.kind !== 'fix') throw new Error(`${FIX} is not a fix`);
  const next = fix.no;

  it('the next page says the fix did not work and what comes next', async () => {
    await renderAt(`/ja/${guide.id}/${next}/?${queryTo(FIX)}&${FIX}=no`);
    const title = ja.nodes[next]!.title;
    await screen.findByRole('heading', { level: 1, name: title }, FIRST);
    expect(
      await screen.findByText(`この方法では直りませんでした。次は「${title}」を試します。`),
    ).toBeInTheDocument();
  });

  it('following the "No" link from the fix shows it too', async () => {
    const { user } = await renderAt(fixUrl('en'));
    await user.click(await screen.findByRole('link', { name: enCommon.fix.no }, FIRST));
    const title = en.nodes[next]!.title;
    await screen.findByRole('heading', { level: 1, name: title });
    expect(screen.getByText(`That did not fix it. Next, try “${title}”.`)).toBeInTheDocument();
  });

  it('is not said on a page reached by answering a question', async () => {
    const target = 'provider';
    const path = shortestPath(guide, target) ?? [];
    expect(node(path[path.length - 2]!.node).kind).toBe('question');
    await renderAt(`/en/${guide.id}/${target}/?${queryTo(target)}`);
    await screen.findByRole('heading', { level: 1, name: en.nodes[target]!.title }, FIRST);
    expect(screen.queryByText(/That did not fix it/)).toBeNull();
  });
});

describe('"Your path so far"', { timeout: SLOW }, () => {
  it('is a disclosure with a chevron that opens to the nodes visited', async () => {
    const { user } = await renderAt(fixUrl('ja'));
    const summary = await screen.findByText(
      (_, el) => el?.tagName === 'SUMMARY' && el.textContent?.startsWith(jaCommon.node.progress) === true,
      {},
      FIRST,
    );
    const details = summary.closest('details');
    if (!details) throw new Error('not in a <details>');
    expect(summary.querySelector('[aria-hidden="true"].disclosure-chevron')).not.toBeNull();
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByRole('list')).toBeInTheDocument();
  });
});
