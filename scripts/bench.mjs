// npm run bench: numbers, not pass/fail. Builds once (timed), then measures bundle bytes, Lighthouse on the
// mobile preset, step-to-step time in Chromium and the engine on a 10,000-node guide; prints a table and
// writes bench/results.json. Options: --docs (also update docs/performance.md), --no-lighthouse,
// --runs=N (Lighthouse runs per page, default 5). OUT_DIR picks the build folder (default dist).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { findChromium } from './lib/chromium.mjs';
import { manifestFile } from './lib/build-meta.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { startGzipProxy } from './lib/bench-gzip-proxy.mjs';
import { bundleSizes, manifestClosure } from './lib/bench-bundle.mjs';
import { renderMarkdown, writeDocs } from './lib/bench-report.mjs';
import { runLighthouse } from './lib/bench-lighthouse.mjs';
import { measureSteps } from './lib/bench-steps.mjs';
import { coldLinkPages, firstLoadPages, measureFirstLoads } from './lib/bench-first-load.mjs';
import { chromium } from 'playwright-core';
import { launchArgs } from './lib/chromium.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const withDocs = args.includes('--docs');
const withLighthouse = !args.includes('--no-lighthouse');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
const outName = process.env.OUT_DIR ?? 'dist';
const dist = path.join(repoRoot, outName);
const log = (line) => console.error(line);

const GUIDE = 'encryption-mismatch';

function timedBuild() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The bench measures a root build: a BASE_PATH from the shell would change what is measured.
    const env = { ...process.env, OUT_DIR: outName };
    delete env.BASE_PATH;
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/build.mjs')], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build failed with code ${code}`));
      const pages = Number(/Built (\d+) pages/.exec(stdout)?.[1]) || undefined;
      resolve({ ms: Math.round(performance.now() - started), pages });
    });
  });
}

