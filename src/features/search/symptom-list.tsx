// The list of symptoms with the apps each guide covers: always rendered (also without JavaScript), so
// the finder is a shortcut, never the only way in.
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
            <Link className="answer-link" to={paths.node(lang, e.guide, e.symptom.node ?? e.start)}>
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
          </li>
        ))}
      </ul>
    </section>
  );
}
