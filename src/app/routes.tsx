// The route table: /<lang>/ (home), /<lang>/<guide>/<node>/ (one node), /<lang>/<guide>/map/ (the guide's
// map), /<lang>/helpdesk/, everything else not-found.
// Declarative routes (useRoutes), not react-router's data router: the data router's loaders, fetchers and
// lazy routes cost ~16 KB gzip on every first visit and the app needs none of them. Each page's code and
// data instead load through a small cache of our own: preloadPath() fills it before the first render
// (main.tsx before hydrating, the prerender before rendering), so the first render never waits; a page
// reached in the app that is not in it yet suspends until it is, inside Layout's Suspense boundary.
import { Component, lazy, Suspense, use, useEffect, type ComponentType, type ReactNode } from 'react';
import { matchRoutes, useLocation, useRoutes, type RouteObject } from 'react-router';
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

/** A page's component, made once its module and data are here (the data closed over, as props). */
type PageComponent = ComponentType;

interface CachedPage {
  promise: Promise<PageComponent>;
  ready?: PageComponent;
  failed?: true;
}

const pages = new Map<string, CachedPage>();

/**
 * Loads a page once. A failed load (offline, a deploy replaced a chunk) stays failed while it renders, so
 * the error page shows instead of an endless retry; the next explicit load (preloadPath: a link pointed at,
 * the app's start) tries again.
 */
function loadPage(key: string, load: () => Promise<PageComponent>): CachedPage {
  let page = pages.get(key);
  if (!page) {
    const entry: CachedPage = {
      promise: load().then(
        (ready) => (entry.ready = ready),
        (error: unknown) => {
          entry.failed = true;
          throw error;
        },
      ),
    };
    pages.set(key, entry);
    page = entry;
  }
  return page;
}

/** Renders a page from the cache, or suspends until it has loaded. */
function LoadedPage({ id, load }: { id: string; load: () => Promise<PageComponent> }) {
  const page = loadPage(id, load);
  const Page = page.ready ?? use(page.promise);
  // Not created in render: made once per page when it loads and kept in the cache, so it keeps its identity
  // (and its state) across renders.
  // eslint-disable-next-line react-hooks/static-components
  return <Page />;
}

/** What a route needs loaded before it can render without waiting, given the URL's path. */
interface RouteHandle {
  preload: (pathname: string) => Promise<unknown>;
}

function pageRoute(
  route: Omit<RouteObject, 'element' | 'handle' | 'children' | 'index'> & { index?: true },
  id: string,
  load: () => Promise<PageComponent>,
  extra?: (pathname: string) => Promise<unknown>,
): RouteObject {
  const handle: RouteHandle = {
    preload: (pathname) => Promise.all([loadPage(id, load).promise, extra?.(pathname)]),
  };
  return { ...route, handle, element: <LoadedPage id={id} load={load} /> } as RouteObject;
}

function guideRoutes(lang: Lang): RouteObject[] {
  return guideIds.flatMap((guide) => [mapRoute(lang, guide), nodeRoute(lang, guide)]);
}

/**
 * /<lang>/<guide>/map/: the guide's map (a static segment, so it ranks above the node splat; the validator
 * keeps `map` from being a node id). The map page and each layout are their own lazy chunks.
 */
function mapRoute(lang: Lang, guide: string): RouteObject {
  return pageRoute({ path: `${guide}/map` }, `map/${lang}/${guide}`, async () => {
    const [loaded, { MapPage, layout }] = await Promise.all([
      loadGuide(guide, lang),
      import('@/features/map/map-page').then(async (m) => ({
        MapPage: m.MapPage,
        layout: await m.loadMapLayout(lang, guide),
      })),
    ]);
    if (!layout) return NotFoundRoute;
    return function GuideMapRoute() {
      return <MapPage loaded={loaded} layout={layout} />;
    };
  });
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
  const prefix = `/${lang}/${guide}/`;
  return pageRoute(
    // The splat carries the node (and anything after it, e.g. an old /<node>/<step> link).
    { path: `${guide}/*` },
    `node/${lang}/${guide}`,
    async () => {
      const [loaded, { NodeRoute }] = await Promise.all([loadGuide(guide, lang), import('@/app/node-route')]);
      // The guide's data goes in as a prop, so node-route needs nothing from this module.
      return function GuideNodeRoute() {
        return <NodeRoute loaded={loaded} helpdesk={useHelpdeskView()} />;
      };
    },
    // The fix, check or outcome view of the node in the URL (its own chunk), so the page renders with it
    // at once. A guess that misses (a renamed node id) only makes that view load a moment later.
    async (pathname) => {
      const loaded = await loadGuide(guide, lang);
      const id = pathname.startsWith(prefix) ? pathname.slice(prefix.length).split('/')[0] : '';
      const kind = loaded.guide.byId.get(id || loaded.guide.start)?.kind;
      if (kind && isViewKind(kind)) await loadView(kind);
    },
  );
}

