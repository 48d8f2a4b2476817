// docs/maps/<guide>.mmd are written by npm run map: each must match what the generator makes from the
// current content, and there is one per guide file and no other.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mermaidFiles } from '../../scripts/lib/guide-map';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = mermaidFiles(root);

describe('docs/maps', () => {
  it('has a map for every guide and no map of a guide that is gone', () => {
    const guides = readdirSync(join(root, 'src/content/guides')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.file).sort()).toEqual(
      guides.map((f) => `docs/maps/${f.replace(/\.json$/, '.mmd')}`).sort(),
    );
    const stale = readdirSync(join(root, 'docs/maps'))
      .filter((f) => f.endsWith('.mmd'))
      .map((f) => `docs/maps/${f}`)
      .filter((f) => !files.some((g) => g.file === f));
    expect(stale, `${stale.join(', ')}: no such guide any more; run npm run map`).toEqual([]);
  });

  for (const { file, text } of files) {
    it(`${file} is up to date`, () => {
      const path = join(root, file);
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
      // The message names the file and the command: the diff alone does not say how to fix it.
      expect(
        committed,
        `${file} is ${committed === undefined ? 'missing' : 'out of date'}: run npm run map`,
      ).toBe(text);
    });
  }

  it('is a top-down flowchart with a shape per kind and the answers on the edges', () => {
    const ssl = files.find((f) => f.file.endsWith('/cannot-connect-ssl.mmd'))?.text ?? '';
    expect(ssl).toMatch(/^flowchart TD$/m);
    expect(ssl).toMatch(/^ {2}n_\w+\{\{".+"\}\}$/m); // question: hexagon
    expect(ssl).toMatch(/^ {2}n_\w+\[".+"\]$/m); // fix: rectangle
    expect(ssl).toMatch(/^ {2}n_\w+\(\[".+"\]\)$/m); // outcome: stadium
    expect(ssl).toMatch(/^ {2}n_\w+ -->\|".+"\| n_\w+$/m);
    expect(ssl).toContain('"直った"');
  });
});
