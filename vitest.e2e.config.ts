// Deprecated: the e2e tests are the `e2e` project of vitest.config.ts (npm run test:e2e runs
// `vitest run --project e2e`). This file only keeps `vitest run -c vitest.e2e.config.ts` working, with the
// same settings; delete it once nothing calls it.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import { e2eProject } from './vitest.config.ts';

export default mergeConfig(viteConfig, defineConfig({ test: e2eProject.test }));