function guideIds() {
  return readdirSync(path.join(repoRoot, 'src/content/guides'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** The first fix of the guide reached by following first answers (a page with numbered steps). */
function firstFix(id) {
  const guide = JSON.parse(readFileSync(path.join(repoRoot, `src/content/guides/${id}.json`), 'utf8'));
  const fix = guide.nodes.find((n) => n.kind === 'fix');
  if (!fix) throw new Error(`${id} has no fix`);
  return { start: guide.start, fix: fix.id };
}

/**
 * The map pages' own downloads (gzip -9): the map page chunk with its CSS and the imports a node page does
 * not already bring, and each guide's layout in ja and en (what /<lang>/<guide>/map/ adds to a guide).
 */
function mapChunkSizes(dist) {
  const manifest = JSON.parse(readFileSync(manifestFile(dist), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  const closure = (key, exclude) => manifestClosure(manifest, key, exclude);
  const already = new Set([...closure('index.html'), ...closure('src/app/node-route.tsx')]);
  const page = [...closure('src/features/map/map-page.tsx', already)];
  const layouts = guideIds().map((id) => {
    const size = (lang) => {
      const chunk = manifest[`virtual:guide-map/map-${lang}-${id}`];
      return chunk ? gz(chunk.file) : 0;
    };
    return { id, ja: size('ja'), en: size('en') };
  });
  return { page: { files: page, bytes: page.reduce((sum, f) => sum + gz(f), 0) }, layouts };
}

function chromiumVersion(chromePath) {
  try {
    return execFileSync(chromePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return chromePath;
  }
}

/** The commit measured, marked when the working tree has changes on top of it. */
function gitRevision() {
  try {
    const git = (...a) =>
      execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const chromePath = findChromium();
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus()[0]?.model?.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    cores: os.cpus().length,
    loadAverage: os.loadavg()[0]?.toFixed(1),
    node: process.version,
    browser: chromiumVersion(chromePath),
    revision: gitRevision(),
  };

  log(`Building into ${outName}/ ...`);
  const build = await timedBuild();
  log(`  ${(build.ms / 1000).toFixed(1)} s`);

  const bundle = bundleSizes(dist, guideIds());
  const maps = mapChunkSizes(dist);
  log(`  map page chunk + CSS (beyond a node page): ${(maps.page.bytes / 1024).toFixed(1)} KB gzip`);
  for (const m of maps.layouts) {
    log(`  map layout ${m.id}: ja ${(m.ja / 1024).toFixed(1)} KB, en ${(m.en / 1024).toFixed(1)} KB gzip`);
  }
  const server = await startStaticServer({ root: dist });
  // Served gzip-compressed, as a real host would (docs/deploy.md): Lighthouse simulates a slow network.
  const proxy = await startGzipProxy(server.origin);
  const site = `${proxy.origin}/`;
  let lighthouse;
  let firstLoads;
  const steps = [];
  try {
    // Issue #16's definition (also the budget test): every JS and CSS file requested before the app is
    // interactive, on home and on every guide's start node, in ja and en; and the same for the pages also
    // opened cold from a link (helpdesk index, a map), which have no budget.
    log('First visit bytes ...');
    const browser = await chromium.launch({ executablePath: chromePath, args: launchArgs });
    try {
      firstLoads = await measureFirstLoads({
        browser,
        baseUrl: server.url,
        dist,
        pages: [...firstLoadPages(repoRoot), ...coldLinkPages(repoRoot)],
      });
    } finally {
      await browser.close();
    }
    for (const l of firstLoads) log(`  ${l.path}: ${(l.bytes / 1024).toFixed(1)} KB`);
    log('Step to step ...');
    for (const cpuSlowdown of [1, 4]) {
      // 40 clicks: on this noisy machine 20 gave medians 20 ms apart between runs of the same build.
      steps.push(await measureSteps({ baseUrl: site, repoRoot, chromePath, cpuSlowdown, clicks: 40 }));
      log(`  ${cpuSlowdown}× CPU: median ${steps.at(-1).medianMs} ms`);
    }
    // Where the time goes, from a performance trace: a walk of its own, as tracing slows the page a little.
    const traced = await measureSteps({
      baseUrl: site,
      repoRoot,
      chromePath,
      cpuSlowdown: 4,
      clicks: 12,
      trace: true,
    });
    steps[1].phases = traced.phases;
    log(`  4× CPU phases (median ms): ${JSON.stringify(traced.phases?.medianMs)}`);
    if (withLighthouse) {
      log(`Lighthouse, ${runs} runs per page ...`);
      const { start, fix } = firstFix(GUIDE);
      lighthouse = await runLighthouse({
        pages: [
          { name: 'home', url: `${site}ja/` },
          { name: 'question', url: `${site}ja/${GUIDE}/${start}/` },
          { name: 'fix', url: `${site}ja/${GUIDE}/${fix}/` },
          // Pages people also open cold from a link.
          { name: 'helpdesk', url: `${site}ja/helpdesk/` },
          { name: 'map', url: `${site}ja/${GUIDE}/map/` },
        ],
        runs,
        chromePath,
        log,
      });
    }
  } finally {
    await proxy.close();
    await server.close();
  }

  log('Engine ...');
  const jiti = createJiti(import.meta.url);
  const { run } = await jiti.import('./bench-engine.ts');
  const engine = run();

  const results = { meta, build, bundle, firstLoads, maps, lighthouse, steps, engine };
  mkdirSync(path.join(repoRoot, 'bench'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const mapTable = [
    '| map chunk (gzip -9) | ja | en |',
    '| --- | --- | --- |',
    `| map page module + CSS (beyond a node page) | ${kb(maps.page.bytes)} | |`,
    ...maps.layouts.map((m) => `| layout: ${m.id} | ${kb(m.ja)} | ${kb(m.en)} |`),
  ].join('\n');
  const markdown = `${renderMarkdown(results)}\n\n${mapTable}`;
  console.log(`\n${markdown}\n`);
  log('Wrote bench/results.json');
  if (withDocs) {
    const docs = path.join(repoRoot, 'docs/performance.md');
    writeDocs(docs, markdown);
    // As committed: through the project's Prettier settings, so `npm test`'s format check stays green.
    execFileSync(process.execPath, [
      path.join(repoRoot, 'node_modules/prettier/bin/prettier.cjs'),
      '--write',
      docs,
    ]);
    log('Updated docs/performance.md');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
