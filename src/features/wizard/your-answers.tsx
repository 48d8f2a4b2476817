// "Your answers" (GOV.UK's check-your-answers pattern): each answer on the path with a Change link that
// reopens that question with every answer the page holds, so a changed answer keeps the later ones that
// still apply. On a page opened by a Change link, the answers after this question are listed too.
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { JourneyStep } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { answersKept, stepsAhead, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { answerLabel, nodeText } from '@/features/wizard/text';

export function YourAnswers({ loaded, journey }: { loaded: LoadedGuide; journey: OkJourney }) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const given: JourneyStep[] = journey.reached ? journey.path : [];
  const ahead = stepsAhead(guide, journey);
  const rows = [...given, ...ahead]
    .map((step) => ({ step, node: guide.byId.get(step.node) }))
    .filter((r) => r.step.answer !== undefined && r.node !== undefined);
  // Every Change link carries all of them: the question it opens marks its answer and keeps the rest.
  const query = serializeAnswers(guide, answersKept(journey));
  return (
    <section aria-labelledby="your-answers-heading">
      <h2 id="your-answers-heading" className="section-heading">
        {t('node.yourAnswers')}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-muted">{t('node.noAnswers')}</p>
      ) : (
        <dl className="answers-list mt-3">
          {rows.map(({ step, node }) => {
            if (!node || step.answer === undefined) return null;
            const question = nodeText(loaded, node).title;
            const here = node.id === journey.target;
            return (
              <div key={step.node} className="answers-row">
                <dt>{question}</dt>
                <dd>{answerLabel(loaded, node, step.answer, (k) => t(k))}</dd>
                <dd>
                  {here ? (
                    <span className="text-muted">{t('node.changingHere')}</span>
                  ) : (
                    <Link
                      to={paths.node(lang, guide.id, node.id, query)}
                      aria-label={t('node.changeAnswer', { question })}
                      className="link-strong"
                    >
                      {t('node.change')}
                    </Link>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {ahead.length > 0 ? <p className="mt-3 text-sm text-muted">{t('node.keptAhead')}</p> : null}
    </section>
  );
}
