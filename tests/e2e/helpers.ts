// Opens pages in the shared Chromium and records console errors and every request, for e2e assertions.
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export interface OpenPageOptions {
  /** Browser language (navigator.language, Accept-Language); default 'ja'. */
  lang?: 'ja' | 'en';
  /** false opens the page as a browser with JavaScript turned off; default true. */
  jsEnabled?: boolean;
  /** Default 1280×720; use PHONE for an iPhone-sized screen. */
  viewport?: ViewportSize;
  /** Runs in every frame before the page's own scripts (e.g. to break localStorage). */
  initScript?: string | (() => void);
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every URL the page requested, including failed and blocked ones. */
  requests: string[];
  close: () => Promise<void>;
}

export const PHONE: ViewportSize = { width: 390, height: 844 };

/** Origin + base path of the served build, ending in "/". */
export const baseUrl: string = inject('baseUrl');
export const origin: string = new URL(baseUrl).origin;

/** Absolute URL of an app path: appUrl('/ja/') is "<baseUrl>ja/", so tests also pass under a BASE_PATH. */
export function appUrl(appPath: string): string {
  return new URL(appPath.replace(/^\//, ''), baseUrl).href;
}

/** Requests that went anywhere but the app's own origin (data: and blob: URLs stay in the page). */
export function offOriginRequests(requests: readonly string[]): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

let browser: Promise<Browser> | undefined;

function getBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('wsEndpoint'));
  return browser;
}

// Each e2e file runs in its own module scope, so each closes its own connection (the browser lives on).
afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export async function openPage(options: OpenPageOptions = {}): Promise<OpenedPage> {
  const { lang = 'ja', jsEnabled = true, viewport, initScript } = options;
  const context = await (
    await getBrowser()
  ).newContext({
    locale: lang === 'ja' ? 'ja-JP' : 'en-US',
    javaScriptEnabled: jsEnabled,
    ...(viewport ? { viewport } : {}),
  });
  if (initScript) await context.addInitScript(initScript);

  const consoleErrors: string[] = [];
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));

  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      consoleErrors.push(`${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`Uncaught ${error.name}: ${error.message}`));

  return { page, context, consoleErrors, requests, close: () => context.close() };
}

/**
 * Runs in the page: true once the client has taken over, i.e. the header's display controls are live
 * (the prerendered HTML keeps them inert until hydration). Use with page.waitForFunction(appReady).
 */
export function appReady(): boolean {
  const selects = document.querySelectorAll('header .pref-select select');
  return selects.length === 2 && selects[0]!.closest('[inert]') === null;
}
