// npm run map: writes docs/maps/<guide>.mmd (a Mermaid flowchart, Japanese titles) for every guide, for
// authors reviewing a change, and times the dagre layout the build runs for the map pages.
// tests/unit/map-mermaid.test.ts fails when a committed file is out of date.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideGraph, layoutGraph, mermaidFiles, readMapSources } from './lib/guide-map';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = mermaidFiles(root);
mkdirSync(join(root, 'docs/maps'), { recursive: true });
// A guide that was removed or renamed takes its map with it.
const keep = new Set(files.map((f) => f.file.replace(/^docs\/maps\//, '')));
for (const old of readdirSync(join(root, 'docs/maps'))) {
  if (old.endsWith('.mmd') && !keep.has(old)) rmSync(join(root, 'docs/maps', old));
}
for (const { file, text } of files) writeFileSync(join(root, file), text);

const sources = readMapSources(root);
const started = performance.now();
let layouts = 0;
for (const id of sources.ids) {
  for (const lang of ['ja', 'en'] as const) {
    layoutGraph(guideGraph(sources, id, lang));
    layouts += 1;
  }
}
const ms = performance.now() - started;
console.log(
  `Wrote ${files.length} maps to docs/maps/. Layout (dagre, as the build runs it): ${layouts} maps in ${Math.round(ms)} ms (${Math.round(ms / layouts)} ms each).`,
);
