// A check: the person types what their app shows; the engine's named rules say what is wrong. What is
// typed stays in this component's state: never in the URL, storage or any message.
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { CheckField, Protocol, ResolvedNode, Security } from '@/engine/types';
import { evaluateCheck } from '@/engine/rules';
import { serializeAnswers } from '@/engine/url';
import { nextUrlAnswers, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { JsOnly } from '@/components/js-only';
import { nodeText } from '@/features/wizard/text';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'check' }>;
  journey: OkJourney;
}

interface Result {
  value: string;
  next: string;
}

export function CheckView({ loaded, node, journey }: Props) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const text = nodeText(loaded, node);
  const formId = useId();
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [host, setHost] = useState('');
  const [port, setPort] = useState('');
  const [security, setSecurity] = useState<Security | ''>('');
  const [portError, setPortError] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const has = (f: CheckField) => node.fields.includes(f);
  const linkFor = (value: string, next: string) =>
    paths.node(lang, guide.id, next, serializeAnswers(guide, nextUrlAnswers(journey, node.id, value)));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const trimmed = port.trim();
    const portNumber = trimmed === '' ? undefined : Number(trimmed.normalize('NFKC'));
    if (
      portNumber !== undefined &&
      !(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535)
    ) {
      setPortError(true);
      setResult(null);
      return;
    }
    setPortError(false);
    const outcome = evaluateCheck(
      node,
      {
        protocol: protocol || undefined,
        host: host.trim() || undefined,
        port: portNumber,
        security: security || undefined,
      },
      loaded.providers.providers,
    );
    setResult({ value: outcome.value, next: outcome.next });
  }

  const field = (suffix: string) => `${formId}-${suffix}`;

  return (
    <div>
      <p className="notice">{t('check.privacy')}</p>
      <noscript>
        <p className="notice mt-4">{t('check.needsJs')}</p>
      </noscript>
      <JsOnly>
        <form className="check-form mt-4 space-y-5" onSubmit={onSubmit} noValidate>
          {has('protocol') ? (
            <div>
              <label htmlFor={field('protocol')} className="field-label">
                {t('check.protocolLabel')}
              </label>
              <select
                id={field('protocol')}
                className="field-input"
                value={protocol}
                onChange={(e) => setProtocol(e.target.value as Protocol | '')}
              >
                <option value="">{t('check.choose')}</option>
                <option value="smtp">{t('settings.smtp')}</option>
                <option value="imap">{t('settings.imap')}</option>
                <option value="pop">{t('settings.pop')}</option>
              </select>
            </div>
          ) : null}
          {has('host') ? (
            <div>
              <label htmlFor={field('host')} className="field-label">
                {t('check.hostLabel')}
              </label>
              <input
                id={field('host')}
                className="field-input font-mono"
                value={host}
                onChange={(e) => setHost(e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                inputMode="url"
              />
            </div>
          ) : null}
          {has('port') ? (
            <div>
              <label htmlFor={field('port')} className="field-label">
                {t('check.portLabel')}
              </label>
              {portError ? (
                <p id={field('port-error')} className="field-error">
                  {t('check.portInvalid')}
                </p>
              ) : null}
              <input
                id={field('port')}
                className="field-input w-32 font-mono"
                value={port}
                onChange={(e) => setPort(e.target.value)}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={portError || undefined}
                aria-describedby={portError ? field('port-error') : undefined}
              />
            </div>
          ) : null}
          {has('security') ? (
            <div>
              <label htmlFor={field('security')} className="field-label">
                {t('check.securityLabel')}
              </label>
              <select
                id={field('security')}
                className="field-input"
                value={security}
                onChange={(e) => setSecurity(e.target.value as Security | '')}
              >
                <option value="">{t('check.choose')}</option>
                <option value="ssl">{t('settings.ssl')}</option>
                <option value="starttls">{t('settings.starttls')}</option>
                <option value="none">{t('settings.none')}</option>
              </select>
            </div>
          ) : null}
          <button type="submit" className="btn-primary">
            {t('check.submit')}
          </button>
        </form>
      </JsOnly>

      {result ? (
        <div className={result.value === 'pass' ? 'result-ok mt-6' : 'result-bad mt-6'} role="status">
          <p className="font-bold">
            {result.value === 'pass' ? t('check.resultPass') : t('check.resultFail')}
          </p>
          {result.value !== 'pass' ? <p className="mt-2">{text.rules?.[result.value]}</p> : null}
          <Link className="btn-primary mt-4" to={linkFor(result.value, result.next)}>
            {t('check.continue')}
          </Link>
        </div>
      ) : null}

      {node.skip ? (
        <p className="mt-6">
          <Link className="link-strong" to={linkFor('skip', node.skip)}>
            {t('check.skip')}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
