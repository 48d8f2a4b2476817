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

export function NodeRoute({ loaded }: { loaded: LoadedGuide }) {
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
  return (
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
  );
}
