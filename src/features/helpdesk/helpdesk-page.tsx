// The helpdesk index: a search over every fix and step (JavaScript only, its space kept in the HTML), then
// every guide, app, fix and numbered step as plain links that work without JavaScript. Each link carries
// the answers that lead to its fix the shortest way; each fix and step can be shared (link, ticket
// sentence, QR code).
import { memo, useDeferredValue, useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Lang } from '@/engine/types';
import { useHelpdeskT } from '@/features/helpdesk/strings';
import { useDocumentHead } from '@/lib/head';
import { absoluteUrl, basePath, paths } from '@/lib/paths';
import { useHydrated } from '@/lib/hydrated';
import { JsOnly } from '@/components/js-only';
import { PageHeading } from '@/components/page-heading';
import type { HelpdeskData, HelpdeskFix, HelpdeskPlacement } from '@/features/helpdesk/types';
import { searchHelpdesk, type HelpdeskHit } from '@/features/helpdesk/search';
import { SharePanel, ShareToggle } from '@/features/helpdesk/share';

const SHOWN = 50;

/** App path of a fix (step undefined) or of one of its steps (1-based), with the placement's answers. */
function linkOf(lang: Lang, fix: HelpdeskFix, placement: HelpdeskPlacement, step?: number): string {
  return step === undefined
    ? paths.node(lang, fix.guide, fix.id, placement.query)
    : paths.step(lang, fix.guide, fix.id, step, placement.query);
}

