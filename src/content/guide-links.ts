// What outcome pages need to know of other guides without loading them: where a continue outcome leads
// (computed at build time, like a symptom's link) and each guide's title in each language.
import links from 'virtual:guide-links';
import type { Lang } from '@/engine/types';

/** Where a continue outcome leads (guide, node past the answers it settles, query), by "<guide>/<outcome>". */
export const continueLinks: ReadonlyMap<string, { guide: string; node: string; query: string }> = new Map(
  Object.entries(links.continues),
);

/** A guide's title in a language (its id when unknown). */
export function guideTitle(lang: Lang, guide: string): string {
  return links.titles[lang]?.[guide] ?? guide;
}
