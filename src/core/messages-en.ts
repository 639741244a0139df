/**
 * The English messages, on request (`--lang en`). An issue of no kind of its own (a
 * rule of one provision) is told by the library's English `message`, which is already
 * in English.
 *
 * @module
 */
import type { MessageCatalogue } from './messages.js';

/** English messages. */
export const MESSAGES_EN: MessageCatalogue = {
  separator: ', ',
  none: 'none',
  codes: {
    INVALID_INPUT: { title: 'invalid input', sentence: '{field}: {message}' },
    DATE_OUT_OF_RANGE: { title: 'out of range', sentence: '{field}: {message}' },
    AMOUNT_OUT_OF_RANGE: { title: 'out of range', sentence: '{field}: {message}' },
    HOLIDAY_YEAR_OUT_OF_RANGE: {
      title: 'out of range',
      sentence: '{field}: {message}',
    },
    TERMS_NOT_IN_FORCE: {
      title: 'not allowed by the terms',
      sentence: '{field}: {message}',
    },
    EXTENSION_NOT_WHOLE_MONTHS: {
      title: 'not allowed by the terms',
      sentence: '{field}: {message}',
    },
    NOT_ALLOWED_BY_TERMS: { title: 'not allowed by the terms', sentence: '{field}: {message}' },
    INVALID_OPERATION: { title: 'invalid operation', sentence: '{field}: {message}' },
  },
  issues: {
    date: "{field}: expected a date 'YYYY-MM-DD'",
    month: "{field}: expected a month 'YYYY-MM'",
    instant: '{field}: expected a date and time with an offset (2027-04-01T09:00:00+09:00)',
    yen: '{field}: expected an amount of yen, a whole number of 0 or more',
    boolean: '{field}: expected true or false',
    'whole-number': '{field}: expected a whole number from {min} to {max}',
    'one-of': '{field}: expected one of {values}',
    type: '{field}: expected {expected}',
    object: '{field}: expected an object of named fields',
    list: '{field}: expected a list',
    'unexpected-fields': '{field}: unexpected fields {fields}',
    'unknown-field': '{field}: no such field',
    'too-small': '{field}: expected at least {min}',
    'too-big': '{field}: expected at most {max}',
    provision: "{field}: expected a provision in dotted form such as '13.2' or 'spec.1.5'",
    'month-end': '{field}: expected the last day of a month',
    'options-object': '{field}: expected an options object',
    'option-value': '{field}: expected one of {values} ({interpretation})',
    'date-list': "{field}: expected a list of dates 'YYYY-MM-DD'",
    'unknown-option': '{field}: no such option ({function} reads {reads})',
    'option-not-read': '{field}: not an option of {function} ({function} reads {reads})',
    'not-before': '{field}: expected a date on or after {other} ({date})',
    'not-after': '{field}: expected a date on or before {other} ({date})',
    rule: '{field}: {message}',
  },
  received: ', got {received}',
  detail: '',
  values: {},
};
