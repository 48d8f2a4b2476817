// UI strings (locales/<lang>/common.json) behind one small hook. Each language's strings are their own chunk,
// loaded before anything renders in that language: the language route's preload (routes.tsx) loads them,
// main.tsx awaits it before hydrating, and the prerender awaits it too; a page in the other language
// reached in the app suspends until they are here. So a page downloads one language, and the first client render has the
// same text as the prerendered HTML. The lookup is ours, not i18next's (~20 KB gzip less on every page):
// nested keys ("home.title"), {{name}} interpolation (no escaping: React escapes), and plural forms by
// Intl.PluralRules ("key_one" / "key_other", falling back to "key"). A missing key shows the key.
// Guide wording is typed data, not these strings (docs/decisions/004-wording-outside-data.md).
import { use } from 'react';
import type { Lang } from '@/engine/types';

type Strings = Record<string, unknown>;
export type TFunction = (key: string, vars?: Record<string, unknown>) => string;

const loaders: Record<Lang, () => Promise<{ default: Strings }>> = {
  ja: () => import('@locales/ja/common.json'),
  en: () => import('@locales/en/common.json'),
};

const strings: Partial<Record<Lang, Strings>> = {};
const pending: Partial<Record<Lang, Promise<Strings>>> = {};
const translators: Partial<Record<Lang, TFunction>> = {};

/** Loads a language's UI strings once; resolves when useT(lang) can render without waiting. */
export function loadStrings(lang: Lang): Promise<Strings> {
  const ready = strings[lang];
  if (ready) return Promise.resolve(ready);
  pending[lang] ??= loaders[lang]().then(
    (module) => (strings[lang] = module.default),
    (error: unknown) => {
      // A failed chunk (offline, a deploy replaced it) may load on a later try.
      delete pending[lang];
      throw error;
    },
  );
  return pending[lang];
}

function lookup(from: Strings, key: string): string | undefined {
  let value: unknown = from;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' ? value : undefined;
}

function translator(lang: Lang, from: Strings): TFunction {
  const plural = new Intl.PluralRules(lang);
  return (key, vars) => {
    const count = vars?.count;
    const text =
      (typeof count === 'number' ? lookup(from, `${key}_${plural.select(count)}`) : undefined) ??
      lookup(from, key);
    if (text === undefined) return key;
    if (!vars) return text;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]) : '',
    );
  };
}

/**
 * UI strings in the URL's language (the URL decides; there is no "current language"). The strings are
 * loaded before the route renders; if they are not (a component rendered outside the route table), the
 * component suspends until they are.
 */
export function useT(lang: Lang): TFunction {
  const from = strings[lang] ?? use(loadStrings(lang));
  return (translators[lang] ??= translator(lang, from));
}
