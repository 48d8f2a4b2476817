// A fix: numbered steps (each with its own #step-N link, menu path chips, settings table, warning and a
// "done" tick remembered on this device), then "Did this fix it?" as two real links.
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { ResolvedNode } from '@/engine/types';
import { serializeAnswers } from '@/engine/url';
import { answersHere, nextUrlAnswers, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { absoluteUrl, paths, stepFromHash } from '@/lib/paths';
import { useProgress } from '@/stores/progress';
import { CopyButton } from '@/components/copy-button';
import { JsOnly } from '@/components/js-only';
import { RichText } from '@/components/rich-text';
import { stepText } from '@/features/wizard/text';
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
  const hereQuery = serializeAnswers(guide, answersHere(journey));
  const answerLink = (value: 'yes' | 'no') =>
    paths.node(lang, guide.id, node[value], serializeAnswers(guide, nextUrlAnswers(journey, node.id, value)));
  const linked = stepFromHash(hash);
  const missing = linked !== undefined && (linked < 1 || linked > node.steps.length) ? linked : undefined;
  const listRef = useRef<HTMLOListElement>(null);

  // A step link opened fresh or followed in-app: scroll to that step, highlight it and move focus there.
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
          {t('fix.stepMissing', { n: missing, count: node.steps.length })}
        </p>
      ) : null}
      <h2 className="section-heading">{t('fix.stepsHeading')}</h2>
      <ol ref={listRef} className="step-list" role="list">
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
              <div className="step-number" aria-hidden="true">
                {n}
              </div>
              <div className="step-body">
                <h3 id={`step-${n}-title`} className="step-title">
                  <span className="sr-only">{t('fix.step', { n })}: </span>
                  {text.title}
                </h3>
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
                  />
                ) : null}
                {step.diagnostic || text.warning ? (
                  <div className="warning" role="note">
                    <strong className="warning-title">{t('fix.diagnostic')}</strong>
                    <p>{text.warning ?? t('fix.diagnosticDefault')}</p>
                  </div>
                ) : null}
                <div className="step-tools">
                  <a href={`#step-${n}`} className="step-anchor">
                    {t('fix.step', { n })}
                  </a>
                  <JsOnly inline className="step-js">
                    <label className="tick">
                      <input
                        type="checkbox"
                        checked={done}
                        onChange={() => toggle(guide.id, node.id, n)}
                        aria-label={t('fix.doneLabel', { n })}
                      />
                      <span aria-hidden="true">{t('fix.done')}</span>
                    </label>
                    <CopyButton
                      text={() => absoluteUrl(paths.step(lang, guide.id, node.id, n, hereQuery))}
                      label={t('fix.stepLink', { n })}
                      copiedLabel={t('node.copied')}
                      failedLabel={t('node.copyFailed')}
                      className="btn-small"
                    />
                  </JsOnly>
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
