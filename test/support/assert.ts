import { expect } from 'vitest';
import { TermsError, type TermsErrorCode } from '../../src/index.js';

/**
 * Runs `fn` and checks it throws a TermsError with `code` whose message names
 * `field` (and, when given, contains `text`). Returns the error for more checks.
 */
export function expectTermsError(
  fn: () => unknown,
  field: string,
  code: TermsErrorCode = 'INVALID_INPUT',
  text?: string | RegExp,
): TermsError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a TermsError to be thrown').toBeInstanceOf(TermsError);
  const error = caught as TermsError;
  expect(error.code).toBe(code);
  expect(error.message).toContain(field);
  expect(error.issues.some((i) => i.path === field)).toBe(true);
  if (text !== undefined) expect(error.message).toMatch(text);
  return error;
}
