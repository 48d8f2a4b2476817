// `npm run validate`: reading the content files, JSON syntax errors with line:column, and `--publish`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem, loadContent, publish } from '../../scripts/validate-content';
import { validateContent } from '../../tools/content/validate';
import {
  SAMPLE_ID,
  sampleGuide,
  sampleLocales,
  sampleProviders,
  sampleShared,
  sampleSharedLocales,
} from './fixtures/sample-content';

let root = '';
const write = (file: string, data: unknown) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  write(`src/content/guides/${SAMPLE_ID}.json`, sampleGuide());
  write('src/content/shared.json', sampleShared());
  write('src/content/providers.json', sampleProviders());
  write('src/content/guide.schema.json', { ignored: 'schema files are not content' });
  const locales = sampleLocales();
  const shared = sampleSharedLocales();
  for (const lang of ['ja', 'en'] as const) {
    write(`locales/${lang}/${SAMPLE_ID}.json`, locales[lang]);
    write(`locales/${lang}/shared.json`, shared[lang]);
    write(`locales/${lang}/common.json`, { app: { title: 'Mail Troubleshooter' } });
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading the content files', () => {
  it('reads guides, shared, providers and every wording file, and they pass', () => {
    const { input, syntax } = loadContent(root);
    expect(syntax).toEqual([]);
    expect(input.guides.map((g) => g.file)).toEqual([`src/content/guides/${SAMPLE_ID}.json`]);
    expect(input.locales.map((l) => `${l.lang}/${l.ns}`).sort()).toEqual(
      ['en/common', 'en/sample-mail', 'en/shared', 'ja/common', 'ja/sample-mail', 'ja/shared'].sort(),
    );
    expect(validateContent({ ...input, today: '2026-11-23' })).toEqual([]);
  });

  it('names the file, line and column of a JSON syntax error', () => {
    write('locales/en/shared.json', '{\n  "nodes": {},\n  "steps": {,}\n}\n');
    const { syntax } = loadContent(root);
    expect(syntax).toHaveLength(1);
    expect(syntax[0]?.file).toBe('locales/en/shared.json:3:13');
    expect(formatProblem(syntax[0] as never)).toMatch(
      /^locales\/en\/shared\.json:3:13: not valid JSON: .+\n {2}fix: /,
    );
  });

  it('names the end of a file cut short', () => {
    write('src/content/providers.json', '{\n  "providers": [');
    expect(loadContent(root).syntax[0]?.file).toBe('src/content/providers.json:2:17');
  });
});

describe('recording published ids', () => {
  it('adds every current node id and keeps ids that were published before', () => {
    write('src/content/published.json', { [SAMPLE_ID]: ['gone-but-redirected'] });
    const published = publish(root);
    const ids = published[SAMPLE_ID] ?? [];
    expect(ids[0]).toBe('gone-but-redirected');
    expect(ids).toEqual(expect.arrayContaining(sampleGuide().nodes.map((n) => n.id)));
    expect(JSON.parse(readFileSync(join(root, 'src/content/published.json'), 'utf8'))).toEqual(published);
    // The old id does not resolve in the sample, so the validator now asks for a redirect.
    const problems = validateContent({ ...loadContent(root).input, today: '2026-11-23' });
    expect(problems.map((p) => p.message)).toEqual([
      'published node "gone-but-redirected" no longer resolves',
    ]);
  });
});
