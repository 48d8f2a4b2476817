// npm test: every check in one run (typecheck, lint, validate, unit, build, e2e), then a summary line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmpDir = path.join(repoRoot, '.tmp');
const vitestBin = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * @typedef {{ name: string, command: string, args: string[], json?: string, needs?: string, env?: Record<string, string> }} Step
 * @typedef {{ name: string, status: 'ok' | 'FAILED' | 'SKIPPED', seconds: number, passed: number,
 *   failed: number, note?: string }} StepResult
 */

/** @type {Step[]} */
const steps = [
  { name: 'typecheck', command: npm, args: ['run', 'typecheck'] },
  { name: 'lint', command: npm, args: ['run', 'lint'] },
  { name: 'validate', command: npm, args: ['run', 'validate'] },
  {
    name: 'unit',
    command: process.execPath,
    args: [vitestBin, 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/unit.json'],
    json: '.tmp/unit.json',
  },
  { name: 'build', command: npm, args: ['run', 'build'] },
  {
    name: 'e2e',
    command: process.execPath,
    args: [
      vitestBin,
      'run',
      '-c',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=.tmp/e2e.json',
    ],
    json: '.tmp/e2e.json',
    // Browser tests against a stale or half-written dist/ would only report noise.
    needs: 'build',
  },
  {
    // React reports hydration mismatches in full only in a development build.
    name: 'build (development)',
    command: npm,
    args: ['run', 'build'],
    env: { OUT_DIR: 'dist-dev', BUILD_MODE: 'development' },
  },
  {
    name: 'hydration (development build)',
    command: process.execPath,
    args: [
      vitestBin,
      'run',
      '-c',
      'vitest.e2e.config.ts',
      'tests/e2e/hydration.e2e.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile=.tmp/hydration.json',
    ],
    env: { E2E_DIST: 'dist-dev' },
    json: '.tmp/hydration.json',
    needs: 'build (development)',
  },
];

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Test counts from a Vitest JSON report, or undefined when Vitest wrote none (e.g. setup failed). */
function readCounts(file) {
  const full = path.join(repoRoot, file);
  if (!existsSync(full)) return undefined;
  try {
    const report = JSON.parse(readFileSync(full, 'utf8'));
    return { passed: Number(report.numPassedTests ?? 0), failed: Number(report.numFailedTests ?? 0) };
  } catch {
    return undefined;
  }
}

mkdirSync(tmpDir, { recursive: true });
/** @type {StepResult[]} */
const results = [];

for (const step of steps) {
  if (step.needs && results.find((r) => r.name === step.needs)?.status !== 'ok') {
    results.push({
      name: step.name,
      status: 'SKIPPED',
      seconds: 0,
      passed: 0,
      failed: 1,
      note: `${step.needs} failed`,
    });
    console.log(`\n▶ ${step.name}: skipped because ${step.needs} failed\n`);
    continue;
  }
  console.log(`\n▶ ${step.name}\n`);
  if (step.json) rmSync(path.join(repoRoot, step.json), { force: true });
  const started = performance.now();
  const code = await run(step.command, step.args, step.env);
  const seconds = (performance.now() - started) / 1000;
  const ok = code === 0;

  if (!step.json) {
    results.push({ name: step.name, status: ok ? 'ok' : 'FAILED', seconds, passed: 0, failed: ok ? 0 : 1 });
    continue;
  }
  const counts = readCounts(step.json) ?? { passed: 0, failed: 0 };
  // A Vitest run can fail with no failed test (a file that does not load, a failing global setup):
  // count it once so the last line never says "0 failed" for a red run.
  const failed = ok ? counts.failed : Math.max(counts.failed, 1);
  results.push({
    name: step.name,
    status: ok ? 'ok' : 'FAILED',
    seconds,
    passed: counts.passed,
    failed,
    note: `${counts.passed} passed, ${counts.failed} failed tests`,
  });
}

const nameWidth = Math.max(...results.map((r) => r.name.length), 4);
console.log(`\n${'step'.padEnd(nameWidth)}  status    seconds`);
for (const r of results) {
  const line = `${r.name.padEnd(nameWidth)}  ${r.status.padEnd(8)}  ${r.seconds.toFixed(1).padStart(7)}`;
  console.log(r.note ? `${line}  (${r.note})` : line);
}
const total = results.reduce((sum, r) => sum + r.seconds, 0);
console.log(`${'total'.padEnd(nameWidth)}            ${total.toFixed(1).padStart(7)}\n`);

const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const anyFailed = results.some((r) => r.status !== 'ok');
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = anyFailed ? 1 : 0;
