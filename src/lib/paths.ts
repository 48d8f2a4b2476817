// Every URL the app links to is built here, so the URL contract lives in one place.
import type { Lang } from '@/engine/types';

/** Base path of the deployment without a trailing slash ('' at the root). */
export const basePath = (import.meta.env.BASE_URL ?? '/').replace(/\/$/, '');

function withQuery(path: string, query?: string): string {
  return query ? `${path}?${query}` : path;
}

export const paths = {
  home: (lang: Lang) => `/${lang}/`,
  guide: (lang: Lang, guide: string) => `/${lang}/${guide}/`,
  /** A node; `query` is a serialised answer string (engine/url.ts) without '?'. */
  node: (lang: Lang, guide: string, node: string, query?: string) =>
    withQuery(`/${lang}/${guide}/${node}/`, query),
  /** The map of a guide; `query` (answers) highlights the way they lead. */
  map: (lang: Lang, guide: string, query?: string) => withQuery(`/${lang}/${guide}/map/`, query),
  /** A numbered step of a fix (1-based). */
  step: (lang: Lang, guide: string, node: string, step: number, query?: string) =>
    `${withQuery(`/${lang}/${guide}/${node}/`, query)}#step-${step}`,
};

/** Turn an app path (router-relative) into an absolute URL for copying and sharing. */
export function absoluteUrl(appPath: string): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return `${origin}${basePath}${appPath}`;
}

/** Parse "#step-3" → 3; anything else → undefined. */
export function stepFromHash(hash: string): number | undefined {
  const m = /^#step-(\d{1,3})$/.exec(hash);
  return m ? Number(m[1]) : undefined;
}
