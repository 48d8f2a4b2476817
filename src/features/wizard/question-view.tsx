// A question: one real link per answer, so it works before hydration, without JavaScript, with
// middle-click and "copy link". The link carries the answers so far plus this one.
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { QuestionNode, ResolvedNode } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { nextUrlAnswers, type OkJourney } from '@/engine/resolve';
import { paths } from '@/lib/paths';
import { nodeText } from '@/features/wizard/text';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'question' }> & QuestionNode;
  journey: OkJourney;
}

export function QuestionView({ loaded, node, journey }: Props) {
  const text = nodeText(loaded, node);
  return (
    <ul className="answer-list" role="list">
      {node.answers.map((answer) => {
        const query = serializeAnswers(loaded.guide, nextUrlAnswers(journey, node.id, answer.id));
        const hint = text.hints?.[answer.id];
        return (
          <li key={answer.id}>
            <Link to={paths.node(loaded.lang, loaded.guide.id, answer.next, query)} className="answer-link">
              <span className="answer-label">{text.answers?.[answer.id] ?? answer.id}</span>
              {hint ? <span className="answer-hint">{hint}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
