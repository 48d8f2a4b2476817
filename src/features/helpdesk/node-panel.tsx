// The helpdesk view of one node page (lazy): guide and node ids, this page's link with the answers that
// lead to it (the URL's when they do, else the shortest way), and for a fix every step with its id and
// share actions.
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { LocaleNode, LocaleStep } from '@/engine/types';
import { wordingOf } from '@/engine/shared';
import { shortestAnswers } from '@/engine/graph';
import { answersHere, resolveJourney } from '@/engine/resolve';
import { serializeAnswers } from '@/engine/url';
import { useHelpdeskT } from '@/features/helpdesk/strings';
import { absoluteUrl, paths } from '@/lib/paths';
import { ShareToggle } from '@/features/helpdesk/share';
import { helpdeskPath } from '@/features/helpdesk/path';

export default function NodePanel({
  loaded,
  nodeId,
  search,
}: {
  loaded: LoadedGuide;
  nodeId: string;
  search: string;
}) {
  const { lang, guide } = loaded;
  const t = useHelpdeskT(lang);
  const node = guide.byId.get(nodeId);
  if (!node) return null;
  const title =
    (wordingOf(node.text, loaded.text, loaded.shared) as LocaleNode | undefined)?.title ?? node.id;
  const journey = resolveJourney(guide, guide.id, nodeId, search);
  const answers =
    journey.ok && journey.reached ? answersHere(journey) : (shortestAnswers(guide, nodeId) ?? {});
  const query = serializeAnswers(guide, answers);
  return (
    <section className="hd-node-panel" aria-labelledby="hd-node-panel">
      <h2 id="hd-node-panel" className="section-heading">
        {t('helpdesk.panel')}
      </h2>
      <dl className="hd-ids mt-3">
        <dt>{t('helpdesk.guideId')}</dt>
        <dd translate="no">{guide.id}</dd>
        <dt>{t('helpdesk.nodeId')}</dt>
        <dd translate="no">
          {node.id} ({node.kind})
        </dd>
      </dl>
      <h3 className="hd-group-title">{t('helpdesk.thisPage')}</h3>
      <ShareToggle
        lang={lang}
        id="hd-node-share"
        target={{
          title,
          page: node.kind !== 'fix',
          url: () => absoluteUrl(paths.node(lang, guide.id, node.id, query)),
        }}
      />
      {node.kind === 'fix' ? (
        <ol className="hd-node-steps" role="list">
          {node.steps.map((step, i) => {
            const words = wordingOf(step.text, loaded.text, loaded.shared) as LocaleStep | undefined;
            return (
              <li key={step.id}>
                <p>
                  <strong>{t('fix.step', { n: i + 1 })}</strong> {words?.title ?? step.id}
                </p>
                <dl className="hd-ids">
                  <dt>{t('helpdesk.stepId')}</dt>
                  <dd translate="no">{step.id}</dd>
                </dl>
                <ShareToggle
                  lang={lang}
                  id={`hd-node-share-${i + 1}`}
                  target={{
                    step: i + 1,
                    title: words?.title ?? step.id,
                    url: () => absoluteUrl(paths.step(lang, guide.id, node.id, i + 1, query)),
                  }}
                />
              </li>
            );
          })}
        </ol>
      ) : null}
      <p className="mt-4">
        <Link to={helpdeskPath(lang)}>{t('helpdesk.indexLink')}</Link>
      </p>
    </section>
  );
}
