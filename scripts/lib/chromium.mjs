// Finds a Chromium binary for e2e tests and benchmarks, and the flags it needs on a headless CI box.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags proven on Debian's chromium in containers; playwright's launch() adds a fresh user-data dir. */
export const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const NO_CHROMIUM_MESSAGE = [
  'No Chromium found for the browser tests. Get one of these:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  "  - or: npx playwright install chromium   (playwright-core's own build)",
  '  - or: set CHROMIUM_PATH=/path/to/chromium (or chrome) to use a browser you already have',
].join('\n');

/**
 * Returns the path of a Chromium to run: CHROMIUM_PATH, a system browser, or playwright-core's download.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    // A wrong explicit path is a mistake to report, not a reason to silently pick another browser.
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${NO_CHROMIUM_MESSAGE}`);
  }
  for (const candidate of SYSTEM_PATHS) {
    if (existsSync(candidate)) return candidate;
  }
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // playwright-core throws when it has no browser registry entry for this platform.
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(NO_CHROMIUM_MESSAGE);
}
