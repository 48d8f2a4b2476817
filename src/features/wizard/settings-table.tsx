// Server settings from the one provider table: values people must type, kept readable at any width and
// text size (host names break only after a dot), each with its own copy button. A name that is the
// customer's own is shown as a pattern (sv○○○.xserver.jp) with where to find it; values the table does not
// hold are named as not checkable here, with the provider's own pages. The row's checked date and sources
// are under every table.
import { Fragment, useState } from 'react';
import type {
  Lang,
  LocaleProviders,
  Protocol,
  Provider,
  ProviderTable,
  ProviderUiText,
} from '@/engine/types';
import { ANSWER_PROVIDER } from '@/engine/types';
import { displayHost, isHostPattern } from '@/engine/rules';
import { journeyProvider, type OkJourney } from '@/engine/resolve';
import { copyText } from '@/lib/clipboard';
import { formatDate } from '@/lib/format-date';
import { useT } from '@/lib/i18n';
import { JsOnly } from '@/components/js-only';
import { RichText } from '@/components/rich-text';

interface Props {
  lang: Lang;
  providers: ProviderTable;
  /** A provider id, or "@answer": the one chosen at the `provider` question of `journey`. */
  provider: string;
  protocols: Protocol[];
  /** Notes, host hints, page names and these strings (locales/<lang>/providers.json). */
  providerText: LocaleProviders;
  /** Needed for "@answer". */
  journey?: OkJourney;
  /** Show the provider's notes above the table (default: when the provider comes from the answer). */
  notes?: boolean;
}

/**
 * A host name that wraps only after a dot: each label is kept whole (a hyphen is no break either) and a
 * <wbr> follows each dot. Copying the text still gives the plain name.
 */
