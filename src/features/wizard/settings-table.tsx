// Server settings from the one provider table: values people must type, kept readable at any width and
// text size (host names break only after a dot), each with its own copy button.
import { Fragment, useState } from 'react';
import type { Lang, Protocol, ProviderTable } from '@/engine/types';
import { copyText } from '@/lib/clipboard';
import { useT } from '@/lib/i18n';
import { JsOnly } from '@/components/js-only';

interface Props {
  lang: Lang;
  providers: ProviderTable;
  provider: string;
  protocols: Protocol[];
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

export function SettingsTable({ lang, providers, provider, protocols }: Props) {
  const t = useT(lang);
  const entry = providers.providers.find((p) => p.id === provider);
  const rows = entry?.servers.filter((s) => protocols.includes(s.protocol)) ?? [];
  const name = t(`providers.${provider}`);
  if (rows.length === 0) {
    return <p className="notice mt-3">{t('settings.otherProvider')}</p>;
  }
  return (
    // A table where there is room; a card per server, each label above its value, where there is not
    // (a container query in styles.css, so it follows the text size as well as the screen width).
    <div className="settings-wrap mt-3">
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
          {rows.map((row) => (
            <tr key={`${row.protocol}-${row.port}`}>
              <th scope="row">{t(`settings.${row.protocol}`)}</th>
              <td data-label={t('settings.host')}>
                <span className="settings-cell">
                  <HostName host={row.host} />
                  <CopyValue lang={lang} value={row.host} />
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
