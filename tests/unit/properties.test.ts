// Properties that must hold for every real guide and for generated ones: no dead ends, no crashes, stable links.
import fc from 'fast-check';
import { loadContent } from '../../scripts/validate-content';
import { generateGuide } from '../support/generate';
import { edgeTarget, edges, reachableFromStart } from '../../src/engine/graph';
import { resolveJourney } from '../../src/engine/resolve';
import { guideSchema, sharedContentSchema } from '../../tools/content/schema';
import { resolveGuide } from '../../src/engine/shared';
import type { Answers, ResolvedGuide, SharedContent } from '../../src/engine/types';
import { currentId, parseAnswers, serializeAnswers } from '../../src/engine/url';

const { input } = loadContent();
const sharedParsed = sharedContentSchema.safeParse(input.shared.data);
const shared: SharedContent = sharedParsed.success ? sharedParsed.data : { nodes: [], steps: [] };
const realGuides: ResolvedGuide[] = input.guides.flatMap(({ data }) => {
  // A guide that does not parse is the validator's to report (real-content.test.ts); here we need its shape.
  const parsed = guideSchema.safeParse(data);
  return parsed.success ? [resolveGuide(parsed.data, shared)] : [];
});
const generated: ResolvedGuide[] = [
  resolveGuide(generateGuide(40, 1).guide),
  resolveGuide(generateGuide(300, 2).guide),
  resolveGuide(generateGuide(300, 3, { cycles: true }).guide),
];

/** Small deterministic PRNG so one fast-check integer drives a whole walk. */
function chooser(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n) as number;
  };
}

const RUNS = { numRuns: 60 };

function checkGuide(guide: ResolvedGuide): void {
  const ids = [...guide.byId.keys()];
  const values = [...new Set(guide.nodes.flatMap((n) => edges(n).map((e) => e.value)))];
  const anyId = fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 12 }));
  const anyValue = fc.oneof(fc.constantFrom(...values, 'yes', 'no', 'pass'), fc.string({ maxLength: 12 }));
  const validAnswers = fc
    .uniqueArray(fc.constantFrom(...ids.filter((id) => edges(guide.byId.get(id) as never).length > 0)), {
      maxLength: 12,
    })
    .chain((keys) =>
      fc
        .tuple(...keys.map((k) => fc.constantFrom(...edges(guide.byId.get(k) as never).map((e) => e.value))))
        .map((vals) => {
          const answers: Answers = {};
          keys.forEach((k, i) => (answers[k] = vals[i] as string));
          return answers;
        }),
    );

  it('every node is reachable from the start', () => {
    expect(reachableFromStart(guide).size).toBe(guide.byId.size);
  });

  it('a random walk from the start ends in an outcome', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const choose = chooser(seed);
        let node = guide.byId.get(guide.start);
        for (let step = 0; step < 10 * guide.byId.size + 100 && node && node.kind !== 'outcome'; step++) {
          const out = edges(node);
          node = guide.byId.get((out[choose(out.length)] as { next: string }).next);
        }
        expect(node?.kind).toBe('outcome');
      }),
      RUNS,
    );
  });

  it('any answers and any node id resolve without throwing, and a real node is always shown', () => {
    fc.assert(
      fc.property(anyId, fc.dictionary(anyId, anyValue, { maxKeys: 10 }), (target, answers) => {
        const journey = resolveJourney(guide, guide.id, target, answers);
        const current = currentId(guide, target);
        if (current === undefined) {
          expect(journey.ok).toBe(false);
          return;
        }
        if (!journey.ok) throw new Error(`${target} did not resolve`);
        expect(journey.target).toBe(current);
        expect(journey.path.at(-1)).toEqual({ node: journey.target });
        expect(journey.path[0]?.node).toBe(guide.start);
        for (let i = 0; i + 1 < journey.path.length; i++) {
          const step = journey.path[i] as { node: string; answer: string };
          expect(edgeTarget(guide, step.node, step.answer)).toBe(journey.path[i + 1]?.node);
        }
      }),
      RUNS,
    );
  });

  it('any query string parses without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        parseAnswers(guide, search);
      }),
      RUNS,
    );
  });

  it('links round-trip through the URL codec', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const once = serializeAnswers(guide, answers);
        expect(parseAnswers(guide, once)).toEqual({ answers, dropped: [] });
        expect(serializeAnswers(guide, parseAnswers(guide, once).answers)).toBe(once);
      }),
      RUNS,
    );
  });
}

describe.each(realGuides.map((g) => [g.id, g] as const))('real guide %s', (_id, guide) => {
  checkGuide(guide);

  it('every published id still resolves', () => {
    for (const id of input.published?.[guide.id] ?? []) {
      expect(resolveJourney(guide, guide.id, id), id).toMatchObject({ ok: true });
    }
  });
});

describe.each(generated.map((g) => [`${g.id} (${g.nodes.length} nodes)`, g] as const))(
  'generated guide %s',
  (_name, guide) => {
    checkGuide(guide);
  },
);

it('there is at least one real guide to check', () => {
  expect(realGuides.length).toBeGreaterThan(0);
});
