// ESLint flat config: TypeScript + React hooks rules, and the import-direction zones between layers.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = '*.{ts,tsx,mts,cts,js,jsx,mjs}';
const FEATURES = ['wizard', 'search', 'embed', 'map'];
const LOWER_LAYERS = ['components', 'lib', 'stores'];
const ZOD_FILES = ['src/engine/schema.ts', 'src/engine/validate.ts'];

const MESSAGES = {
  engine:
    'src/engine is the pure engine: it must not import React, i18next, the DOM or any other project layer (@/...)',
  content:
    'src/content is data and its loaders: it may import src/engine (the pure engine), never React, i18next or another layer',
  features: 'features must not import each other: move shared code to components, lib or engine',
  featureApp: 'features must not import src/app: app wires the features together, not the other way round',
  lower: 'src/components, src/lib and src/stores sit below features and app: they must not import them',
  zod: 'zod stays out of the browser bundle: validate at build/test time (only src/engine/schema.ts, src/engine/validate.ts, scripts/ and tests/ may import zod)',
  schema:
    'src/engine/schema.ts and validate.ts use zod, which stays out of the browser bundle: import only their types (`import type`)',
  climb:
    'relative imports must not climb out of a layer (../.. or ../ from its top folder): import through @/ so the layer rules can check it',
};

const pattern = (regex, message, extra = {}) => ({ regex, message, ...extra });

// `../../x`, `../../../x` and `../..`, except into the repo's locales/ folder (not reachable through @/).
const CLIMB = pattern('^(\\./)?(\\.\\./){2,}(?!\\.\\./|locales/)|^(\\./)?(\\.\\./)*\\.\\.$', MESSAGES.climb);
// A single `../` from a layer's top folder lands in src/ or in another layer.
const OUT_OF_LAYER = pattern('^\\.\\./(?!\\.\\./)|^\\.\\.$', MESSAGES.climb);
const ZOD = pattern('^zod(/|$)', MESSAGES.zod);
const SCHEMA = pattern('^@/engine/(schema|validate)(\\.ts)?$', MESSAGES.schema, { allowTypeImports: true });
const UI_LIBS = '^(react|react-dom|react-router|react-i18next|i18next|zustand|@testing-library/[^/]+)(/|$)';

const ENGINE = [
  pattern(UI_LIBS, MESSAGES.engine),
  pattern('^@/', MESSAGES.engine),
  pattern('^(node:|(fs|path|url|os|child_process)(/|$))', MESSAGES.engine),
];
const CONTENT = [
  pattern(UI_LIBS, MESSAGES.content),
  pattern('^@/(app|features|components|stores|lib)(/|$)', MESSAGES.content),
];
const LOWER = [pattern('^@/(app|features)(/|$)', MESSAGES.lower)];
const featureRules = (name) => [
  pattern('^@/app(/|$)', MESSAGES.featureApp),
  pattern(`^@/features/(?!${name}(/|$))`, MESSAGES.features),
];
// From a feature's top folder, `../search` is another feature.
const featureSibling = (name) => pattern(`^\\.\\./(?!${name}(/|$)|\\.\\./)`, MESSAGES.features);

// no-restricted-imports takes one option list per file (a later block replaces, not merges), so every
// block below carries the full list for its files; more specific blocks come later and win.
const restrict = (files, patterns, extra = {}) => ({
  files,
  ...extra,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

const zones = [
  restrict([`src/**/${CODE}`, `embed/**/${CODE}`], [CLIMB, ZOD, SCHEMA]),
  restrict([`src/app/${CODE}`], [CLIMB, OUT_OF_LAYER, ZOD, SCHEMA]),
  ...LOWER_LAYERS.flatMap((layer) => [
    restrict([`src/${layer}/**/${CODE}`], [CLIMB, ZOD, SCHEMA, ...LOWER]),
    restrict([`src/${layer}/${CODE}`], [CLIMB, OUT_OF_LAYER, ZOD, SCHEMA, ...LOWER]),
  ]),
  ...FEATURES.flatMap((name) => [
    restrict([`src/features/${name}/**/${CODE}`], [CLIMB, ZOD, SCHEMA, ...featureRules(name)]),
    restrict(
      [`src/features/${name}/${CODE}`],
      [CLIMB, featureSibling(name), ZOD, SCHEMA, ...featureRules(name)],
    ),
  ]),
  // Content loaders may call the pure engine (e.g. resolveGuide), never its zod half.
  restrict([`src/content/**/${CODE}`], [CLIMB, ZOD, SCHEMA, ...CONTENT]),
  restrict([`src/content/${CODE}`], [CLIMB, OUT_OF_LAYER, ZOD, SCHEMA, ...CONTENT]),
  restrict([`src/engine/**/${CODE}`], [CLIMB, ZOD, ...ENGINE]),
  restrict(
    [`src/engine/${CODE}`],
    [
      CLIMB,
      OUT_OF_LAYER,
      ZOD,
      ...ENGINE,
      pattern('^\\./(schema|validate)(\\.ts)?$', MESSAGES.schema, { allowTypeImports: true }),
    ],
  ),
  restrict(ZOD_FILES, [CLIMB, OUT_OF_LAYER, ...ENGINE]),
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
  {
    files: [`src/**/${CODE}`, `embed/**/${CODE}`, `public/**/${CODE}`],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [`scripts/**/${CODE}`, `tests/**/${CODE}`, CODE, `bench/**/${CODE}`],
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
  ...zones,
]);
