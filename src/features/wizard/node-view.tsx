// One node of a guide: heading, Back, the node itself (question, fix, check or outcome), "Your answers",
// and the page tools. The URL decides everything shown here; the query is read only after hydration.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { Lang, ResolvedNode } from '@/engine/types';
import { parseAnswers, serializeAnswers } from '@/engine/url';
import { answersBefore, answersHere, resolveJourney, type OkJourney } from '@/engine/resolve';
import { questionsAhead } from '@/engine/graph';
import { formatDate } from '@/lib/format-date';
import { useT } from '@/lib/i18n';
import { useDocumentHead } from '@/lib/head';
import { absoluteUrl, paths } from '@/lib/paths';
import { useProgress } from '@/stores/progress';
import { CopyButton } from '@/components/copy-button';
import { JsOnly } from '@/components/js-only';
import { PageHeading } from '@/components/page-heading';
import { RichText } from '@/components/rich-text';
import { nodeText } from '@/features/wizard/text';
import { QuestionView } from '@/features/wizard/question-view';
import { KindView, preloadViewsWhenIdle } from '@/features/wizard/kind-views';
import { YourAnswers } from '@/features/wizard/your-answers';
import { PathSoFar } from '@/features/wizard/path-so-far';

interface NodeViewProps {
  loaded: LoadedGuide;
  nodeId: string;
  /** The query string without '?', or null before hydration (the prerender knows no query). */
  search: string | null;
  hash: string;
  /** Called once per node shown, for embed events; receives no answer text. */
  onShown?: (info: { guide: string; node: string; kind: ResolvedNode['kind']; outcome?: string }) => void;
}

function useJourney(loaded: LoadedGuide, nodeId: string, search: string | null) {
  return useMemo(() => {
    const answers = search === null ? {} : parseAnswers(loaded.guide, search).answers;
    return resolveJourney(loaded.guide, loaded.guide.id, nodeId, answers);
  }, [loaded, nodeId, search]);
}

