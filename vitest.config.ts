// Vitest config: one run, three projects. `node` (unit and content tests), `ui` (Testing Library in jsdom)
// and `e2e` (real Chromium against a build, started once by the global setup). The app's Vite config
// supplies the aliases and plugins, so tests import modules exactly as the build does.
// npm run test:unit = --project node --project ui; npm run test:e2e = --project e2e (build first).
import {
  defineConfig,
  mergeConfig,
  type TestProjectInlineConfiguration,
  type ViteUserConfig,
} from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Browser tests: real Chromium (playwright-core) against a build on 127.0.0.1, one file at a time. */
export const e2eProject = {
  extends: true,
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser on a 2-core machine: files in parallel only fight for the CPU and make timings flaky.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
} satisfies TestProjectInlineConfiguration;

const config: ViteUserConfig = mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: ['tests/ui/**/*.test.{ts,tsx}'],
            setupFiles: ['tests/setup.ts'],
          },
        },
        e2eProject,
      ],
    },
  }),
);

export default config;
