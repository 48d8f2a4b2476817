// Markup gate: every prerendered page of the build in dist/ (or E2E_DIST) must pass the Nu HTML Checker
// (vnu, the engine behind validator.w3.org/nu) with zero errors. One JVM checks every HTML file at once
// (~470 pages: 6 s of CPU); warnings and info messages are not reported. Needs Java 17+ (`java` on
// PATH or JAVA_HOME): `sudo apt-get install -y default-jre-headless` on Debian/Ubuntu; .ci/run installs it.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// The build under test: dist/, or E2E_DIST like every other e2e file (global-setup.ts serves the same one).
const dist = resolve(repoRoot, process.env.E2E_DIST ?? 'dist');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const NO_JAVA = [
  'The HTML check runs the Nu HTML Checker (vnu.jar), which needs Java 17 or newer. Get one of these:',
  '  - Debian/Ubuntu: sudo apt-get install -y default-jre-headless',
  '  - or: set JAVA_HOME to a Java 17+ installation',
].join('\n');

/** The message shape of `vnu --format json` (https://github.com/validator/validator/wiki/Output-»-JSON). */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Every .html file under dir (the prerendered pages, 404.html and the root redirect page). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** JAVA_HOME's java, else the one on PATH, else the runtime vnu-jar's postinstall may have downloaded. */
function javaCommand(): string {
  const fromHome = process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java');
  if (fromHome && existsSync(fromHome)) return fromHome;
  if (onPath('java')) return 'java';
  const cache = join(repoRoot, 'node_modules', '.cache', 'vnu-jar', 'java');
  const cached = existsSync(cache)
    ? readdirSync(cache)
        .map((d) => join(cache, d, 'bin', 'java'))
        .find((p) => existsSync(p))
    : undefined;
  // Spawning a missing 'java' fails with ENOENT, which runVnu turns into install instructions.
  return cached ?? 'java';
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** Runs vnu once over files; resolves with its JSON messages (vnu exits non-zero when it finds errors). */
function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  // The quick JIT only, a serial GC and the deeper stack its frames need (vnu stops with a
  // StackOverflowError otherwise): a short batch then costs 6 s of CPU instead of 15 s, half the wall
  // time on a busy 2-core machine, with the same messages.
  const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m'];
  const args = [...jvm, '-jar', vnuJar, '--errors-only', '--format', 'json', '--stdout', ...files];
  return new Promise((done, fail) => {
    execFile(javaCommand(), args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && 'code' in error && error.code === 'ENOENT') return fail(new Error(NO_JAVA));
      if (/UnsupportedClassVersionError/.test(stderr)) return fail(new Error(`${NO_JAVA}\n\n${stderr}`));
      try {
        done((JSON.parse(stdout) as { messages: VnuMessage[] }).messages);
      } catch {
        fail(new Error(`vnu gave no JSON report (exit ${String(error?.code ?? 0)}):\n${stderr || stdout}`));
      }
    });
  });
}

/** "ja/some-guide/node/index.html:22:2827 message  «extract»": where to look and what is wrong. */
function describeMessage(m: VnuMessage): string {
  const file = m.url ? relative(dist, fileURLToPath(m.url)) : '(no file)';
  const where = m.lastLine === undefined ? '' : `:${m.firstLine ?? m.lastLine}:${m.firstColumn ?? 1}`;
  const extract = m.extract ? `  «${m.extract.replace(/\s+/g, ' ').trim()}»` : '';
  return `${file}${where} ${m.message}${extract}`;
}

// A page with one known error rides along in the same run: if vnu stopped reporting (a changed output
// format, a wrong flag) the check would go green on anything, so the canary's error must show up.
const canaryDir = mkdtempSync(join(tmpdir(), 'vnu-canary-'));
const canary = join(canaryDir, 'canary.html');
writeFileSync(
  canary,
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head>' +
    '<body><pre aria-label="summary">text</pre></body></html>\n',
);
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

describe('HTML validity of the prerendered pages (Nu HTML Checker)', () => {
  test('every prerendered page has zero vnu errors', { timeout: 180_000 }, async () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain(join(dist, '404.html'));

    const messages = await runVnu([...pages, canary]);
    const fromCanary = messages.filter((m) => m.url !== undefined && fileURLToPath(m.url) === canary);
    expect(fromCanary.map((m) => m.message).join('\n'), 'the canary page must fail the check').toMatch(
      /aria-label/,
    );

    const problems = messages.filter((m) => !fromCanary.includes(m)).map(describeMessage);
    expect(problems, `${problems.length} HTML error(s) in ${dist}`).toEqual([]);
  });
});
