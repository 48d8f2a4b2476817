// Plans journeys through a guide from its data (so tests follow the content as it changes): the shortest
// walk from a node to a hand-off that says "no" to at least `minFixes` fixes, using only links a person
// can click (answers, yes/no, a check's "I can't find these settings").
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Guide, GuideNode } from '../../src/engine/types';

export function loadGuide(id: string): Guide {
  const file = fileURLToPath(new URL(`../../src/content/guides/${id}.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Guide;
}

export function loadLocale(lang: 'ja' | 'en', file: string): Record<string, unknown> {
  const path = fileURLToPath(new URL(`../../locales/${lang}/${file}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function clickable(node: GuideNode): [string, string][] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => [a.id, a.next]);
    case 'fix':
      return [
        ['no', node.no],
        ['yes', node.yes],
      ];
    case 'check':
      return node.skip ? [['skip', node.skip]] : [];
    default:
      return [];
  }
}

export interface Hop {
  node: string;
  value: string;
  next: string;
  kind: GuideNode['kind'];
}

export function planToHandoff(guide: Guide, from: string, minFixes: number): Hop[] {
  const byId = new Map(guide.nodes.map((n) => [n.id, n]));
  type State = { id: string; fixes: number; hops: Hop[] };
  const queue: State[] = [{ id: from, fixes: 0, hops: [] }];
  const seen = new Set([`${from}:0`]);
  while (queue.length > 0) {
    const state = queue.shift()!;
    const node = byId.get(state.id);
    if (!node) continue;
    if (node.kind === 'outcome' && node.outcome === 'handoff' && state.fixes >= minFixes) {
      return state.hops;
    }
    for (const [value, next] of clickable(node)) {
      if (node.kind === 'fix' && value === 'yes') continue;
      const fixes = Math.min(minFixes, state.fixes + (node.kind === 'fix' ? 1 : 0));
      const key = `${next}:${fixes}`;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push({ id: next, fixes, hops: [...state.hops, { node: node.id, value, next, kind: node.kind }] });
    }
  }
  throw new Error(`No clickable path from ${from} to a hand-off through ${minFixes} fixes in ${guide.id}`);
}

/** The shortest clickable path from `from` (default: the start) to a node of the given kind. */
export function planToKind(
  guide: Guide,
  kind: GuideNode['kind'],
  from: string = guide.start,
): { target: string; hops: Hop[] } {
  const byId = new Map(guide.nodes.map((n) => [n.id, n]));
  const queue: { id: string; hops: Hop[] }[] = [{ id: from, hops: [] }];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const { id, hops } = queue.shift()!;
    const node = byId.get(id);
    if (!node) continue;
    if (node.kind === kind) return { target: id, hops };
    for (const [value, next] of clickable(node)) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push({ id: next, hops: [...hops, { node: id, value, next, kind: node.kind }] });
    }
  }
  throw new Error(`No ${kind} node reachable from ${from} in ${guide.id}`);
}

export function queryOf(hops: readonly Hop[]): string {
  return new URLSearchParams(hops.map((h) => [h.node, h.value])).toString();
}
