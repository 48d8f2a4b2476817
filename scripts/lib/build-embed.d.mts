// Types for build-embed.mjs, so TypeScript callers (unit tests) get checked imports.
export declare function embedOriginsWarning(allowlist: string | undefined): string | undefined;
export declare function buildEmbed(options: {
  root: string;
  outDir: string;
  base?: string;
}): Promise<{ file: string; bytes: number; gzipBytes: number }>;
