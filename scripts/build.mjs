// Production build: Vite client build, SSR build of the prerender entry, then every page rendered to
// its own HTML file (homes, every node of every guide in ja and en, 404.html). BASE_PATH sets a sub-path.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, loadEnv, minify } from 'vite';
import { buildEmbed, embedOriginsWarning } from './lib/build-embed.mjs';
import { manifestFile } from './lib/build-meta.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// OUT_DIR lets a test build a second copy (e.g. under a base path) without touching dist/.
const outName = process.env.OUT_DIR ?? 'dist';
const dist = join(root, outName);
const ssrOut = join(root, `${outName}-ssr`);

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

/** Chunks a page needs right after the entry: preloading them removes a request waterfall on a phone. */
export function preloadsFor(manifest, page) {
  // The page's UI strings (src/lib/i18n.ts loads one language, before hydrating) on every page.
  const strings = [`locales/${page.lang}/common.json`];
  const keys = page.helpdesk
    ? helpdeskKeys(page.lang)
    : page.map
      ? [
          'src/features/map/map-page.tsx',
          `virtual:guide-map/map-${page.lang}-${page.guide}`,
          `src/content/guides/${page.guide}.json`,
          `locales/${page.lang}/${page.guide}.json`,
          `locales/${page.lang}/shared.json`,
          'src/content/shared.json',
          'src/content/providers.json',
        ]
      : page.guide
        ? [
            'src/app/node-route.tsx',
            `src/content/guides/${page.guide}.json`,
            `locales/${page.lang}/${page.guide}.json`,
            `locales/${page.lang}/shared.json`,
            'src/content/shared.json',
            'src/content/providers.json',
          ]
        : ['src/app/home-route.tsx', `virtual:symptom-index/${page.lang}`];
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  [...strings, ...keys].forEach(visit);
  return [...files];
}

/**
 * Stylesheets of a page's lazy chunk that the page needs to look right without JavaScript (the map page's
 * own CSS): linked in the HTML, where the client would otherwise add them only when the chunk loads.
 */
export function stylesFor(manifest, page) {
  if (page.helpdesk) {
    // The helpdesk page's CSS sits with the chunks it imports (the share panel's module).
    const files = new Set();
    const seen = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || chunk.isEntry || seen.has(key)) return;
      seen.add(key);
      for (const css of chunk.css ?? []) files.add(css);
      for (const dep of chunk.imports ?? []) visit(dep);
    };
    helpdeskKeys(page.lang).forEach(visit);
    return [...files];
  }
  return page.map ? (manifest['src/features/map/map-page.tsx']?.css ?? []) : [];
}

/** The helpdesk page's chunks: its route and its language's index (a virtual module). */
function helpdeskKeys(lang) {
  return ['src/app/helpdesk-route.tsx', `virtual:helpdesk-index/${lang}`];
}

/**
 * Takes the app's entry script and its modulepreloads out of the HTML and hands their URLs to boot.js,
 * which fetches and starts them once the page has loaded and painted: the prerendered page paints from
 * HTML and CSS alone, and the JavaScript that enhances it no longer competes with the first paint on a
 * slow phone. (Every page works without it: answers are real links.)
 */
export function deferEntry(html, preloads = []) {
  const entry = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/.exec(html);
  if (!entry) return html;
  const found = [];
  const rest = html
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>/g, (_, href) => {
      found.push(href);
      return '';
    });
  const urls = [...new Set([...found, ...preloads])];
  const preload = urls.length > 0 ? ` data-preload="${urls.join(' ')}"` : '';
  return rest.replace(
    /<script src="([^"]*boot\.js)"><\/script>/,
    `<script src="$1" data-entry="${entry[1]}"${preload}></script>`,
  );
}

/**
 * The stylesheet is same-origin and needs no CORS: without `crossorigin` it also loads in a frame
 * sandboxed without allow-same-origin (an opaque origin, which CORS would refuse), so the prerendered page
 * there is styled even when the host sends no Access-Control-Allow-Origin (docs/deploy.md).
 */
export function plainStylesheets(html) {
  return html.replace(/<link rel="stylesheet" crossorigin /g, '<link rel="stylesheet" ');
}

export function fillTemplate(
  template,
  { html, path, lang, title, description, preloads = [], styles = [], base = '/' },
) {
  const links = styles.map((f) => `<link rel="stylesheet" href="${base}${f}">`).join('\n    ');
  return deferEntry(
    plainStylesheets(template),
    preloads.map((f) => `${base}${f}`),
  )
    .replace('</head>', links ? `  ${links}\n  </head>` : '</head>')
    .replace('<html lang="ja">', `<html lang="${lang}">`)
    .replace('<!--csp-->', `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`)
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      '<meta name="description" content="" />',
      `<meta name="description" content="${escapeHtml(description ?? '')}" />`,
    )
    .replace(
      '<div id="root" data-path=""><!--app--></div>',
      `<div id="root" data-path="${escapeHtml(path)}">${html}</div>`,
    );
}

