// The route table: /<lang>/ (home), /<lang>/<guide>/<node>/ (one node), everything else not-found.
// One route per language × guide, because route.lazy gets no params and each guide loads its own chunk.
import type { RouteObject } from 'react-router';
import { LANGS, type Lang } from '@/engine/types';
import { guideIds, loadGuide } from '@/content/catalog';
import { Layout } from '@/app/layout';
import { RootRedirect, UnknownLanguage } from '@/app/redirects';
import { NotFoundRoute } from '@/app/not-found-route';
import { RouteError } from '@/app/route-error';

function guideRoutes(lang: Lang): RouteObject[] {
  return guideIds.map((guide) => ({
    // The splat carries the node (and anything after it, e.g. an old /<node>/<step> link).
    path: `${guide}/*`,
    lazy: async () => {
      const [loaded, { NodeRoute }] = await Promise.all([loadGuide(guide, lang), import('@/app/node-route')]);
      // The guide's data goes in as a prop, so node-route needs nothing from this module.
      return {
        Component: function GuideNodeRoute() {
          return <NodeRoute loaded={loaded} />;
        },
      };
    },
  }));
}

export function createRoutes(): RouteObject[] {
  return [
    { path: '/', Component: RootRedirect },
    ...LANGS.map((lang): RouteObject => ({
      path: `/${lang}`,
      element: <Layout lang={lang} />,
      errorElement: <RouteError />,
      children: [
        {
          index: true,
          lazy: async () => {
            const { HomeRoute } = await import('@/app/home-route');
            return { Component: HomeRoute };
          },
        },
        ...guideRoutes(lang),
        { path: '*', Component: NotFoundRoute },
      ],
    })),
    { path: '*', Component: UnknownLanguage, errorElement: <RouteError /> },
  ];
}
