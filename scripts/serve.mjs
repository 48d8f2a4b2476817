// Serves the built site from dist/ like a static host would (npm start, npm run preview).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase, startStaticServer } from './lib/static-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DIST_DIR serves another build output (e.g. a development build kept beside dist/).
const root = path.resolve(repoRoot, process.env.DIST_DIR ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH ?? '/');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(
    `No build found in ${root}. Run \`npm run build\` first (or \`npm start\`, which builds and serves).`,
  );
  process.exit(1);
}

let server;
try {
  server = await startStaticServer({ root, base, port, host });
} catch (error) {
  const code = /** @type {NodeJS.ErrnoException} */ (error).code;
  if (code === 'EADDRINUSE') {
    console.error(
      `Port ${port} on ${host} is already in use. Stop the other server or pick another: PORT=4174 npm run preview`,
    );
  } else {
    console.error(error);
  }
  process.exit(1);
}

console.log(`Mail Troubleshooter running at ${server.url}`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
