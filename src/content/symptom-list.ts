// The home page's symptom list in one language, loaded with the home route: each symptom's title, summary,
// apps and where its links open (virtual:symptom-index/<lang>, built by the symptom index plugin). The
// finder's search data (aliases, both languages' titles) is the full index in symptom-index.ts, loaded on
// first use of the finder, never with the page.
import type { Client, Lang } from '@/engine/types';

/** Where a link opens: a node of the guide and the serialised answers for its query ('' for none). */
interface ListLink {
  node: string;
  query: string;
}

export interface ListEntry {
  guide: string;
  /** The guide's start node. */
  start: string;
  id: string;
  title: string;
  summary: string;
  guideTitle: string;
  clients: Client[];
  /** Past the questions the symptom already answers, with those answers. */
  link: ListLink;
  /** For a symptom seen in several apps that does not tell which: one link per app, app question answered. */
  apps: (ListLink & { client: Client })[];
}

const loaders = {
  ja: () => import('virtual:symptom-index/ja'),
  en: () => import('virtual:symptom-index/en'),
} satisfies Record<Lang, unknown>;

const cache = new Map<Lang, Promise<ListEntry[]>>();

export function loadSymptomList(lang: Lang): Promise<ListEntry[]> {
  let hit = cache.get(lang);
  if (!hit) {
    hit = loaders[lang]().then(({ default: guides }) =>
      guides.flatMap(({ guide, start, title, symptoms }) =>
        symptoms.map((s) => ({ guide, start, guideTitle: title, ...s })),
      ),
    );
    hit.catch(() => cache.delete(lang));
    cache.set(lang, hit);
  }
  return hit;
}
