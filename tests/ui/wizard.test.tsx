// The wizard as a person uses it: real route table, memory router, queries by role and accessible name.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import guideData from '@/content/guides/encryption-mismatch.json';
import jaText from '@locales/ja/encryption-mismatch.json';
import enText from '@locales/en/encryption-mismatch.json';
import jaCommon from '@locales/ja/common.json';
import enCommon from '@locales/en/common.json';
import type { Guide, LocaleGuide } from '@/engine/types';
import { edges, shortestPath } from '@/engine/graph';
import { resetProgress, useProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guide = guideData as Guide;
const ja = jaText as LocaleGuide;
const en = enText as LocaleGuide;
const start = guide.nodes.find((n) => n.id === guide.start);
const firstFix = guide.nodes.find((n) => n.kind === 'fix');

function title(text: LocaleGuide, id: string): string {
  const t = text.nodes[id]?.title;
  if (!t) throw new Error(`no title for ${id}`);
  return t;
}

/** Answers that lead from the start to `target` along the shortest path. */
function pathTo(target: string): Record<string, string> {
  const path = shortestPath(guide, target);
  if (!path) throw new Error(`unreachable ${target}`);
  return Object.fromEntries(path.filter((s) => s.answer !== undefined).map((s) => [s.node, s.answer!]));
}

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

describe('home', () => {
  it('shows the error finder and the list of symptoms in Japanese', async () => {
    await renderAt('/ja/');
    expect(
      await screen.findByRole('heading', { level: 1, name: jaCommon.home.title }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: jaCommon.home.searchLabel })).toBeInTheDocument();
    const symptom = ja.symptoms[guide.symptoms[0]!.id]!;
    expect(screen.getAllByRole('link', { name: new RegExp(escape(symptom.title)) }).length).toBeGreaterThan(
      0,
    );
  });

  it('pasting 0x800CCC1A in full-width offers the encryption-mismatch guide first', async () => {
    const { user } = await renderAt('/en/');
    const box = await screen.findByRole('textbox', { name: enCommon.home.searchLabel });
    await user.click(box);
    await user.paste('０ｘ８００ＣＣＣ１Ａ');
    const results = await screen.findByRole('list', { name: enCommon.home.searchResults });
    const first = within(results).getAllByRole('link')[0]!;
    expect(first).toHaveAttribute('href', expect.stringContaining('/en/encryption-mismatch/'));
  });

  it('says so when nothing matches and still shows the list', async () => {
    const { user } = await renderAt('/en/');
    const box = await screen.findByRole('textbox', { name: enCommon.home.searchLabel });
    await user.type(box, 'zzqx nothing like this');
    expect(await screen.findByText(/No guide matches/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: enCommon.home.listTitle })).toBeInTheDocument();
  });
});

describe('question node', () => {
  it('opens a deep link on the question and offers each answer as a real link', async () => {
    await renderAt(`/ja/${guide.id}/${guide.start}/`);
    expect(
      await screen.findByRole('heading', { level: 1, name: title(ja, guide.start) }),
    ).toBeInTheDocument();
    if (start?.kind !== 'question') throw new Error('start is not a question');
    for (const answer of start.answers) {
      const link = screen.getByRole('link', {
        name: new RegExp(escape(ja.nodes[start.id]!.answers![answer.id]!)),
      });
      expect(link).toHaveAttribute('href', `/ja/${guide.id}/${answer.next}/?${start.id}=${answer.id}`);
    }
  });

  it('answering moves to the next node, focuses its heading and lists the answer with a Change link', async () => {
    if (start?.kind !== 'question') throw new Error('start is not a question');
    const answer = start.answers[0]!;
    const { user } = await renderAt(`/en/${guide.id}/${guide.start}/`);
    await user.click(
      await screen.findByRole('link', { name: new RegExp(escape(en.nodes[start.id]!.answers![answer.id]!)) }),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: title(en, answer.next) });
    await waitFor(() => expect(heading).toHaveFocus());
    const yours = screen.getByRole('region', { name: enCommon.node.yourAnswers });
    expect(within(yours).getByText(en.nodes[start.id]!.answers![answer.id]!)).toBeInTheDocument();
    const change = within(yours).getByRole('link', {
      name: `Change your answer to “${title(en, start.id)}”`,
    });
    // The Change link carries the answer too: the question marks it as the current one and keeps it.
    expect(change).toHaveAttribute('href', `/en/${guide.id}/${start.id}/?${start.id}=${answer.id}`);
    const back = screen.getByRole('link', { name: enCommon.node.back });
    expect(back).toHaveAttribute('href', `/en/${guide.id}/${start.id}/`);
  });

  it('drops an answer that is not offered and still shows the node the URL names', async () => {
    await renderAt(`/en/${guide.id}/${guide.start}/?${guide.start}=not-an-answer&junk=%E0%A4%A`);
    expect(
      await screen.findByRole('heading', { level: 1, name: title(en, guide.start) }),
    ).toBeInTheDocument();
    expect(screen.getByText(enCommon.node.noAnswers)).toBeInTheDocument();
  });
});

