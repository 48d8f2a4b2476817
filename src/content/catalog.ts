// The list of guides and the lazy loaders for their data and wording: each guide (and each language of
// its wording) is its own chunk, so the first screen does not grow as guides are added.
import type {
  Guide,
  Lang,
  LocaleGuide,
  LocaleProviders,
  LocaleShared,
  ProviderTable,
  ResolvedGuide,
  SharedContent,
} from '@/engine/types';
import { resolveGuide } from '@/engine/shared';

const guideFiles = import.meta.glob<Guide>('./guides/*.json', { import: 'default' });
const guideWording = import.meta.glob<LocaleGuide>(
  ['@locales/*/*.json', '!**/common.json', '!**/shared.json', '!**/providers.json'],
  {
    import: 'default',
  },
);
const sharedWording = import.meta.glob<LocaleShared>('@locales/*/shared.json', { import: 'default' });
// What is said about each provider (notes, host hints): loaded with a guide, never with the first page.
const providerWording = import.meta.glob<LocaleProviders>('@locales/*/providers.json', { import: 'default' });

function idFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** Guide ids known at build time, in a stable (alphabetical) order. */
export const guideIds: readonly string[] = Object.keys(guideFiles).map(idFromPath).sort();

export interface LoadedGuide {
  lang: Lang;
  guide: ResolvedGuide;
  text: LocaleGuide;
  shared: LocaleShared;
  providers: ProviderTable;
  providerText: LocaleProviders;
}

function findLoader<T>(
  loaders: Record<string, () => Promise<T>>,
  suffix: string,
): (() => Promise<T>) | undefined {
  const key = Object.keys(loaders).find((k) => k.endsWith(suffix));
  return key ? loaders[key] : undefined;
}

const cache = new Map<string, Promise<LoadedGuide>>();

/** Load a guide with its wording in one language. Rejects for an unknown guide id. */
export function loadGuide(id: string, lang: Lang): Promise<LoadedGuide> {
  const cacheKey = `${lang}/${id}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const loadData = findLoader(guideFiles, `/guides/${id}.json`);
  const loadText = findLoader(guideWording, `/${lang}/${id}.json`);
  const loadShared = findLoader(sharedWording, `/${lang}/shared.json`);
  const loadProviderText = findLoader(providerWording, `/${lang}/providers.json`);
  if (!loadData || !loadText || !loadShared || !loadProviderText)
    return Promise.reject(new Error(`Unknown guide: ${id}`));
  const promise = Promise.all([
    loadData(),
    loadText(),
    loadShared(),
    import('./shared.json').then((m) => m.default as SharedContent),
    import('./providers.json').then((m) => m.default as ProviderTable),
    loadProviderText(),
  ]).then(
    ([data, text, shared, sharedData, providers, providerText]) => ({
      lang,
      guide: resolveGuide(data, sharedData),
      text,
      shared,
      providers,
      providerText,
    }),
    (error: unknown) => {
      // A chunk that did not load (offline, a deploy replaced it) is tried again on the next visit.
      cache.delete(cacheKey);
      throw error;
    },
  );
  cache.set(cacheKey, promise);
  return promise;
}
