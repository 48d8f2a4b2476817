// Proves the lint zones in eslint.config.js stop imports that cross a layer boundary, with a message saying why.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';
const CYCLE = 'import-x/no-cycle';
const BOUNDARY_RULES = [PATHS, PACKAGES, CYCLE, 'no-restricted-globals'];

const SAYS = {
  engine: 'src/engine is the pure engine',
  content: 'src/content is guide data',
  features: 'must not import another feature',
  featureApp: 'features must not import src/app',
  lower: 'src/components, src/lib and src/stores sit below features and app',
  buildTime: 'code in src/ and embed/ ships to the browser and must not import them',
  embed: 'embed/ is the host-page script',
  tools: 'tools/content is the build-time content toolchain',
  zod: 'zod stays out of the browser bundle',
};

let eslint: ESLint;

// Loading the config, the TypeScript parser and the import resolver takes seconds on a busy 2-core
// machine: pay it once here, with room to spare, so no single test runs into the default 5 s timeout.
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
  return (await problems(filePath, code)).filter((p) =>
    BOUNDARY_RULES.some((rule) => p.startsWith(`${rule}: `)),
  );
}

/**
 * A real module under `dir` (repo-relative, without its extension). The path zones judge where an import
 * resolves to, so an import of a file that does not exist proves nothing: every case imports real files.
 */
