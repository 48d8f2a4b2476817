// The real content in src/content and locales/ passes the validator, and the editor schemas are up to date.
import { readFileSync } from 'node:fs';
import { formatProblem, loadContent } from '../../scripts/validate-content';
import { schemaFiles } from '../../scripts/gen-schema';
import { validateContent } from '../../tools/content/validate';

describe('the real content', () => {
  it('passes the validator (run `npm run validate` for the same list with fixes)', () => {
    const { input, syntax } = loadContent();
    const problems = [...syntax, ...validateContent(input)];
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the JSON Schema files in src/content', () => {
  it.each(Object.entries(schemaFiles()))(
    '%s matches tools/content/schema.ts (run `npx jiti scripts/gen-schema.ts`)',
    (name, text) => {
      const committed: unknown = JSON.parse(
        readFileSync(new URL(`../../src/content/${name}`, import.meta.url), 'utf8'),
      );
      // Compared as data, so reformatting the file (prettier) does not count as stale.
      expect(committed).toEqual(JSON.parse(text));
    },
  );
});
