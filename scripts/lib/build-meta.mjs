// Where a build keeps what is not part of the site (Vite's manifest): beside its output folder, not in it.
import path from 'node:path';

/**
 * Vite's manifest of the build in `outDir`: `<outDir>-meta/manifest.json` (dist/ → dist-meta/), read by
 * the build's prerender, the build-output tests and the bundle benchmark; never uploaded with the site.
 * @param {string} outDir
 * @returns {string}
 */
export function manifestFile(outDir) {
  return path.join(`${path.resolve(outDir)}-meta`, 'manifest.json');
}
