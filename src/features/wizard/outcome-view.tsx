// An outcome: resolved (what fixed it), hand-off (a summary to copy, print or mail) or continue (a triage
// leads on into the guide that fits), plus links to guides that fit better.
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { Lang, Provider, ResolvedNode } from '@/engine/types';
import { PROVIDER_QUESTION } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { answersHere, type OkJourney } from '@/engine/resolve';
import { formatDate } from '@/lib/format-date';
import { useT } from '@/lib/i18n';
import { useHydrated } from '@/lib/hydrated';
import { absoluteUrl, paths } from '@/lib/paths';
import { useProgress } from '@/stores/progress';
import { CopyButton } from '@/components/copy-button';
import { JsOnly } from '@/components/js-only';
import { continueLinks, guideTitle } from '@/content/guide-links';
import { buildSummary } from '@/features/wizard/summary';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'outcome' }>;
  journey: OkJourney;
}

export function OutcomeView({ loaded, node, journey }: Props) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const hydrated = useHydrated();
  const ticked = useProgress((s) => s.ticked);
  // Typed for the summary only: kept in this page's memory, never in the URL or storage.
  const [handoff, setHandoff] = useState({ version: '', note: '' });
  const query = serializeAnswers(guide, answersHere(journey));
  // The answers come from the query string, which the prerendered page cannot know: shown once hydrated.
  const provider = providerWithLinks(loaded.providers.providers, journey.answers[PROVIDER_QUESTION]);
  const summary = () =>
    buildSummary({
      loaded,
      journey,
      ticked,
      // The origin is known only in the browser; the prerender must match the first client render.
      url: hydrated
        ? absoluteUrl(paths.node(lang, guide.id, node.id, query))
        : paths.node(lang, guide.id, node.id, query),
      t: (k, o) => t(k, o) as string,
      checkedOn: formatDate(guide.checked, lang),
      ...handoff,
    });

  return (
    <div className="space-y-6">
      {node.related && node.related.length > 0 ? (
        <section aria-labelledby="related-heading" className="related">
          <h2 id="related-heading" className="section-heading">
            {journey.path.some((s) => guide.byId.get(s.node)?.kind === 'fix')
              ? t('outcome.relatedAlso')
              : t('outcome.related')}
          </h2>
          <ul className="mt-3 space-y-2">
            {node.related.map((r) => (
              <li key={`${r.guide}/${r.node ?? ''}`}>
                <RelatedLink lang={lang} guide={r.guide} node={r.node} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {node.outcome === 'continue' && node.continue ? (
        <ContinueOn lang={lang} from={guide.id} node={node.id} guide={node.continue.guide} />
      ) : node.outcome === 'resolved' ? (
        <p className="result-ok">{t('outcome.resolvedLead')}</p>
      ) : (
        <section aria-labelledby="summary-heading" className="handoff">
          <h2 id="summary-heading" className="section-heading">
            {t('outcome.summaryHeading')}
          </h2>
          <p className="mt-2">{t('outcome.handoffLead')}</p>
          <JsOnly>
            <HandoffFields lang={lang} value={handoff} onChange={setHandoff} />
            {/* A plain <pre> may not be named (Nu HTML Checker, ARIA in HTML): role figure carries the name. */}
            <pre className="summary-text" role="figure" aria-label={t('outcome.summaryHeading')} tabIndex={0}>
              {summary()}
            </pre>
            <div className="no-print mt-3 flex flex-wrap gap-3">
              <CopyButton
                text={summary}
                label={t('outcome.copySummary')}
                copiedLabel={t('node.copied')}
                failedLabel={t('node.copyFailed')}
                className="btn-primary"
              />
              <button type="button" className="btn-secondary" onClick={() => window.print()}>
                {t('outcome.print')}
              </button>
              <a
                className="btn-secondary"
                href={`mailto:?subject=${encodeURIComponent(t('outcome.summary.title'))}&body=${encodeURIComponent(summary())}`}
              >
                {t('outcome.email')}
              </a>
            </div>
          </JsOnly>
          {hydrated && provider ? <ProviderPages lang={lang} provider={provider} /> : null}
        </section>
      )}
      <p className="no-print">
        <Link to={paths.home(lang)} className="link-strong">
          {t('outcome.home')}
        </Link>
      </p>
    </div>
  );
}

/** What only the person knows: their iOS or Outlook version and a note, added to the summary as typed. */
function HandoffFields({
  lang,
  value,
  onChange,
}: {
  lang: Lang;
  value: { version: string; note: string };
  onChange: (value: { version: string; note: string }) => void;
}) {
  const t = useT(lang);
  const id = useId();
  return (
    <div className="no-print mt-4 mb-4 space-y-4">
      <div>
        <label htmlFor={`${id}-version`} className="field-label">
          {t('outcome.versionLabel')}
        </label>
        <input
          id={`${id}-version`}
          className="field-input w-full"
          autoComplete="off"
          maxLength={100}
          value={value.version}
          onChange={(e) => onChange({ ...value, version: e.target.value })}
        />
      </div>
      <div>
        <label htmlFor={`${id}-note`} className="field-label">
          {t('outcome.noteLabel')}
        </label>
        <textarea
          id={`${id}-note`}
          className="field-input w-full"
          rows={3}
          maxLength={2000}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </div>
    </div>
  );
}

/** The provider the person named, if the provider table has pages of its own for a hand-off to point to. */
function providerWithLinks(providers: readonly Provider[], id: string | undefined): Provider | undefined {
  if (id === undefined) return undefined;
  const provider = providers.find((p) => p.id === id);
  return provider?.links && provider.links.length > 0 ? provider : undefined;
}

function ProviderPages({ lang, provider }: { lang: Lang; provider: Provider }) {
  const t = useT(lang);
  return (
    <section aria-labelledby="provider-pages-heading" className="no-print mt-6">
      <h3 id="provider-pages-heading" className="font-bold">
        {t('outcome.providerPagesHeading', { provider: t(`providers.${provider.id}`) })}
      </h3>
      <p className="mt-1">{t('outcome.providerPagesLead')}</p>
      <ul className="mt-2 space-y-2">
        {provider.links?.map((link) => (
          <li key={link.url}>
            <a href={link.url} className="link-strong" target="_blank" rel="noopener noreferrer">
              {t(`outcome.providerLink.${link.kind}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A continue outcome: one clear way on into the guide that fits, opened past the questions this journey
 * already settled (the link is computed at build time with the engine, like a symptom's). The answers given
 * here stay listed under "Your answers" on this page.
 */
function ContinueOn({ lang, from, node, guide }: { lang: Lang; from: string; node: string; guide: string }) {
  const t = useT(lang);
  const link = continueLinks.get(`${from}/${node}`);
  const to = link ? paths.node(lang, link.guide, link.node, link.query) : paths.guide(lang, guide);
  return (
    <div className="continue-on">
      <p>{t('outcome.continueLead')}</p>
      <p className="mt-3">
        <Link to={to} className="btn-primary" data-continue={guide}>
          {t('outcome.continueLink', { title: guideTitle(lang, guide) })}
        </Link>
      </p>
    </div>
  );
}

function RelatedLink({ lang, guide, node }: { lang: Lang; guide: string; node?: string }) {
  const to = node ? paths.node(lang, guide, node) : paths.guide(lang, guide);
  return (
    <Link to={to} className="link-strong">
      <RelatedTitle lang={lang} guide={guide} />
    </Link>
  );
}

function RelatedTitle({ lang, guide }: { lang: Lang; guide: string }) {
  // Titles of other guides come from a small build-time table so the other guide's chunk is not loaded here.
  return <>{guideTitle(lang, guide)}</>;
}
