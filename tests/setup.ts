// Vitest setup for the `ui` project (jsdom): adds the DOM matchers (toBeVisible, toHaveTextContent...).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { loadAllViews } from '@/features/wizard/kind-views';

// A first render loads a guide's chunk and can take over the 1 s default on a busy 2-core machine; a test
// that waits for something that never comes still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// The fix, check and outcome views are chunks of their own that the app loads before a page needs them (the
// page in the address bar before hydrating, the rest in idle time): tests render any page straight away, as
// the app does once they are loaded (src/features/wizard/kind-views.tsx).
await loadAllViews();
