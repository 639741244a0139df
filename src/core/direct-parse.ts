/**
 * The direct path of input validation: most inputs are valid, and for the schemas made of
 * our own field schemas (an object of them, optional or nullable) the checks can run without
 * zod's machinery, at a fraction of its cost. Anything the direct path does not accept — or a
 * schema with parts it does not know — goes to zod, which gives the answer or the error. So
 * the direct path can only ever say yes where zod says yes, with the same value
 * (test/core/schema.test.ts compares the two on random inputs). core/schema.ts's
 * `parseInput` is its main caller.
 *
 * @module
 */
import * as z from 'zod/mini';

/** The direct path's "no": zod decides. */
export const DECLINED: unique symbol = Symbol('declined');
/** A direct check: the value zod would give, or {@link DECLINED}. */
export type Direct = (value: unknown) => unknown;

/**
 * The direct check behind each schema `checked` made (core/schema.ts), for `parseInput`'s direct path —
 * keyed by the schema's definition, which its clones share (a described field is a clone).
 */
const CHECKS = new WeakMap<object, Direct>();

/** Records `check` as the direct path of the schema whose definition is `def` (schema.ts's `checked`). */
export function registerDirect(def: object, check: Direct): void {
  CHECKS.set(def, check);
}

interface Def {
  readonly type: string;
  readonly innerType?: z.core.$ZodType;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly catchall?: z.core.$ZodType;
  readonly element?: z.core.$ZodType;
  readonly checks?: readonly z.core.$ZodType[];
}
const defOf = (schema: z.core.$ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The length bounds of a string's or an array's checks (`z.minLength`, `z.maxLength`), or
 * null when it has a check the direct path does not know.
 */
function lengthBounds(def: Def): { min: number; max: number } | null {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const c of def.checks ?? []) {
    const d = (c as unknown as { _zod: { def: { check: string; minimum?: number; maximum?: number } } })._zod.def;
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum);
    else if (d.check === 'max_length' && typeof d.maximum === 'number') max = Math.min(max, d.maximum);
    else return null;
  }
  return { min, max };
}

/** Kinds of schema a caller adds to the direct path (the contract record's: {@link directOfBasic}). */
type Extra = (def: Def) => Direct | null;
const NO_EXTRA: Extra = () => null;

/**
 * The direct path of a string, a number or an array (their plain forms and length bounds) —
 * only for {@link safeParseQuick}'s callers, so that the Sheets script, which never calls it,
 * does not carry it.
 */
function directOfBasic(def: Def): Direct | null {
  if (def.type !== 'string' && def.type !== 'number' && def.type !== 'array') return null;
  const bounds = lengthBounds(def);
  if (bounds === null) return null;
  const { min, max } = bounds;
  if (def.type === 'string') {
    return (value) => (typeof value === 'string' && value.length >= min && value.length <= max ? value : DECLINED);
  }
  if (def.type === 'number' && (def.checks ?? []).length === 0) {
    return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : DECLINED);
  }
  if (def.type === 'array' && def.element !== undefined) {
    const element = direct(def.element, directOfBasic);
    if (element === null) return null;
    return (input) => {
      if (!Array.isArray(input) || input.length < min || input.length > max) return DECLINED;
      const out = new Array<unknown>(input.length);
      for (let i = 0; i < input.length; i++) {
        const r = element(input[i]);
        if (r === DECLINED) return DECLINED;
        out[i] = r;
      }
      return out;
    };
  }
  return null;
}

/** The direct path of a schema, or null when it has a part the direct path does not know. */
function direct(schema: z.core.$ZodType, extra: Extra): Direct | null {
  const def = defOf(schema);
  const more = extra(def);
  if (more !== null) return more;
  if (def.type === 'transform') {
    return CHECKS.get(def) ?? null;
  }
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) {
    const inner = direct(def.innerType, extra);
    if (inner === null) return null;
    const absent = def.type === 'optional' ? undefined : null;
    return (value) => (value === absent ? value : inner(value));
  }
  if (def.type === 'object' && def.shape !== undefined) {
    const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
    if (def.catchall !== undefined && !strict) return null;
    return directObject(def.shape, strict, extra);
  }
  return null;
}

/**
 * The direct path of an object of known fields: the fields' checks in two lists walked by index
 * (no entries, destructuring or closures per record), and, when `strict`, the input's keys
 * looked up in a table without a prototype.
 */
function directObject(shape: Readonly<Record<string, z.core.$ZodType>>, strict: boolean, extra: Extra): Direct | null {
  const keys = Object.keys(shape);
  const checks: Direct[] = [];
  const known: Record<string, true> = Object.create(null);
  for (const key of keys) {
    const d = direct(shape[key] as z.core.$ZodType, extra);
    if (d === null) return null;
    checks.push(d);
    known[key] = true;
  }
  const n = keys.length;
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return DECLINED;
    const source = input as Record<string, unknown>;
    if (strict) {
      for (const key in source) if (known[key] !== true) return DECLINED;
    }
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      const r = (checks[i] as Direct)(source[key]);
      if (r === DECLINED) return DECLINED;
      // As zod: an absent optional field stays absent, one given as undefined is kept.
      if (r !== undefined || key in source) out[key] = r;
    }
    return out;
  };
}

const DIRECT = new WeakMap<object, Direct | null>();
const QUICK = new WeakMap<object, Direct | null>();

/** `input` through the direct path of `schema` (with `extra` kinds, cached in `cache`), or {@link DECLINED}. */
export function directParse(
  schema: z.core.$ZodType,
  input: unknown,
  cache: WeakMap<object, Direct | null> = DIRECT,
  extra: Extra = NO_EXTRA,
): unknown {
  let fast = cache.get(schema);
  if (fast === undefined) {
    fast = direct(schema, extra);
    cache.set(schema, fast);
  }
  return fast === null ? DECLINED : fast(input);
}

/**
 * The direct check of `schema` as {@link safeParseQuick} runs it (the value zod gives, or
 * {@link DECLINED} where zod may say no), or null when the schema has a part it does not know:
 * for a caller that checks the common part of a larger input by hand (the contract record).
 */
export function quickCheckOf(schema: z.core.$ZodType): Direct | null {
  let fast = QUICK.get(schema);
  if (fast === undefined) {
    fast = direct(schema, directOfBasic);
    QUICK.set(schema, fast);
  }
  return fast;
}

/**
 * zod's `safeParse` for an input that is most often valid: the direct path first, zod when
 * it declines — the same answer (`success`, and `data` on success) at a fraction of the cost.
 * For a caller that builds its own error from zod's issues (the contract record).
 */
export function safeParseQuick<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
): { readonly success: true; readonly data: z.output<S> } | { readonly success: false } {
  const out = directParse(schema, input, QUICK, directOfBasic);
  if (out !== DECLINED) return { success: true, data: out as z.output<S> };
  const r = z.safeParse(schema, input);
  return r.success ? { success: true, data: r.data } : { success: false };
}
