// A fix: a caution (what not to do) above the numbered steps; each step's big number is its "done" tick
// (remembered on this device) and a small icon copies the step's #step-N link; a step link opened shows
// where it is in the fix. Then "Did this fix it?" as two real links.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { ResolvedNode } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { answersHere, nextUrlAnswers, type OkJourney } from '@/engine/resolve';
import { copyText } from '@/lib/clipboard';
import { useT } from '@/lib/i18n';
import { absoluteUrl, paths, stepFromHash } from '@/lib/paths';
import { useProgress } from '@/stores/progress';
import { JsOnly } from '@/components/js-only';
import { RichText } from '@/components/rich-text';
import { nodeText, stepText } from '@/features/wizard/text';
import { SettingsTable } from '@/features/wizard/settings-table';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'fix' }>;
  journey: OkJourney;
  hash: string;
  hydrated: boolean;
}

const EMPTY: number[] = [];

export function FixView({ loaded, node, journey, hash, hydrated }: Props) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const ticked = useProgress((s) => s.ticked[`${guide.id}/${node.id}`] ?? EMPTY);
  const toggle = useProgress((s) => s.toggleStep);
  const fix = nodeText(loaded, node);
  const hereQuery = serializeAnswers(guide, answersHere(journey));
  const answerLink = (value: 'yes' | 'no') =>
    paths.node(lang, guide.id, node[value], serializeAnswers(guide, nextUrlAnswers(journey, node.id, value)));
  const linked = stepFromHash(hash);
  const count = node.steps.length;
  const missing = linked !== undefined && (linked < 1 || linked > count) ? linked : undefined;
  const listRef = useRef<HTMLOListElement>(null);

  // A step link opened fresh or followed in-app: scroll to that step (its scroll margin keeps the "shared
  // step" line above it in view), highlight it and move focus there.
  useEffect(() => {
    if (!hydrated || linked === undefined || missing !== undefined) return;
    const el = listRef.current?.querySelector<HTMLElement>(`#step-${linked}`);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [hydrated, linked, missing]);

  return (
    <div>
      {missing !== undefined ? (
        <p className="notice" role="status">
          {t('fix.stepMissing', { n: missing, count })}
        </p>
      ) : null}
      {fix.caution ? (
        <div className="warning caution" role="note" aria-labelledby="caution-title">
          <strong id="caution-title" className="warning-title">
            {t('fix.caution')}
          </strong>
          <RichText text={fix.caution} className="prose-text mt-1" />
        </div>
      ) : null}
      <h2 className="section-heading">{t('fix.stepsHeading')}</h2>
      {/* Before hydration the browser's own :target marks a linked step; after it, data-highlight does
          (an in-app navigation does not move :target). */}
      <ol ref={listRef} className="step-list" role="list" data-hydrated={hydrated ? 'true' : undefined}>
        {node.steps.map((step, index) => {
          const n = index + 1;
          const text = stepText(loaded, step);
          const done = ticked.includes(n);
          return (
            <li
              key={step.id}
              id={`step-${n}`}
              tabIndex={-1}
              className="step"
              data-highlight={hydrated && linked === n ? 'true' : undefined}
              data-done={done ? 'true' : undefined}
              aria-labelledby={`step-${n}-title`}
            >
              {/* In every step, shown by CSS only for the linked one, so it is there from the first paint. */}
              <p className="notice step-shared">
                <strong>{t('fix.sharedStep', { n, count })}</strong>
                <span aria-hidden="true"> ・ </span>
                {fix.title}
                <span aria-hidden="true"> ・ </span>
                <Link to={paths.node(lang, guide.id, node.id, hereQuery)}>{t('fix.fromStart')}</Link>
              </p>
              <div className="step-card">
                {/* The big number is the label of the "done" box; inert until the tick can be remembered. */}
                <span className="step-mark" data-ready={hydrated ? 'true' : undefined} inert={!hydrated}>
                  <input
                    type="checkbox"
                    id={`step-${n}-done`}
                    className="step-check"
                    checked={done}
                    onChange={() => toggle(guide.id, node.id, n)}
                  />
                  <label htmlFor={`step-${n}-done`} className="step-number">
                    <span className="sr-only">{t('fix.doneLabel', { n })}</span>
                    <span aria-hidden="true">{n}</span>
                    <span className="step-box" aria-hidden="true" />
                  </label>
                </span>
                <div className="step-body">
                  <div className="step-head">
                    <h3 id={`step-${n}-title`} className="step-title">
                      <span className="sr-only">{t('fix.step', { n })}: </span>
                      {text.title}
                    </h3>
                    <JsOnly inline className="step-link">
                      <StepLinkButton
                        url={() => absoluteUrl(paths.step(lang, guide.id, node.id, n, hereQuery))}
                        label={t('fix.stepLink', { n })}
                        copiedLabel={t('fix.stepLinkCopied')}
                        failedLabel={t('node.copyFailed')}
                      />
                    </JsOnly>
                  </div>
                  {text.menu && text.menu.length > 0 ? (
                    <ol className="menu-path" aria-label={t('fix.menuPath')}>
                      {text.menu.map((item, i) => (
                        <li key={i} className="menu-item">
                          <span className="menu-chip">{item}</span>
                        </li>
                      ))}
                    </ol>
                  ) : null}
                  <RichText text={text.body} className="prose-text mt-2" />
                  {step.settings ? (
                    <SettingsTable
                      lang={lang}
                      providers={loaded.providers}
                      provider={step.settings.provider}
                      protocols={step.settings.protocols}
                      providerText={loaded.providerText}
                      journey={journey}
                    />
                  ) : null}
                  {step.diagnostic || text.warning ? (
                    <div className="warning" role="note">
                      <strong className="warning-title">
                        {step.diagnostic ? t('fix.diagnostic') : t('fix.caution')}
                      </strong>
                      <p>{text.warning ?? t('fix.diagnosticDefault')}</p>
                    </div>
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <section className="did-it-work" aria-labelledby="did-it-work">
        <h2 id="did-it-work" className="section-heading">
          {t('fix.didItWork')}
        </h2>
        <div className="mt-3 flex flex-col gap-3 sm:flex-row">
          <Link className="btn-primary" to={answerLink('yes')}>
            {t('fix.yes')}
          </Link>
          <Link className="btn-secondary" to={answerLink('no')}>
            {t('fix.no')}
          </Link>
        </div>
      </section>
    </div>
  );
}

/**
 * A small icon button that copies a step's link. Its name says what it does; what happened shows in a
 * small bubble under it (absolutely placed, so nothing moves) and is announced politely.
 */
function StepLinkButton({
  url,
  label,
  copiedLabel,
  failedLabel,
}: {
  url: () => string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        onClick={async () => setState((await copyText(url())) ? 'copied' : 'failed')}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71" />
          <path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71" />
        </svg>
      </button>
      <span role="status" className="step-link-status">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </>
  );
}
