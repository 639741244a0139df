/**
 * The English messages, on request (`--lang en`). Each issue also carries the
 * library's own English `message`, which is more specific; these sentences are the
 * ones a host renders from an issue's kind and params alone.
 *
 * @module
 */
import type { MessageCatalogue } from './messages.js';

/** English messages. */
export const MESSAGES_EN: MessageCatalogue = {
  separator: ', ',
  none: 'none',
  codes: {
    INVALID_INPUT: { title: 'invalid input', sentence: '{field}: the value is not valid' },
    DATE_OUT_OF_RANGE: { title: 'out of range', sentence: 'a computed date leaves the years 1900–2199' },
    AMOUNT_OUT_OF_RANGE: { title: 'out of range', sentence: 'a computed amount is too large' },
    HOLIDAY_YEAR_OUT_OF_RANGE: {
      title: 'out of range',
      sentence: 'national holidays are computed for 1955–2099 only ({field})',
    },
    TERMS_NOT_IN_FORCE: {
      title: 'not allowed by the terms',
      sentence: '{field} is before the terms were enacted (2017-03-01)',
    },
    EXTENSION_NOT_WHOLE_MONTHS: {
      title: 'not allowed by the terms',
      sentence: 'an extension is in whole months, 1 or more (第13条5項)',
    },
    NOT_ALLOWED_BY_TERMS: { title: 'not allowed by the terms', sentence: '{field}: the terms do not allow this' },
    INVALID_OPERATION: { title: 'invalid operation', sentence: 'this cannot be computed' },
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
    'too-small': '{field}: expected at least {min}',
    'too-big': '{field}: expected at most {max}',
    provision: "{field}: expected a provision in dotted form such as '13.2' or 'spec.1.5'",
    'options-object': '{field}: expected an options object',
    'option-value': '{field}: expected one of {values} ({interpretation})',
    'date-list': "{field}: expected a list of dates 'YYYY-MM-DD'",
    'unknown-option': '{field}: no such option ({function} reads {reads})',
    'option-not-read': '{field}: not an option of {function} ({function} reads {reads})',
    rule: '{field}: the value is not valid',
  },
  received: ', got {received}',
  values: {},
};
