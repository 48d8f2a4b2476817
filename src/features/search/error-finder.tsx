// "Paste your error": ranks symptoms as you type, across both languages, so the right guide comes first
// whether the person pastes the whole dialog, an error code or a paraphrase. A result opens past the
// questions its symptom answers, and past the app question when the pasted text names the app. An
// Outlook/Windows error code no symptom knows is offered the triage (Outlook answered), never "no result".
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Client, Lang } from '@/engine/types';
import type { SymptomEntry, SymptomLink } from '@/content/symptom-index';
import type * as FinderData from '@/features/search/finder-data';
import { useT } from '@/lib/i18n';
import { useHydrated } from '@/lib/hydrated';
import { paths } from '@/lib/paths';
import { appsInText } from '@/features/search/apps-in-text';

/** The entry's link for the one app the text names, if it offers a link per app; else its own link. */
function resultLink(entry: SymptomEntry, named: Client[]): SymptomLink & { client?: Client } {
  const offered = entry.apps.filter((a) => named.includes(a.client));
  return offered.length === 1 && offered[0] ? offered[0] : entry.link;
}

/** An unknown error code comes from Outlook or Windows mail: the triage opens with classic Outlook answered. */
function unknownCodeLink(entry: SymptomEntry): SymptomLink & { client?: Client } {
  return entry.apps.find((a) => a.client === 'outlook-classic') ?? entry.link;
}

type Finder = typeof FinderData;
let finderChunk: Promise<Finder> | undefined;
/** The search data and index, loaded once on first use (a failed load is tried again on the next). */
function loadFinder(): Promise<Finder> {
  finderChunk ??= import('@/features/search/finder-data').catch((error: unknown) => {
    finderChunk = undefined;
    throw error;
  });
  return finderChunk;
}

export function ErrorFinder({ lang }: { lang: Lang }) {
  const t = useT(lang);
  const id = useId();
  const hydrated = useHydrated();
  const [query, setQuery] = useState('');
  // Loaded when the finder is first focused or typed in, not with the page: most visitors pick from the
  // list, and the aliases and both languages' titles are ~8 KB gzip a first visit need not download.
  const [finder, setFinder] = useState<Finder | null>(null);
  const load = () => {
    if (!finder) loadFinder().then(setFinder, (error: unknown) => console.warn('Finder not loaded:', error));
  };
  const shown = useMemo(() => (finder && query.trim() ? finder.findSymptoms(query, 5) : []), [finder, query]);
  // Until the search data is there, a typed query shows no verdict (never a false "no match").
  const searching = query.trim() !== '' && finder === null;
  const named = useMemo(() => appsInText(query), [query]);

  return (
    <section className="finder mt-8" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="field-label text-lg">
        {t('home.searchLabel')}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t('home.searchHint')}
      </p>
      <textarea
        id={`${id}-input`}
        className="field-input mt-2 w-full"
        rows={3}
        value={query}
        disabled={!hydrated}
        onFocus={load}
        onChange={(e) => {
          setQuery(e.target.value);
          load();
        }}
        aria-describedby={`${id}-hint`}
        aria-controls={`${id}-results`}
        spellCheck={false}
      />
      <div id={`${id}-results`} className="mt-3">
        <p role="status" className={query.trim() ? 'text-sm' : 'sr-only'}>
          {query.trim() && !searching
            ? shown.length > 0
              ? t('home.searchResultsCount', { count: shown.length })
              : t('home.searchNoMatch', { query: query.trim().slice(0, 80) })
            : ''}
        </p>
        {shown.length > 0 ? (
          <ul className="result-list mt-2" aria-label={t('home.searchResults')}>
            {shown.map(({ entry: e, result }) => {
              const link = result.unknownCode ? unknownCodeLink(e) : resultLink(e, named);
              return (
                <li key={e.symptom.id}>
                  <Link className="answer-link" to={paths.node(lang, e.guide, link.node, link.query)}>
                    <span className="answer-label">
                      {result.unknownCode
                        ? t('home.searchUnknownCode', { code: result.unknownCode })
                        : e.titles[lang]}
                    </span>
                    {e.summaries[lang] && !result.unknownCode ? (
                      <span className="answer-hint">{e.summaries[lang]}</span>
                    ) : null}
                    {link.client ? (
                      <span className="answer-hint">
                        {t('home.searchForApp', { app: t(`clients.${link.client}`) })}
                      </span>
                    ) : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
