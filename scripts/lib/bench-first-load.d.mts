// Types for bench-first-load.mjs, so TypeScript callers (the budget test) get checked imports.
import type { Browser } from 'playwright-core';

export interface FirstLoadPage {
  kind: 'home' | 'node';
  lang: 'ja' | 'en';
  /** App path, e.g. "/ja/" or "/en/<guide>/<node>/". */
  path: string;
  guide?: string;
}

/** A page opened cold from a link with no budget of its own (see coldLinkPages). */
export interface ColdLinkPage extends Omit<FirstLoadPage, 'kind'> {
  kind: 'helpdesk' | 'map';
}

export interface FirstLoadFile {
  /** Path inside the build, e.g. "assets/index-abc.js" or "boot.js". */
  file: string;
  /** The source it was built from (manifest key), or the file name. */
  source: string;
  /** gzip -9 bytes. */
  bytes: number;
}

export type FirstLoad<P extends FirstLoadPage | ColdLinkPage = FirstLoadPage> = P & {
  files: FirstLoadFile[];
  bytes: number;
};

export declare const FIRST_LOAD_BUDGET: { home: number; node: number };
export declare function firstLoadPages(repoRoot: string): FirstLoadPage[];
export declare function coldLinkPages(repoRoot: string): ColdLinkPage[];
export declare function measureFirstLoads<P extends FirstLoadPage | ColdLinkPage>(options: {
  browser: Browser;
  baseUrl: string;
  dist: string;
  pages: readonly P[];
  ready?: () => boolean;
}): Promise<FirstLoad<P>[]>;
export declare function spread(values: readonly number[]): { min: number; median: number; max: number };
