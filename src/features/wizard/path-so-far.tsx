// "Your path so far": the nodes visited to get here, each a link back to that point of the journey, in a
// disclosure that shows it opens (a chevron that turns).
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import { serializeAnswers } from '@/engine/url';
import { answersBefore, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { nodeText } from '@/features/wizard/text';

export function PathSoFar({ loaded, journey }: { loaded: LoadedGuide; journey: OkJourney }) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  if (!journey.reached || journey.path.length < 2) return null;
  const last = journey.path.length - 1;
  return (
    <details className="path-so-far mb-4">
      {/* A native disclosure: it opens without JavaScript and tells assistive technology whether it is
          open. Our summary is a flex box, which drops the browser's own triangle, so it draws a chevron. */}
      <summary>
        <span className="disclosure-chevron" aria-hidden="true" />
        {t('node.progress')} ({journey.path.length})
      </summary>
      <ol className="mt-2 space-y-1">
        {journey.path.map((step, index) => {
          const node = guide.byId.get(step.node);
          if (!node) return null;
          const title = nodeText(loaded, node).title;
          return (
            <li key={step.node}>
              {index === last ? (
                <span aria-current="step">{title}</span>
              ) : (
                <Link
                  to={paths.node(
                    lang,
                    guide.id,
                    node.id,
                    serializeAnswers(guide, answersBefore(journey, index)),
                  )}
                >
                  {title}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
