// The term list: one spelling per idea in the product's wording, with the forms the validator rejects.
// Where a device shows another spelling on screen, that spelling wins inside 「」 (a quoted label).

interface Term {
  /** Language of the wording files the entry applies to. */
  lang: 'ja' | 'en';
  /** The form to write. */
  preferred: string;
  /** Forms to reject, as a regular expression (global, so every use is found). */
  reject: RegExp;
  /** Allow a rejected form inside 「…」, where it quotes what a device shows (iPhone writes サーバ). */
  deviceSpellingInQuotes?: boolean;
  /** Names that contain a rejected form and are written as their owner writes them (a brand). */
  names?: RegExp;
  /** Why, for the author reading the message. */
  why: string;
}

const TERMS: readonly Term[] = [
  {
    lang: 'ja',
    preferred: 'サーバー',
    reject: /サーバ(?!ー)/g,
    deviceSpellingInQuotes: true,
    names: /さくらのレンタルサーバ/g,
    why: 'Outlook and Windows write サーバー; iPhone writes サーバ on its own screens, so quote those labels in 「」',
  },
  {
    lang: 'ja',
    preferred: 'ドコモメール',
    reject: /docomo ?メール|ドコモ メール/gi,
    why: 'the service is called ドコモメール',
  },
  {
    lang: 'ja',
    preferred: '従来の Outlook',
    reject: /Outlook ?[（(]クラシック[)）]|クラシック ?Outlook/g,
    deviceSpellingInQuotes: true,
    why: 'one name for classic Outlook across the product',
  },
  {
    lang: 'ja',
    preferred: '会社・学校',
    reject: /職場・学校|職場または学校/g,
    why: 'one name for work or school accounts across the product',
  },
  {
    lang: 'ja',
    preferred: 'Apple Account',
    reject: /Apple ?ID/g,
    why: 'Apple renamed Apple ID to Apple Account in 2024',
  },
  {
    lang: 'en',
    preferred: 'Apple Account',
    reject: /Apple ?ID/g,
    why: 'Apple renamed Apple ID to Apple Account in 2024',
  },
  {
    lang: 'ja',
    preferred: '確認コード',
    reject: /認証コード/g,
    why: 'one name for the code sent to a phone',
  },
  {
    lang: 'ja',
    preferred: 'バージョン',
    reject: /[0-9０-９] ?版/g,
    why: 'write "Outlook 2016" or "バージョン 2016", not "2016 版"',
  },
];

export interface TermMisuse {
  term: Term;
  /** The rejected form as written. */
  found: string;
}

// One pre-test per language: most strings hold none of the rejected forms and skip the per-term search.
const ANY = new Map(
  (['ja', 'en'] as const).map((lang) => [
    lang,
    new RegExp(
      TERMS.filter((t) => t.lang === lang)
        .map((t) => t.reject.source)
        .join('|'),
      'i',
    ),
  ]),
);

/** Whether `index` in `text` lies inside 「…」. */
function insideQuotes(text: string, index: number): boolean {
  const open = text.lastIndexOf('「', index);
  return open !== -1 && text.lastIndexOf('」', index) < open && text.indexOf('」', index) !== -1;
}

/**
 * Every use of a rejected form in `text`, a wording string in `lang`. `isLabel`: the whole string is a label
 * the device shows (a menu chip), where the device's own spelling wins as it does inside 「」.
 */
export function termMisuses(text: string, lang: string, isLabel = false): TermMisuse[] {
  const any = ANY.get(lang as 'ja' | 'en');
  if (!any || !any.test(text)) return [];
  const out: TermMisuse[] = [];
  for (const term of TERMS) {
    if (term.lang !== lang) continue;
    const names = term.names ? [...text.matchAll(term.names)] : [];
    for (const m of text.matchAll(term.reject)) {
      if (term.deviceSpellingInQuotes && (isLabel || insideQuotes(text, m.index))) continue;
      if (names.some((n) => m.index >= n.index && m.index < n.index + n[0].length)) continue;
      out.push({ term, found: m[0] });
    }
  }
  return out;
}
