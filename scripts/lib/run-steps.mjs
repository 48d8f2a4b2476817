// Runs the steps of npm test and npm run test:fast: one after another with live output, or several at once
// with each step's output kept until it ends; then a table of steps and the line "N passed, M failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const vitestBin = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * @typedef {{ name: string, command: string, args: string[], json?: string, needs?: string[],
 *   env?: Record<string, string> }} Step
 * @typedef {{ name: string, status: 'ok' | 'FAILED' | 'SKIPPED', seconds: number, passed: number,
 *   failed: number, note?: string }} StepResult
 */

/** A step that runs `npm run <script>`. */
export function npmStep(name, script, env) {
  return { name, command: npm, args: ['run', script], ...(env ? { env } : {}) };
}

/** A Vitest step: its JSON report (in .tmp/) gives the test counts. */
export function vitestStep(name, id, vitestArgs, env) {
  const json = `.tmp/${id}.json`;
  return {
    name,
    command: process.execPath,
    args: [vitestBin, 'run', ...vitestArgs, '--reporter=default', '--reporter=json', `--outputFile=${json}`],
    json,
    ...(env ? { env } : {}),
  };
}

function spawnStep(step, buffered) {
  return new Promise((resolve) => {
    let output = '';
    // Piped output loses its colours unless asked for; keep them when the run itself is in a terminal.
    const color = buffered && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn(step.command, step.args, {
      cwd: repoRoot,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...color, ...step.env },
    });
    if (buffered) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => {
      output += `Could not start ${step.command}: ${error.message}\n`;
      if (!buffered) console.error(output);
      resolve({ code: 1, output });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
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

/**
 * @param {Step} step
 * @param {Map<string, Promise<StepResult>>} finished the result of each step, once it has one
 * @returns {Promise<{ result: StepResult, output: string }>}
 */
async function runStep(step, finished, buffered) {
  const needs = await Promise.all((step.needs ?? []).map((need) => finished.get(need)));
  const missing = needs.find((r) => r?.status !== 'ok')?.name;
  if (missing) {
    const note = `${missing} failed`;
    return {
      result: { name: step.name, status: 'SKIPPED', seconds: 0, passed: 0, failed: 1, note },
      output: '',
    };
  }
  if (!buffered) console.log(`\n▶ ${step.name}\n`);
  if (step.json) rmSync(path.join(repoRoot, step.json), { force: true });
  const started = performance.now();
  const { code, output } = await spawnStep(step, buffered);
  const seconds = (performance.now() - started) / 1000;
  const ok = code === 0;
  if (!step.json) {
    return {
      result: { name: step.name, status: ok ? 'ok' : 'FAILED', seconds, passed: 0, failed: ok ? 0 : 1 },
      output,
    };
  }
  const counts = readCounts(step.json) ?? { passed: 0, failed: 0 };
  // A Vitest run can fail with no failed test (a file that does not load, a failing global setup):
  // count it once so the last line never says "0 failed" for a red run.
  const failed = ok ? counts.failed : Math.max(counts.failed, 1);
  const note = `${counts.passed} passed, ${counts.failed} failed tests`;
  return {
    result: { name: step.name, status: ok ? 'ok' : 'FAILED', seconds, passed: counts.passed, failed, note },
    output,
  };
}

/**
 * Runs the steps one after another (concurrency 1, live output) or up to `concurrency` at once, taken in
 * the order given (put the longest first). A step waits for the steps it `needs` (which must come before
 * it) and is skipped, counting as a failure, unless they passed.
 * @param {Step[]} steps
 * @returns {Promise<StepResult[]>}
 */
export async function runSteps(steps, { concurrency = 1 } = {}) {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  /** @type {Map<string, Promise<StepResult>>} */
  const finished = new Map();
  /** @type {Map<string, (result: StepResult) => void>} */
  const settle = new Map();
  for (const step of steps) finished.set(step.name, new Promise((resolve) => settle.set(step.name, resolve)));
  const buffered = concurrency > 1;
  if (buffered) console.log(`Running ${steps.map((s) => s.name).join(', ')} (${concurrency} at a time)\n`);
  const queue = [...steps];
  async function lane() {
    for (let step = queue.shift(); step; step = queue.shift()) {
      const { result, output } = await runStep(step, finished, buffered);
      settle.get(step.name)?.(result);
      if (result.status === 'SKIPPED') console.log(`\n▶ ${step.name}: skipped because ${result.note}\n`);
      else if (buffered) {
        const mark = result.status === 'ok' ? '✓' : '✗';
        const note = result.note ? `: ${result.note}` : '';
        console.log(`${mark} ${step.name} (${result.seconds.toFixed(1)} s)${note}`);
        // Only a failure's output is worth reading; a pass is one line.
        if (result.status !== 'ok') {
          console.log(`\n── ${step.name} output ──\n${output.trimEnd()}\n── end of ${step.name} ──\n`);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, steps.length) }, lane));
  // The table follows the steps' order, whatever order they finished in.
  return Promise.all(steps.map((s) => /** @type {Promise<StepResult>} */ (finished.get(s.name))));
}

/** Prints the table of steps and the last line "N passed, M failed"; returns true when every step passed. */
export function report(results, { wallSeconds } = {}) {
  const nameWidth = Math.max(...results.map((r) => r.name.length), 5);
  console.log(`\n${'step'.padEnd(nameWidth)}  status    seconds`);
  for (const r of results) {
    const line = `${r.name.padEnd(nameWidth)}  ${r.status.padEnd(8)}  ${r.seconds.toFixed(1).padStart(7)}`;
    console.log(r.note ? `${line}  (${r.note})` : line);
  }
  const total = wallSeconds ?? results.reduce((sum, r) => sum + r.seconds, 0);
  const label = wallSeconds === undefined ? 'total' : 'wall';
  console.log(`${label.padEnd(nameWidth)}            ${total.toFixed(1).padStart(7)}\n`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const ok = results.every((r) => r.status === 'ok');
  return { ok, line: `${passed} passed, ${failed} failed` };
}
