// Progress read back from localStorage, which any app on the origin can write: whatever is stored, the
// store ends at safe values, keeps what is valid, logs nothing, and ticking a step still works.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  type LastJourney,
  PROGRESS_KEY,
  rehydrateProgress,
  resetProgress,
  useProgress,
} from '@/stores/progress';
import { resetStorageProbe } from '@/lib/storage';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const empty = { ticked: {}, last: null, outcomes: {} };
const v1 = (state: unknown) => JSON.stringify({ state, version: 1 });
const journey: LastJourney = {
  lang: 'en',
  guide: 'encryption-mismatch',
  node: 'check-port',
  query: 'client=gmail',
  at: 1,
};

let storage: Storage;
let logged: ReturnType<typeof vi.spyOn>[];

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
  resetStorageProbe();
  resetProgress();
  storage.clear();
  logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  for (const spy of logged) spy.mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  resetStorageProbe();
});

/** Puts `raw` in storage as the progress value and reads it back, as a page load does. */
async function load(raw: string) {
  storage.setItem(PROGRESS_KEY, raw);
  await rehydrateProgress();
  const { ticked, last, outcomes } = useProgress.getState();
  return { ticked, last, outcomes };
}

function expectQuiet() {
  for (const spy of logged) expect(spy).not.toHaveBeenCalled();
}

function expectTickingWorks() {
  useProgress.getState().toggleStep('encryption-mismatch', 'fix-port', 2);
  useProgress.getState().toggleStep('encryption-mismatch', 'fix-port', 1);
  expect(useProgress.getState().ticked['encryption-mismatch/fix-port']).toEqual([1, 2]);
  const saved = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as { state: unknown; version: number };
  expect(saved.version).toBe(1);
  expect(saved.state).toMatchObject({ ticked: { 'encryption-mismatch/fix-port': [1, 2] } });
}

