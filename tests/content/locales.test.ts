// Every wording file in locales/ (all guides, shared and UI strings): same keys in ja and en, nothing empty,
// no English left in Japanese text; and every symptom can be found by typing Japanese or English.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const localesDir = path.join(repoRoot, 'locales');
const guidesDir = path.join(repoRoot, 'src', 'content', 'guides');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every leaf as [key path, value]. Arrays (menu chips) are one leaf: their length may differ by language. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  }
  return [[prefix, value]];
}

/** Strings inside a leaf (a string, or the strings of a menu array). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  return [];
}

// Names that are written in Latin letters in Japanese text too. Multi-word ones would otherwise look
// like an English sentence; single words never reach four on their own.
const KNOWN_NAMES = [
  'Mail (Microsoft Outlook)',
  'Microsoft 365',
  'Microsoft Exchange',
  'Microsoft Outlook',
  'Microsoft Authenticator',
  'Google Workspace',
  'Google Play',
  'App Store',
  'Apple Account',
  'My docomo',
  'Outlook on the web',
  'Outlook for Windows',
  'Outlook for iOS',
  'Windows Update',
];
// Text the reader sees quoted or as code: exact UI labels and messages, which may be English.
const QUOTED = /「[^」]*」|『[^』]*』|"[^"]*"|“[^”]*”|`[^`]*`/g;
// Runs of space-separated ASCII tokens; a run of four or more with at least three real words reads as English.
const ASCII_RUN = /[A-Za-z0-9][\x21-\x7e]*(?:[ \t]+[A-Za-z0-9][\x21-\x7e]*){3,}/g;

/** An untranslated English phrase in Japanese text, or undefined. */
function englishLeftIn(text: string): string | undefined {
  let rest = text.normalize('NFKC').replace(QUOTED, ' ');
  for (const name of KNOWN_NAMES) rest = rest.split(name).join(' ');
  for (const m of rest.matchAll(ASCII_RUN)) {
    const words = m[0].split(/[ \t]+/).filter((w) => /[A-Za-z]{2,}/.test(w));
    if (words.length >= 3) return m[0];
  }
  return undefined;
}

// Plural forms (key_one / key_other, picked by Intl.PluralRules in src/lib/i18n.ts) differ by language (English: _one/_other; Japanese: one form), so they count as one key.
const withoutPlural = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const isJapanese = (s: string) => JAPANESE.test(s);
// English: no Japanese and at least two words; an error code alone (0x800CCC1A) is neither language.
const isEnglish = (s: string) => !JAPANESE.test(s) && (s.match(/[A-Za-z]{2,}/g) ?? []).length >= 2;

const jaFiles = jsonFiles(path.join(localesDir, 'ja'));
const enFiles = jsonFiles(path.join(localesDir, 'en'));
const allNames = [...new Set([...jaFiles, ...enFiles])].sort();

describe('the heuristic for English left in Japanese text', () => {
  it('flags an untranslated sentence', () => {
    expect(englishLeftIn('設定を開き、Let devices and apps use POP をオンにします。')).toBe(
      'Let devices and apps use POP',
    );
  });
  it('leaves quoted labels, product names and short terms alone', () => {
    expect(englishLeftIn('「Let devices and apps use POP」をオンにします。')).toBeUndefined();
    expect(englishLeftIn('Microsoft 365 の IMAP と SMTP を iOS 18 で使います。')).toBeUndefined();
    expect(englishLeftIn('`Use the following type` を見ます。')).toBeUndefined();
  });
});

describe('every wording file exists in both languages', () => {
  it.each(allNames)('%s is in locales/ja and locales/en', (name) => {
    expect({ ja: jaFiles.includes(name), en: enFiles.includes(name) }).toEqual({ ja: true, en: true });
  });
});

describe.each(allNames.filter((n) => jaFiles.includes(n) && enFiles.includes(n)))('locales/*/%s', (name) => {
  const ja = new Map(leaves(readJson(path.join(localesDir, 'ja', name))));
  const en = new Map(leaves(readJson(path.join(localesDir, 'en', name))));

  it('a Japanese reader and an English reader see the same texts (same keys in ja and en)', () => {
    const jaKeys = new Set([...ja.keys()].map(withoutPlural));
    const enKeys = new Set([...en.keys()].map(withoutPlural));
    const onlyJa = [...jaKeys].filter((k) => !enKeys.has(k));
    const onlyEn = [...enKeys].filter((k) => !jaKeys.has(k));
    expect({ missingInEn: onlyJa, missingInJa: onlyEn }).toEqual({ missingInEn: [], missingInJa: [] });
  });

  it('no text is empty', () => {
    const empty: string[] = [];
    for (const [lang, map] of [
      ['ja', ja],
      ['en', en],
    ] as const) {
      for (const [key, value] of map) {
        if (key === '$schema') continue;
        const texts = stringsOf(value);
        const emptyArray = Array.isArray(value) && value.length === 0;
        if (emptyArray || texts.length === 0 || texts.some((t) => t.trim() === ''))
          empty.push(`locales/${lang}/${name}: ${key}`);
      }
    }
    expect(empty).toEqual([]);
  });

  it('no English sentence is left in the Japanese text', () => {
    const found: string[] = [];
    for (const [key, value] of ja) {
      if (key === '$schema') continue;
      for (const t of stringsOf(value)) {
        const phrase = englishLeftIn(t);
        if (phrase) found.push(`locales/ja/${name}: ${key}: "${phrase}"`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe.each(jsonFiles(guidesDir))('symptoms of %s', (file) => {
  const guide = readJson(path.join(guidesDir, file)) as { symptoms?: { id: string; aliases: string[] }[] };

  it('each symptom can be found by typing Japanese and by typing English', () => {
    const lacking: string[] = [];
    for (const s of guide.symptoms ?? []) {
      if (!s.aliases.some(isJapanese)) lacking.push(`${s.id}: no Japanese alias`);
      if (!s.aliases.some(isEnglish)) lacking.push(`${s.id}: no English alias`);
    }
    expect(lacking).toEqual([]);
  });
});
