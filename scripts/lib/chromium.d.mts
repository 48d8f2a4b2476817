// Types for chromium.mjs, so TypeScript callers (e2e setup, benches) get checked imports.
export declare const launchArgs: string[];
export declare function findChromium(): string;
