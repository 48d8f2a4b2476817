// The route table: /<lang>/ (home), /<lang>/<guide>/<node>/ (one node), /<lang>/<guide>/map/ (the guide's
// map), everything else not-found.
// One route per language × guide, because route.lazy gets no params and each guide loads its own chunk.
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { LANGS, type Lang } from '@/engine/types';
import { guideIds, loadGuide } from '@/content/catalog';
import { Layout } from '@/app/layout';
import { usePreferences } from '@/stores/preferences';
import type { HelpdeskView } from '@/features/helpdesk/node-tools';
import { RootRedirect, UnknownLanguage } from '@/app/redirects';
import { NotFoundRoute } from '@/app/not-found-route';
import { RouteError } from '@/app/route-error';
import { loadStrings } from '@/lib/i18n';
import { basePath } from '@/lib/paths';
import { isViewKind, loadView } from '@/features/wizard/view-loaders';
import { loadSymptomList } from '@/content/symptom-list';

function guideRoutes(lang: Lang): RouteObject[] {
  return guideIds.flatMap((guide) => [mapRoute(lang, guide), nodeRoute(lang, guide)]);
}

/**
 * /<lang>/<guide>/map/: the guide's map (a static segment, so it ranks above the node splat; the validator
 * keeps `map` from being a node id). The map page and each layout are their own lazy chunks.
 */
function mapRoute(lang: Lang, guide: string): RouteObject {
  return {
    path: `${guide}/map`,
    lazy: async () => {
      const [loaded, { MapPage, layout }] = await Promise.all([
        loadGuide(guide, lang),
        import('@/features/map/map-page').then(async (m) => ({
          MapPage: m.MapPage,
          layout: await m.loadMapLayout(lang, guide),
        })),
      ]);
      if (!layout) return { Component: NotFoundRoute };
      return {
        Component: function GuideMapRoute() {
          return <MapPage loaded={loaded} layout={layout} />;
        },
      };
    },
  };
}

/**
 * The helpdesk view on node pages: its panel is loaded only when the view is on. The switch's state (the
 * preferences store) is read here, in the entry, and handed down: when the node route's chunk imported the
 * store itself, the bundler split the entry into three chunks and the first load grew by ~1.2 KB gzip.
 */
// From the helpdesk page's own chunk: a chunk shared by two lazy chunks that renders React (the share
// panel) also made the bundler split React out of the entry.
const HelpdeskPanel = lazy(() => import('@/app/helpdesk-route').then((m) => ({ default: m.NodePanel })));

function useHelpdeskView(): HelpdeskView {
  const on = usePreferences((s) => s.helpdesk);
  const set = usePreferences((s) => s.setHelpdesk);
  return { on, set, Panel: HelpdeskPanel };
}

function nodeRoute(lang: Lang, guide: string): RouteObject {
  return {
    // The splat carries the node (and anything after it, e.g. an old /<node>/<step> link).
    path: `${guide}/*`,
    lazy: async () => {
      const [loaded, { NodeRoute }] = await Promise.all([loadGuide(guide, lang), import('@/app/node-route')]);
      // In the browser, the fix, check or outcome view of the node in the address bar (its own chunk), so
      // the page hydrates with it (the prerender loads every view: entry-server.tsx). A guess that misses
      // (a renamed node id) only makes that view load a moment later.
      if (typeof window !== 'undefined') {
        const prefix = `${basePath}/${lang}/${guide}/`;
        const { pathname } = window.location;
        const id = pathname.startsWith(prefix) ? pathname.slice(prefix.length).split('/')[0] : '';
        const kind = loaded.guide.byId.get(id || loaded.guide.start)?.kind;
        if (kind && isViewKind(kind)) await loadView(kind);
      }
      // The guide's data goes in as a prop, so node-route needs nothing from this module.
      return {
        Component: function GuideNodeRoute() {
          return <NodeRoute loaded={loaded} helpdesk={useHelpdeskView()} />;
        },
      };
    },
  };
}

export function createRoutes(): RouteObject[] {
  return [
    { path: '/', Component: RootRedirect },
    ...LANGS.map((lang): RouteObject => ({
      path: `/${lang}`,
      // This language's UI strings (src/lib/i18n.ts): one language per page, loaded before anything renders.
      lazy: async () => {
        await loadStrings(lang);
        return {};
      },
      element: <Layout lang={lang} />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => {
            // The symptom list in this language only (the finder's search data loads on first use).
            const [{ HomeRoute }, entries] = await Promise.all([
              import('@/app/home-route'),
              loadSymptomList(lang),
            ]);
            return {
              Component: function LangHomeRoute() {
                return <HomeRoute entries={entries} />;
              },
            };
          },
        },
        {
          // The helpdesk index: its page and its language's index data are their own lazy chunks.
          path: 'helpdesk',
          lazy: async () => (await import('@/app/helpdesk-route')).helpdeskRoute(lang),
        },
        ...guideRoutes(lang),
        { path: '*', Component: NotFoundRoute },
      ],
    })),
    {
      path: '*',
      lazy: async () => {
        await loadStrings('ja');
        return {};
      },
      Component: UnknownLanguage,
      errorElement: <RouteError />,
    },
  ];
}
