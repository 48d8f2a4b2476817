// Types for build-meta.mjs, so TypeScript callers (e2e tests) get checked imports.
export declare function manifestFile(outDir: string): string;
