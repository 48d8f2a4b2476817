// A static file server for a build folder that behaves like a plain static host (npm start, e2e, benches).
// sirv finds and streams the files, with their content types and its own guard that keeps every lookup
// inside root. Around it, what a host does (docs/deploy.md): the base path, a directory's index.html and
// the redirect to its slash, 404.html with status 404, caching, CORS on assets/ (so a frame sandboxed
// without allow-same-origin can run the app) and the security headers it is given.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/** Normalises a base path to the form "/" or "/a/b/". */
export function normalizeBase(base = '/') {
  let b = String(base).trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

/** Types sirv (mrmime) does not know but the build ships. */
const EXTRA_TYPES = { '.ico': 'image/x-icon' };

/**
 * Starts the server. `headers` is added to every response (for example a Content-Security-Policy, so
 * tests see what a strict host would enforce). `assetsCors` (default true) sends
 * `Access-Control-Allow-Origin: *` on assets/ as docs/deploy.md recommends; false plays a host without it.
 * @param {{ root: string, base?: string, port?: number, host?: string, fallback?: string,
 *   headers?: Record<string, string>, assetsCors?: boolean }} options
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  root,
  base = '/',
  port = 0,
  host = '127.0.0.1',
  fallback = '404.html',
  headers = {},
  assetsCors = true,
}) {
  const rootDir = path.resolve(root);
  const basePath = normalizeBase(base);
  // dev: look files up on each request, so a file written after start (a test's host page) is found.
  // No ETag: every request gets a 200 with the file, as before, never a 304 a test would have to expect.
  const files = sirv(rootDir, { dev: true, etag: false, extensions: [] });

  function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  }

  async function notFound(res) {
    let body = 'Not found';
    let type = 'text/plain; charset=utf-8';
    if (fallback) {
      try {
        body = await readFile(path.join(rootDir, fallback));
        type = 'text/html; charset=utf-8';
      } catch {
        // No 404 page in this build: the plain-text body is still an honest 404.
      }
    }
    send(res, 404, type, body);
  }

  function redirect(res, location) {
    res.setHeader('Location', location);
    send(res, 301, 'text/plain; charset=utf-8', `Moved to ${location}`);
  }

  /** True for "a/b" when root/a/b/index.html exists, and never for a path that leaves root. */
  function isDirectoryWithIndex(relative) {
    const dir = path.resolve(rootDir, `.${path.sep}${relative}`);
    if (dir !== rootDir && !dir.startsWith(rootDir + path.sep)) return false;
    return existsSync(path.join(dir, 'index.html'));
  }

  async function handle(req, res) {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { pathname, search } = url;

    // "/help/mail" is the app's home without its slash: a static host would redirect it.
    if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
      redirect(res, basePath + search);
      return;
    }
    if (!pathname.startsWith(basePath)) {
      await notFound(res);
      return;
    }
    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(basePath.length));
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
      return;
    }
    // A directory is served as its index.html, and only with the slash (links end in "/").
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const type = EXTRA_TYPES[path.extname(file).toLowerCase()];
    if (type) res.setHeader('Content-Type', type);
    // As docs/deploy.md asks: hashed files under assets/ forever, everything else revalidated.
    const isAsset = pathname.startsWith(`${basePath}assets/`);
    res.setHeader('Cache-Control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    // Public files with no cookies: any origin may read them, which a sandboxed (opaque-origin) frame needs
    // for the app's module scripts and crossorigin stylesheet. Pages themselves never get it.
    if (isAsset && assetsCors) res.setHeader('Access-Control-Allow-Origin', '*');
    req.url = `/${file.slice(basePath.length)}`;
    files(req, res, () => {
      res.removeHeader('Content-Type');
      res.removeHeader('Access-Control-Allow-Origin');
      res.setHeader('Cache-Control', 'no-cache');
      if (!pathname.endsWith('/') && isDirectoryWithIndex(relative)) redirect(res, `${pathname}/${search}`);
      else void notFound(res).catch(() => res.destroy());
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Server error');
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const origin = `http://${hostForUrl}:${actualPort}`;

  return {
    url: origin + basePath,
    origin,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets from a browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
