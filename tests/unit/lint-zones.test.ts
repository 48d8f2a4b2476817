// @vitest-environment node
// Proves the lint zones in eslint.config.js stop imports that cross a layer boundary, with a message saying why.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;

// Loading the config and the TypeScript parser takes seconds on a busy 2-core machine: pay it once here,
// with room to spare, so no single test runs into the default 5 s timeout.
beforeAll(async () => {
  eslint = new ESLint({ cwd: repoRoot });
  await eslint.lintText('export {};\n', { filePath: path.join(repoRoot, 'src/engine/warm-up.ts') });
}, 30_000);

/** Lints `code` as if it were the file at `filePath` and returns every problem as "rule: message". */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  return (await problems(filePath, code)).filter((p) => p.startsWith(RULE));
}

describe('layer boundaries are enforced by lint', () => {
  test('the engine may not import React', async () => {
    const found = await boundaryMessages(
      'src/engine/x.ts',
      "import { useState } from 'react';\nexport const y = useState;\n",
    );
    expect(found).toEqual([expect.stringContaining('src/engine is the pure engine')]);
  });

  test('the engine may not import another project layer or touch the DOM', async () => {
    const found = await problems(
      'src/engine/x.ts',
      "import { storage } from '@/lib/storage';\nexport const y = () => [storage, document.title];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(/no-restricted-imports: .*src\/engine is the pure engine/),
      expect.stringMatching(/no-restricted-globals: .*src\/engine is the pure engine/),
    ]);
  });

  test('the engine may import its own modules', async () => {
    const found = await problems(
      'src/engine/x.ts',
      "import type { Guide } from './types';\nimport { resolveGuide } from './shared';\nexport type G = Guide;\nexport const r = resolveGuide;\n",
    );
    expect(found).toEqual([]);
  });

  test('a feature may not import another feature', async () => {
    const found = await boundaryMessages(
      'src/features/wizard/z.tsx',
      "import x from '@/features/search/y';\nexport const z = x;\n",
    );
    expect(found).toEqual([expect.stringContaining('features must not import each other')]);
  });

  test('a feature may not reach another feature by a relative path either', async () => {
    const found = await boundaryMessages(
      'src/features/wizard/z.tsx',
      "import x from '../map/y';\nexport const z = x;\n",
    );
    expect(found).toEqual([expect.stringContaining('features must not import each other')]);
  });

  test('a feature may not import the app', async () => {
    const found = await boundaryMessages(
      'src/features/search/z.tsx',
      "import { routes } from '@/app/routes';\nexport const z = routes;\n",
    );
    expect(found).toEqual([expect.stringContaining('features must not import src/app')]);
  });

  test('a feature may import the engine, content, components, stores, lib and its own files', async () => {
    const code = [
      "import type { Guide } from '@/engine/types';",
      "import { resolveGuide } from '@/engine/shared';",
      "import { guideIds } from '@/content/catalog';",
      "import { CopyButton } from '@/components/copy-button';",
      "import { usePreferences } from '@/stores/preferences';",
      "import { storage } from '@/lib/storage';",
      "import { FixView } from '@/features/wizard/fix-view';",
      "import { text } from './text';",
      'export type G = Guide;',
      'export const all = [resolveGuide, guideIds, CopyButton, usePreferences, storage, FixView, text];',
    ].join('\n');
    expect(await problems('src/features/wizard/z.tsx', code)).toEqual([]);
  });

  test('components, lib and stores may not import features or the app', async () => {
    const code =
      "import { a } from '@/features/wizard/a';\nimport { b } from '@/app/b';\nexport const c = [a, b];\n";
    for (const file of ['src/components/c.tsx', 'src/lib/c.ts', 'src/stores/c.ts']) {
      const found = await boundaryMessages(file, code);
      expect(found, file).toHaveLength(2);
      for (const message of found) expect(message, file).toContain('must not import them');
    }
  });

  test('content may not import UI code', async () => {
    const found = await boundaryMessages(
      'src/content/c.ts',
      "import { CopyButton } from '@/components/copy-button';\nexport const c = CopyButton;\n",
    );
    expect(found).toEqual([expect.stringContaining('src/content is data')]);
  });

  test('zod is refused in code that ships to the browser', async () => {
    const code = "import { z } from 'zod';\nexport const s = z.string();\n";
    for (const file of [
      'src/features/search/s.ts',
      'src/engine/resolve.ts',
      'src/app/a.tsx',
      'embed/embed.ts',
    ]) {
      expect(await boundaryMessages(file, code), file).toEqual([
        expect.stringContaining('zod stays out of the browser bundle'),
      ]);
    }
  });

  test('zod is allowed in the engine schema, the validator, scripts and tests', async () => {
    const code = "import { z } from 'zod';\nexport const s = z.string();\n";
    for (const file of [
      'src/engine/schema.ts',
      'src/engine/validate.ts',
      'scripts/v.ts',
      'tests/unit/v.test.ts',
    ]) {
      expect(await boundaryMessages(file, code), file).toEqual([]);
    }
  });

  test('browser code may use the schema types but not the schema itself', async () => {
    const valueImport = "import { guideSchema } from '@/engine/schema';\nexport const s = guideSchema;\n";
    const typeImport = "import type { GuideInput } from '@/engine/schema';\nexport type S = GuideInput;\n";
    expect(await boundaryMessages('src/features/map/m.tsx', valueImport)).toEqual([
      expect.stringContaining('import only their types'),
    ]);
    expect(await boundaryMessages('src/features/map/m.tsx', typeImport)).toEqual([]);
  });

  test('relative imports may not climb out of a layer', async () => {
    const deep = await boundaryMessages(
      'src/features/wizard/steps/a.tsx',
      "import { storage } from '../../../lib/storage';\nexport const a = storage;\n",
    );
    expect(deep).toEqual([expect.stringContaining('relative imports must not climb out of a layer')]);
    const sideways = await boundaryMessages(
      'src/lib/a.ts',
      "import { x } from '../engine/url';\nexport const a = x;\n",
    );
    expect(sideways).toEqual([expect.stringContaining('relative imports must not climb out of a layer')]);
  });

  test('a value import used only as a type must be written as import type', async () => {
    const found = await problems(
      'src/engine/x.ts',
      "import { Guide } from './types';\nexport type G = Guide;\n",
    );
    expect(found).toEqual([expect.stringContaining('@typescript-eslint/consistent-type-imports')]);
  });
});
