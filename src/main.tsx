// Client entry: resolve the lazy routes that match this URL, then hydrate the prerendered HTML, or render
// fresh when the host served HTML that is not this path's prerender (SPA rewrite, 404.html).
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createRoutes } from '@/app/routes';
import { basePath } from '@/lib/paths';
import './styles.css';

async function start(): Promise<void> {
  const routes = createRoutes();
  const basename = basePath || undefined;
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy === 'function') {
        const resolved = await route.lazy();
        Object.assign(route, resolved);
        delete route.lazy;
      }
    }),
  );
  const router = createBrowserRouter(routes, { basename });
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from the page');
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  const here = window.location.pathname.slice(basePath.length) || '/';
  if (container.dataset.path === here && container.firstElementChild) {
    hydrateRoot(container, app, {
      onRecoverableError(error) {
        // An error, not a warning: the browser tests fail on any console error, so a mismatch cannot hide.
        console.error('Hydration mismatch (recovered):', error);
      },
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
