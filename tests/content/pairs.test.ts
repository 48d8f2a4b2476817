// Every ja/en pair says the same thing: the same numbers, host names, menu depth and warnings, step by step.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostMentions } from '../../tools/content/wording';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (lang: string, ns: string): unknown =>
  JSON.parse(readFileSync(path.join(repoRoot, 'locales', lang, `${ns}.json`), 'utf8'));
const namespaces = readdirSync(path.join(repoRoot, 'locales', 'ja'))
  .filter((f) => f.endsWith('.json') && f !== 'common.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// "one" is left out: English uses it as a pronoun ("the old one").
const NUMBER_WORDS: Record<string, string> = {
  two: '2',
  twice: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** The distinct numbers a text states (English month names and number words count as their number), sorted. */
export function numbersIn(text: string): string[] {
  const normal = text
    .normalize('NFKC')
    // Japanese counts written in kanji (二つ, 三回); 一 is left out as "one" is.
    .replace(/([二三四五六七八九])(?=つ|個|回|種類)/g, (k) => String('二三四五六七八九'.indexOf(k) + 2))
    .replace(/\b[A-Za-z]+\b/g, (word) => {
      const lower = word.toLowerCase();
      const month = MONTHS.indexOf(lower);
      if (month !== -1 && /^[A-Z]/.test(word)) return String(month + 1);
      return NUMBER_WORDS[lower] ?? word;
    });
  // Error codes (0x800CCC1A) and dotted values (2.0, 10.15) are compared as whole tokens.
  const found = [...normal.matchAll(/0x[0-9a-f]+|[0-9]+(?:[.:][0-9]+)*/gi)].map((m) => m[0].toLowerCase());
  return [...new Set(found)].sort();
}

const hostsIn = (text: string) =>
  hostMentions(text)
    .map((m) => `${m.host}${m.port === undefined ? '' : `:${m.port}`}`)
    .sort();

/** A unit that must agree between languages: a step, a node's own text, a symptom. */
interface Unit {
  key: string;
  texts: string[];
  menu?: number;
  warning: boolean;
}

function units(data: unknown): Map<string, Unit> {
  const out = new Map<string, Unit>();
  const add = (key: string, value: unknown) => {
    if (!isRec(value)) return;
    const texts: string[] = [];
    for (const field of ['title', 'body', 'summary', 'warning']) {
      const t = value[field];
      if (typeof t === 'string') texts.push(t);
    }
    for (const group of ['answers', 'hints', 'rules']) {
      const g = value[group];
      if (isRec(g)) for (const t of Object.values(g)) if (typeof t === 'string') texts.push(t);
    }
    const menu = Array.isArray(value.menu) ? value.menu.length : undefined;
    out.set(key, {
      key,
      texts,
      warning: typeof value.warning === 'string',
      ...(menu === undefined ? {} : { menu }),
    });
    const steps = value.steps;
    if (isRec(steps)) for (const [id, step] of Object.entries(steps)) add(`${key}.steps.${id}`, step);
  };
  if (!isRec(data)) return out;
  for (const part of ['nodes', 'symptoms', 'steps']) {
    const record = data[part];
    if (isRec(record)) for (const [id, value] of Object.entries(record)) add(`${part}.${id}`, value);
  }
  return out;
}

describe.each(namespaces)('%s: ja and en say the same thing', (ns) => {
  const ja = units(read('ja', ns));
  const en = units(read('en', ns));
  const keys = [...ja.keys()].filter((k) => en.has(k));
  const pair = (key: string) => [ja.get(key) as Unit, en.get(key) as Unit] as const;

  it('states the same numbers (ports, codes, dates, counts) in each node and step', () => {
    const differ = keys.flatMap((key) => {
      const [j, e] = pair(key);
      const a = numbersIn(j.texts.join('\n'));
      const b = numbersIn(e.texts.join('\n'));
      return a.join(' ') === b.join(' ') ? [] : [`${key}: ja [${a.join(' ')}] en [${b.join(' ')}]`];
    });
    expect(differ).toEqual([]);
  });

  it('names the same hosts in each node and step', () => {
    const differ = keys.flatMap((key) => {
      const [j, e] = pair(key);
      const a = hostsIn(j.texts.join('\n'));
      const b = hostsIn(e.texts.join('\n'));
      return a.join(' ') === b.join(' ') ? [] : [`${key}: ja [${a.join(' ')}] en [${b.join(' ')}]`];
    });
    expect(differ).toEqual([]);
  });

  it('shows a menu path of the same depth and a warning on the same steps', () => {
    const differ = keys.flatMap((key) => {
      const [j, e] = pair(key);
      const out: string[] = [];
      if (j.menu !== e.menu) out.push(`${key}: menu ja ${j.menu ?? '-'} en ${e.menu ?? '-'}`);
      if (j.warning !== e.warning) out.push(`${key}: warning ja ${j.warning} en ${e.warning}`);
      return out;
    });
    expect(differ).toEqual([]);
  });
});
