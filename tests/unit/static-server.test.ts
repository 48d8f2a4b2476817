// The static server behind npm start, the e2e tests and the benches behaves like the host docs/deploy.md
// describes: a directory's index.html, 404.html with status 404, a base path, the headers it is given, and
// no way out of its root.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { normalizeBase, startStaticServer } from '../../scripts/lib/static-server.mjs';
import type { StaticServer } from '../../scripts/lib/static-server.mjs';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw GET: fetch() would normalise "/../" away before the server ever saw it. */
function get(origin: string, rawPath: string, method = 'GET'): Promise<Reply> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const CSP = "default-src 'self'; frame-ancestors 'none'";
let parent: string;
let root: string;
let server: StaticServer;
let based: StaticServer;

beforeAll(async () => {
  // root sits beside a secret file and a sibling folder whose name starts like root's: neither may leak.
  parent = await mkdtemp(path.join(os.tmpdir(), 'mt-static-'));
  root = path.join(parent, 'site');
  await mkdir(path.join(root, 'en', 'guide'), { recursive: true });
  await mkdir(path.join(root, 'assets'));
  await mkdir(path.join(parent, 'site-other'));
  await writeFile(path.join(root, 'index.html'), '<h1>home</h1>');
  await writeFile(path.join(root, 'en', 'guide', 'index.html'), '<h1>guide</h1>');
  await writeFile(path.join(root, '404.html'), '<h1>not found</h1>');
  await writeFile(path.join(root, 'app.js'), 'export {};');
  await writeFile(path.join(root, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(path.join(parent, 'secret.txt'), 'secret');
  await writeFile(path.join(parent, 'site-other', 'index.html'), 'secret sibling');
  server = await startStaticServer({
    root,
    port: 0,
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CSP, 'Referrer-Policy': 'no-referrer' },
  });
  based = await startStaticServer({ root, base: '/help/mail/', port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await based?.close();
  if (parent) await rm(parent, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  test('answers on 127.0.0.1 at the port it was given (0: a free one)', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/`);
    expect(based.url).toBe(`http://127.0.0.1:${based.port}/help/mail/`);
  });

  test("serves a directory's index.html, and redirects the directory without its slash", async () => {
    const home = await get(server.origin, '/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<h1>home</h1>');
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['cache-control']).toBe('no-cache');

    expect((await get(server.origin, '/en/guide/?a=b')).body).toBe('<h1>guide</h1>');
    const bare = await get(server.origin, '/en/guide?a=b');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/en/guide/?a=b');
  });

  test('serves files with their type; hashed assets are cached for good', async () => {
    const app = await get(server.origin, '/app.js');
    expect(app.status).toBe(200);
    expect(app.headers['content-type']).toMatch(/^text\/javascript/);
    const asset = await get(server.origin, '/assets/index-abc123.js');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('lets any origin read assets/ (a sandboxed frame needs it), never pages or misses', async () => {
    const asset = await get(server.origin, '/assets/index-abc123.js');
    expect(asset.headers['access-control-allow-origin']).toBe('*');
    for (const p of ['/', '/app.js', '/assets/no-such-file.js', '/no-such-page/']) {
      const reply = await get(server.origin, p);
      expect(reply.headers['access-control-allow-origin'], p).toBeUndefined();
    }
    const strict = await startStaticServer({ root, assetsCors: false });
    try {
      const plain = await get(strict.origin, '/assets/index-abc123.js');
      expect(plain.status).toBe(200);
      expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await strict.close();
    }
  });

  test('answers an unknown path with 404.html and status 404', async () => {
    for (const unknown of ['/en/no-such-page/', '/no-such-file.js', '/app.js/', '/en/guide/index.html/']) {
      const reply = await get(server.origin, unknown);
      expect(reply.status, unknown).toBe(404);
      expect(reply.body, unknown).toBe('<h1>not found</h1>');
      expect(reply.headers['content-type'], unknown).toMatch(/^text\/html/);
    }
  });

  test('sends the headers it was given, and nosniff, on every response', async () => {
    for (const p of ['/', '/app.js', '/no-such-page/']) {
      const reply = await get(server.origin, p);
      expect(reply.headers['content-security-policy'], p).toBe(CSP);
      expect(reply.headers['referrer-policy'], p).toBe('no-referrer');
      expect(reply.headers['x-content-type-options'], p).toBe('nosniff');
    }
  });

  test('serves under a base path: the home, pages and 404s under it, nothing outside it', async () => {
    const home = await get(based.origin, '/help/mail/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<h1>home</h1>');
    expect((await get(based.origin, '/help/mail/en/guide/')).body).toBe('<h1>guide</h1>');

    const bare = await get(based.origin, '/help/mail?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/help/mail/?x=1');

    const outside = await get(based.origin, '/en/guide/');
    expect(outside.status).toBe(404);
    expect(outside.body).toBe('<h1>not found</h1>');
    expect((await get(based.origin, '/help/mail/nope/')).status).toBe(404);
  });

  test('only GET and HEAD', async () => {
    expect((await get(server.origin, '/', 'HEAD')).status).toBe(200);
    const post = await get(server.origin, '/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test('no path escapes root: "..", encoded dots and slashes, backslashes, a sibling folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../secret.txt',
      '/en/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/../site-other/',
      '/../site-other',
      '/%2e%2e/site-other',
      '/..%2fsite-other',
      '/..%2fsite-other/',
      '/..%5csite-other',
      '/secret.txt%00.html',
    ];
    for (const attempt of attempts) {
      for (const origin of [server.origin, based.origin]) {
        const rawPath = origin === based.origin ? `/help/mail${attempt}` : attempt;
        const reply = await get(origin, rawPath);
        expect(reply.body, rawPath).not.toContain('secret');
        expect([301, 400, 404], rawPath).toContain(reply.status);
        if (reply.status === 301) expect(reply.headers.location, rawPath).not.toContain('site-other');
      }
    }
  });
});

describe('normalizeBase', () => {
  test('gives "/" or "/a/b/"', () => {
    expect(normalizeBase()).toBe('/');
    expect(normalizeBase('help/mail')).toBe('/help/mail/');
    expect(normalizeBase('/help//mail/')).toBe('/help/mail/');
  });
});
