// The symptom × app coverage table: docs/content-coverage.md is current, and no app is left without an answer.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLIENTS } from '@/engine/types';
import { resolveJourney } from '@/engine/resolve';
import {
  clientsMismatch,
  codeMatrix,
  coverageMarkdown,
  errorCodes,
  providerIds,
  providerMatrix,
  coverageMatrix,
  findClientQuestion,
  formattedCoverage,
  loadContent,
} from '../../scripts/gen-coverage';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { guides, locales } = loadContent(root);
const rows = coverageMatrix(guides, locales);

describe('content coverage', () => {
  it('docs/content-coverage.md matches the guides (run npx jiti scripts/gen-coverage.ts)', async () => {
    const committed = fs.readFileSync(`${root}docs/content-coverage.md`, 'utf8');
    expect(committed, 'docs/content-coverage.md is stale: run npx jiti scripts/gen-coverage.ts').toBe(
      await formattedCoverage(root),
    );
  });

  it('has a row for every symptom of every guide', () => {
    expect(rows.map((r) => r.symptom).sort()).toEqual(
      guides.flatMap((g) => g.symptoms.map((s) => s.id)).sort(),
    );
  });

  it('fills every cell: each app gets either fixes or a link to the guide that fits', () => {
    const empty = rows.flatMap((r) =>
      CLIENTS.filter((c) => r.cells[c].kind === 'missing').map((c) => `${r.guide} › ${r.symptom} › ${c}`),
    );
    expect(empty).toEqual([]);
  });

  it('asks "which app" with the four client answer ids in every guide', () => {
    for (const guide of guides) {
      const question = findClientQuestion(guide, guide.start);
      expect(question, `${guide.id} has no "which app" question`).toBeDefined();
      expect(question?.answers.map((a) => a.id).sort(), guide.id).toEqual([...CLIENTS].sort());
    }
  });

  it("lists in each symptom's clients exactly the apps where it leads to a fix", () => {
    const wrong = rows.flatMap((r) => clientsMismatch(r).map((c) => `${r.guide} › ${r.symptom} › ${c}`));
    expect(wrong).toEqual([]);
  });

  it('renders a not-applicable cell with the guide it links to', () => {
    const row = rows.find((r) => r.symptom === 'error-0x800ccc1a');
    expect(row?.cells['iphone-mail']).toEqual({ kind: 'not-applicable', related: ['cannot-connect-ssl'] });
    expect(coverageMarkdown(guides, locales)).toContain('not applicable → cannot-connect-ssl');
  });

  describe('error code × app', () => {
    const codes = codeMatrix(guides);

    it('has a row for every Outlook/Windows error code the finder knows', () => {
      expect(codes.map((r) => r.code)).toEqual([...errorCodes(guides).keys()]);
      expect(codes.map((r) => r.code)).toEqual(
        expect.arrayContaining(['0x800CCC0E', '0x800CCC1A', '0x80040600']),
      );
    });

    it('fills every cell with a real path or a linked "not for this app"', () => {
      const empty = codes.flatMap((r) =>
        CLIENTS.filter((c) => r.cells[c].kind === 'missing').map((c) => `${r.code} › ${c}`),
      );
      expect(empty).toEqual([]);
    });

    it('every path opens that node, reached by its answers, none dropped', () => {
      for (const row of codes) {
        for (const client of CLIENTS) {
          const cell = row.cells[client];
          if (cell.kind !== 'path') continue;
          const url = new URL(cell.path, 'https://x.test');
          const [, , guideId, node] = url.pathname.split('/');
          const guide = guides.find((g) => g.id === guideId);
          const journey = resolveJourney(guide, guideId as string, node as string, url.search);
          expect(journey.ok, cell.path).toBe(true);
          if (!journey.ok) continue;
          expect(journey.reached, cell.path).toBe(true);
          expect(journey.dropped, cell.path).toEqual([]);
          expect(Object.keys({ ...journey.answers, ...journey.ahead }).sort(), cell.path).toEqual(
            [...url.searchParams.keys()].sort(),
          );
          if (Object.hasOwn(journey.answers, 'client'))
            expect(journey.answers.client, cell.path).toBe(client);
        }
      }
    });

    it('Outlook codes open in Outlook; the iPhone column sends people to the iPhone guide', () => {
      const row = codes.find((r) => r.code === '0x800CCC0E');
      expect(row?.cells['outlook-classic']).toMatchObject({
        kind: 'path',
        guide: 'outlook-connection-errors',
      });
      expect(row?.cells['iphone-mail']).toMatchObject({ kind: 'not-applicable' });
      expect(coverageMarkdown(guides, locales)).toContain('## Error codes by app');
    });
  });

  describe('provider × app', () => {
    const providers = providerIds(root);
    const matrix = providerMatrix(guides, providers);

    it('has a row for every provider in providers.json', () => {
      expect(matrix.map((r) => r.provider)).toEqual(providers);
      expect(providers).toEqual(expect.arrayContaining(['docomo', 'au', 'softbank', 'xserver']));
    });

    it('every path opens its node, reached by answers that name the app and the provider', () => {
      for (const row of matrix) {
        for (const client of CLIENTS) {
          const cell = row.cells[client];
          if (cell.kind !== 'path') continue;
          const url = new URL(cell.path, 'https://x.test');
          const [, , guideId, node] = url.pathname.split('/');
          const guide = guides.find((g) => g.id === guideId);
          const journey = resolveJourney(guide, guideId as string, node as string, url.search);
          expect(journey.ok && journey.reached, cell.path).toBe(true);
          expect(Object.values(Object.fromEntries(url.searchParams)), cell.path).toEqual(
            expect.arrayContaining([client, row.provider]),
          );
        }
      }
    });

    it('asks for every provider with a server table in classic Outlook', () => {
      const missing = matrix.filter(
        (r) => r.provider !== 'rakuten-mobile' && r.cells['outlook-classic'].kind !== 'path',
      );
      expect(missing.map((r) => r.provider)).toEqual([]);
    });
  });
});
