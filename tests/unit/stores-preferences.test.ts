// Display preferences read back from localStorage, which any app on the origin can write: whatever is
// stored, the theme and text size end at values we offer, valid ones are kept, nothing is logged, and
// changing them still works.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PREFERENCES_KEY, rehydratePreferences, usePreferences } from '@/stores/preferences';
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

const defaults = { theme: 'system', textSize: 'normal' };
const v1 = (state: unknown) => JSON.stringify({ state, version: 1 });

let storage: Storage;
let logged: ReturnType<typeof vi.spyOn>[];

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
  resetStorageProbe();
  usePreferences.setState(usePreferences.getInitialState(), true);
  storage.clear();
  logged = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn')];
  for (const spy of logged) spy.mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  resetStorageProbe();
});

/** Puts `raw` in storage as the preferences value and reads it back, as a page load does. */
async function load(raw: string) {
  storage.setItem(PREFERENCES_KEY, raw);
  await rehydratePreferences();
  const { theme, textSize } = usePreferences.getState();
  return { theme, textSize };
}

function expectQuiet() {
  for (const spy of logged) expect(spy).not.toHaveBeenCalled();
}

function expectChangingWorks() {
  usePreferences.getState().setTheme('dark');
  usePreferences.getState().setTextSize('larger');
  expect(usePreferences.getState()).toMatchObject({ theme: 'dark', textSize: 'larger' });
  // public/boot.js reads this before first paint: it must be the plain saved shape again.
  expect(JSON.parse(storage.getItem(PREFERENCES_KEY) ?? 'null')).toEqual({
    state: { theme: 'dark', textSize: 'larger', helpdesk: false },
    version: 2,
  });
}

describe('display preferences read from storage', () => {
  test('saved preferences are read back as they were', async () => {
    expect(await load(v1({ theme: 'light', textSize: 'large' }))).toEqual({
      theme: 'light',
      textSize: 'large',
    });
    expectQuiet();
  });

  test.each([
    ['malformed JSON', '{"state":{"theme":"da'],
    ['a bare string', '"dark"'],
    ['null', 'null'],
    ['a state that is an array', v1(['dark', 'large'])],
    ['a theme as a number and a text size as an array', v1({ theme: 1, textSize: ['large'] })],
    ['values we do not offer', v1({ theme: 'DARK', textSize: 'huge' })],
    ['prototype names as values', v1({ theme: 'constructor', textSize: '__proto__' })],
  ])('%s reads as the defaults, quietly, and changing them still works', async (_name, raw) => {
    expect(await load(raw)).toEqual(defaults);
    expect(usePreferences.persist.hasHydrated()).toBe(true);
    expectQuiet();
    expectChangingWorks();
  });

  test.each([
    [
      { theme: 'dark', textSize: 3 },
      { theme: 'dark', textSize: 'normal' },
    ],
    [
      { theme: null, textSize: 'larger' },
      { theme: 'system', textSize: 'larger' },
    ],
  ])('a valid field is kept when the other is malformed (%o)', async (stored, expected) => {
    expect(await load(v1(stored))).toEqual(expected);
    expectQuiet();
  });

  test('preferences hidden under "__proto__" are not read, and unknown fields pollute nothing', async () => {
    // Raw JSON text: JSON.parse makes "__proto__" an own key, as a tampered value would.
    const raw = '{"version":1,"state":{"__proto__":{"theme":"dark","polluted":true},"setTheme":1,"extra":2}}';
    expect(await load(raw)).toEqual(defaults);
    expect(Object.keys(usePreferences.getState()).sort()).toEqual([
      'helpdesk',
      'setHelpdesk',
      'setTextSize',
      'setTheme',
      'textSize',
      'theme',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectQuiet();
    expectChangingWorks();
  });

  test('a value from a newer version is ignored quietly and left in storage until a preference changes', async () => {
    const future = JSON.stringify({ state: { theme: 'dark', contrast: 'high' }, version: 3 });
    expect(await load(future)).toEqual(defaults);
    expectQuiet();
    expect(storage.getItem(PREFERENCES_KEY)).toBe(future);
    expectChangingWorks();
  });

  test('a value with an older version number is read field by field, quietly', async () => {
    const old = JSON.stringify({ state: { theme: 'light', textSize: 'tiny' }, version: 0 });
    expect(await load(old)).toEqual({ theme: 'light', textSize: 'normal' });
    expectQuiet();
  });
});
