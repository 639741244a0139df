// The core vocabulary. Internal helpers (zod field schemas, parseInput) are
// imported from './schema.js' by the layers above and not re-exported here.
export * from './errors.js';
export * from './issue-kinds.js';
// calendar-date's `dateOfParts` (the line reader's) stays internal.
export {
  CalendarDate,
  MAX_EPOCH_DAY,
  MAX_YEAR,
  MIN_EPOCH_DAY,
  MIN_YEAR,
  daysInMonth,
  isLeapYear,
  type DayOfWeek,
} from './calendar-date.js';
export * from './year-month.js';
export * from './instant.js';
// period's `monthsEndOf` (the articles' trusted cores') stays internal.
export { deadlineBefore, periodEnd, type DeadlineTarget, type PeriodLength, type PeriodStart } from './period.js';
export * from './money.js';
export * from './options.js';
export * from './provisions.js';
export * from './basis.js';
export {
  TERMS_NUMBERS,
  type TermsNumberKey,
  type TermsNumberRevision,
  type TermsNumbers,
} from './terms-numbers.js';
export { fromZodError, type DateInput, type InstantInput, type MonthInput, type YenInput } from './schema.js';
export * from './format-error.js';
export { MESSAGES_EN } from './messages-en.js';
export { MESSAGES_JA } from './messages-ja.js';
export type { MessageCatalogue, RenderOptions, Template } from './messages.js';
