// Renders the real route table in a memory router, as the app does in the browser.
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppRoutes, createRoutes, preloadPath } from '@/app/routes';
import { guideIds } from '@/content/catalog';
import { LANGS } from '@/engine/types';
import { paths } from '@/lib/paths';
import { helpdeskPath } from '@/features/helpdesk/path';

const routes = createRoutes();

/**
 * Every page a test can reach, loaded before it renders, as main.tsx does for the first page. A page
 * reached in the app that is not loaded yet suspends (Layout's Suspense boundary); under React's act() in
 * jsdom such a render is only retried inside an awaited act, which a user-event click is not. The browser
 * tests (tests/e2e) go to pages that are not loaded yet.
 */
async function preloadEverything(url: string): Promise<void> {
  const pathname = new URL(url, 'http://test.local').pathname;
  const all = LANGS.flatMap((lang) => [
    paths.home(lang),
    helpdeskPath(lang),
    ...guideIds.flatMap((id) => [paths.guide(lang, id), paths.map(lang, id)]),
  ]);
  await act(async () => {
    await Promise.all([pathname, ...all].map((p) => preloadPath(routes, p)));
  });
}

export async function renderAt(url: string) {
  await preloadEverything(url);
  let location: Location | undefined;
  /** The router's current location, for tests that check where a click led. */
  function LocationSpy() {
    location = useLocation();
    return null;
  }
  const router = {
    state: {
      get location(): Location {
        if (!location) throw new Error('The router has not rendered yet');
        return location;
      },
    },
  };
  const user = userEvent.setup();
  const utils = render(
    <MemoryRouter initialEntries={[url]} useTransitions={false}>
      <AppRoutes routes={routes} />
      <LocationSpy />
    </MemoryRouter>,
  );
  return { router, user, ...utils };
}
