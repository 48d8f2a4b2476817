// A check: the person types what their app shows; the engine's named rules say what is wrong. What is
// typed stays in this component's state: never in the URL, storage or any message. Only the verdict (the
// failing rule's name, 'pass' or 'skip') goes into the link to the next page.
import { useEffect, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { LoadedGuide } from '@/content/catalog';
import type { CheckField, Lang, Protocol, ResolvedNode, RuleName } from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { evaluateCheck, suggestChanges, type FieldChange, type TypedSecurity } from '@/engine/rules';
import { serializeAnswers } from '@/engine/url';
import { journeyProvider, nextUrlAnswers, reachedAnswers, type OkJourney } from '@/engine/resolve';
import { useT } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { JsOnly } from '@/components/js-only';
import { nodeText } from '@/features/wizard/text';
import { ProviderNotes, SettingsTable, uiText } from '@/features/wizard/settings-table';

interface Props {
  loaded: LoadedGuide;
  node: Extract<ResolvedNode, { kind: 'check' }>;
  journey: OkJourney;
}

type ErrorKey = 'protocolMissing' | 'hostMissing' | 'portMissing' | 'portInvalid' | 'securityMissing';
type Errors = Partial<Record<CheckField, ErrorKey>>;

interface Result {
  value: string;
  next: string;
  auto: boolean;
  changes: FieldChange[];
  /** Provider rules that held only because there was nothing to compare with: no pass is claimed for them. */
  unchecked: RuleName[];
  protocol?: Protocol;
  port?: number;
  security?: TypedSecurity;
}

// One check per page, so the ids are fixed: the error summary links to them.
const fieldId = (f: CheckField) => `check-${f}`;
const errorId = (f: CheckField) => `check-${f}-error`;
const SECURITY_HINT = 'check-security-hint';

/** A sentence with one value in it, the value set apart (e.g. 「暗号化を **SSL/TLS** に」). */
function withValue(template: string, value: string): ReactNode {
  const [before = '', after = ''] = template.split('\u0000');
  return (
    <>
      {before}
      <strong className="change-value">{value}</strong>
      {after}
    </>
  );
}

export function CheckView({ loaded, node, journey }: Props) {
  const { lang, guide } = loaded;
  const t = useT(lang);
  const text = nodeText(loaded, node);
  const [protocol, setProtocol] = useState<Protocol | ''>('');
  const [host, setHost] = useState('');
  const [port, setPort] = useState('');
  const [security, setSecurity] = useState<TypedSecurity | ''>('');
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<Result | null>(null);
  // Bumped on every press of the button, so focus moves even when the same errors show again.
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const has = (f: CheckField) => node.fields.includes(f);
  const linkFor = (value: string, next: string) =>
    paths.node(lang, guide.id, next, serializeAnswers(guide, nextUrlAnswers(journey, node.id, value)));
  const errorFields = node.fields.filter((f) => errors[f] !== undefined);
  // "@answer": the provider chosen at the provider question (only when the answers lead here).
  const fromAnswer = node.provider === ANSWER_PROVIDER;
  const provider = journeyProvider(journey, node.provider);
  const answers = reachedAnswers(journey);

  useEffect(() => {
    if (attempt === 0) return;
    (summaryRef.current ?? resultRef.current)?.focus();
  }, [attempt]);

  // A verdict belongs to what was typed when the button was pressed: editing a field withdraws it.
  const edited =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setResult(null);
    };

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const found: Errors = {};
    const trimmed = port.trim();
    const portNumber = trimmed === '' ? undefined : Number(trimmed.normalize('NFKC'));
    if (has('protocol') && protocol === '') found.protocol = 'protocolMissing';
    if (has('host') && host.trim() === '') found.host = 'hostMissing';
    if (has('port')) {
      if (portNumber === undefined) found.port = 'portMissing';
      else if (!(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535))
        found.port = 'portInvalid';
    }
    if (has('security') && security === '') found.security = 'securityMissing';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setResult(null);
      return;
    }
    const input = {
      protocol: protocol || undefined,
      host: host.trim() || undefined,
      port: portNumber,
      security: security || undefined,
    };
    const outcome = evaluateCheck(node, input, loaded.providers.providers, answers);
    const failed = outcome.value !== 'pass';
    setResult({
      value: outcome.value,
      next: outcome.next,
      auto: outcome.result?.ok === false && outcome.result.reason === 'auto',
      changes: failed ? suggestChanges(node, input, loaded.providers.providers, answers) : [],
      unchecked: outcome.unchecked,
      protocol: input.protocol,
      port: input.port,
      security: input.security,
    });
  }

  /** GOV.UK's error summary: a link moves focus to its field, with the label scrolled into view. */
  function toField(e: MouseEvent<HTMLAnchorElement>, f: CheckField) {
    e.preventDefault();
    document.querySelector(`label[for="${fieldId(f)}"]`)?.scrollIntoView?.();
    document.getElementById(fieldId(f))?.focus({ preventScroll: true });
  }

  const fieldProps = (f: CheckField, hint?: string) => {
    const describedBy = [errors[f] ? errorId(f) : undefined, hint].filter(Boolean).join(' ');
    return {
      id: fieldId(f),
      required: true,
      'aria-invalid': errors[f] ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };

  const fieldError = (f: CheckField) =>
    errors[f] ? (
      <p id={errorId(f)} className="field-error">
        <span className="sr-only">{t('check.errorPrefix')}</span> {t(`check.${errors[f]}`)}
      </p>
    ) : null;

  const group = (f: CheckField) => (errors[f] ? 'field-group field-group-error' : 'field-group');

  return (
    <div>
      <p className="notice">{t('check.privacy')}</p>
      {fromAnswer && provider !== undefined ? (
        <ProviderNotes lang={lang} provider={provider} providerText={loaded.providerText} />
      ) : null}
      {fromAnswer && provider === undefined ? (
        <p className="notice mt-3">{uiText(loaded.providerText, 'checkProviderUnknown')}</p>
      ) : null}
      <noscript>
        <p className="notice mt-4">{t('check.needsJs')}</p>
      </noscript>
      <JsOnly>
        {errorFields.length > 0 ? (
          <div ref={summaryRef} className="error-summary mt-4" tabIndex={-1}>
            <div role="alert">
              <h2 className="error-summary-title">{t('check.errorTitle')}</h2>
              <ul className="error-summary-list">
                {errorFields.map((f) => (
                  <li key={f}>
                    <a href={`#${fieldId(f)}`} onClick={(e) => toField(e, f)}>
                      {t(`check.${errors[f]}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
        <form className="check-form mt-4 space-y-5" onSubmit={onSubmit} noValidate>
          {has('protocol') ? (
            <div className={group('protocol')}>
              <label htmlFor={fieldId('protocol')} className="field-label">
                {t('check.protocolLabel')}
              </label>
              {fieldError('protocol')}
              <select
                {...fieldProps('protocol')}
                className="field-input"
                value={protocol}
                onChange={(e) => edited(setProtocol)(e.target.value as Protocol | '')}
              >
                <option value="">{t('check.choose')}</option>
                <option value="smtp">{t('settings.smtp')}</option>
                <option value="imap">{t('settings.imap')}</option>
                <option value="pop">{t('settings.pop')}</option>
              </select>
            </div>
          ) : null}
          {has('host') ? (
            <div className={group('host')}>
              <label htmlFor={fieldId('host')} className="field-label">
                {t('check.hostLabel')}
              </label>
              {fieldError('host')}
              <input
                {...fieldProps('host')}
                className="field-input w-full font-mono"
                value={host}
                onChange={(e) => edited(setHost)(e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                inputMode="url"
              />
            </div>
          ) : null}
          {has('port') ? (
            <div className={group('port')}>
              <label htmlFor={fieldId('port')} className="field-label">
                {t('check.portLabel')}
              </label>
              {fieldError('port')}
              <input
                {...fieldProps('port')}
                className="field-input w-32 font-mono"
                value={port}
                onChange={(e) => edited(setPort)(e.target.value)}
                inputMode="numeric"
                autoComplete="off"
              />
            </div>
          ) : null}
          {has('security') ? (
            <div className={group('security')}>
              <label htmlFor={fieldId('security')} className="field-label">
                {t('check.securityLabel')}
              </label>
              <p id={SECURITY_HINT} className="field-hint">
                {t('check.securityHint')}
              </p>
              {fieldError('security')}
              {/* In the order Outlook lists them. */}
              <select
                {...fieldProps('security', SECURITY_HINT)}
                className="field-input"
                value={security}
                onChange={(e) => edited(setSecurity)(e.target.value as TypedSecurity | '')}
              >
                <option value="">{t('check.choose')}</option>
                <option value="none">{t('settings.none')}</option>
                <option value="ssl">{t('settings.ssl')}</option>
                <option value="starttls">{t('settings.starttls')}</option>
                <option value="auto">{t('check.securityAuto')}</option>
              </select>
            </div>
          ) : null}
          <button type="submit" className="btn-primary">
            {t('check.submit')}
          </button>
        </form>
      </JsOnly>

      {result ? verdict(result) : null}

      {node.skip ? (
        <p className="mt-6">
          <Link className="link-strong" to={linkFor('skip', node.skip)}>
            {t('check.skip')}
          </Link>
        </p>
      ) : null}
    </div>
  );

  function verdict(result: Result) {
    const pass = result.value === 'pass';
    // A pass where the provider's values could not be compared says so, and shows where to look instead.
    const unchecked = pass && result.unchecked.length > 0;
    const explanation = result.auto ? t('check.autoNote') : text.rules?.[result.value];
    const known = loaded.providers.providers.find((p) => p.id === provider);
    const showTable =
      (!pass || unchecked) &&
      provider !== undefined &&
      result.protocol !== undefined &&
      known !== undefined &&
      (known.servers.some((s) => s.protocol === result.protocol) || fromAnswer || unchecked);
    return (
      <div className={pass ? 'result-ok mt-6' : 'result-bad mt-6'}>
        <h2 ref={resultRef} tabIndex={-1} className="result-title">
          {pass
            ? unchecked
              ? uiText(loaded.providerText, 'resultPassUnchecked')
              : t('check.resultPass')
            : t('check.resultFail')}
        </h2>
        {unchecked && provider === undefined ? (
          <p className="mt-2">{uiText(loaded.providerText, 'checkProviderUnknown')}</p>
        ) : null}
        {!pass && explanation ? <p className="mt-2">{explanation}</p> : null}
        {!pass && result.auto && result.changes.length === 0 ? (
          <p className="mt-2">{t('check.autoNoGuess')}</p>
        ) : null}
        {result.changes.length > 0 ? (
          <ul className="change-list mt-3" aria-label={t('check.changesLabel')}>
            <Changes lang={lang} result={result} />
          </ul>
        ) : null}
        {showTable && provider && result.protocol ? (
          <SettingsTable
            lang={lang}
            providers={loaded.providers}
            provider={provider}
            protocols={[result.protocol]}
            providerText={loaded.providerText}
            notes={false}
          />
        ) : null}
        <Link className="btn-primary mt-4" to={linkFor(result.value, result.next)}>
          {t('check.continue')}
        </Link>
      </div>
    );
  }
}

/** "You entered: 465 + STARTTLS → set the encryption to SSL/TLS", one line for the host, one for the pair. */
function Changes({ lang, result }: { lang: Lang; result: Result }) {
  const t = useT(lang);
  const or = new Intl.ListFormat(lang, { type: 'disjunction' });
  const securityName = (s: TypedSecurity) => (s === 'auto' ? t('check.securityAuto') : t(`settings.${s}`));
  const hostChange = result.changes.find((c) => c.field === 'host');
  const pairChanges = result.changes.filter((c) => c.field !== 'host');
  const line = (typed: ReactNode, todo: ReactNode[]) => (
    <>
      {t('check.youTyped')}
      <code className="typed-value" translate="no">
        {typed}
      </code>
      <span aria-hidden="true"> → </span>
      <span className="sr-only">{t('check.changeTo')}</span>
      {todo.map((item, i) => (
        <span key={i}>
          {i > 0 ? t('check.changeAnd') : null}
          {item}
        </span>
      ))}
    </>
  );
  const todo = (c: FieldChange) => {
    const values = c.field === 'security' ? c.set.map((s) => t(`settings.${s}`)) : c.set.map(String);
    const key =
      c.field === 'host' ? 'check.setHost' : c.field === 'port' ? 'check.setPort' : 'check.setSecurity';
    return withValue(t(key, { value: '\u0000' }), or.format(values));
  };
  const pairTyped = [
    result.port !== undefined ? String(result.port) : undefined,
    result.security !== undefined ? securityName(result.security) : undefined,
  ]
    .filter(Boolean)
    .join(' + ');
  return (
    <>
      {hostChange ? <li>{line(hostChange.typed, [todo(hostChange)])}</li> : null}
      {pairChanges.length > 0 ? <li>{line(pairTyped, pairChanges.map(todo))}</li> : null}
    </>
  );
}
