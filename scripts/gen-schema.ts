import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../src/model/json-schema.ts';

/** Writes docs/schema/*.schema.json from the zod schemas (npm run schema). */
const dir = fileURLToPath(new URL('../docs/schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemas())) {
  writeFileSync(`${dir}${name}.schema.json`, text);
  console.log(`docs/schema/${name}.schema.json`);
}
