// The triage's end pages lead on into the guide that fits (one clear link, past the questions already
// answered, the answers so far still listed), and the finder turns an unknown error code into the triage.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import jaTriage from '@locales/ja/mail-trouble-triage.json';
import enTriage from '@locales/en/mail-trouble-triage.json';
import jaConnection from '@locales/ja/outlook-connection-errors.json';
import enConnection from '@locales/en/outlook-connection-errors.json';
import jaCommon from '@locales/ja/common.json';
import enCommon from '@locales/en/common.json';
import { resetProgress } from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';
import { renderAt } from './render';

const SLOW = 20_000;

beforeEach(() => {
  resetProgress();
  localStorage.clear();
  resetStorageProbe();
});

describe('a continue outcome', () => {
  const answers = 'client=outlook-classic&classic-direction=sending&classic-send=0x800ccc0e';

  it(
    'shows one primary link 「〈guide title〉へ進む」 that opens the other guide past the answers it settles',
    async () => {
      await renderAt(`/ja/mail-trouble-triage/to-0x800ccc0e-sending/?${answers}`);
      const name = jaCommon.outcome.continueLink.replace('{{title}}', jaConnection.title);
      const link = await screen.findByRole('link', { name }, { timeout: 5000 });
      expect(link).toHaveAttribute(
        'href',
        '/ja/outlook-connection-errors/provider/?client=outlook-classic&code=connect-failed&direction=sending',
      );
      expect(link).toHaveClass('btn-primary');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        jaTriage.nodes['to-0x800ccc0e-sending'].title,
      );
      // Not a hand-off: no summary to send.
      expect(screen.queryByRole('heading', { name: jaCommon.outcome.summaryHeading })).toBeNull();
    },
    SLOW,
  );

  it(
    'keeps the answers given so far in view',
    async () => {
      await renderAt(`/en/mail-trouble-triage/to-0x800ccc0e-sending/?${answers}`);
      const aside = await screen.findByRole(
        'complementary',
        { name: enCommon.node.yourAnswers },
        { timeout: 5000 },
      );
      expect(
        await within(aside).findByText(
          enTriage.nodes.client.answers['outlook-classic'],
          {},
          { timeout: 5000 },
        ),
      ).toBeInTheDocument();
      expect(
        within(aside).getByText(enTriage.nodes['classic-send'].answers['0x800ccc0e']),
      ).toBeInTheDocument();
      const name = enCommon.outcome.continueLink.replace('{{title}}', enConnection.title);
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    },
    SLOW,
  );
});

describe('the finder and an error code no guide knows', () => {
  it(
    'offers the triage with classic Outlook answered instead of "no result"',
    async () => {
      const { user } = await renderAt('/ja/');
      const box = await screen.findByRole('textbox', { name: jaCommon.home.searchLabel }, { timeout: 5000 });
      await user.click(box);
      await user.paste('０ｘ８００ＣＣＣ９９');
      const results = await screen.findByRole('list', { name: jaCommon.home.searchResults });
      const label = jaCommon.home.searchUnknownCode.replace('{{code}}', '0x800CCC99');
      const link = within(results).getByRole('link', {
        name: new RegExp(`^${label.replace(/[()（）.]/g, '.')}`),
      });
      expect(link).toHaveAttribute(
        'href',
        '/ja/mail-trouble-triage/classic-direction/?client=outlook-classic',
      );
      expect(screen.queryByText(/見つかりませんでした/)).toBeNull();
    },
    SLOW,
  );

  it(
    'offers the triage first for everyday words',
    async () => {
      const { user } = await renderAt('/ja/');
      const box = await screen.findByRole('textbox', { name: jaCommon.home.searchLabel }, { timeout: 5000 });
      await user.click(box);
      await user.paste('メールが送れない');
      const results = await screen.findByRole('list', { name: jaCommon.home.searchResults });
      const first = within(results).getAllByRole('link')[0];
      expect(first).toHaveAccessibleName(
        expect.stringContaining(jaTriage.symptoms['cannot-send-mail'].title),
      );
      expect(first).toHaveAttribute('href', '/ja/mail-trouble-triage/client/');
    },
    SLOW,
  );
});
