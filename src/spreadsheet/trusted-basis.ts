/**
 * The Sheets script's stand-in for src/core/basis.ts (resolved in its place by the
 * build, as exact-decimal.ts stands in for decimal.js). The library's `basis()` refuses
 * a reference that is not a provision of the terms, for callers who build their own;
 * inside the script every reference is a literal of the library's code, checked by its
 * tests (test/docs/traceability.test.ts), so the check — and the list of 188 provisions
 * it needs — stays out of the script's 25 KB.
 *
 * @module
 */
import type { ProvisionRef } from '../core/provisions.js';

export type { TermsResult, WithBasis } from '../core/basis.js';

/** As the library's `basis()`: the references, without repeats, in the order given. */
export function basis(...refs: ProvisionRef[]): ProvisionRef[] {
  return refs.length < 2 ? refs : [...new Set(refs)];
}
