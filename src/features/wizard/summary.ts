// The hand-off summary: plain text a person can copy, print or mail to their helpdesk. Built from the
// journey (ids and labels), plus the version and note typed on the hand-off page itself; nothing typed on a
// check node is ever part of it.
import type { LoadedGuide } from '@/content/catalog';
import type { OkJourney } from '@/engine/resolve';
import { plainText } from '@/components/rich-text';
import { answerLabel, nodeText } from '@/features/wizard/text';

interface SummaryInput {
  loaded: LoadedGuide;
  journey: OkJourney;
  /** "<guide>/<fix>" → ticked step numbers */
  ticked: Record<string, number[]>;
  url: string;
  t: (key: string, options?: Record<string, unknown>) => string;
  checkedOn: string;
  /** Typed on the hand-off page (iOS or Outlook version, a free note); '' or absent when left empty. */
  version?: string;
  note?: string;
}

export function buildSummary({
  loaded,
  journey,
  ticked,
  url,
  t,
  checkedOn,
  version = '',
  note = '',
}: SummaryInput): string {
  const { guide } = loaded;
  const lines: string[] = [];
  lines.push(t('outcome.summary.title'));
  lines.push('');
  lines.push(`${t('outcome.summary.guide')}: ${loaded.text.title}`);
  if (version.trim()) lines.push(`${t('outcome.summary.version')}: ${version.trim()}`);

  const answered = journey.path.filter((s) => s.answer !== undefined);
  lines.push(`${t('outcome.summary.answers')}:`);
  const questions = answered.filter((s) => guide.byId.get(s.node)?.kind === 'question');
  if (questions.length === 0) lines.push(`- ${t('outcome.summary.none')}`);
  for (const step of questions) {
    const node = guide.byId.get(step.node);
    if (!node || step.answer === undefined) continue;
    lines.push(`- ${plainText(nodeText(loaded, node).title)} → ${answerLabel(loaded, node, step.answer, t)}`);
  }

  const fixes = answered.filter((s) => guide.byId.get(s.node)?.kind === 'fix');
  lines.push(`${t('outcome.summary.tried')}:`);
  if (fixes.length === 0) lines.push(`- ${t('outcome.summary.none')}`);
  for (const step of fixes) {
    const node = guide.byId.get(step.node);
    if (!node || node.kind !== 'fix') continue;
    const done = ticked[`${guide.id}/${node.id}`] ?? [];
    const result = step.answer === 'yes' ? t('fix.yes') : t('outcome.summary.notFixed');
    lines.push(`- ${plainText(nodeText(loaded, node).title)} (${result})`);
    if (done.length > 0)
      lines.push(`  ${t('outcome.summary.ticked')}: ${done.join(', ')} / ${node.steps.length}`);
  }

  const target = guide.byId.get(journey.target);
  if (target) lines.push(`${t('outcome.summary.result')}: ${plainText(nodeText(loaded, target).title)}`);
  if (note.trim()) {
    lines.push(`${t('outcome.summary.note')}:`);
    for (const line of note.trim().split(/\r?\n/)) lines.push(`  ${line}`);
  }
  lines.push(`${t('outcome.summary.link')}: ${url}`);
  lines.push(`${t('outcome.summary.checked')}: ${checkedOn}`);
  return lines.join('\n');
}
