// Providers chosen at the 0x800CCC1A guide's provider question, as a person sees them: Xserver's server name
// is a pattern with where to find one's own, au's values are not printed and the check says it cannot check
// them, and every table says when its values were checked.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import jaText from '@locales/ja/encryption-mismatch.json';
import jaCommon from '@locales/ja/common.json';
import enCommon from '@locales/en/common.json';
import jaProviders from '@locales/ja/providers.json';
import enProviders from '@locales/en/providers.json';
import type { LocaleGuide } from '@/engine/types';
import { resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const ja = jaText as LocaleGuide;
const GUIDE = 'encryption-mismatch';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  sessionStorage.clear();
  resetStorageProbe();
});

/** Text without the words only a screen reader hears, spaces collapsed. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

async function heading(title: string) {
  return screen.findByRole('heading', { level: 1, name: title }, { timeout: 5000 });
}

describe('choosing Xserver', () => {
  it('shows its server name as sv○○○.xserver.jp with where to find one’s own, its notes and the checked date', async () => {
    const { user } = await renderAt(`/ja/${GUIDE}/provider/?client=outlook-classic`);
    await heading(ja.nodes.provider!.title);
    await user.click(screen.getByRole('link', { name: ja.nodes.provider!.answers!.xserver }));
    await heading(ja.nodes['check-by-provider']!.title);
    // The check says what to know about Xserver before anything is typed.
    expect(screen.getByText(/SMTP認証の国外アクセス制限設定/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: jaCommon.check.skip }));
    await heading(ja.nodes['values-by-provider']!.title);
    const table = screen.getByRole('table', {
      name: jaCommon.settings.caption.replace('{{provider}}', jaCommon.providers.xserver),
    });
    const hosts = within(table)
      .getAllByRole('cell')
      .map(visibleText)
      .filter((t) => t.includes('xserver'));
    expect(new Set(hosts)).toEqual(new Set(['sv○○○.xserver.jp']));
    // A pattern is not something to paste: no copy button for it, one for each port.
    expect(within(table).queryByRole('button', { name: /xserver/ })).not.toBeInTheDocument();
    expect(screen.getByText(jaProviders.hostHints.xserver)).toBeInTheDocument();
    expect(screen.getByText(/確認日 2026年11月29日/)).toBeInTheDocument();
    expect(screen.getByText(/出典：XS-MAN/)).toBeInTheDocument();
  });
});

describe('choosing au', () => {
  it('shows no server name, and the check says it cannot check au’s values instead of passing them', async () => {
    const { user } = await renderAt(`/en/${GUIDE}/check-by-provider/?client=outlook-classic&provider=au`);
    await heading("Compare Outlook's settings with the values of the provider you chose");
    expect(screen.getByText(enProviders.notes.au)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: enCommon.check.protocolLabel }), 'imap');
    await user.type(screen.getByRole('textbox', { name: enCommon.check.hostLabel }), 'imap.example.jp');
    await user.type(screen.getByRole('textbox', { name: enCommon.check.portLabel }), '993');
    await user.selectOptions(screen.getByRole('combobox', { name: enCommon.check.securityLabel }), 'ssl');
    await user.click(screen.getByRole('button', { name: enCommon.check.submit }));

    expect(
      await screen.findByRole('heading', { level: 2, name: enProviders.ui.resultPassUnchecked }),
    ).toBeInTheDocument();
    expect(screen.queryByText(enCommon.check.resultPass)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        "This tool cannot check au mail (@au.com, @ezweb.ne.jp)'s Incoming (IMAP) values. Look them up in au's support pages.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Checked 29 November 2026/)).toBeInTheDocument();
  });

  it('on the fix page too: no table, the "cannot check" note for every kind of server', async () => {
    await renderAt(
      `/ja/${GUIDE}/values-by-provider/?client=outlook-classic&provider=au&check-by-provider=skip`,
    );
    await heading(ja.nodes['values-by-provider']!.title);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'au のメール（@au.com・@ezweb.ne.jp）の受信（IMAP）、受信（POP）、送信（SMTP）の値は、このツールでは確かめられません。au のサポートページで確かめてください。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(jaProviders.notes.au)).toBeInTheDocument();
  });
});

describe('a provider with no values and a page of its own (OCN)', () => {
  it('links to that page next to the "cannot check" note', async () => {
    await renderAt(
      `/ja/${GUIDE}/values-by-provider/?client=outlook-classic&provider=ocn&check-by-provider=skip`,
    );
    await heading(ja.nodes['values-by-provider']!.title);
    const link = screen.getByRole('link', { name: jaCommon.outcome.providerLink.errors });
    expect(link).toHaveAttribute('href', 'https://support.ocn.ne.jp/personal/purpose/detail/pid2990024033');
    expect(screen.getByText(/OCN のサポートページで確かめてください/)).toBeInTheDocument();
  });
});
