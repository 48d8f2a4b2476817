// The symptom × app coverage table: docs/content-coverage.md is current, and no app is left without an answer.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLIENTS } from '@/engine/types';
import {
  clientsMismatch,
  coverageMarkdown,
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
});
