// npm test: every check in one run, one after another, going on after a failure so one run shows every
// problem; then a table of steps and the line "N passed, M failed" (exit code 1 if anything failed).
import { npmStep, report, runSteps, vitestStep } from './lib/run-steps.mjs';

const steps = [
  npmStep('typecheck', 'typecheck'),
  npmStep('lint', 'lint'),
  npmStep('validate', 'validate'),
  npmStep('format', 'format:check'),
  vitestStep('unit', 'unit', ['--project', 'node', '--project', 'ui']),
  npmStep('build', 'build'),
  // tests/e2e/base-path.e2e.ts serves this copy under /help/mail/ as a static host would.
  npmStep('build (base path)', 'build', { BASE_PATH: '/help/mail/', OUT_DIR: 'dist-base' }),
  // Browser tests against a stale or half-written build would only report noise.
  { ...vitestStep('e2e', 'e2e', ['--project', 'e2e']), needs: ['build', 'build (base path)'] },
  // React reports hydration mismatches in full only in a development build.
  npmStep('build (development)', 'build', { OUT_DIR: 'dist-dev', BUILD_MODE: 'development' }),
  {
    ...vitestStep('hydration (development build)', 'hydration', [
      '--project',
      'e2e',
      'tests/e2e/hydration.e2e.ts',
    ]),
    env: { E2E_DIST: 'dist-dev' },
    needs: ['build (development)'],
  },
];

const results = await runSteps(steps);
const { ok, line } = report(results);
console.log(line);
process.exitCode = ok ? 0 : 1;
