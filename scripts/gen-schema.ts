// Writes the JSON Schema files that editors use for guides, shared.json and providers.json (from tools/content/schema.ts).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { jsonSchemas } from '../tools/content/schema';

const CONTENT = resolve(fileURLToPath(new URL('../src/content', import.meta.url)));

/** File name → exact text to write (2-space JSON, trailing newline, like the other content files). */
export function schemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jsonSchemas()).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

async function main(): Promise<void> {
  for (const [name, text] of Object.entries(schemaFiles())) {
    const file = join(CONTENT, name);
    // Written as prettier would, so `npm run format` and this script never fight over the files.
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
    console.log(`wrote src/content/${name}`);
  }
}

const invoked = process.argv.slice(1).map((a) => resolve(a));
if (invoked.includes(fileURLToPath(import.meta.url))) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
