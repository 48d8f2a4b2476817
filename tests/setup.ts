// Vitest setup for the `ui` project (jsdom): adds the DOM matchers (toBeVisible, toHaveTextContent...).
import '@testing-library/jest-dom/vitest';
