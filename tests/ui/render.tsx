// Renders the real route table in a memory router, as the app does in the browser.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router';
import { createRoutes } from '@/app/routes';

export function renderAt(url: string) {
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(<RouterProvider router={router} />);
  return { router, user, ...utils };
}
