// A gzip front for the plain static server, for benchmarks: real hosts compress text (docs/deploy.md asks
// for it), and Lighthouse's simulated phone network would otherwise download the entry uncompressed.
import { createServer, request } from 'node:http';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Starts a proxy on 127.0.0.1 in front of `target` (an origin such as http://127.0.0.1:4173) that answers
 * exactly as the target does, gzip-compressed (level 6, as hosts usually do) when the client accepts it.
 * @param {string} target
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startGzipProxy(target) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' },
      },
      (reply) => {
        const chunks = [];
        reply.on('data', (chunk) => chunks.push(chunk));
        reply.on('end', () => {
          const headers = { ...reply.headers };
          let body = Buffer.concat(chunks);
          const type = String(headers['content-type'] ?? '');
          if (
            COMPRESSIBLE.test(type) &&
            /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
            body.length > 0
          ) {
            body = gzipSync(body, { level: 6 });
            headers['content-encoding'] = 'gzip';
            headers.vary = 'Accept-Encoding';
          }
          headers['content-length'] = String(body.length);
          res.writeHead(reply.statusCode ?? 502, headers);
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    );
    forward.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
