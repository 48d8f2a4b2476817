// The helpdesk view switch at the foot of every node page: off by default and remembered on the device.
// On, it shows the node's and steps' ids with share actions (link, ticket sentence, QR code), loaded
// lazily (the route table passes the lazy panel in) so an end user's page does not carry them. Hidden in embeds (site chrome).
import { Suspense, type ComponentType } from 'react';
import type { LoadedGuide } from '@/content/catalog';
import { useHydrated } from '@/lib/hydrated';
import { useT } from '@/lib/i18n';
import { JsOnly } from '@/components/js-only';

/** The panel (src/features/helpdesk/node-panel.tsx, lazy: the route table passes it in). */
type HelpdeskPanel = ComponentType<{ loaded: LoadedGuide; nodeId: string; search: string }>;

/** The switch's remembered state (preferences store) and the panel, from the route table. */
export interface HelpdeskView {
  on: boolean;
  set: (on: boolean) => void;
  Panel: HelpdeskPanel;
}

interface Props {
  loaded: LoadedGuide;
  nodeId: string;
  /** The query string without '?', or null before hydration. */
  search: string | null;
  /** Without it (a route rendered on its own) there is no switch. */
  view?: HelpdeskView;
}

export function HelpdeskNodeTools({ loaded, nodeId, search, view }: Props) {
  const t = useT(loaded.lang);
  const hydrated = useHydrated();
  if (!view) return null;
  const { Panel, set } = view;
  const on = view.on && hydrated;
  return (
    <div className="site-chrome mt-8">
      <JsOnly>
        <button type="button" className="btn-small" aria-pressed={on} onClick={() => set(!on)}>
          <span aria-hidden="true">{on ? '✓ ' : ''}</span>
          {t('helpdesk.toggle')}
        </button>
      </JsOnly>
      {on ? (
        <Suspense fallback={null}>
          <Panel loaded={loaded} nodeId={nodeId} search={search ?? ''} />
        </Suspense>
      ) : null}
    </div>
  );
}
