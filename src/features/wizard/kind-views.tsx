// The fix, check and outcome views, each its own chunk: a page needs only its own node's kind, and the three
// are most of the node route's code (~6 KB gzip a question page would otherwise download). The kind of the
// node in the address bar is loaded before the page hydrates (preloadPath in routes.tsx), and the
// prerender loads all three (loadAllViews), so neither renders a placeholder; the others load in idle time
// once the page is interactive, so a later step does not wait for them. A view not loaded yet when a step
// needs it suspends the page, which arrives whole a moment later (Layout's Suspense boundary).
import { use } from 'react';
import type { LoadedGuide } from '@/content/catalog';
import type { OkJourney } from '@/engine/resolve';
import type { ResolvedNode } from '@/engine/types';
import { loadedViews as views, loadView, VIEW_KINDS } from '@/features/wizard/view-loaders';

/** Every view (the prerender renders every kind of page). */
export async function loadAllViews(): Promise<void> {
  await Promise.all(VIEW_KINDS.map((kind) => loadView(kind)));
}

let idleScheduled = false;
/**
 * Once a node page is interactive (NodeView's first effect): the views it did not need, in idle time a
 * second later, so the next step does not wait for them and the page's own start-up never does either.
 */
export function preloadViewsWhenIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
  window.setTimeout(() => idle(() => void loadAllViews().catch(() => undefined)), 1000);
}

interface Props {
  loaded: LoadedGuide;
  node: ResolvedNode;
  journey: OkJourney;
  hash: string;
  hydrated: boolean;
}

/**
 * A fix, check or outcome node's own part of the page (a question's is QuestionView, always loaded). Each
 * view is a module-level component, loaded once and never replaced, so its identity is stable across
 * renders (what react-hooks/static-components guards against cannot happen here).
 */
export function KindView({ loaded, node, journey, hash, hydrated }: Props) {
  /* eslint-disable react-hooks/static-components -- stable module-level components, see above */
  switch (node.kind) {
    case 'fix': {
      const View = views.fix ?? use(loadView('fix'));
      return <View loaded={loaded} node={node} journey={journey} hash={hash} hydrated={hydrated} />;
    }
    case 'check': {
      const View = views.check ?? use(loadView('check'));
      return <View loaded={loaded} node={node} journey={journey} />;
    }
    case 'outcome': {
      const View = views.outcome ?? use(loadView('outcome'));
      return <View loaded={loaded} node={node} journey={journey} />;
    }
    default:
      return null;
  }
  /* eslint-enable react-hooks/static-components */
}
