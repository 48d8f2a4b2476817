// Vitest setup for the unit, content and UI suites: adds the DOM matchers (toBeVisible, toHaveTextContent...).
import '@testing-library/jest-dom/vitest';