export function NodeView({ loaded, nodeId, search, hash, onShown }: NodeViewProps) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const journey = useJourney(loaded, nodeId, search);
  const setLast = useProgress((s) => s.setLast);
  // True when this page was first rendered with its query known: reached in the app (e.g. by pressing
  // "No, not yet"), not loaded fresh. On a fresh load the query is read only after hydration, and a notice
  // appearing then above the heading would push the whole page down (layout shift).
  const [queryKnownAtFirstRender] = useState(search !== null);
  const recordOutcome = useProgress((s) => s.recordOutcome);
  // A step reached in the app paints its heading and its node first; the page tools below them ("Your
  // answers", the path so far, copy link, map) follow in a render of their own right after, so a tap's
  // work before the next paint is only what the reader sees first. A page loaded fresh renders them at
  // once (the prerender and hydration must match).
  const holdTools = useDeferredValue(false, queryKnownAtFirstRender);
  useEffect(preloadViewsWhenIdle, []);

  const ok = journey.ok ? journey : undefined;
  const node = ok ? guide.byId.get(ok.target) : undefined;
  const text = node ? nodeText(loaded, node) : undefined;
  const pageTitle = text ? `${text.title} | ${loaded.text.title}` : loaded.text.title;
  useDocumentHead(`${pageTitle} | ${t('app.name')}`, loaded.text.description);

  const hereQuery = ok ? serializeAnswers(guide, answersHere(ok)) : '';

  useEffect(() => {
    if (!ok || !node || search === null) return;
    onShown?.({
      guide: guide.id,
      node: node.id,
      kind: node.kind,
      outcome: node.kind === 'outcome' ? node.outcome : undefined,
    });
    if (node.kind === 'outcome') {
      recordOutcome(guide.id, node.id);
      setLast(null);
    } else if (ok.path.length > 1) {
      setLast({ lang, guide: guide.id, node: node.id, query: hereQuery, at: Date.now() });
    }
    // Only when the page (node + answers) changes, not on every render.
  }, [guide.id, node?.id, hereQuery, search === null]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!ok || !node || !text) return null;

  const checkedOn = t('node.checked', { date: formatDate(guide.checked, lang) });
  const backIndex = ok.path.length - 2;
  const back = backIndex >= 0 ? ok.path[backIndex] : undefined;
  // "That did not fix it": only when the answers in the URL end with a fix's "no", on a page reached in the app.
  const afterNo =
    queryKnownAtFirstRender &&
    search !== null &&
    ok.reached &&
    back?.answer === 'no' &&
    guide.byId.get(back.node)?.kind === 'fix';
  const backHref = back
    ? paths.node(lang, guide.id, back.node, serializeAnswers(guide, answersBefore(ok, backIndex)))
    : paths.home(lang);

  return (
    <article aria-labelledby="page-heading" className="node-page" data-kind={node.kind}>
      <nav aria-label={t('node.back')} className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <Link to={backHref} className="back-link">
          {t('node.back')}
        </Link>
        <span className="text-sm text-muted">{loaded.text.title}</span>
      </nav>
      {afterNo ? <AfterNo lang={lang} kind={node.kind} title={text.title} /> : null}
      {node.kind === 'question' ? <QuestionProgress loaded={loaded} journey={ok} nodeId={node.id} /> : null}
      <PageHeading>{text.title}</PageHeading>
      {/* A page that tells what to do says how fresh that is right under its title, not only at the end. */}
      {node.kind !== 'question' ? <p className="mt-1 text-sm text-muted">{checkedOn}</p> : null}
      <RichText text={text.body} className="prose-text mt-3" />

      <div className="mt-6">
        {node.kind === 'question' ? (
          <QuestionView loaded={loaded} node={node} journey={ok} />
        ) : (
          // Fix, check and outcome views are chunks of their own, loaded before the page hydrates
          // (kind-views.tsx). One not loaded yet when a step needs it suspends the whole page in Layout's
          // boundary, so the page arrives complete: its heading gets the focus with the form already there.
          <KindView loaded={loaded} node={node} journey={ok} hash={hash} hydrated={search !== null} />
        )}
      </div>

      {holdTools ? null : (
        <aside className="page-tools mt-10 space-y-6" aria-label={t('node.yourAnswers')}>
          <YourAnswers loaded={loaded} journey={ok} />
          <PathSoFar loaded={loaded} journey={ok} />
          <div className="flex flex-wrap items-center gap-3">
            <JsOnly inline>
              <CopyButton
                text={() => absoluteUrl(paths.node(lang, guide.id, node.id, hereQuery))}
                label={t('node.copyLink')}
                copiedLabel={t('node.copied')}
                failedLabel={t('node.copyFailed')}
              />
            </JsOnly>
            <Link to={paths.node(lang, guide.id, guide.start)} className="btn-quiet">
              {t('node.startAgain')}
            </Link>
          </div>
        </aside>
      )}
      {holdTools ? null : (
        <>
          {node.kind === 'question' ? <p className="mt-8 text-sm text-muted">{checkedOn}</p> : null}
          <p className="mt-4 text-sm">
            <Link to={paths.map(lang, guide.id, hereQuery)} className="inline-flex min-h-[44px] items-center">
              {t('node.mapLink')}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}

/**
 * "Question 2 of about 4": questions on the way here, and at most how many more the graph can still ask.
 * The way here comes from the URL's answers, so the line keeps its space but shows only once hydrated.
 */
function QuestionProgress({
  loaded,
  journey,
  nodeId,
}: {
  loaded: LoadedGuide;
  journey: OkJourney;
  nodeId: string;
}) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const n = journey.path.filter((step) => guide.byId.get(step.node)?.kind === 'question').length;
  const ahead = questionsAhead(guide, nodeId);
  return (
    <JsOnly className="progress-caption">
      {ahead === undefined
        ? t('progress.question', { n })
        : t('progress.questionOf', { n, total: n + ahead })}
    </JsOnly>
  );
}

/** What the page after a fix's "no" says first: that it did not work, and what comes next. */
function AfterNo({ lang, kind, title }: { lang: Lang; kind: ResolvedNode['kind']; title: string }) {
  const t = useT(lang);
  return <p className="notice mb-4">{t(`node.afterNo.${kind}`, { title })}</p>;
}
