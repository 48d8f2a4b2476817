// Prerender entry (built with `vite build --ssr`): renders one URL to HTML in a static router, once its
// page's strings, code and data are loaded, and lists every URL that the build must emit.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppRoutes, createRoutes, preloadPath } from '@/app/routes';
import { guideIds, loadGuide } from '@/content/catalog';
import { LANGS, type Lang } from '@/engine/types';
import { createHeadCollector, HeadContext, type HeadData } from '@/lib/head';
import { basePath, paths } from '@/lib/paths';
import { loadAllViews } from '@/features/wizard/kind-views';

export interface Rendered {
  html: string;
  head: HeadData;
}

const routes = createRoutes();
// Every page kind is prerendered: the fix, check and outcome views (lazy chunks in the browser) up front.
const views = loadAllViews();

/** `path` is router-relative ("/ja/<guide>/<node>/"). */
export async function render(path: string): Promise<Rendered> {
  await views;
  // With a base path (BASE_PATH=/help/mail/) every link in the HTML must carry it, as the client's will.
  const location = `${basePath}${path}`;
  await preloadPath(routes, location);
  const { collector, data: head } = createHeadCollector();
  const html = renderToString(
    <StrictMode>
      <HeadContext.Provider value={collector}>
        <StaticRouter basename={basePath || undefined} location={location}>
          <AppRoutes routes={routes} />
        </StaticRouter>
      </HeadContext.Provider>
    </StrictMode>,
  );
  return { html, head };
}

export interface PageSpec {
  path: string;
  lang: Lang;
  /** The guide a node page belongs to (its chunks are preloaded); absent for home. */
  guide?: string;
}

/** Every page to prerender: homes, and every node of every guide in every language. */
export async function listPages(): Promise<PageSpec[]> {
  const pages: PageSpec[] = [];
  for (const lang of LANGS) {
    pages.push({ path: paths.home(lang), lang });
    for (const id of guideIds) {
      const { guide } = await loadGuide(id, lang);
      pages.push({ path: paths.guide(lang, id), lang, guide: id });
      for (const node of guide.nodes) pages.push({ path: paths.node(lang, id, node.id), lang, guide: id });
    }
  }
  return pages;
}
