// Vitest setup for the `ui` project (jsdom): adds the DOM matchers (toBeVisible, toHaveTextContent...).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// A first render loads a guide's chunk and can take over the 1 s default on a busy 2-core machine; a test
// that waits for something that never comes still fails, only later.
configure({ asyncUtilTimeout: 5000 });
