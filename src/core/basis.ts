/**
 * The result convention: every result is a plain, JSON-serialisable object
 * with the fields of its answer and `basis`, the provisions it applied.
 *
 * @module
 */
import { describeValue, invalidInput } from './errors.js';
import { isProvisionRef, type ProvisionRef } from './provisions.js';

/** What every public result carries besides its own fields. */
export interface WithBasis {
  /** The provisions applied, in dotted form (`'13.2'`, `'14.1.9'`, `'spec.1.5'`). */
  readonly basis: ProvisionRef[];
}

/** A result: the answer's fields plus {@link WithBasis.basis}. */
export type TermsResult<T extends object> = T & WithBasis;

/**
 * A fresh basis list (results never share a mutable array), without repeats,
 * in the order given. A ref that is not a provision of the terms is a
 * {@link TermsError} naming `refs.<index>`.
 */
export function basis(...refs: ProvisionRef[]): ProvisionRef[] {
  for (let i = 0; i < refs.length; i++) {
    if (!isProvisionRef(refs[i]))
      throw invalidInput(
        `refs.${i}`,
        `expected a provision such as '13.2', got ${describeValue(refs[i])}`,
        'provision',
        {
          received: describeValue(refs[i]),
        },
      );
  }
  return refs.length < 2 ? refs : [...new Set(refs)];
}
