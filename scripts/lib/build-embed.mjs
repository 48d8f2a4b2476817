// Builds the host-page script dist/embed.js from embed/embed.ts: its own tiny IIFE bundle with no
// dependencies (not part of the app's module graph), so a help centre loads one small classic script.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * The build-time warning for a build whose embed bridge answers only its own origin, or undefined when
 * VITE_EMBED_ALLOWED_ORIGINS names the hosts (or "*").
 * @param {string | undefined} allowlist the raw VITE_EMBED_ALLOWED_ORIGINS
 * @returns {string | undefined}
 */
export function embedOriginsWarning(allowlist) {
  if (allowlist?.trim()) return undefined;
  return [
    'VITE_EMBED_ALLOWED_ORIGINS is not set: embedded with embed.js, the wizard will send its height and',
    "events only to pages of the app's own origin (and, served from localhost, to other local pages).",
    'To let your help centre embed it, name its origins (or "*" for every site) and build again:',
    '  VITE_EMBED_ALLOWED_ORIGINS="https://support.example.jp,https://*.example.com" npm run build',
    'and send the same list in frame-ancestors (docs/deploy.md, docs/embedding.md).',
  ].join('\n');
}

/**
 * Writes <outDir>/embed.js. `base` is accepted for symmetry with the app build but not needed: the
 * script finds the app's origin and base path from its own URL at run time.
 * @param {{ root: string, outDir: string, base?: string }} options
 * @returns {Promise<{ file: string, bytes: number, gzipBytes: number }>}
 */
export async function buildEmbed({ root, outDir, base = '/' }) {
  await build({
    root,
    base,
    // Not vite.config.ts: no React plugin, no Tailwind, no app aliases, no public/ copy.
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: process.env.VERBOSE ? 'info' : 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      manifest: false,
      sourcemap: false,
      reportCompressedSize: false,
      minify: true,
      target: 'es2019',
      lib: {
        entry: path.join(root, 'embed', 'embed.ts'),
        formats: ['iife'],
        name: 'MailTroubleshooterEmbed',
        fileName: () => 'embed.js',
      },
    },
  });
  const file = path.join(outDir, 'embed.js');
  const code = await readFile(file);
  return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

// `node scripts/lib/build-embed.mjs` builds it alone into dist/ (after `npm run build`).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { file, bytes, gzipBytes } = await buildEmbed({ root, outDir: path.join(root, 'dist') });
  console.log(`${path.relative(root, file)}: ${bytes} B, ${gzipBytes} B gzip`);
}
