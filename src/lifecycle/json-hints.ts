/**
 * JSON Schema hints for the field schemas of the lifecycle layer.
 *
 * The contract record is validated by zod field schemas that turn strings into value
 * objects (`dateField`, `yenField`, …). A transform has no JSON Schema of its own, so each
 * field used in the record is a copy of its core schema carrying the JSON Schema of what it
 * accepts in JSON and a description; `toJsonSchema` (json-schema.ts) writes them in. The
 * copies validate exactly as the originals. Internal: not exported from the package root.
 *
 * @module
 */
import type * as z from 'zod/mini';

/** A fragment of JSON Schema (draft 2020-12) for one field. */
export type JsonFragment = { readonly [key: string]: unknown };

const HINTS = new WeakMap<object, JsonFragment>();

/**
 * A copy of `schema` that validates the same way and carries `fragment` (plus
 * `description`) for the JSON Schema.
 */
export function hinted<S extends z.ZodMiniType>(schema: S, fragment: JsonFragment, description?: string): S {
  const copy = schema.clone() as S;
  HINTS.set(copy, description === undefined ? fragment : { ...fragment, description });
  return copy;
}

/** The JSON Schema fragment of a hinted schema, if it has one. */
export function hintOf(schema: unknown): JsonFragment | undefined {
  return typeof schema === 'object' && schema !== null ? HINTS.get(schema) : undefined;
}

/** `'YYYY-MM-DD'`. */
export const DATE_JSON: JsonFragment = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
/** An ISO 8601 instant with an offset or `Z`. */
export const INSTANT_JSON: JsonFragment = { type: 'string', format: 'date-time' };
/** Whole yen: a non-negative safe integer or a string of ASCII digits. */
export const YEN_JSON: JsonFragment = {
  anyOf: [
    { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    { type: 'string', pattern: '^(0|[1-9][0-9]*)$' },
  ],
};

/** A whole number in `[minimum, maximum]`. */
export function intJson(minimum: number, maximum: number): JsonFragment {
  return { type: 'integer', minimum, maximum };
}

/** One of a list of strings. */
export function enumJson(values: readonly string[]): JsonFragment {
  return { type: 'string', enum: [...values] };
}
