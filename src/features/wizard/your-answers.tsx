// "Your answers" (GOV.UK's check-your-answers pattern): each answer on the path with a Change link that
// reopens that question with the answers given before it.
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import { serializeAnswers } from '@/engine/url';
import { answersBefore, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { answerLabel, nodeText } from '@/features/wizard/text';

export function YourAnswers({ loaded, journey }: { loaded: LoadedGuide; journey: OkJourney }) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const rows = journey.reached
    ? journey.path
        .map((step, index) => ({ step, index, node: guide.byId.get(step.node) }))
        .filter((r) => r.step.answer !== undefined && r.node !== undefined)
    : [];
  return (
    <section aria-labelledby="your-answers-heading">
      <h2 id="your-answers-heading" className="section-heading">
        {t('node.yourAnswers')}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{t('node.noAnswers')}</p>
      ) : (
        <dl className="answers-list mt-3">
          {rows.map(({ step, index, node }) => {
            if (!node || step.answer === undefined) return null;
            const question = nodeText(loaded, node).title;
            return (
              <div key={step.node} className="answers-row">
                <dt>{question}</dt>
                <dd>{answerLabel(loaded, node, step.answer, (k) => t(k))}</dd>
                <dd>
                  <Link
                    to={paths.node(
                      lang,
                      guide.id,
                      node.id,
                      serializeAnswers(guide, answersBefore(journey, index)),
                    )}
                    aria-label={t('node.changeAnswer', { question })}
                    className="link-strong"
                  >
                    {t('node.change')}
                  </Link>
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
