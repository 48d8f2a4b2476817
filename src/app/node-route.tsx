// Route component for /<lang>/<guide>/<node>/: validates the node from the URL and renders it, or the
// not-found page with a link to the guide's start. The guide's data comes from the route's lazy loader.
import { useLocation, useParams } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import { NodeView } from '@/features/wizard/node-view';
import { useHydrated } from '@/lib/hydrated';
import { resolveJourney } from '@/engine/resolve';
import { NotFoundPage } from '@/app/not-found-route';
import { emitPageEvent } from '@/lib/page-events';
import { paths } from '@/lib/paths';
import { HelpdeskNodeTools, type HelpdeskView } from '@/features/helpdesk/node-tools';
import { DroppedNotice } from '@/app/dropped-notice';
import type { DroppedAnswer } from '@/engine/types';

/** Query keys that are not answers: the embed and theme switches, and tracking tags a link picks up. */
const NOT_ANSWERS = /^(embed|theme|accent|utm_\w+|fbclid|gclid)$/;

/** Whether the link dropped answers of its own (a mistyped or outdated link), not just our own switches. */
function droppedAnswers(dropped: DroppedAnswer[]): boolean {
  return dropped.some((d) => d.reason !== 'unknown-key' || !NOT_ANSWERS.test(d.key));
}

export function NodeRoute({
  loaded,
  helpdesk,
}: {
  loaded: LoadedGuide;
  /** The helpdesk view's switch state and lazy panel (from the route table: see routes.tsx). */
  helpdesk?: HelpdeskView;
}) {
  const params = useParams();
  const location = useLocation();
  const hydrated = useHydrated();
  const { guide, lang } = loaded;

  // "<node>" or "<node>/<anything>": an old-style "/<node>/<n>" step path opens the node at step n.
  const [rawNode = '', extra] = (params['*'] ?? '').split('/').filter(Boolean);
  const nodeId = rawNode || guide.start;
  const journey = resolveJourney(guide, guide.id, nodeId, {});
  if (!journey.ok || (extra !== undefined && !/^\d{1,3}$/.test(extra))) {
    return (
      <NotFoundPage lang={lang} guide={{ id: guide.id, title: loaded.text.title, start: guide.start }} />
    );
  }
  const hash = location.hash || (extra ? `#step-${extra}` : '');
  // The query is known only after hydration; a link with answers that do not fit says so once it is read.
  const given =
    hydrated && location.search.length > 1
      ? resolveJourney(guide, guide.id, nodeId, location.search.slice(1))
      : undefined;
  const dropped = given?.ok === true && droppedAnswers(given.dropped);
  return (
    <>
      <DroppedNotice lang={lang} shown={dropped} />
      <NodeView
        key={`${guide.id}/${journey.target}`}
        loaded={loaded}
        nodeId={journey.target}
        search={hydrated ? location.search.replace(/^\?/, '') : null}
        hash={hydrated ? hash : ''}
        onShown={(info) =>
          emitPageEvent({ ...info, path: paths.node(lang, info.guide, info.node), title: document.title })
        }
      />
      <HelpdeskNodeTools
        key={`helpdesk/${guide.id}/${journey.target}`}
        loaded={loaded}
        nodeId={journey.target}
        search={hydrated ? location.search.replace(/^\?/, '') : null}
        view={helpdesk}
      />
    </>
  );
}
