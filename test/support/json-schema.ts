/**
 * Validators for the JSON Schemas the package ships (docs/schemas/*.json), with ajv (draft
 * 2020-12) and ajv-formats, so tests check results the way a non-TypeScript client would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from './examples.js';

export type SchemaName = 'contract' | 'timeline' | 'batch-row' | 'compact-row' | 'bill-row';

export function shippedSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'docs', 'schemas', `${name}.json`), 'utf8')) as Record<string, unknown>;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validators = new Map<SchemaName, ReturnType<typeof ajv.compile>>();

/** The ajv errors of `value` against a shipped schema, or `[]` when it validates. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.compile(shippedSchema(name));
    validators.set(name, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
