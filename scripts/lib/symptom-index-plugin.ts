// Vite plugin: `virtual:symptom-index` holds only what the home page needs from each guide (symptoms,
// start node, titles), read from the content files at build time, so home never pulls in guide chunks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:symptom-index';
const RESOLVED = `\0${ID}`;

interface GuideFile {
  id: string;
  start: string;
  symptoms: unknown[];
}
interface LocaleFile {
  title?: string;
  symptoms?: Record<string, { title: string; summary?: string }>;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    // A broken file is reported by the validator with its line and column; the index just skips it.
    return undefined;
  }
}

function buildSymptomIndex(root: string) {
  const guideDir = join(root, 'src/content/guides');
  const files = readdirSync(guideDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.flatMap((file) => {
    const guide = readJson<GuideFile>(join(guideDir, file));
    if (!guide) return [];
    const id = file.replace(/\.json$/, '');
    const text = Object.fromEntries(
      ['ja', 'en'].map((lang) => {
        const locale = readJson<LocaleFile>(join(root, 'locales', lang, file)) ?? {};
        return [lang, { title: locale.title ?? id, symptoms: locale.symptoms ?? {} }];
      }),
    );
    return [{ guide: id, start: guide.start, symptoms: guide.symptoms ?? [], text }];
  });
}

export function symptomIndexPlugin(root: string): Plugin {
  return {
    name: 'mail-troubleshooter:symptom-index',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const guideDir = join(root, 'src/content/guides');
      for (const f of readdirSync(guideDir)) this.addWatchFile(join(guideDir, f));
      for (const lang of ['ja', 'en']) {
        for (const f of readdirSync(join(root, 'locales', lang)))
          this.addWatchFile(join(root, 'locales', lang, f));
      }
      return `export default ${JSON.stringify(buildSymptomIndex(root))};`;
    },
  };
}
