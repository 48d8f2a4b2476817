// The validator trusts zod's fast boolean `validate()` for files that pass and runs `safeParse` only to
// explain failures: the two must agree on every input, or a broken guide could slip through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guideSchema, providerTableSchema, sharedContentSchema } from '../../tools/content/schema';
import guideData from '../../src/content/guides/password-prompts.json';
import shared from '../../src/content/shared.json';
import providers from '../../src/content/providers.json';

type Json = unknown;

/** Replaces the value at a random path of `root` (objects and arrays) with `value`, on a deep copy. */
function mutate(root: Json, pathSeed: number[], value: Json): Json {
  const copy = structuredClone(root) as Json;
  let cur = copy as Record<string, Json> | Json[];
  for (let i = 0; i < pathSeed.length; i += 1) {
    const keys = Array.isArray(cur) ? cur.map((_, k) => k) : Object.keys(cur);
    if (keys.length === 0) break;
    const key = keys[pathSeed[i]! % keys.length]!;
    const next = (cur as Record<string | number, Json>)[key];
    if (i === pathSeed.length - 1 || next === null || typeof next !== 'object') {
      (cur as Record<string | number, Json>)[key] = value;
      break;
    }
    cur = next as Record<string, Json> | Json[];
  }
  return copy;
}

const values = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({}),
  fc.constant([]),
  fc.constantFrom('Bad Id', 'ok-id', 'ssl', 'none', 'imap', 'question', 'fix', '2026-13-40'),
);

describe.each([
  ['guide', guideSchema, guideData],
  ['shared', sharedContentSchema, shared],
  ['providers', providerTableSchema, providers],
] as const)('%s schema', (_name, schema, sample) => {
  it('validate() and safeParse() agree on randomly damaged files', () => {
    expect(schema.validate(sample)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), values, (path, value) => {
        const damaged = mutate(sample, path, value);
        expect(schema.validate(damaged)).toBe(schema.safeParse(damaged).success);
      }),
      { numRuns: 400 },
    );
  });
});
