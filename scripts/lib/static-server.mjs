// A small static file server for dist/ that behaves like a plain static host (used by npm start and e2e).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Normalises a base path to the form "/" or "/a/b/". */
export function normalizeBase(base = '/') {
  let b = String(base).trim();
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b.replace(/\/{2,}/g, '/');
}

export function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

async function statOrNull(p) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

/**
 * Starts the server. `headers` is added to every response (for example a Content-Security-Policy, so
 * tests see what a strict host would enforce).
 * @param {{ root: string, base?: string, port?: number, host?: string, fallback?: string,
 *   headers?: Record<string, string> }} options
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  root,
  base = '/',
  port = 0,
  host = '127.0.0.1',
  fallback = '404.html',
  headers = {},
}) {
  const rootDir = path.resolve(root);
  const basePath = normalizeBase(base);

  function send(req, res, status, extraHeaders, body) {
    res.writeHead(status, { ...headers, ...extraHeaders });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function sendNotFound(req, res) {
    let body = 'Not found';
    let type = 'text/plain; charset=utf-8';
    if (fallback) {
      try {
        body = await readFile(path.join(rootDir, fallback));
        type = contentTypeFor(fallback);
      } catch {
        // No 404 page in this build: the plain-text body is still an honest 404.
      }
    }
    send(req, res, 404, { 'Content-Type': type, 'Cache-Control': 'no-cache' }, body);
  }

  function redirect(req, res, location) {
    send(
      req,
      res,
      301,
      { Location: location, 'Content-Type': 'text/plain; charset=utf-8' },
      `Moved to ${location}`,
    );
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(
        req,
        res,
        405,
        { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
        'Method not allowed',
      );
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;

    // "/help/mail" is the app's home without its slash: a static host would redirect it.
    if (basePath !== '/' && pathname === basePath.slice(0, -1)) {
      redirect(req, res, basePath + url.search);
      return;
    }
    if (!pathname.startsWith(basePath)) {
      await sendNotFound(req, res);
      return;
    }

    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(basePath.length));
    } catch {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request');
      return;
    }
    // Traversal guard on the decoded path: "%2e%2e/" and backslashes must not escape root.
    const segments = relative.split(/[/\\]/);
    if (relative.includes('\0') || segments.includes('..')) {
      await sendNotFound(req, res);
      return;
    }
    const target = path.resolve(rootDir, relative);
    const fromRoot = path.relative(rootDir, target);
    if (fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
      await sendNotFound(req, res);
      return;
    }

    let filePath = target;
    let info = await statOrNull(filePath);
    if (info?.isDirectory()) {
      const index = path.join(filePath, 'index.html');
      const indexInfo = await statOrNull(index);
      if (!indexInfo?.isFile()) {
        await sendNotFound(req, res);
        return;
      }
      if (!pathname.endsWith('/')) {
        redirect(req, res, `${pathname}/${url.search}`);
        return;
      }
      filePath = index;
      info = indexInfo;
    }
    // "/app.js/" is not a file on a real host either.
    if (!info?.isFile() || (filePath === target && pathname.endsWith('/'))) {
      await sendNotFound(req, res);
      return;
    }

    const type = contentTypeFor(filePath);
    const responseHeaders = {
      'Content-Type': type,
      'Content-Length': String(info.size),
      'X-Content-Type-Options': 'nosniff',
    };
    if (type.startsWith('text/html')) responseHeaders['Cache-Control'] = 'no-cache';
    res.writeHead(200, { ...headers, ...responseHeaders });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(filePath);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error');
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
