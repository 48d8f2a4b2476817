// The list of symptoms with the apps each guide covers: always rendered (also without JavaScript), so
// the finder is a shortcut, never the only way in. Each link opens past the questions the symptom already
// answers; a symptom seen in several apps offers one link per app, so the app is chosen in the same tap.
import { useId } from 'react';
import { Link } from 'react-router';
import type { Lang } from '@/engine/types';
import type { SymptomEntry } from '@/content/symptom-index';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';

export function SymptomList({ lang, entries }: { lang: Lang; entries: SymptomEntry[] }) {
  const t = useT(lang);
  return (
    <section className="mt-10" aria-labelledby="symptom-list-heading">
      <h2 id="symptom-list-heading" className="section-heading">
        {t('home.listTitle')}
      </h2>
      <ul className="symptom-list mt-3" role="list">
        {entries.map((e) => (
          <li key={e.symptom.id}>
            {e.apps.length > 0 ? (
              <SymptomWithApps lang={lang} entry={e} />
            ) : (
              <Link className="answer-link" to={paths.node(lang, e.guide, e.link.node, e.link.query)}>
                <span className="answer-label">{e.titles[lang]}</span>
                {e.summaries[lang] ? <span className="answer-hint">{e.summaries[lang]}</span> : null}
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
function SymptomWithApps({ lang, entry: e }: { lang: Lang; entry: SymptomEntry }) {
  const t = useT(lang);
  const id = useId();
  const title = e.titles[lang];
  return (
    <div className="symptom-card">
      <Link className="symptom-title-link" to={paths.node(lang, e.guide, e.link.node, e.link.query)}>
        <span className="answer-label">{title}</span>
      </Link>
      {e.summaries[lang] ? <p className="answer-hint">{e.summaries[lang]}</p> : null}
      <p id={`${id}-apps`} className="symptom-apps-label">
        {t('home.appsLabel')}
      </p>
      <ul className="app-links" aria-labelledby={`${id}-apps`} role="list">
        {e.apps.map((a) => (
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
