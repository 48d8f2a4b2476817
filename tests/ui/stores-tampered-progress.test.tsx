// Progress in localStorage tampered with (another app on the shared origin, an old or newer schema): the
// reader still ticks steps and sees the hand-off page, as if nothing had been stored.
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import guideData from '@/content/guides/encryption-mismatch.json';
import enText from '@locales/en/encryption-mismatch.json';
import enCommon from '@locales/en/common.json';
import type { Guide, LocaleGuide } from '@/engine/types';
import { shortestPath } from '@/engine/graph';
import { PROGRESS_KEY, rehydrateProgress, resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guide = guideData as Guide;
const en = enText as LocaleGuide;
const fixes = guide.nodes.filter((n) => n.kind === 'fix');
const handoff = guide.nodes.find((n) => n.kind === 'outcome' && n.outcome === 'handoff');
// The first render loads the guide's lazy chunks, which takes longer than findBy's default second.
const loading = { timeout: 5000 };

/** The same stored value as the ticks of every fix in the guide. */
function everyFixTicked(value: unknown): Record<string, unknown> {
  return Object.fromEntries(fixes.map((fix) => [`${guide.id}/${fix.id}`, value]));
}

/**
 * Stores `raw` as the progress value and reads it, before the first render as on a prerendered page (so
 * the page renders with what was read, not with the empty state and then again).
 */
async function storeProgress(raw: string) {
  localStorage.setItem(PROGRESS_KEY, raw);
  await rehydrateProgress();
}

/** Answers that lead from the start to the hand-off, through at least one fix (whose ticks it summarises). */
function handoffQuery(): string {
  const path = handoff && shortestPath(guide, handoff.id);
  if (!path?.some((s) => guide.nodes.find((n) => n.id === s.node)?.kind === 'fix'))
    throw new Error('no hand-off reached through a fix');
  const answers = path.filter((s) => s.answer !== undefined).map((s) => [s.node, s.answer!]);
  return new URLSearchParams(Object.fromEntries(answers)).toString();
}

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

// The first render loads the guide's lazy chunks: slow on a cold, busy test run.
describe('tampered progress in storage', { timeout: 20_000 }, () => {
  it('a step stored as ticked in the wrong form shows unticked, and ticks and unticks', async () => {
    const fix = fixes[0]!;
    await storeProgress(
      JSON.stringify({ state: { ticked: { [`${guide.id}/${fix.id}`]: '1' } }, version: 1 }),
    );
    const { user } = await renderAt(`/en/${guide.id}/${fix.id}/`);
    const box = await screen.findByRole('checkbox', { name: 'Mark step 1 as done' }, loading);
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(screen.queryByRole('heading', { name: enCommon.error.title })).not.toBeInTheDocument();
  });

  it.each([
    ['ticks as text', JSON.stringify({ state: { ticked: everyFixTicked('1,2') }, version: 1 })],
    ['ticks as numbers', JSON.stringify({ state: { ticked: everyFixTicked(3) }, version: 1 })],
    ['a map of ticks that is a number', JSON.stringify({ state: { ticked: 7, outcomes: 'x' }, version: 1 })],
    ['a newer version', JSON.stringify({ state: { ticked: everyFixTicked('1,2') }, version: 99 })],
    ['malformed JSON', '{"state":{"ticked":{"'],
  ])('the hand-off page and its summary are shown with %s', async (_name, raw) => {
    await storeProgress(raw);
    await renderAt(`/en/${guide.id}/${handoff!.id}/?${handoffQuery()}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: en.nodes[handoff!.id]!.title }, loading),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: enCommon.outcome.summaryHeading })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: enCommon.error.title })).not.toBeInTheDocument();
  });
});
