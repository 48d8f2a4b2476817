// A question: one real link per answer, so it works before hydration, without JavaScript, with
// middle-click and "copy link". The link carries the answers so far plus this one, and the answers the URL
// keeps for later: it opens the furthest node they lead to, so nothing already known is asked again. On a
// page opened by a Change link, the current answer is marked.
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { QuestionNode, ResolvedNode } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { currentAnswer, linkForAnswer, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { nodeText } from '@/features/wizard/text';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'question' }> & QuestionNode;
  journey: OkJourney;
}

export function QuestionView({ loaded, node, journey }: Props) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const text = nodeText(loaded, node);
  const current = currentAnswer(journey);
  return (
    <ul className="answer-list" role="list">
      {node.answers.map((answer) => {
        const link = linkForAnswer(guide, journey, node.id, answer.id) ?? { node: answer.next, answers: {} };
        const hint = text.hints?.[answer.id];
        const isCurrent = answer.id === current;
        return (
          <li key={answer.id}>
            <Link
              to={paths.node(lang, guide.id, link.node, serializeAnswers(guide, link.answers))}
              className="answer-link"
              aria-current={isCurrent ? 'true' : undefined}
            >
              <span className="answer-label">{text.answers?.[answer.id] ?? answer.id}</span>
              {hint ? <span className="answer-hint">{hint}</span> : null}
              {/* Placed on the border, out of the flow: it appears after hydration without moving anything. */}
              {isCurrent ? <span className="current-answer-tag">{t('node.currentAnswer')}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
