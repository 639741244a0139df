/**
 * Writes the JSON Schemas of the lifecycle layer to docs/schemas/ (`npm run schemas`).
 * test/lifecycle/schemas.test.ts fails when the committed files differ from these.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '../../src/lifecycle/json-schema.js';

const dir = fileURLToPath(new URL('../../docs/schemas/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(dir, name), text);
  process.stdout.write(`docs/schemas/${name}\n`);
}