export function createRoutes(): RouteObject[] {
  return [
    { path: '/', element: <RootRedirect /> },
    ...LANGS.map((lang): RouteObject => ({
      path: `/${lang}`,
      // This language's UI strings (src/lib/i18n.ts): one language per page, loaded before anything renders.
      handle: { preload: () => loadStrings(lang) } satisfies RouteHandle,
      element: <Layout lang={lang} />,
      children: [
        // The symptom list in this language only (the finder's search data loads on first use).
        pageRoute({ index: true }, `home/${lang}`, async () => {
          const [{ HomeRoute }, entries] = await Promise.all([
            import('@/app/home-route'),
            loadSymptomList(lang),
          ]);
          return function LangHomeRoute() {
            return <HomeRoute entries={entries} />;
          };
        }),
        // The helpdesk index: its page and its language's index data are their own lazy chunks.
        pageRoute({ path: 'helpdesk' }, `helpdesk/${lang}`, async () =>
          (await import('@/app/helpdesk-route')).helpdeskPage(lang),
        ),
        ...guideRoutes(lang),
        { path: '*', element: <NotFoundRoute /> },
      ],
    })),
    {
      path: '*',
      handle: { preload: () => loadStrings('ja') } satisfies RouteHandle,
      element: <UnknownLanguage />,
    },
  ];
}

const basename = basePath || undefined;

/**
 * Loads everything the page at `pathname` (with the base path, as in the address bar) renders: its UI
 * strings, its code and data, and the view of the node in it. Resolves when the page can render without
 * waiting; rejects if a chunk it needs did not load.
 */
export async function preloadPath(routes: RouteObject[], pathname: string): Promise<void> {
  for (const [key, page] of pages) if (page.failed) pages.delete(key);
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  const routerPath = basename && pathname.startsWith(basename) ? pathname.slice(basename.length) : pathname;
  await Promise.all(
    matches.map(({ route }) => (route.handle as RouteHandle | undefined)?.preload(routerPath || '/')),
  );
}

/**
 * Shown if rendering a page throws (a bug, or a chunk that failed to load offline), until the reader goes
 * to another page.
 */
class PageErrorBoundary extends Component<
  { pathname: string; children: ReactNode },
  { error: unknown; at: string | null }
> {
  override state = { error: null as unknown, at: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error, at: null };
  }

  static getDerivedStateFromProps(
    props: { pathname: string },
    state: { error: unknown; at: string | null },
  ): { error: unknown; at: string | null } | null {
    if (state.error === null) return null;
    if (state.at === null) return { error: state.error, at: props.pathname };
    return state.at === props.pathname ? null : { error: null, at: null };
  }

  override render() {
    return this.state.error !== null ? <RouteError error={this.state.error} /> : this.props.children;
  }
}

/**
 * The app inside a router: the route table, its error page, and the start of loading a page as soon as
 * the reader points at or focuses a link to it, so that the click rarely has to wait.
 */
export function AppRoutes({ routes }: { routes: RouteObject[] }) {
  const location = useLocation();
  const element = useRoutes(routes);
  useEffect(() => {
    const warm = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      preloadPath(routes, link.pathname).catch(() => {
        // Tried again when the page is opened; its error shows then.
      });
    };
    document.addEventListener('pointerdown', warm, true);
    document.addEventListener('focusin', warm, true);
    return () => {
      document.removeEventListener('pointerdown', warm, true);
      document.removeEventListener('focusin', warm, true);
    };
  }, [routes]);
  return (
    <PageErrorBoundary pathname={location.pathname}>
      {/* The unknown-language page renders outside Layout: its strings may still be loading. */}
      <Suspense fallback={null}>{element}</Suspense>
    </PageErrorBoundary>
  );
}
