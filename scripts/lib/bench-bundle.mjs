// Bundle bytes of a build (gzip -9), read from Vite's manifest: the first load, each route and guide
// chunk, the embed script and the iframe-side bridge, beside other embeddable widgets for scale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestFile } from './build-meta.mjs';

/** Other embeddable widgets, measured the same way (gzip -9 of what a host page or frame downloads). */
const ANCHORS = [
  {
    name: 'iframe-resizer (parent script)',
    bytes: Math.round(10.4 * 1024),
    source:
      'iframe-resizer, the host-page script that sizes an iframe to its content (figure from the issue)',
  },
  {
    name: 'Typebot @typebot.io/js web.js',
    bytes: 196 * 1024,
    source: '@typebot.io/js dist/web.js, a chat/flow widget (figure from the issue)',
  },
  {
    name: 'SurveyJS survey-core',
    bytes: 327 * 1024,
    source: 'survey-core, the SurveyJS form runtime without UI bindings (figure from the issue)',
  },
];

/**
 * A chunk of Vite's manifest, its static imports and their CSS (built file names), minus what `exclude`
 * already holds. Throws for a key the manifest does not have.
 * @param {Record<string, { file: string, css?: string[], imports?: string[] }>} manifest
 * @param {string} key
 * @param {Set<string>} [exclude]
 * @returns {string[]}
 */
export function manifestClosure(manifest, key, exclude = new Set()) {
  if (!manifest[key]) throw new Error(`${key} is not in Vite's manifest`);
  const files = new Set();
  const visit = (k) => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file) || exclude.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) if (!exclude.has(css)) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(key);
  return [...files];
}

/**
 * @param {string} dist the build folder (its manifest is beside it: build-meta.mjs)
 * @param {string[]} guideIds
 */
export function bundleSizes(dist, guideIds) {
  const manifest = JSON.parse(readFileSync(manifestFile(dist), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const closure = (key, exclude) => manifestClosure(manifest, key, exclude);
  const measure = (files) => ({ files, bytes: files.reduce((sum, f) => sum + gz(f), 0) });

  const firstLoadFiles = closure('index.html');
  const firstLoad = measure(firstLoadFiles);
  const loaded = new Set(firstLoadFiles);
  const home = measure(closure('src/app/home-route.tsx', loaded));
  const nodeRoute = measure(closure('src/app/node-route.tsx', loaded));
  const sharedData = measure(
    ['src/content/shared.json', 'src/content/providers.json', 'locales/ja/shared.json'].flatMap((k) =>
      closure(k, loaded),
    ),
  );
  const guides = guideIds.map((id) => {
    const data = gz(manifest[`src/content/guides/${id}.json`].file);
    const ja = gz(manifest[`locales/ja/${id}.json`].file);
    const en = gz(manifest[`locales/en/${id}.json`].file);
    return { id, data, ja, en, total: data + ja + en };
  });
  // The helpdesk index page (route, search, share panel, QR library, its CSS; the helpdesk view's panel on
  // node pages loads this same chunk) and each language's index data: none of it is in a first load.
  const helpdeskPage = measure(closure('src/app/helpdesk-route.tsx', loaded));
  const helpdesk = {
    page: helpdeskPage,
    index: ['ja', 'en'].map((lang) => ({
      lang,
      bytes: measure(closure(`virtual:helpdesk-index/${lang}`, loaded)).bytes,
    })),
  };
  const embedJs = gz('embed.js');
  const bridge = measure(closure('src/features/embed/bridge.ts', loaded));
  // What a phone downloads for a node page opened fresh in Japanese: entry, node route, one guide, shared data.
  const biggest = guides.reduce((a, b) => (b.data + b.ja > a.data + a.ja ? b : a), guides[0]);
  const nodePage =
    firstLoad.bytes + nodeRoute.bytes + sharedData.bytes + (biggest ? biggest.data + biggest.ja : 0);
  return {
    firstLoad,
    home,
    nodeRoute,
    sharedData,
    guides,
    embedJs,
    bridge,
    helpdesk,
    nodePage: { bytes: nodePage, guide: biggest?.id },
    anchors: ANCHORS,
  };
}
