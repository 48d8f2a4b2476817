// The validator's fast shape check of wording files agrees with the zod schemas in every case.
import fc from 'fast-check';
import { LOCALE_GUIDE_SPEC, LOCALE_SHARED_SPEC, walkLocale } from '../../tools/content/locale-walk';
import { localeGuideSchema, localeSharedSchema } from '../../tools/content/schema';
import { sampleLocales, sampleSharedLocales } from './fixtures/sample-content';

type Json = unknown;

/** Paths to every value inside `value` (containers included). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

type Mutation =
  { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json };

function mutate(root: Json, path: (string | number)[], m: Mutation): Json {
  const copy = structuredClone(root) as Record<string | number, Json>;
  if (path.length === 0) return m.kind === 'replace' ? m.value : copy;
  let parent: Record<string | number, Json> = copy;
  for (const part of path.slice(0, -1)) {
    const next = parent[part];
    // An earlier mutation may have removed the way there.
    if (next === null || typeof next !== 'object') return copy;
    parent = next as Record<string | number, Json>;
  }
  const last = path.at(-1) as string | number;
  if (m.kind === 'replace') parent[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, Json>)[m.key] = m.value;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(
      fc.constantFrom('title', 'body', 'menu', 'steps', 'answers', 'x', 'summary', '$schema'),
      fc.string({ maxLength: 6 }),
    ),
    value: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
  }),
);

const cases = [
  ['guide wording', sampleLocales().ja, LOCALE_GUIDE_SPEC, localeGuideSchema],
  ['guide wording (en)', sampleLocales().en, LOCALE_GUIDE_SPEC, localeGuideSchema],
  ['shared wording', sampleSharedLocales().ja, LOCALE_SHARED_SPEC, localeSharedSchema],
] as const;

describe.each(cases)('the %s shape check', (_name, sample, spec, schema) => {
  const all = paths(sample);

  it('accepts the valid sample, like zod', () => {
    expect(schema.safeParse(sample).success).toBe(true);
    expect(walkLocale(sample, spec, () => {})).toBe(true);
  });

  it('agrees with zod on a mutated file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), mutation, fc.boolean(), (path, m, twice) => {
        let data = mutate(sample, path, m);
        if (twice) data = mutate(data, all[(path.length * 7) % all.length] ?? [], { kind: 'delete' });
        expect(walkLocale(data, spec, () => {})).toBe(schema.safeParse(data).success);
      }),
      { numRuns: 250 },
    );
  });
});

describe('visiting the strings of a wording file', () => {
  it('visits every string with its path, and not the $schema reference', () => {
    const seen: string[] = [];
    walkLocale(
      {
        $schema: 'x',
        title: 'T',
        nodes: { a: { title: 'A', steps: { s: { title: 'S', menu: ['M1', 'M2'] } } } },
      },
      undefined,
      (text, path) => seen.push(`${path.join('/')}=${text}`),
    );
    expect(seen).toEqual([
      'title=T',
      'nodes/a/title=A',
      'nodes/a/steps/s/title=S',
      'nodes/a/steps/s/menu/0=M1',
      'nodes/a/steps/s/menu/1=M2',
    ]);
  });
});
