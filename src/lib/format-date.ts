// Writes a content date ("2026-11-23") the way each language reads it: 2026年11月23日, 23 November 2026.
import type { Lang } from '@/engine/types';

// en-GB for the day-month-year order; UTC so the day never shifts with the reader's time zone.
const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };
const formats = new Map<Lang, Intl.DateTimeFormat>();

function formatFor(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(lang, format);
  }
  return format;
}

/** A YYYY-MM-DD date in `lang`; anything else is returned as written rather than as a wrong date. */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC rolls 2026-02-30 over into March: a date that does not exist is shown as written.
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return iso;
  return formatFor(lang).format(date);
}
