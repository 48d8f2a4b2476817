// Server settings from the one provider table, in a monospace table that is easy to read and copy.
import type { Lang, Protocol, ProviderTable } from '@/engine/types';
import { useT } from '@/lib/i18n';

interface Props {
  lang: Lang;
  providers: ProviderTable;
  provider: string;
  protocols: Protocol[];
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
    // Focusable so that a table wider than a phone screen can be scrolled with the keyboard.
    <div
      className="settings-wrap mt-3"
      tabIndex={0}
      role="region"
      aria-label={t('settings.caption', { provider: name })}
    >
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
                <code translate="no">{row.host}</code>
              </td>
              <td data-label={t('settings.port')}>
                <code>{row.port}</code>
              </td>
              <td data-label={t('settings.security')}>
                <code translate="no">{t(`settings.${row.security}`)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
