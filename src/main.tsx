// Client entry: load what this URL's page renders (its strings, code and data), then hydrate the
// prerendered HTML, or render fresh when the host served HTML that is not this path's prerender (SPA
// rewrite, 404.html).
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes, createRoutes, preloadPath } from '@/app/routes';
import { basePath } from '@/lib/paths';
import './styles.css';

async function start(): Promise<void> {
  const routes = createRoutes();
  await preloadPath(routes, window.location.pathname);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from the page');
  const app = (
    <StrictMode>
      {/* Navigation renders at once, not as a transition: a step paints in one task instead of many
          small ones (docs/performance.md). A page whose chunk is not loaded yet suspends in Layout. */}
      <BrowserRouter basename={basePath || undefined} useTransitions={false}>
        <AppRoutes routes={routes} />
      </BrowserRouter>
    </StrictMode>
  );
  const here = window.location.pathname.slice(basePath.length) || '/';
  if (container.dataset.path === here && container.firstElementChild) {
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
    // thread for the whole page: a tap or a scroll during start-up on a slow phone is not kept waiting.
    startTransition(() => {
      hydrateRoot(container, app, {
        onRecoverableError(error) {
          // An error, not a warning: the browser tests fail on any console error, so a mismatch cannot hide.
          console.error('Hydration mismatch (recovered):', error);
        },
      });
    });
  } else {
    createRoot(container).render(app);
  }
  // Only inside a frame in embed mode: the bridge is its own small chunk, never on a normal page load.
  if (document.documentElement.dataset.embed === '1' && window.parent !== window) {
    const { startEmbedBridge } = await import('@/features/embed/bridge');
    startEmbedBridge();
  }
}

start().catch((error: unknown) => {
  // A chunk the first page needs did not load (a deploy replaced it, the network dropped): the prerendered
  // page stays as served, its links working, and boot.js shows a notice with a reload link.
  console.error('The app did not start; the page stays as served.', error);
  document.dispatchEvent(new Event('mail-troubleshooter:start-failed'));
});