/** Minifies dist/boot.js in place (Vite's own minifier; a syntax error fails the build). */
async function minifyBoot(file) {
  const result = await minify('boot.js', await readFile(file, 'utf8'), { compress: true, mangle: true });
  if (result.errors?.length) throw new Error(`boot.js: ${result.errors.map((e) => e.message).join('; ')}`);
  await writeFile(file, result.code);
}

async function main() {
  const started = performance.now();
  if (process.env.BUILD_MODE === 'development') process.env.NODE_ENV = 'development';
  // BUILD_MODE=development gives React's full warnings (hydration mismatches) in a production-shaped site.
  const quiet = {
    logLevel: process.env.VERBOSE ? 'info' : 'warn',
    mode: process.env.BUILD_MODE ?? 'production',
  };
  const warning = embedOriginsWarning(loadEnv(quiet.mode, root, 'VITE_EMBED_').VITE_EMBED_ALLOWED_ORIGINS);
  if (warning) console.warn(`\nWarning: ${warning}\n`);
  const manifestOut = manifestFile(dist);
  await rm(dist, { recursive: true, force: true });
  await rm(ssrOut, { recursive: true, force: true });
  await rm(dirname(manifestOut), { recursive: true, force: true });
  // A development build is unminified on purpose (React's warnings): its size is not worth a warning.
  await build({
    root,
    ...quiet,
    build: { outDir: dist, chunkSizeWarningLimit: quiet.mode === 'development' ? 2048 : 500 },
  });
  await buildEmbed({ root, outDir: dist, base: process.env.BASE_PATH ?? '/' });
  // boot.js is copied from public/ as written (readable, commented); every page loads it before first
  // paint, so the production build minifies it (~1.8 → ~1.0 KB gzip).
  if (quiet.mode !== 'development') await minifyBoot(join(dist, 'boot.js'));
  await build({
    root,
    ...quiet,
    build: { ssr: 'src/entry-server.tsx', outDir: ssrOut, manifest: false, emptyOutDir: true },
  });

  const template = await readFile(join(dist, 'index.html'), 'utf8');
  const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
  const pages = await server.listPages();
  // The helpdesk index of each language (every fix and step, with search, copy and QR actions).
  for (const lang of ['ja', 'en']) pages.push({ path: `/${lang}/helpdesk/`, lang, helpdesk: true });
  // The map of each guide (/<lang>/<guide>/map/), in every language the guide is listed in.
  for (const page of pages.filter((p) => p.guide && p.path === `/${p.lang}/${p.guide}/`)) {
    pages.push({ path: `${page.path}map/`, lang: page.lang, guide: page.guide, map: true });
  }
  // Vite's manifest is for this script, the tests and the benches, not for visitors: out of the site.
  await mkdir(dirname(manifestOut), { recursive: true });
  await rename(join(dist, '.vite/manifest.json'), manifestOut);
  await rm(join(dist, '.vite'), { recursive: true, force: true });
  const manifest = JSON.parse(await readFile(manifestOut, 'utf8'));
  const base = process.env.BASE_PATH ?? '/';

  const write = async (file, content) => {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  };

  for (const page of pages) {
    const { html, head } = await server.render(page.path);
    const out = fillTemplate(template, {
      html,
      path: page.path,
      lang: page.lang,
      title: head.title ?? '',
      description: head.description,
      preloads: preloadsFor(manifest, page),
      styles: stylesFor(manifest, page),
      base,
    });
    await write(join(dist, page.path, 'index.html'), out);
  }
  // "/" shows the Japanese home without JavaScript; the client then picks the browser's language.
  const home = await server.render('/ja/');
  await write(
    join(dist, 'index.html'),
    fillTemplate(template, {
      html: home.html,
      path: '/ja/',
      lang: 'ja',
      title: home.head.title ?? '',
      description: home.head.description,
      preloads: preloadsFor(manifest, { path: '/ja/', lang: 'ja' }),
      base,
    }),
  );
  // Static hosts answer unknown paths with 404.html; the client notices the path differs and renders fresh.
  const missing = await server.render('/ja/__not-found__/');
  await write(
    join(dist, '404.html'),
    fillTemplate(template, {
      html: missing.html,
      path: '/__404__',
      lang: 'ja',
      title: missing.head.title ?? '',
      description: '',
    }),
  );
  await rm(ssrOut, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  console.log(
    `Built ${pages.length + 2} pages into ${outName}/ in ${ms} ms${process.env.BASE_PATH ? ` (base ${process.env.BASE_PATH})` : ''}.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
