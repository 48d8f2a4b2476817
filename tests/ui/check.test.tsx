// The settings check as a person uses it: required fields with an error summary, 「自動」, the verdict with
// what was typed and what to set, and what never leaves the page. Also the copy buttons of the settings table.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import guideData from '@/content/guides/encryption-mismatch.json';
import enText from '@locales/en/encryption-mismatch.json';
import jaText from '@locales/ja/encryption-mismatch.json';
import enCommon from '@locales/en/common.json';
import jaCommon from '@locales/ja/common.json';
import type { Guide, LocaleGuide } from '@/engine/types';
import { shortestPath } from '@/engine/graph';
import { resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const guide = guideData as Guide;
const en = enText as LocaleGuide;
const ja = jaText as LocaleGuide;

function queryTo(target: string): string {
  const path = shortestPath(guide, target);
  if (!path) throw new Error(`unreachable ${target}`);
  return new URLSearchParams(
    path.filter((s) => s.answer !== undefined).map((s) => [s.node, s.answer!] as [string, string]),
  ).toString();
}

type Common = Pick<typeof enCommon, 'check'>;

async function openCheck(lang: 'en' | 'ja', id: string) {
  const text = lang === 'en' ? en : ja;
  const rendered = await renderAt(`/${lang}/${guide.id}/${id}/?${queryTo(id)}`);
  await screen.findByRole('heading', { level: 1, name: text.nodes[id]!.title }, { timeout: 5000 });
  return rendered;
}

/** Fills what the check asks for; `undefined` leaves a field empty. */
async function fill(
  user: Awaited<ReturnType<typeof renderAt>>['user'],
  c: Common,
  v: { protocol?: string; host?: string; port?: string; security?: string },
) {
  if (v.protocol)
    await user.selectOptions(screen.getByRole('combobox', { name: c.check.protocolLabel }), v.protocol);
  if (v.host) await user.type(screen.getByRole('textbox', { name: c.check.hostLabel }), v.host);
  if (v.port) await user.type(screen.getByRole('textbox', { name: c.check.portLabel }), v.port);
  if (v.security)
    await user.selectOptions(screen.getByRole('combobox', { name: c.check.securityLabel }), v.security);
  await user.click(screen.getByRole('button', { name: c.check.submit }));
}

/** The text a screen shows, without the words only a screen reader hears. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

// Each test types into a whole form with user-event: slow on a loaded machine, so more than the default 5 s.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  sessionStorage.clear();
  resetStorageProbe();
});

describe('an empty or half-filled check', () => {
  it('is not passed: an error summary links to each field and takes the focus', async () => {
    const { user } = await openCheck('en', 'check-gmail');
    await fill(user, enCommon, {});

    expect(screen.queryByText(enCommon.check.resultPass)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: enCommon.check.continue })).not.toBeInTheDocument();
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: enCommon.check.errorTitle })).toBeInTheDocument();
    await waitFor(() => expect(summary.parentElement).toHaveFocus());

    const fields = [
      ['combobox', enCommon.check.protocolLabel, enCommon.check.protocolMissing],
      ['textbox', enCommon.check.hostLabel, enCommon.check.hostMissing],
      ['textbox', enCommon.check.portLabel, enCommon.check.portMissing],
      ['combobox', enCommon.check.securityLabel, enCommon.check.securityMissing],
    ] as const;
    for (const [role, label, message] of fields) {
      const field = screen.getByRole(role, { name: label });
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      const link = within(summary).getByRole('link', { name: message });
      expect(link).toHaveAttribute('href', `#${field.id}`);
    }

    await user.click(within(summary).getByRole('link', { name: enCommon.check.portMissing }));
    expect(screen.getByRole('textbox', { name: enCommon.check.portLabel })).toHaveFocus();
  });

  it('names only the fields still missing, in Japanese too', async () => {
    const { user } = await openCheck('ja', 'check-gmail');
    await fill(user, jaCommon, { protocol: 'smtp', host: 'smtp.gmail.com', port: '587' });
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([jaCommon.check.securityMissing]);
    expect(screen.getByRole('textbox', { name: jaCommon.check.portLabel })).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(screen.queryByText(jaCommon.check.resultPass)).not.toBeInTheDocument();
  });
});

describe('a port outside 1–65535', () => {
  it('is named in the summary and beside the field', async () => {
    const { user } = await openCheck('en', 'check-other');
    await fill(user, enCommon, { protocol: 'smtp', port: '99999', security: 'ssl' });
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: enCommon.check.portInvalid })).toBeInTheDocument();
    const port = screen.getByRole('textbox', { name: enCommon.check.portLabel });
    expect(port).toHaveAttribute('aria-invalid', 'true');
    expect(port).toHaveAccessibleDescription(`Error: ${enCommon.check.portInvalid}`);
  });
});

describe('the encryption list', () => {
  it('offers 「自動」 as Outlook does and says how the POP checkbox maps to the choices', async () => {
    await openCheck('ja', 'check-other');
    const select = screen.getByRole('combobox', { name: jaCommon.check.securityLabel });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      jaCommon.check.choose,
      jaCommon.settings.none,
      jaCommon.settings.ssl,
      jaCommon.settings.starttls,
      jaCommon.check.securityAuto,
    ]);
    expect(select).toHaveAccessibleDescription(jaCommon.check.securityHint);
    expect(jaCommon.check.securityHint).toMatch(/チェックありなら「SSL\/TLS」/);
  });

  it('「自動」 is not passed silently: the page says it cannot judge it and names the explicit choice', async () => {
    const { user } = await openCheck('en', 'check-gmail');
    await fill(user, enCommon, { protocol: 'smtp', host: 'smtp.gmail.com', port: '587', security: 'auto' });
    const heading = await screen.findByRole('heading', { name: enCommon.check.resultFail });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(enCommon.check.autoNote)).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: enCommon.check.changesLabel });
    expect(visibleText(within(changes).getByRole('listitem'))).toBe(
      'You entered: 587 + Auto → set the encryption to STARTTLS',
    );
    expect(screen.getByRole('link', { name: enCommon.check.continue }).getAttribute('href')).toContain(
      'check-gmail=port-matches-security',
    );
  });
});

describe('the verdict', () => {
  it("465 with STARTTLS: says what was typed and what to set, beside the provider's values", async () => {
    const { user } = await openCheck('ja', 'check-gmail');
    await fill(user, jaCommon, {
      protocol: 'smtp',
      host: 'smtp.gmail.com',
      port: '465',
      security: 'starttls',
    });
    expect(
      await screen.findByText(ja.nodes['check-gmail']!.rules!['port-matches-security']!),
    ).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: jaCommon.check.changesLabel });
    expect(visibleText(within(changes).getByRole('listitem'))).toBe(
      'あなたの入力：465 + STARTTLS → 暗号化を SSL/TLS に',
    );
    // The provider's values for that kind of server, in the same box.
    const table = screen.getByRole('table', { name: 'Gmail の設定値' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual([jaCommon.settings.smtp, jaCommon.settings.smtp]);
  });

  it('a wrong host gets its own line with the right name', async () => {
    const { user } = await openCheck('en', 'check-docomo');
    await fill(user, enCommon, { protocol: 'imap', host: 'imap.spmode.jp', port: '993', security: 'ssl' });
    const changes = await screen.findByRole('list', { name: enCommon.check.changesLabel });
    expect(within(changes).getAllByRole('listitem').map(visibleText)).toEqual([
      'You entered: imap.spmode.jp → set the server name to imap.spmode.ne.jp',
    ]);
  });

  it.each([
    ['143', 'imap'],
    ['110', 'pop'],
  ])('port %s with SSL/TLS fails and is told to use STARTTLS', async (port, protocol) => {
    const { user } = await openCheck('en', 'check-other');
    await fill(user, enCommon, { protocol, port, security: 'ssl' });
    expect(
      await screen.findByText(en.nodes['check-other']!.rules!['port-matches-security']!),
    ).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: enCommon.check.changesLabel });
    expect(visibleText(within(changes).getByRole('listitem'))).toBe(
      `You entered: ${port} + SSL/TLS → set the encryption to STARTTLS`,
    );
    expect(screen.queryByText(enCommon.check.resultPass)).not.toBeInTheDocument();
  });

  it('editing a field after the check withdraws the verdict', async () => {
    const { user } = await openCheck('en', 'check-other');
    await fill(user, enCommon, { protocol: 'smtp', port: '587', security: 'starttls' });
    expect(await screen.findByText(enCommon.check.resultPass)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: enCommon.check.portLabel }), '0');
    expect(screen.queryByText(enCommon.check.resultPass)).not.toBeInTheDocument();
  });
});

describe('what is typed', () => {
  it('stays out of the URL and storage; only the verdict (the rule id) goes into the URL', async () => {
    const { user, router } = await openCheck('en', 'check-gmail');
    await fill(user, enCommon, {
      protocol: 'imap',
      host: 'mail.private-example.jp',
      port: '993',
      security: 'ssl',
    });
    await user.click(await screen.findByRole('link', { name: enCommon.check.continue }));
    await screen.findByRole('heading', { level: 1, name: en.nodes['values-gmail']!.title });
    const { pathname, search, hash } = router.state.location;
    expect(search).toContain('check-gmail=host-matches-provider');
    const everything = [
      pathname,
      search,
      hash,
      JSON.stringify({ ...localStorage }),
      JSON.stringify({ ...sessionStorage }),
    ].join('\n');
    // The typed port as a number of its own: stored timestamps may hold the digits 993 by chance.
    expect(everything).not.toMatch(/private-example|(?<![0-9])993(?![0-9])/);
  });
});

describe('the settings table of a fix', () => {
  it('gives each value to type its own copy button, named after the value', async () => {
    const { user } = await renderAt(`/ja/${guide.id}/values-docomo/?${queryTo('values-docomo')}`);
    const button = await screen.findByRole(
      'button',
      { name: 'imap.spmode.ne.jp をコピー' },
      { timeout: 5000 },
    );
    expect(screen.getByRole('button', { name: '993 をコピー' })).toBeInTheDocument();
    await user.click(button);
    // user-event puts its own clipboard in place of the browser's.
    expect(await navigator.clipboard.readText()).toBe('imap.spmode.ne.jp');
    expect(await screen.findByText(jaCommon.node.copied)).toBeInTheDocument();
  });

  it('lets a host name break only after a dot', async () => {
    await renderAt(`/en/${guide.id}/values-docomo/?${queryTo('values-docomo')}`);
    const host = await screen.findByText(
      (_, el) => el?.tagName === 'CODE' && el.textContent === 'imap.spmode.ne.jp',
      {},
      { timeout: 5000 },
    );
    // One <wbr> after each dot, and nowhere else.
    const html = host.innerHTML.replace(/<\/?span[^>]*>/g, '');
    expect(html).toBe('imap.<wbr>spmode.<wbr>ne.<wbr>jp');
  });
});
