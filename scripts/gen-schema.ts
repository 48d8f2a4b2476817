// Writes the JSON Schema files that editors use for guides, shared.json and providers.json (from engine/schema.ts).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/engine/schema';

const CONTENT = resolve(fileURLToPath(new URL('../src/content', import.meta.url)));

/** File name → exact text to write (2-space JSON, trailing newline, like the other content files). */
export function schemaFiles(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jsonSchemas()).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]),
  );
}

const invoked = process.argv.slice(1).map((a) => resolve(a));
if (invoked.includes(fileURLToPath(import.meta.url))) {
  for (const [name, text] of Object.entries(schemaFiles())) {
    writeFileSync(join(CONTENT, name), text);
    console.log(`wrote src/content/${name}`);
  }
}