function HostName({ host }: { host: string }) {
  const labels = host.split('.');
  return (
    <code className="settings-value host-name" translate="no">
      {labels.map((label, i) => (
        <Fragment key={i}>
          <span className="host-label">{i < labels.length - 1 ? `${label}.` : label}</span>
          {i < labels.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </code>
  );
}

/** A string of locales/<lang>/providers.json `ui` with its {{placeholders}} filled in. */
export function uiText(
  text: LocaleProviders,
  key: keyof ProviderUiText,
  values: Record<string, string> = {},
): string {
  return text.ui[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A host pattern as people read it, one label per piece so it wraps like a host name. */
function PatternHost({ host }: { host: string }) {
  return <HostName host={displayHost(host)} />;
}

function CopyValue({ lang, value }: { lang: Lang; value: string }) {
  const t = useT(lang);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    // Rendered in the prerendered page too, hidden until hydration, so nothing moves when it appears.
    <JsOnly inline className="copy-value">
      <button
        type="button"
        className="btn-small"
        aria-label={t('settings.copyValue', { value })}
        onClick={async () => setState((await copyText(value)) ? 'copied' : 'failed')}
      >
        {t('settings.copy')}
      </button>
      <span role="status" className="text-sm text-muted">
        {state === 'copied' ? t('node.copied') : state === 'failed' ? t('settings.copyFailed') : ''}
      </span>
    </JsOnly>
  );
}

/** What is said about a provider beyond its values: its notes, in a box headed with its name. */
export function ProviderNotes({
  lang,
  provider,
  providerText,
}: {
  lang: Lang;
  provider: string;
  providerText: LocaleProviders;
}) {
  const t = useT(lang);
  const text = providerText.notes[provider];
  if (!text) return null;
  return (
    <div className="notice mt-3" role="note">
      <strong>{uiText(providerText, 'notesHeading', { provider: t(`providers.${provider}`) })}</strong>
      <RichText text={text} className="prose-text mt-1" />
    </div>
  );
}

/** "Checked 29 November 2026 · Sources: XS-MAN": the row's provenance, under its table or notice. */
function Provenance({ lang, entry, text }: { lang: Lang; entry: Provider; text: LocaleProviders }) {
  return (
    <p className="provenance mt-2 text-sm text-muted wrap-anywhere">
      {uiText(text, 'checked', { date: formatDate(entry.checked, lang) })}
      {entry.sources.length > 0 ? (
        <>
          <span aria-hidden="true"> ・ </span>
          {uiText(text, 'sources', { sources: entry.sources.join(lang === 'ja' ? '、' : ', ') })}
        </>
      ) : null}
    </p>
  );
}

/** The provider's own pages, as plain links (nothing is fetched). */
function ProviderLinks({ lang, entry }: { lang: Lang; entry: Provider }) {
  const t = useT(lang);
  if (!entry.links || entry.links.length === 0) return null;
  return (
    <ul className="mt-2 space-y-1">
      {entry.links.map((link) => (
        <li key={link.url}>
          <a href={link.url} className="link-strong" target="_blank" rel="noopener noreferrer">
            {t(`outcome.providerLink.${link.kind}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function SettingsTable({
  lang,
  providers,
  provider: ref,
  protocols,
  providerText,
  journey,
  notes,
}: Props) {
  const t = useT(lang);
  const fromAnswer = ref === ANSWER_PROVIDER;
  const provider = fromAnswer ? (journey ? journeyProvider(journey, ref) : undefined) : ref;
  if (provider === undefined) {
    return <p className="notice mt-3">{uiText(providerText, 'providerUnknown')}</p>;
  }
  const entry = providers.providers.find((p) => p.id === provider);
  if (!entry || (entry.servers.length === 0 && provider === 'other')) {
    return <p className="notice mt-3">{t('settings.otherProvider')}</p>;
  }
  const rows = entry.servers.filter((s) => protocols.includes(s.protocol));
  const missing = protocols.filter((p) => !rows.some((s) => s.protocol === p));
  const name = t(`providers.${provider}`);
  const patterns = rows.some((s) => isHostPattern(s.host));
  const hint = patterns ? providerText.hostHints[provider] : undefined;
  const and = new Intl.ListFormat(lang, { type: 'conjunction' });
  return (
    <div className="mt-3">
      {(notes ?? fromAnswer) ? (
        <ProviderNotes lang={lang} provider={provider} providerText={providerText} />
      ) : null}
      {rows.length > 0 ? <Table lang={lang} name={name} rows={rows} /> : null}
      {hint ? (
        <p className="field-hint mt-2">
          <span className="font-bold">{uiText(providerText, 'ownValue')}</span>
          <span aria-hidden="true">：</span> {hint}
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p className="notice mt-3">
          {uiText(providerText, 'cannotCheck', {
            provider: name,
            what: and.format(missing.map((p) => t(`settings.${p}`))),
            page: providerText.pages[provider] ?? uiText(providerText, 'pageFallback', { provider: name }),
          })}
        </p>
      ) : null}
      {missing.length > 0 || patterns ? <ProviderLinks lang={lang} entry={entry} /> : null}
      <Provenance lang={lang} entry={entry} text={providerText} />
    </div>
  );
}

function Table({ lang, name, rows }: { lang: Lang; name: string; rows: Provider['servers'] }) {
  const t = useT(lang);
  return (
    // A table where there is room; a card per server, each label above its value, where there is not
    // (a container query in styles.css, so it follows the text size as well as the screen width).
    <div className="settings-wrap">
      <table className="settings-table">
        <caption>{t('settings.caption', { provider: name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('settings.protocol')}</th>
            <th scope="col">{t('settings.host')}</th>
            <th scope="col">{t('settings.port')}</th>
            <th scope="col">{t('settings.security')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.protocol}-${row.port}-${i}`}>
              <th scope="row">{t(`settings.${row.protocol}`)}</th>
              <td data-label={t('settings.host')}>
                <span className="settings-cell">
                  {/* A pattern is not a value to paste: the person puts in their own part first. */}
                  {isHostPattern(row.host) ? (
                    <PatternHost host={row.host} />
                  ) : (
                    <>
                      <HostName host={row.host} />
                      <CopyValue lang={lang} value={row.host} />
                    </>
                  )}
                </span>
              </td>
              <td data-label={t('settings.port')}>
                <span className="settings-cell">
                  <code className="settings-value">{row.port}</code>
                  <CopyValue lang={lang} value={String(row.port)} />
                </span>
              </td>
              <td data-label={t('settings.security')}>
                {/* Chosen from a list in the app, not typed: nothing to copy. */}
                <code className="settings-value" translate="no">
                  {t(`settings.${row.security}`)}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
