// Looks up the wording of a resolved node or step in the loaded locale data (guide or shared namespace).
import type { LoadedGuide } from '@/content/catalog';
import type { LocaleNode, LocaleStep, ResolvedNode, ResolvedStep } from '@/engine/types';
import { wordingOf } from '@/engine/shared';

export function nodeText(loaded: LoadedGuide, node: ResolvedNode): LocaleNode {
  const found = wordingOf(node.text, loaded.text, loaded.shared) as LocaleNode | undefined;
  // The validator guarantees wording exists; the id is a readable last resort, never a crash.
  return found ?? { title: node.id };
}

export function stepText(loaded: LoadedGuide, step: ResolvedStep): LocaleStep {
  const found = wordingOf(step.text, loaded.text, loaded.shared) as LocaleStep | undefined;
  return found ?? { title: step.id };
}

/** Label of an answer on a question, or of a fix's yes/no, or a check's result, for "Your answers". */
export function answerLabel(
  loaded: LoadedGuide,
  node: ResolvedNode,
  value: string,
  t: (k: string) => string,
): string {
  if (node.kind === 'question') return nodeText(loaded, node).answers?.[value] ?? value;
  if (node.kind === 'fix') return value === 'yes' ? t('fix.yes') : t('fix.no');
  if (node.kind === 'check') {
    if (value === 'pass') return t('check.answerPass');
    if (value === 'skip') return t('check.skip');
    return t('check.answerFail');
  }
  return value;
}