export function HelpdeskPage({ lang, data }: { lang: Lang; data: HelpdeskData }) {
  const t = useHelpdeskT(lang);
  const hydrated = useHydrated();
  const navigate = useNavigate();
  // The one share panel open in the index ("<placement>" for a fix, "<placement>-<step>" for a step).
  const [open, setOpen] = useState<string | null>(null);
  useDocumentHead(`${t('helpdesk.title')} | ${t('app.name')}`, t('helpdesk.description'));

  // One handler for the whole index (hundreds of links and buttons): links navigate in the app as a
  // router Link would, share buttons open or close their panel.
  const onIndexClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const button = target.closest<HTMLButtonElement>('button[data-share]');
    if (button) {
      const key = button.dataset.share as string;
      setOpen((current) => (current === key ? null : key));
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[data-to]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void navigate(link.dataset.to as string);
  };

  return (
    <div className="hd-page">
      <PageHeading>{t('helpdesk.title')}</PageHeading>
      <p className="prose-text mt-3">{t('helpdesk.intro')}</p>
      <HelpdeskSearch lang={lang} data={data} />
      <div className="hd-index" data-ready={hydrated ? 'true' : undefined} onClick={onIndexClick}>
        {data.guides.map((guide, g) => (
          <section key={guide.id} className="hd-guide" aria-labelledby={`hd-guide-${guide.id}`}>
            <h2 id={`hd-guide-${guide.id}`} className="section-heading">
              {guide.title}
            </h2>
            {guide.groups.map((group, k) => (
              // Not a labelled region: the same app names recur in every guide (landmarks must be unique).
              <div key={`${g}-${k}`} className="hd-group">
                <h3 className="hd-group-title">
                  {group.client === null ? t('helpdesk.anyApp') : group.label}
                </h3>
                <ul className="hd-fixes" role="list">
                  {group.placements.map((p) => (
                    <FixEntry
                      key={p}
                      lang={lang}
                      data={data}
                      placement={p}
                      open={open !== null && (open === String(p) || open.startsWith(`${p}-`)) ? open : null}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

/** A link of the index: a plain anchor (the index's click handler navigates in the app). */
function IndexLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return (
    <a href={`${basePath}${to}`} data-to={to} className={className}>
      {children}
    </a>
  );
}

/** A share button of the index (its panel opens under it; hidden until the app has taken over). */
function ShareButton({ id, open, label, text }: { id: string; open: boolean; label: string; text: string }) {
  return (
    <button
      type="button"
      className="btn-small hd-share-btn"
      data-share={id}
      aria-expanded={open}
      aria-controls={open ? `hd-share-${id}` : undefined}
      aria-label={label}
    >
      {text}
    </button>
  );
}

/**
 * One fix under one app: its link, the answers in its link, its share button and its numbered steps. Memoised:
 * opening a panel re-renders only the fix it belongs to.
 */
const FixEntry = memo(function FixEntry({
  lang,
  data,
  placement: p,
  open,
}: {
  lang: Lang;
  data: HelpdeskData;
  placement: number;
  /** The key of the open panel when it belongs to this fix. */
  open: string | null;
}) {
  const t = useHelpdeskT(lang);
  const placement = data.placements[p] as HelpdeskPlacement;
  const fix = data.fixes[placement.fix] as HelpdeskFix;
  const fixKey = String(p);
  return (
    <li className="hd-fix">
      <h4 className="hd-fix-title">
        <IndexLink to={linkOf(lang, fix, placement)}>{fix.title}</IndexLink>
      </h4>
      <PathLine lang={lang} placement={placement} />
      <div className="hd-share">
        <ShareButton
          id={fixKey}
          open={open === fixKey}
          label={t('helpdesk.shareFix', { title: fix.title })}
          text={t('helpdesk.share')}
        />
        {open === fixKey ? (
          <SharePanel
            lang={lang}
            id={`hd-share-${fixKey}`}
            target={{ title: fix.title, url: () => absoluteUrl(linkOf(lang, fix, placement)) }}
          />
        ) : null}
      </div>
      <ol className="hd-steps" role="list">
        {fix.steps.map((step, s) => {
          const key = `${p}-${s + 1}`;
          return (
            <li key={step.id} className="hd-step">
              <IndexLink to={linkOf(lang, fix, placement, s + 1)} className="hd-step-link">
                <span className="hd-step-n">{t('fix.step', { n: s + 1 })}</span> {step.title}
              </IndexLink>
              <ShareButton
                id={key}
                open={open === key}
                label={t('helpdesk.shareStep', { n: s + 1 })}
                text={t('helpdesk.share')}
              />
              {open === key ? (
                <SharePanel
                  lang={lang}
                  id={`hd-share-${key}`}
                  target={{
                    step: s + 1,
                    title: step.title,
                    url: () => absoluteUrl(linkOf(lang, fix, placement, s + 1)),
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </li>
  );
});

/** The answers a fix's links carry, in words ("Which app? › iPhone Mail"). */
function PathLine({ lang, placement }: { lang: Lang; placement: HelpdeskPlacement }) {
  const t = useHelpdeskT(lang);
  if (placement.path.length === 0) return <p className="hd-path">{t('helpdesk.noAnswers')}</p>;
  return (
    <div className="hd-path">
      <span className="hd-path-label">{t('helpdesk.answers')}</span>
      <ol className="hd-path-list" role="list">
        {placement.path.map((step, i) => (
          <li key={i}>
            {step.q} <span aria-hidden="true">›</span> <strong>{step.a}</strong>
          </li>
        ))}
      </ol>
    </div>
  );
}

function HelpdeskSearch({ lang, data }: { lang: Lang; data: HelpdeskData }) {
  const t = useHelpdeskT(lang);
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const results = useMemo(() => searchHelpdesk(data, deferred, SHOWN), [data, deferred]);
  const typed = deferred.trim();
  return (
    <JsOnly className="hd-search">
      <section aria-labelledby={`${id}-label`} role="search">
        <label id={`${id}-label`} htmlFor={`${id}-input`} className="field-label text-lg">
          {t('helpdesk.searchLabel')}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {t('helpdesk.searchHint')}
        </p>
        <input
          id={`${id}-input`}
          type="search"
          className="field-input mt-2 w-full"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-controls={`${id}-results`}
        />
        <div id={`${id}-results`}>
          <p role="status" className={typed ? 'mt-3 text-sm' : 'sr-only'}>
            {!typed
              ? ''
              : results.total === 0
                ? t('helpdesk.noResults', { query: typed })
                : results.total > results.hits.length
                  ? `${t('helpdesk.resultsCount', { count: results.total })} ${t('helpdesk.resultsShown', { count: results.total, shown: results.hits.length })}`
                  : t('helpdesk.resultsCount', { count: results.total })}
          </p>
          {results.hits.length > 0 ? (
            <ul className="hd-results" role="list" aria-label={t('helpdesk.results')}>
              {results.hits.map((hit) => (
                <ResultItem key={`${hit.placement}-${hit.step}`} lang={lang} data={data} hit={hit} />
              ))}
            </ul>
          ) : null}
        </div>
      </section>
    </JsOnly>
  );
}

function ResultItem({ lang, data, hit }: { lang: Lang; data: HelpdeskData; hit: HelpdeskHit }) {
  const t = useHelpdeskT(lang);
  const placement = data.placements[hit.placement] as HelpdeskPlacement;
  const fix = data.fixes[placement.fix] as HelpdeskFix;
  const guide = data.guides[placement.guide];
  const group = guide?.groups[placement.group];
  const app = group ? (group.client === null ? t('helpdesk.anyApp') : group.label) : '';
  const n = hit.step >= 0 ? hit.step + 1 : undefined;
  const step = n === undefined ? undefined : fix.steps[hit.step];
  const title = step?.title ?? fix.title;
  return (
    <li className="hd-result">
      <p className="hd-result-context">
        {guide?.title} <span aria-hidden="true">・</span> {app}
        {step ? (
          <>
            {' '}
            <span aria-hidden="true">・</span> {fix.title}
          </>
        ) : null}
      </p>
      <Link to={linkOf(lang, fix, placement, n)} className="hd-step-link">
        <span className="hd-step-n">{n === undefined ? t('helpdesk.wholeFix') : t('fix.step', { n })}</span>{' '}
        {title}
      </Link>
      <p className="hd-result-field">
        {t('helpdesk.matched', { field: t(`helpdesk.field.${hit.field}`) })}
        {hit.field === 'settings' && step?.settings ? <>: {step.settings.join(' / ')}</> : null}
        {hit.field === 'menu' && step?.menu ? <>: {step.menu.join(' › ')}</> : null}
      </p>
      <ShareToggle
        lang={lang}
        id={`hd-result-share-${hit.placement}-${hit.step}`}
        target={{ step: n, title, url: () => absoluteUrl(linkOf(lang, fix, placement, n)) }}
      />
    </li>
  );
}