describe('fix node', () => {
  if (firstFix?.kind !== 'fix') throw new Error('guide has no fix');
  const answers = pathTo(firstFix.id);
  const query = new URLSearchParams(answers).toString();

  it('shows numbered steps and "Did this fix it?" with yes and no links that carry the answers', async () => {
    await renderAt(`/en/${guide.id}/${firstFix.id}/?${query}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: title(en, firstFix.id) }),
    ).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((li) => li.id.startsWith('step-'));
    expect(steps.length).toBeGreaterThan(0);
    const no = screen.getByRole('link', { name: enCommon.fix.no });
    expect(no.getAttribute('href')).toContain(`/en/${guide.id}/${firstFix.no}/?`);
    expect(no.getAttribute('href')).toContain(`${firstFix.id}=no`);
  });

  it('a step link highlights that step and moves focus to it', async () => {
    await renderAt(`/en/${guide.id}/${firstFix.id}/?${query}#step-2`);
    await screen.findByRole('heading', { level: 1, name: title(en, firstFix.id) });
    const step = document.getElementById('step-2')!;
    await waitFor(() => expect(step).toHaveFocus());
    expect(step).toHaveAttribute('data-highlight', 'true');
  });

  it('a step number beyond the last step says so and shows the whole fix', async () => {
    await renderAt(`/en/${guide.id}/${firstFix.id}/#step-99`);
    expect(await screen.findByText(/There is no step 99 in this fix/)).toBeInTheDocument();
  });

  it('ticking a step is remembered on this device', async () => {
    const { user } = await renderAt(`/en/${guide.id}/${firstFix.id}/`);
    const box = await screen.findByRole('checkbox', { name: 'Mark step 1 as done' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(useProgress.getState().ticked[`${guide.id}/${firstFix.id}`]).toEqual([1]);
    expect(localStorage.getItem('mail-troubleshooter:progress')).toContain(`${guide.id}/${firstFix.id}`);
  });
});

describe('when storage is blocked', () => {
  let original: PropertyDescriptor | undefined;
  beforeEach(() => {
    original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    resetStorageProbe();
  });
  afterEach(() => {
    if (original) Object.defineProperty(window, 'localStorage', original);
    resetStorageProbe();
  });

  it('a journey still works and ticks still show; only remembering is lost', async () => {
    if (start?.kind !== 'question' || firstFix?.kind !== 'fix') throw new Error('bad guide');
    const { user } = await renderAt(`/ja/${guide.id}/${firstFix.id}/`);
    const box = await screen.findByRole('checkbox', { name: '手順 1 を完了にする' });
    await user.click(box);
    expect(box).toBeChecked();
    await user.click(screen.getByRole('link', { name: jaCommon.fix.no }));
    expect(
      await screen.findByRole('heading', { level: 1, name: title(ja, firstFix.no) }),
    ).toBeInTheDocument();
  });
});

describe('not found', () => {
  it('an unknown node shows a friendly page with links to the guide start and home', async () => {
    await renderAt(`/ja/${guide.id}/no-such-node/`);
    expect(
      await screen.findByRole('heading', { level: 1, name: jaCommon.notFound.title }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: new RegExp(escape(ja.title)) })).toHaveAttribute(
      'href',
      `/ja/${guide.id}/${guide.start}/`,
    );
    expect(screen.getByRole('link', { name: jaCommon.notFound.home })).toHaveAttribute('href', '/ja/');
  });

  it('an unknown guide shows the not-found page in the URL language', async () => {
    await renderAt('/en/no-such-guide/x/');
    expect(
      await screen.findByRole('heading', { level: 1, name: enCommon.notFound.title }),
    ).toBeInTheDocument();
  });
});

describe('language switch', () => {
  it('keeps the node and the answers', async () => {
    if (start?.kind !== 'question') throw new Error('bad guide');
    const answer = start.answers[0]!;
    await renderAt(`/ja/${guide.id}/${answer.next}/?${start.id}=${answer.id}`);
    await screen.findByRole('heading', { level: 1, name: title(ja, answer.next) });
    expect(
      screen.getByRole('link', { name: new RegExp(escape(jaCommon.app.switchToLabel)) }),
    ).toHaveAttribute('href', `/en/${guide.id}/${answer.next}/?${start.id}=${answer.id}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('language from the URL or the browser', () => {
  it('an unknown language prefix opens the same page in Japanese', async () => {
    const { router } = await renderAt(`/fr/${guide.id}/${guide.start}/`);
    expect(
      await screen.findByRole('heading', { level: 1, name: title(ja, guide.start) }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/ja/${guide.id}/${guide.start}/`);
  });

  it('"/" opens the home page in the browser language, English for an English browser', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
    try {
      const { router } = await renderAt('/');
      expect(await screen.findByRole('heading', { level: 1, name: enCommon.home.title })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/en/');
    } finally {
      languages.mockRestore();
    }
  });

  it('"/" falls back to Japanese for any other browser language', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    try {
      const { router } = await renderAt('/');
      expect(await screen.findByRole('heading', { level: 1, name: jaCommon.home.title })).toBeInTheDocument();
      expect(router.state.location.pathname).toBe('/ja/');
    } finally {
      languages.mockRestore();
    }
  });
});

describe('check node', () => {
  const check = guide.nodes.find((n) => n.kind === 'check' && n.provider === 'gmail');
  if (check?.kind !== 'check') throw new Error('guide has no Gmail check node');

  it('explains a port/encryption mismatch and never puts what was typed in the link', async () => {
    const query = new URLSearchParams(pathTo(check.id)).toString();
    const { user } = await renderAt(`/en/${guide.id}/${check.id}/?${query}`);
    await screen.findByRole('heading', { level: 1, name: title(en, check.id) });
    if (check.fields.includes('protocol')) {
      await user.selectOptions(screen.getByRole('combobox', { name: enCommon.check.protocolLabel }), 'smtp');
    }
    if (check.fields.includes('host')) {
      await user.type(screen.getByRole('textbox', { name: enCommon.check.hostLabel }), 'smtp.gmail.com');
    }
    await user.type(screen.getByRole('textbox', { name: enCommon.check.portLabel }), '587');
    await user.selectOptions(screen.getByRole('combobox', { name: enCommon.check.securityLabel }), 'ssl');
    await user.click(screen.getByRole('button', { name: enCommon.check.submit }));
    const explanation = en.nodes[check.id]!.rules!['port-matches-security']!;
    expect(await screen.findByText(explanation)).toBeInTheDocument();
    const next = screen.getByRole('link', { name: enCommon.check.continue });
    const href = next.getAttribute('href')!;
    expect(href).toContain(`${check.id}=port-matches-security`);
    expect(href).not.toMatch(/587|gmail\.com/);
  });

  it('rejects a port that is not a number from 1 to 65535', async () => {
    const { user } = await renderAt(`/en/${guide.id}/${check.id}/`);
    await user.type(await screen.findByRole('textbox', { name: enCommon.check.portLabel }), '99999');
    await user.click(screen.getByRole('button', { name: enCommon.check.submit }));
    expect(await screen.findByRole('link', { name: enCommon.check.portInvalid })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: enCommon.check.portLabel })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});

describe('hand-off', () => {
  const handoff = guide.nodes.find(
    (n) =>
      n.kind === 'outcome' &&
      n.outcome === 'handoff' &&
      Object.keys(pathTo(n.id)).some((k) => guide.nodes.find((m) => m.id === k)?.kind === 'fix'),
  );
  if (!handoff) throw new Error('guide has no hand-off after a fix');

  it('shows a summary with the answers, the fixes tried and the link to this point', async () => {
    const answers = pathTo(handoff.id);
    await renderAt(`/en/${guide.id}/${handoff.id}/?${new URLSearchParams(answers).toString()}`);
    const summary = await screen.findByLabelText(enCommon.outcome.summaryHeading, { selector: 'pre' });
    expect(summary).toHaveTextContent(enCommon.outcome.summary.tried);
    for (const [nodeId, value] of Object.entries(answers)) {
      const node = guide.nodes.find((n) => n.id === nodeId)!;
      if (node.kind === 'question') expect(summary).toHaveTextContent(en.nodes[nodeId]!.answers![value]!);
      if (node.kind === 'fix' && !node.shared) expect(summary).toHaveTextContent(title(en, nodeId));
    }
    expect(summary).toHaveTextContent(`/en/${guide.id}/${handoff.id}/`);
    expect(screen.getByRole('link', { name: enCommon.outcome.email })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:\?subject=/),
    );
  });
});

/** Answers along the shortest path to `target` that gives `node` the answer `value` (breadth-first search). */
function pathThrough(node: string, value: string, target: string): Record<string, string> {
  const queue: { id: string; answers: Record<string, string> }[] = [{ id: guide.start, answers: {} }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { id, answers } = queue.shift()!;
    const passed = answers[node] === value;
    if (id === target && passed) return answers;
    if (seen.has(`${id}/${passed}`)) continue;
    seen.add(`${id}/${passed}`);
    const current = guide.nodes.find((n) => n.id === id)!;
    for (const e of edges(current)) {
      if (id === node && e.value !== value) continue;
      queue.push({ id: e.next, answers: { ...answers, [id]: e.value } });
    }
  }
  throw new Error(`no path to ${target} through ${node}=${value}`);
}

describe("the provider's own pages on a hand-off", () => {
  it("a docomo user who reaches the hand-off gets a link to docomo's page on mail-app passwords", async () => {
    const answers = pathThrough('provider', 'docomo', 'handoff');
    await renderAt(`/ja/${guide.id}/handoff/?${new URLSearchParams(answers).toString()}`);
    // Shown once hydrated (the answers are in the query string): allow for a slow first render.
    const heading = await screen.findByRole(
      'heading',
      { name: jaCommon.outcome.providerPagesHeading.replace('{{provider}}', jaCommon.providers.docomo) },
      { timeout: 5000 },
    );
    const section = heading.closest('section')!;
    const link = within(section).getByRole('link', { name: jaCommon.outcome.providerLink.password });
    expect(link).toHaveAttribute(
      'href',
      'https://www.nttdocomo.co.jp/service/docomo_mail/security/index.html',
    );
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('a provider with no pages of its own in the table gets no such section', async () => {
    const answers = pathThrough('provider', 'outlook-com', 'handoff');
    await renderAt(`/en/${guide.id}/handoff/?${new URLSearchParams(answers).toString()}`);
    await screen.findByRole('heading', { name: enCommon.outcome.summaryHeading }, { timeout: 5000 });
    // The summary is shown once hydrated, like the provider's pages would be.
    await screen.findByLabelText(enCommon.outcome.summaryHeading, { selector: 'pre' }, { timeout: 5000 });
    expect(screen.queryByRole('heading', { name: /own pages/ })).not.toBeInTheDocument();
  });
});

describe('when the information was checked', () => {
  // Written out by hand rather than with Intl, so a change of locale or date style shows up here.
  const MONTHS = 'January February March April May June July August September October November December';
  const [y, m, d] = guide.checked.split('-').map(Number) as [number, number, number];

  it('gives the date as Japanese writes it', async () => {
    await renderAt(`/ja/${guide.id}/${guide.start}/`);
    expect(
      await screen.findByText(jaCommon.node.checked.replace('{{date}}', `${y}年${m}月${d}日`)),
    ).toBeInTheDocument();
  });

  it('gives the date as British English writes it', async () => {
    await renderAt(`/en/${guide.id}/${guide.start}/`);
    const month = MONTHS.split(' ')[m - 1];
    expect(
      await screen.findByText(enCommon.node.checked.replace('{{date}}', `${d} ${month} ${y}`)),
    ).toBeInTheDocument();
  });
});
