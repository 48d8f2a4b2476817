// Vite plugin: the guide maps, laid out at build time. `virtual:guide-maps` lists a loader per language and
// guide; each loads `virtual:guide-map/map-<lang>-<guide>` (a chunk named map-<lang>-<guide>), holding the
// positions and wrapped wording that scripts/lib/guide-map.ts computed with dagre. dagre itself never
// reaches the browser.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createJiti } from 'jiti';
import type { Plugin } from 'vite';
import type * as GuideMapModule from './guide-map';

const INDEX = 'virtual:guide-maps';
const ONE = 'virtual:guide-map/map-';
const LANGS = ['ja', 'en'] as const;

type GuideMap = typeof GuideMapModule;

// Loaded with jiti on first use, not imported: the Vite config (which imports this file) stays free of the
// engine's extensionless imports, which Vite's native config loader refuses.
function loadGuideMap(): Promise<GuideMap> {
  return createJiti(import.meta.url).import<GuideMap>('./guide-map.ts');
}

/** locales/<lang>/common.json: its "map" section is build-time input for the layouts (see transform). */
const COMMON_JSON = /[\\/]locales[\\/](ja|en)[\\/]common\.json$/;

// The client and the prerender builds each load every map: a layout is computed once per content.
const layoutCache: Map<string, string> = ((
  globalThis as { __guideMapLayouts?: Map<string, string> }
).__guideMapLayouts ??= new Map());

export function mapLayoutPlugin(root: string): Plugin {
  let lib: Promise<GuideMap> | undefined;
  // Content read once per build (every map module of a build sees the same files); dropped on a change.
  let sources: ReturnType<GuideMap['readMapSources']> | undefined;
  return {
    name: 'mail-troubleshooter:guide-maps',
    // Before Vite's JSON plugin, so that transform sees common.json as JSON text.
    enforce: 'pre',
    buildStart() {
      sources = undefined;
    },
    watchChange() {
      sources = undefined;
    },
    /**
     * The map page's wording and edge labels live in common.json "map" with every other UI string (one place
     * for translators, the locale checks cover them), but only the map chunks use them: the layouts carry
     * them (scripts/lib/guide-map.ts), so the copy of common.json in the entry leaves them out and the first
     * load of every other page does not grow. Nothing else may t('map.…').
     */
    transform(code, id) {
      if (!COMMON_JSON.test(id.replace(/\?.*$/, ''))) return undefined;
      const data = JSON.parse(code) as Record<string, unknown>;
      if (!('map' in data)) return undefined;
      delete data.map;
      return { code: JSON.stringify(data), map: null };
    },
    resolveId(id) {
      return id === INDEX || id.startsWith(ONE) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:guide-map')) return undefined;
      const guideDir = join(root, 'src/content/guides');
      for (const f of readdirSync(guideDir)) this.addWatchFile(join(guideDir, f));
      for (const lang of LANGS) {
        for (const f of readdirSync(join(root, 'locales', lang)))
          this.addWatchFile(join(root, 'locales', lang, f));
      }
      lib ??= loadGuideMap();
      const { readMapSources, guideGraph, layoutGraph } = await lib;
      sources ??= readMapSources(root);
      if (id === `\0${INDEX}`) {
        const entries = sources.ids.flatMap((guide) =>
          LANGS.map(
            (lang) =>
              `  ${JSON.stringify(`${lang}/${guide}`)}: () => import(${JSON.stringify(`${ONE}${lang}-${guide}`)}),`,
          ),
        );
        return `export const layouts = {\n${entries.join('\n')}\n};\n`;
      }
      const rest = id.slice(`\0${ONE}`.length);
      const lang = rest.slice(0, 2);
      const guide = rest.slice(3);
      if (!(LANGS as readonly string[]).includes(lang) || !sources.guides.has(guide)) {
        this.error(`No map for ${lang}/${guide}`);
      }
      const graph = guideGraph(sources, guide, lang as (typeof LANGS)[number]);
      const key = createHash('sha256').update(JSON.stringify(graph)).digest('hex');
      let code = layoutCache.get(key);
      if (code === undefined) {
        code = `export default ${JSON.stringify(layoutGraph(graph))};\n`;
        layoutCache.set(key, code);
      }
      return code;
    },
  };
}