describe('progress read from storage', () => {
  test('well-formed progress is read back as it was saved', async () => {
    const state = {
      ticked: { 'encryption-mismatch/fix-port': [1, 3] },
      last: journey,
      outcomes: { 'encryption-mismatch/handoff': 2 },
    };
    expect(await load(v1(state))).toEqual(state);
    expectQuiet();
  });

  test.each([
    ['malformed JSON', '{"state":{"ticked":'],
    ['a bare number', '42'],
    ['null', 'null'],
    ['an array', '[{"state":{}}]'],
    ['a state that is a string', v1('ticked')],
    ['a state that is an array', v1([{ ticked: {} }])],
    ['every field of the wrong type', v1({ ticked: 5, last: 'en/g/n', outcomes: ['g/n'] })],
  ])('%s reads as no progress, quietly, and ticking still works', async (_name, raw) => {
    expect(await load(raw)).toEqual(empty);
    expect(useProgress.persist.hasHydrated()).toBe(true);
    expectQuiet();
    expectTickingWorks();
  });

  test('ticking a step whose stored ticks are a string ticks it instead of throwing', async () => {
    await load(v1({ ticked: { 'encryption-mismatch/fix-port': '1' } }));
    expect(() => useProgress.getState().toggleStep('encryption-mismatch', 'fix-port', 1)).not.toThrow();
    expect(useProgress.getState().ticked['encryption-mismatch/fix-port']).toEqual([1]);
  });

  test('ticks of the wrong type are dropped and the other fixes keep theirs', async () => {
    const { ticked } = await load(
      v1({ ticked: { 'g/as-text': '1,2', 'g/as-number': 3, 'g/as-object': { 0: 1 }, 'g/kept': [2, 1] } }),
    );
    expect(ticked).toEqual({ 'g/kept': [1, 2] });
    expectQuiet();
    expectTickingWorks();
  });

  test('step numbers that are not whole step numbers are dropped, duplicates too', async () => {
    const { ticked } = await load(v1({ ticked: { 'g/n': [3, '2', 2.5, 0, -1, null, 1e9, 1, 3] } }));
    expect(ticked).toEqual({ 'g/n': [1, 3] });
  });

  test('prototype keys, keys that are not "<guide>/<node>" and unknown fields are dropped and pollute nothing', async () => {
    // Raw JSON text: JSON.parse makes "__proto__" an own key, as a tampered value would.
    const raw =
      '{"version":1,"state":{"__proto__":{"polluted":true,"ticked":{"g/n":[1]}},' +
      '"ticked":{"__proto__":[1],"constructor":[2],"toString":[3],"../x/y":[1],"G/N":[1],"g/kept":[4]},' +
      '"outcomes":{"__proto__":1,"hasOwnProperty":2,"g/kept":5},"toggleStep":null,"extra":1}}';
    const state = await load(raw);
    expect(state).toEqual({ ticked: { 'g/kept': [4] }, last: null, outcomes: { 'g/kept': 5 } });
    expect(Object.keys(state.ticked)).toEqual(['g/kept']);
    expect(Object.getPrototypeOf(state.ticked)).toBe(Object.prototype);
    expect(Object.keys(useProgress.getState()).sort()).toEqual([
      'last',
      'outcomes',
      'recordOutcome',
      'setLast',
      'ticked',
      'toggleStep',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectQuiet();
    expectTickingWorks();
  });

  test.each([
    ['an unknown language', { ...journey, lang: 'fr' }],
    ['a guide that is not an id', { ...journey, guide: '../admin' }],
    ['a missing node', { ...journey, node: undefined }],
    ['answers that are not text', { ...journey, query: { client: 'gmail' } }],
    ['answers longer than any URL we write', { ...journey, query: 'a'.repeat(2001) }],
    ['a time that is not a number', { ...journey, at: 'yesterday' }],
  ])('a last journey with %s is forgotten', async (_name, last) => {
    expect((await load(v1({ last }))).last).toBeNull();
    useProgress.getState().setLast(journey);
    expect(useProgress.getState().last).toEqual(journey);
  });

  test('a last journey is rebuilt from its known fields only', async () => {
    expect((await load(v1({ last: { ...journey, extra: 'x'.repeat(100) } }))).last).toEqual(journey);
  });

  test('outcome counts that are not whole non-negative numbers are dropped and counting goes on', async () => {
    const { outcomes } = await load(
      v1({ outcomes: { 'g/a': '3', 'g/b': -1, 'g/c': 1.5, 'g/d': null, 'g/e': [1], 'g/f': 2 } }),
    );
    expect(outcomes).toEqual({ 'g/f': 2 });
    useProgress.getState().recordOutcome('g', 'a');
    useProgress.getState().recordOutcome('g', 'f');
    expect(useProgress.getState().outcomes).toEqual({ 'g/a': 1, 'g/f': 3 });
  });

  test('a value from a newer version is ignored quietly and left in storage until something is ticked', async () => {
    const future = JSON.stringify({ state: { ticked: { 'g/n': [1] }, steps: 'v2 shape' }, version: 2 });
    expect(await load(future)).toEqual(empty);
    expectQuiet();
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
    expectTickingWorks();
  });

  test('a value with an older version number is read field by field, quietly', async () => {
    const old = JSON.stringify({ state: { ticked: { 'g/n': [2], 'g/bad': 'x' }, last: 7 }, version: 0 });
    expect(await load(old)).toEqual({ ...empty, ticked: { 'g/n': [2] } });
    expectQuiet();
    expectTickingWorks();
  });

  test('an action before storage is read keeps what is stored instead of saving over it', async () => {
    // A page rendered fresh (not hydrated) runs its effects, e.g. setLast, before the layout reads storage.
    vi.resetModules();
    const fresh = await import('@/stores/progress');
    const stored = { ticked: { 'g/n': [2] }, last: null, outcomes: { 'g/done': 1 } };
    storage.setItem(PROGRESS_KEY, v1(stored));
    fresh.useProgress.getState().setLast(journey);
    fresh.useProgress.getState().recordOutcome('g', 'done');
    await fresh.rehydrateProgress();
    const expected = { ...stored, last: journey, outcomes: { 'g/done': 2 } };
    expect(fresh.useProgress.getState()).toMatchObject(expected);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null')).toEqual({ state: expected, version: 1 });
  });
});
