// The list of symptoms with the apps each guide covers: always rendered (also without JavaScript), so
// the finder is a shortcut, never the only way in. Each link opens past the questions the symptom already
// answers; a symptom seen in several apps offers one link per app, so the app is chosen in the same tap.
// Chips narrow the list to one app; the choice is kept in the URL (?app=gmail) so it can be linked to.
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Client, Lang } from '@/engine/types';
import type { ListEntry } from '@/content/symptom-list';
import { useT } from '@/lib/i18n';
import { useHydrated } from '@/lib/hydrated';
import { paths } from '@/lib/paths';
import { JsOnly } from '@/components/js-only';

/** The chips, named as the apps name themselves in both languages, and the clients each one covers. */
const APPS = {
  outlook: { name: 'Outlook', clients: ['outlook-classic', 'outlook-new'] },
  iphone: { name: 'iPhone', clients: ['iphone-mail'] },
  gmail: { name: 'Gmail', clients: ['gmail'] },
} as const satisfies Record<string, { name: string; clients: readonly Client[] }>;
type App = keyof typeof APPS;

function appIn(search: string): App | null {
  const value = new URLSearchParams(search).get('app');
  return value !== null && Object.hasOwn(APPS, value) ? (value as App) : null;
}

function covers(app: App | null, client: Client): boolean {
  return app === null || (APPS[app].clients as readonly Client[]).includes(client);
}

/**
 * The app chosen: from the query once hydrated (the prerender shows every symptom), or the chip last pressed.
 * A press rewrites the query in place rather than navigating, so focus stays on the chip.
 */
function useAppFilter(): [App | null, (app: App | null) => void] {
  const { search } = useLocation();
  const hydrated = useHydrated();
  const [pressed, setPressed] = useState<{ search: string; app: App | null }>();
  const app = !hydrated ? null : pressed?.search === search ? pressed.app : appIn(search);
  const choose = (next: App | null) => {
    setPressed({ search, app: next });
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('app', next);
    else url.searchParams.delete('app');
    window.history.replaceState(window.history.state, '', url);
  };
  return [app, choose];
}

export function SymptomList({ lang, entries }: { lang: Lang; entries: ListEntry[] }) {
  const t = useT(lang);
  const id = useId();
  const [app, choose] = useAppFilter();
  const shown = entries.filter((e) => e.clients.some((c) => covers(app, c)));
  return (
    <section className="mt-10" aria-labelledby="symptom-list-heading">
      <h2 id="symptom-list-heading" className="section-heading">
        {t('home.listTitle')}
      </h2>
      <JsOnly className="app-filter mt-3">
        <span id={`${id}-filter`} className="text-sm text-muted">
          {t('home.filterLabel')}
        </span>
        <span role="group" aria-labelledby={`${id}-filter`} className="flex flex-wrap gap-2">
          {(Object.keys(APPS) as App[]).map((a) => (
            <button
              key={a}
              type="button"
              className="chip"
              aria-pressed={app === a}
              onClick={() => choose(app === a ? null : a)}
            >
              {APPS[a].name}
            </button>
          ))}
        </span>
      </JsOnly>
      <p role="status" className="sr-only">
        {app ? t('home.searchResultsCount', { count: shown.length }) : ''}
      </p>
      <ul className="symptom-list mt-3" role="list">
        {shown.map((e) => (
          <li key={`${e.guide}/${e.id}`}>
            {e.apps.length > 0 ? (
              <SymptomWithApps lang={lang} entry={e} app={app} />
            ) : (
              <Link className="answer-link" to={paths.node(lang, e.guide, e.link.node, e.link.query)}>
                <span className="answer-label">{e.title}</span>
                {e.summary ? <span className="answer-hint">{e.summary}</span> : null}
                <span className="client-badges">
                  <span className="sr-only">{t('home.clients')}: </span>
                  {e.clients.map((c) => (
                    <span key={c} className="client-badge">
                      {t(`clients.${c}`)}
                    </span>
                  ))}
                </span>
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A symptom seen in several apps: its title (opens the app question) and one link per app. */
function SymptomWithApps({ lang, entry: e, app }: { lang: Lang; entry: ListEntry; app: App | null }) {
  const t = useT(lang);
  const id = useId();
  const title = e.title;
  const apps = e.apps.some((a) => covers(app, a.client))
    ? e.apps.filter((a) => covers(app, a.client))
    : e.apps;
  return (
    <div className="symptom-card">
      <Link className="symptom-title-link" to={paths.node(lang, e.guide, e.link.node, e.link.query)}>
        <span className="answer-label">{title}</span>
      </Link>
      {e.summary ? <p className="answer-hint">{e.summary}</p> : null}
      <p id={`${id}-apps`} className="symptom-apps-label">
        {t('home.appsLabel')}
      </p>
      <ul className="app-links" aria-labelledby={`${id}-apps`} role="list">
        {apps.map((a) => (
          <li key={a.client}>
            <Link
              className="app-link"
              to={paths.node(lang, e.guide, a.node, a.query)}
              aria-label={t('home.appLink', { title, app: t(`clients.${a.client}`) })}
            >
              {t(`clients.${a.client}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
