// The helpdesk view is a remembered preference: off by default, version 1 values migrate to "off" with
// their theme and text size kept, and turning it on is saved.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PREFERENCES_KEY, rehydratePreferences, usePreferences } from '@/stores/preferences';
import { resetStorageProbe } from '@/lib/storage';

let items: Map<string, string>;

beforeEach(() => {
  items = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  });
  resetStorageProbe();
  usePreferences.setState(usePreferences.getInitialState(), true);
});

afterEach(() => {
  vi.unstubAllGlobals();
  resetStorageProbe();
});

test('off by default', async () => {
  await rehydratePreferences();
  expect(usePreferences.getState().helpdesk).toBe(false);
});

test('a version 1 value keeps its theme and text size and starts with the helpdesk view off', async () => {
  items.set(PREFERENCES_KEY, JSON.stringify({ state: { theme: 'dark', textSize: 'large' }, version: 1 }));
  await rehydratePreferences();
  expect(usePreferences.getState()).toMatchObject({ theme: 'dark', textSize: 'large', helpdesk: false });
});

test('turning it on is saved under version 2 and read back', async () => {
  await rehydratePreferences();
  usePreferences.getState().setHelpdesk(true);
  expect(JSON.parse(items.get(PREFERENCES_KEY) ?? 'null')).toEqual({
    state: { theme: 'system', textSize: 'normal', helpdesk: true },
    version: 2,
  });
  // A new page load: fresh state (which the persist middleware writes), then the saved value read back.
  const saved = items.get(PREFERENCES_KEY) ?? '';
  usePreferences.setState(usePreferences.getInitialState(), true);
  items.set(PREFERENCES_KEY, saved);
  await rehydratePreferences();
  expect(usePreferences.getState().helpdesk).toBe(true);
});

test('only a real true turns it on', async () => {
  items.set(PREFERENCES_KEY, JSON.stringify({ state: { helpdesk: 'yes' }, version: 2 }));
  await rehydratePreferences();
  expect(usePreferences.getState().helpdesk).toBe(false);
});
