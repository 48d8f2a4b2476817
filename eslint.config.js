// ESLint flat config: TypeScript + React hooks rules, and the import-direction zones between layers.
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = '*.{ts,tsx,mts,cts,js,jsx,mjs}';
// Zones and the resolver are anchored here, not at process.cwd(), so linting from another folder
// (an editor, a test) checks the same boundaries.
const ROOT = path.dirname(fileURLToPath(import.meta.url));

// Read from disk so a new feature folder is fenced off from its siblings without editing this file.
const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Where the browser app is put together; nothing below it may reach up into it.
const APP = ['src/app', 'src/main.tsx', 'src/entry-server.tsx'];
// Outside the browser bundle: the build-time content toolchain, the CLIs and the tests.
const BUILD_TIME = ['tools', 'scripts', 'tests'];

const MESSAGES = {
  engine:
    'src/engine is the pure engine that ships to the browser and that tools/content reuses: it imports only its own modules, nothing else of ours, and no React, i18next, zustand, DOM or Node APIs.',
  content:
    'src/content is guide data and its loaders: it may import src/engine (and locales/), never UI code, stores or app wiring, so the data stays usable outside React.',
  features: (name) =>
    `src/features/${name} must not import another feature: features are independent slices; move shared code down to src/components, src/lib or src/engine, or wire them together in src/app.`,
  featureApp:
    'features must not import src/app or the entry points: app wires the features together, not the other way round.',
  lower:
    'src/components, src/lib and src/stores sit below features and app: they must not import them (pass data or callbacks in as props instead).',
  buildTime:
    'tools/, scripts/ and tests/ run at build and test time only: code in src/ and embed/ ships to the browser and must not import them (zod and the validator would land in the bundle).',
  embed:
    "embed/ is the host-page script, its own tiny bundle on other people's sites: from src/ it may share only the message protocol (src/features/embed/protocol.ts), nothing that pulls in the app.",
  tools:
    'tools/content is the build-time content toolchain: it may import the pure engine (src/engine), never the browser app, and it sits below scripts/ and tests/, which import it.',
  zod: 'zod stays out of the browser bundle: validate at build and test time (only tools/, scripts/ and tests/ may import zod).',
};

const zones = [
  // `from: '.'` with exceptions reads "nothing of ours outside these"; the build-time folders are left to
  // the buildTime zone so such an import gets one message, not two.
  {
    target: 'src/engine',
    from: '.',
    except: ['./src/engine', './node_modules', ...BUILD_TIME.map((dir) => `./${dir}`)],
    message: MESSAGES.engine,
  },
  {
    target: 'src/content',
    from: '.',
    except: [
      './src/content',
      './src/engine',
      './locales',
      './node_modules',
      ...BUILD_TIME.map((dir) => `./${dir}`),
    ],
    message: MESSAGES.content,
  },
  ...FEATURES.map((name) => ({
    target: `src/features/${name}`,
    from: 'src/features',
    except: [`./${name}`],
    message: MESSAGES.features(name),
  })),
  { target: 'src/features', from: APP, message: MESSAGES.featureApp },
  {
    target: ['src/components', 'src/lib', 'src/stores'],
    from: ['src/features', ...APP],
    message: MESSAGES.lower,
  },
  { target: ['src', 'embed'], from: BUILD_TIME, message: MESSAGES.buildTime },
  { target: 'embed', from: 'src', except: ['./features/embed/protocol.ts'], message: MESSAGES.embed },
  { target: 'tools', from: 'src', except: ['./engine'], message: MESSAGES.tools },
  { target: 'tools', from: ['scripts', 'tests'], message: MESSAGES.tools },
];

// Bare package bans, by package name. no-restricted-imports takes one option list per file (a later block
// replaces, not merges), so the engine and content blocks repeat the zod ban.
const ZOD = {
  paths: [{ name: 'zod', message: MESSAGES.zod }],
  patterns: [{ group: ['zod/*'], message: MESSAGES.zod }],
};
const UI_PACKAGES = ['react', 'react-dom', 'react-router', 'react-i18next', 'i18next', 'zustand'];
const noUi = (message) => ({
  paths: UI_PACKAGES.map((name) => ({ name, message })),
  patterns: [{ group: [...UI_PACKAGES.map((name) => `${name}/*`), '@testing-library/*'], message }],
});
const noNode = (message) => ({
  paths: builtinModules.map((name) => ({ name, message })),
  patterns: [{ group: ['node:*'], message }],
});
const restrictPackages = (files, ...bans) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: bans.flatMap((ban) => ban.paths),
        patterns: bans.flatMap((ban) => ban.patterns),
      },
    ],
  },
});

const boundaries = [
  {
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(ROOT, 'tsconfig.json') }),
      ],
    },
  },
  {
    files: [`**/${CODE}`],
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }] },
  },
  {
    files: [`src/**/${CODE}`, `embed/**/${CODE}`],
    // Type-only imports cannot form a run-time cycle and are skipped by the rule; packages are not followed.
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    ...restrictPackages([`**/${CODE}`], ZOD),
    ignores: ['tools/**', 'scripts/**', 'tests/**'],
  },
  restrictPackages([`src/content/**/${CODE}`], ZOD, noUi(MESSAGES.content)),
  restrictPackages([`src/engine/**/${CODE}`], ZOD, noUi(MESSAGES.engine), noNode(MESSAGES.engine)),
  {
    files: [`src/engine/**/${CODE}`],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'history'].map(
          (name) => ({ name, message: MESSAGES.engine }),
        ),
      ],
    },
  },
];

export default defineConfig([
  // Every build or tool output folder: Tailwind and ESLint must never scan generated files.
  globalIgnores([
    'dist/',
    'dist-*/',
    '.tmp/',
    'coverage/',
    '.vite/',
    'docs/screenshots/',
    'bench/results*',
    // Generated into public/ by the build (the host-page script built from embed/), if it lands there.
    'public/embed.js',
    'public/**/*.map',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Registers the plugin and tells it which files TypeScript parses; the rules are chosen below (the
  // recommended set repeats what tsc already checks and costs lint time).
  importX.flatConfigs.typescript,
  {
    files: [`src/**/${CODE}`, `embed/**/${CODE}`, `public/**/${CODE}`],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [`scripts/**/${CODE}`, `tests/**/${CODE}`, `tools/**/${CODE}`, CODE, `bench/**/${CODE}`],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [`tests/**/${CODE}`],
    languageOptions: { globals: { ...globals.browser, ...globals.vitest } },
  },
  {
    files: [`src/**/*.{ts,tsx}`, `tests/**/*.{ts,tsx}`],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  ...boundaries,
]);
