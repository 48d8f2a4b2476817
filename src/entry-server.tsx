// Prerender entry (built with `vite build --ssr`): renders one URL to HTML with react-router's static
// handler, and lists every URL that the build must emit.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createRoutes } from '@/app/routes';
import { guideIds, loadGuide } from '@/content/catalog';
import { LANGS, type Lang } from '@/engine/types';
import { createHeadCollector, HeadContext, type HeadData } from '@/lib/head';
import { basePath, paths } from '@/lib/paths';
import { loadAllViews } from '@/features/wizard/kind-views';

export interface Rendered {
  html: string;
  head: HeadData;
  status: number;
}

const routes = createRoutes();
// Every page kind is prerendered: the fix, check and outcome views (lazy chunks in the browser) up front.
const views = loadAllViews();
// With a base path (BASE_PATH=/help/mail/) every link in the HTML must carry it, as the client's will.
const handler = createStaticHandler(routes, basePath ? { basename: basePath } : undefined);

/** `path` is router-relative ("/ja/<guide>/<node>/"). */
export async function render(path: string): Promise<Rendered> {
  await views;
  const context = await handler.query(new Request(`http://prerender.local${basePath}${path}`));
  if (context instanceof Response) {
    throw new Error(`Unexpected redirect while prerendering ${path}: ${context.status}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const { collector, data: head } = createHeadCollector();
  const html = renderToString(
    <StrictMode>
      <HeadContext.Provider value={collector}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </HeadContext.Provider>
    </StrictMode>,
  );
  return { html, head, status: context.statusCode };
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
