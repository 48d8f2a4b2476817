// Generated guides (for property tests and benchmarks) are valid content of the requested size.
import { generateGuide } from '../support/generate';
import { validateContent } from '../../tools/content/validate';

function validate(n: number, seed: number, cycles = false) {
  const { guide, locales, providers } = generateGuide(n, seed, { cycles });
  return {
    guide,
    problems: validateContent({
      guides: [{ file: `guides/${guide.id}.json`, data: guide }],
      shared: { file: 'shared.json', data: { nodes: [], steps: [] } },
      providers: { file: 'providers.json', data: providers },
      locales: (['ja', 'en'] as const).map((lang) => ({
        lang,
        ns: guide.id,
        file: `${lang}/${guide.id}.json`,
        data: locales[lang],
      })),
      today: '2026-11-23',
    }),
  };
}

describe('a generated guide', () => {
  it.each([
    [3, 1],
    [50, 2],
    [500, 3],
  ])('of %i nodes (seed %i) has that many nodes and passes the validator', (n, seed) => {
    const { guide, problems } = validate(n, seed);
    expect(guide.nodes).toHaveLength(n);
    expect(problems).toEqual([]);
  });

  it('with loops still passes the validator (every loop has a way out)', () => {
    const { guide, problems } = validate(500, 4, true);
    const position = new Map(guide.nodes.map((node, i) => [node.id, i]));
    const backwards = guide.nodes.filter(
      (node) => node.kind === 'fix' && (position.get(node.no) ?? 0) < (position.get(node.id) ?? 0),
    );
    expect(backwards.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateGuide(100, 'abc')).toEqual(generateGuide(100, 'abc'));
    expect(generateGuide(100, 1).guide.nodes).not.toEqual(generateGuide(100, 2).guide.nodes);
  });

  it('uses every node kind and questions with 2 to 6 answers', () => {
    const { guide } = generateGuide(400, 9);
    expect(new Set(guide.nodes.map((node) => node.kind))).toEqual(
      new Set(['question', 'fix', 'check', 'outcome']),
    );
    const counts = guide.nodes.flatMap((node) => (node.kind === 'question' ? [node.answers.length] : []));
    expect(Math.min(...counts)).toBe(2);
    expect(Math.max(...counts)).toBe(6);
  });
});
