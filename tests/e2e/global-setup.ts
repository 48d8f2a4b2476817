// Starts the static server on dist/ and one shared Chromium for all e2e files; tests reach both by inject().
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium, launchArgs } from '../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app's home is served, origin + base path, e.g. "http://127.0.0.1:41234/". */
    baseUrl: string;
    /** Playwright's websocket endpoint for the shared browser. */
    wsEndpoint: string;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets the same tests run against another build (e.g. a development build for React warnings).
  const root = path.resolve(repoRoot, process.env.E2E_DIST ?? 'dist');
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No build in ${root}: run npm run build first.`);
  }
  // Throws with install instructions when there is no browser: the run fails, it never skips.
  const executablePath = findChromium();

  const server = await startStaticServer({ root, base: process.env.BASE_PATH ?? '/' });
  let browserServer;
  try {
    browserServer = await chromium.launchServer({ executablePath, args: launchArgs });
  } catch (error) {
    await server.close();
    throw error;
  }

  project.provide('baseUrl', server.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());

  return async () => {
    await browserServer.close();
    await server.close();
  };
}
