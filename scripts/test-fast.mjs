// npm run test:fast: the checks worth running while working (typecheck, lint, validate, the node and ui
// test projects), two at a time, the longest first. No build, no browser: npm test is the full gate.
import os from 'node:os';
import { npmStep, report, runSteps, vitestStep } from './lib/run-steps.mjs';

const steps = [
  vitestStep('unit', 'fast-unit', ['--project', 'node', '--project', 'ui']),
  npmStep('lint', 'lint'),
  npmStep('typecheck', 'typecheck'),
  npmStep('validate', 'validate'),
];

const started = performance.now();
const concurrency = Math.max(2, Math.min(steps.length, os.availableParallelism()));
const results = await runSteps(steps, { concurrency });
const { ok, line } = report(results, { wallSeconds: (performance.now() - started) / 1000 });
console.log(line);
const failed = results.filter((r) => r.status !== 'ok').map((r) => r.name);
console.log(ok ? 'test:fast PASSED' : `test:fast FAILED: ${failed.join(', ')}`);
process.exitCode = ok ? 0 : 1;
