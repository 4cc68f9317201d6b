import { z } from 'zod';
import { PUBLISHED_SCHEMAS } from './schemas.ts';

/** JSON Schema text per published schema, as written to docs/schema/ (stable key order). */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12' });
    out[name] = JSON.stringify({ $id: `${name}.schema.json`, title: name, ...json }, null, 2) + '\n';
  }
  return out;
}
