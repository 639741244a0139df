/**
 * Every {@link IssueKind}, as a list for schemas and for the message catalogue's
 * completeness test. A module of its own, so the spreadsheet script, which never
 * lists them, does not carry it.
 *
 * @module
 */
import type { IssueKind } from './errors.js';

/** Every kind of issue, in the order of `IssueKind`'s documentation. */
export const ISSUE_KINDS = [
  'date',
  'month',
  'instant',
  'yen',
  'boolean',
  'whole-number',
  'one-of',
  'type',
  'object',
  'list',
  'unexpected-fields',
  'unknown-field',
  'too-small',
  'too-big',
  'provision',
  'month-end',
  'options-object',
  'option-value',
  'date-list',
  'unknown-option',
  'option-not-read',
  'not-before',
  'not-after',
  'rule',
] as const satisfies readonly IssueKind[];
