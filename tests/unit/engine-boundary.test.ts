// @vitest-environment node
// The browser bundle stays free of zod: the engine modules the UI imports never reach schema.ts or zod.
import { readFileSync } from 'node:fs';

const UI_MODULES = ['types', 'shared', 'graph', 'resolve', 'url', 'search', 'rules', 'wording'];
const read = (name: string) => readFileSync(new URL(`../../src/engine/${name}.ts`, import.meta.url), 'utf8');

function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1] as string);
}

/** Every module reachable from `name` through value or type imports. */
function closure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const spec of importsOf(read(name))) {
    if (spec.startsWith('./')) closure(spec.slice(2), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('engine modules used by the UI', () => {
  it.each(UI_MODULES)('%s reaches neither zod, schema.ts nor validate.ts', (name) => {
    const reached = closure(name);
    expect(
      [...reached].filter((m) => m === 'zod' || m.startsWith('zod/') || m === 'schema' || m === 'validate'),
    ).toEqual([]);
  });

  it.each(UI_MODULES)('%s imports nothing outside the engine', (name) => {
    expect(importsOf(read(name)).filter((spec) => !spec.startsWith('./'))).toEqual([]);
  });

  it('the check itself sees imports (it would fail for validate.ts)', () => {
    expect(closure('validate').has('zod')).toBe(true);
  });
});
