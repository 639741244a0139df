/**
 * The problems a record check finds: gathered, so that a record's problems come in one round,
 * then thrown as one `TermsError`.
 *
 * @module
 */
import { TermsError, isTermsError, type TermsErrorCode, type TermsIssue } from '../core/errors.js';

/** The problems found so far, and the code they will be thrown with. */
export class Problems {
  readonly issues: TermsIssue[] = [];
  private refusal: TermsErrorCode | undefined;

  add(path: string, message: string, code: TermsErrorCode = 'INVALID_INPUT'): void {
    this.issues.push({ path, message });
    if (code !== 'INVALID_INPUT') this.refusal ??= code;
  }

  /**
   * A date at `path` that must not fall before (`not-before`) or after (`not-after`) the
   * date of `other`: the issue carries its kind and params, so that it is said in the
   * user's language (`formatTermsError`).
   */
  order(
    kind: 'not-before' | 'not-after',
    path: string,
    message: string,
    other: string,
    date: { toString(): string },
    received: { toString(): string },
  ): void {
    this.issues.push({ path, message, kind, params: { other, date: date.toString(), received: received.toString() } });
  }

  /**
   * A value computed by a trusted rule, or a problem at `path` when it runs past 2199-12-31,
   * saying `what()` ran past (words made only then: most records never need them).
   */
  inRange<T>(path: string, what: () => string, run: () => T): T | undefined {
    try {
      return run();
    } catch (e) {
      if (!isTermsError(e) || e.code !== 'DATE_OUT_OF_RANGE') throw e;
      this.add(path, `${what()} falls after 2199-12-31, the last day supported`, 'DATE_OUT_OF_RANGE');
      return undefined;
    }
  }

  /** Throws them: `INVALID_INPUT` when any field is wrong, else the terms' own refusal. */
  throwIfAny(): void {
    if (this.issues.length === 0) return;
    const code = this.refusal !== undefined && this.issues.length === 1 ? this.refusal : 'INVALID_INPUT';
    throw new TermsError(code, this.issues);
  }
}