function moduleIn(dir: string): string {
  const found = readdirSync(path.join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .sort()[0];
  if (!found) throw new Error(`no TypeScript module under ${dir}/ to import in this test`);
  return path.posix.join(dir, found.split(path.sep).join('/')).replace(/\.tsx?$/, '');
}

const importFrom = (specifier: string) => `import * as m from '${specifier}';\nexport const n = m;\n`;

// The first import of a module makes import-x parse it and, for the cycle check, everything it reaches
// (importing @/app/routes reads most of the app): seconds on a busy machine, then cached.
describe('layer boundaries are enforced by lint', { timeout: 30_000 }, () => {
  test('the engine may not import React', async () => {
    const found = await boundaryMessages(
      'src/engine/x.ts',
      "import { useState } from 'react';\nimport { jsx } from 'react/jsx-runtime';\nexport const y = [useState, jsx];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.engine}`)),
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.engine}`)),
    ]);
  });

  test('the engine may not import another project layer or touch the DOM', async () => {
    const found = await problems(
      'src/engine/x.ts',
      "import { paths } from '@/lib/paths';\nexport const y = () => [paths, document.title];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${PATHS}: .*"@/lib/paths".*${SAYS.engine}`)),
      expect.stringMatching(new RegExp(`^no-restricted-globals: .*${SAYS.engine}`)),
    ]);
  });

  test('the engine may not climb out of its folder by a relative path either', async () => {
    for (const specifier of [
      '../lib/paths',
      '../../src/lib/paths',
      './../content/catalog',
      '../../locales/en/common.json',
    ]) {
      expect(await boundaryMessages('src/engine/x.ts', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.engine}`)),
      ]);
    }
  });

  test('the engine may not import Node APIs', async () => {
    const found = await boundaryMessages(
      'src/engine/x.ts',
      "import { readFileSync } from 'node:fs';\nimport path from 'path';\nexport const y = [readFileSync, path];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.engine}`)),
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.engine}`)),
    ]);
  });

  test('the engine may not import zod', async () => {
    const found = await boundaryMessages(
      'src/engine/x.ts',
      "import { z } from 'zod';\nimport * as mini from 'zod/mini';\nexport const s = [z, mini];\n",
    );
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.zod}`)),
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.zod}`)),
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
      importFrom('@/features/search/error-finder'),
    );
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${PATHS}: .*src/features/wizard ${SAYS.features}`)),
    ]);
  });

  test('a feature may not reach another feature by a relative path either', async () => {
    for (const specifier of [
      '../search/error-finder',
      '../../features/embed/protocol',
      '@/../src/features/search/symptom-list',
    ]) {
      expect(await boundaryMessages('src/features/wizard/z.tsx', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.features}`)),
      ]);
    }
  });

  test('a feature may not import the app or an entry point', async () => {
    for (const specifier of ['@/app/routes', '../../app/routes', '@/main', '@/entry-server']) {
      expect(await boundaryMessages('src/features/search/z.tsx', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.featureApp}`)),
      ]);
    }
  });

  test('a feature may import the engine, content, components, stores, lib and its own files', async () => {
    const code = [
      "import type { Guide } from '@/engine/types';",
      "import { resolveGuide } from '@/engine/shared';",
      "import { guideIds } from '@/content/catalog';",
      "import { CopyButton } from '@/components/copy-button';",
      "import { usePreferences } from '@/stores/preferences';",
      "import { paths } from '@/lib/paths';",
      "import { FixView } from '@/features/wizard/fix-view';",
      "import { nodeText } from './text';",
      'export type G = Guide;',
      'export const all = [resolveGuide, guideIds, CopyButton, usePreferences, paths, FixView, nodeText];',
    ].join('\n');
    expect(await problems('src/features/wizard/z.tsx', code)).toEqual([]);
  });

  test('components, lib and stores may not import features or the app', async () => {
    const code =
      "import { FixView } from '@/features/wizard/fix-view';\nimport { routes } from '../app/routes';\nexport const c = [FixView, routes];\n";
    for (const file of ['src/components/c.tsx', 'src/lib/c.ts', 'src/stores/c.ts']) {
      const found = await boundaryMessages(file, code);
      expect(found, file).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*"@/features/wizard/fix-view".*${SAYS.lower}`)),
        expect.stringMatching(new RegExp(`^${PATHS}: .*"../app/routes".*${SAYS.lower}`)),
      ]);
    }
  });

  test('content may import the engine but not UI code, stores or the app', async () => {
    const allowed = "import { resolveGuide } from '@/engine/shared';\nexport const c = resolveGuide;\n";
    expect(await boundaryMessages('src/content/c.ts', allowed)).toEqual([]);
    for (const specifier of [
      '@/components/copy-button',
      '../lib/paths',
      '@/stores/progress',
      '@/app/routes',
    ]) {
      expect(await boundaryMessages('src/content/c.ts', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.content}`)),
      ]);
    }
    expect(await boundaryMessages('src/content/c.ts', importFrom('react'))).toEqual([
      expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.content}`)),
    ]);
  });

  test('zod is refused in code that ships to the browser', async () => {
    const code = "import { z } from 'zod';\nexport const s = z.string();\n";
    for (const file of [
      'src/features/search/s.ts',
      'src/engine/resolve.ts',
      'src/content/c.ts',
      'src/app/a.tsx',
      'embed/embed.ts',
    ]) {
      expect(await boundaryMessages(file, code), file).toEqual([
        expect.stringMatching(new RegExp(`^${PACKAGES}: .*${SAYS.zod}`)),
      ]);
    }
  });

  test('zod is allowed in the content tools, scripts and tests', async () => {
    const code = "import { z } from 'zod';\nexport const s = z.string();\n";
    for (const file of ['tools/content/v.ts', 'scripts/v.ts', 'tests/unit/v.test.ts']) {
      expect(await boundaryMessages(file, code), file).toEqual([]);
    }
  });

  test('browser code may not import the content tools, scripts or tests, not even their types', async () => {
    const tools = moduleIn('tools/content');
    const cases: [file: string, specifier: string][] = [
      ['src/features/search/s.ts', `@/../${tools}`],
      ['src/lib/l.ts', `../../${tools}`],
      ['src/app/a.tsx', `../../${moduleIn('scripts')}`],
      ['src/main.tsx', `../${moduleIn('tests/support')}`],
      ['embed/embed.ts', `../${tools}`],
    ];
    for (const [file, specifier] of cases) {
      expect(await boundaryMessages(file, importFrom(specifier)), `${file} -> ${specifier}`).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.buildTime}`)),
      ]);
    }
    const typeOnly = `import type * as T from '../../${tools}';\nexport type S = typeof T;\n`;
    expect(await boundaryMessages('src/engine/e.ts', typeOnly)).toEqual([
      expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.buildTime}`)),
    ]);
  });

  test('the content tools may import the engine but not the browser app, scripts or tests', async () => {
    const allowed = "import { RULE_NAMES } from '../../src/engine/types';\nexport const r = RULE_NAMES;\n";
    expect(await boundaryMessages('tools/content/t.ts', allowed)).toEqual([]);
    for (const specifier of [
      '../../src/lib/paths',
      '../../src/content/catalog',
      `../../${moduleIn('scripts')}`,
    ]) {
      expect(await boundaryMessages('tools/content/t.ts', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.tools}`)),
      ]);
    }
  });

  test('the host-page script may share only the message protocol with the app', async () => {
    expect(await boundaryMessages('embed/e.ts', importFrom('../src/features/embed/protocol'))).toEqual([]);
    for (const specifier of ['../src/lib/paths', '../src/features/embed/bridge', '@/app/routes']) {
      expect(await boundaryMessages('embed/e.ts', importFrom(specifier)), specifier).toEqual([
        expect.stringMatching(new RegExp(`^${PATHS}: .*${SAYS.embed}`)),
      ]);
    }
  });

  test('an import circle fails lint', async () => {
    // The real resolve.ts imports graph.ts; graph.ts importing resolve.ts back closes the circle. The linted
    // text stands in for graph.ts, so nothing is written to disk and the other module is read as it is.
    expect(readFileSync(path.join(repoRoot, 'src/engine/resolve.ts'), 'utf8')).toMatch(
      /^import \{[^}]*\} from '\.\/graph';$/m,
    );
    const graph = readFileSync(path.join(repoRoot, 'src/engine/graph.ts'), 'utf8');
    expect(await boundaryMessages('src/engine/graph.ts', graph)).toEqual([]);
    const closed = `${graph}\nimport { resolveJourney } from './resolve';\nexport const circle = resolveJourney;\n`;
    expect(await boundaryMessages('src/engine/graph.ts', closed)).toEqual([
      expect.stringMatching(new RegExp(`^${CYCLE}: Dependency cycle`)),
    ]);
    // A type-only import is erased at build time, so it cannot form a run-time circle.
    const typeOnly = `${graph}\nimport type { OkJourney } from './resolve';\nexport type J = OkJourney;\n`;
    expect(await boundaryMessages('src/engine/graph.ts', typeOnly)).toEqual([]);
  });

  test('a value import used only as a type must be written as import type', async () => {
    const found = await problems(
      'src/engine/x.ts',
      "import { Guide } from './types';\nexport type G = Guide;\n",
    );
    expect(found).toEqual([expect.stringContaining('@typescript-eslint/consistent-type-imports')]);
  });
});
