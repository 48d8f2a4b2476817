// Looks up the wording of a resolved node or step in the loaded locale data (guide or shared namespace).
import type { LoadedGuide } from '@/content/catalog';
import type { LocaleNode, LocaleStep, ResolvedNode, ResolvedStep } from '@/engine/types';

function walk(root: unknown, key: string): unknown {
  let cur: unknown = root;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function bundle(loaded: LoadedGuide, ns: string): unknown {
  return ns === 'shared' ? loaded.shared : loaded.text;
}

export function nodeText(loaded: LoadedGuide, node: ResolvedNode): LocaleNode {
  const found = walk(bundle(loaded, node.text.ns), node.text.key) as LocaleNode | undefined;
  // The validator guarantees wording exists; the id is a readable last resort, never a crash.
  return found ?? { title: node.id };
}

export function stepText(loaded: LoadedGuide, step: ResolvedStep): LocaleStep {
  const found = walk(bundle(loaded, step.text.ns), step.text.key) as LocaleStep | undefined;
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
