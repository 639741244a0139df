/**
 * Which interpretation options each public function reads: the one place that says
 * so. A function's option type ({@link OptionsFor}), its check of the options it is
 * given ({@link optionsFor}) and the CLI's and the spreadsheet's choice of options all
 * come from this table, so adding an option to a function is one line here (and the
 * sentence in its TSDoc). An option a function does not read is a `TermsError`
 * naming it, as an unknown field of an input is.
 *
 * @module
 */
import type { Options } from './options.js';

/** The name of an interpretation option (`'rounding'`, `'deadlineCounting'` …). */
export type OptionName = keyof Options;

const TIMELINE = [
  'deadlineCounting',
  'rounding',
  'extensionFee',
  'firstMonthDays',
  'dayCount',
  'bankHolidayShift',
  'paymentApplication',
  'midMonthChange',
  'lateCompanyNotice',
  'lateNonRenewal',
  'lateTermsChange',
] as const satisfies readonly OptionName[];
const COMPANY_HOLIDAYS = ['companyHolidays'] as const satisfies readonly OptionName[];

/** The options each public function reads, by the function's name; a function not listed reads none. */
export const OPTIONS_READ = {
  // 第9条
  // 第10条, 第11条 (I-02)
  changeNotificationDeadline: ['deadlineCounting'],
  renewalSchedule: ['deadlineCounting'],
  successiveTerms: ['deadlineCounting'],
  // 第12条 (I-06)
  earlyTerminationFee: ['rounding'],
  // 第13条 (I-05, I-06)
  terminationExtension: ['extensionFee', 'rounding'],
  // 第14条 (I-16)
  companyTermination: ['lateCompanyNotice'],
  // 第15条 (I-02, I-06)
  discontinuationNoticeDeadline: ['deadlineCounting'],
  discontinuationRefund: ['rounding'],
  // 第16条
  // 第25条 (I-05, I-06, I-07, I-11)
  monthlyFeeDueDate: ['bankHolidayShift'],
  firstMonthFee: ['firstMonthDays', 'rounding'],
  invoiceLines: ['firstMonthDays', 'rounding', 'extensionFee', 'bankHolidayShift'],
  // 第26条 (I-10, I-06)
  lateInterest: ['dayCount', 'rounding'],
  lateInterestWithPayments: ['dayCount', 'rounding', 'paymentApplication'],
  // 第29条, 第30条 (I-13)
  isExempt: ['exemptions'],
  companyLiability: ['exemptions'],
  dataLossLiability: ['exemptions'],
  // The calendar (I-11, I-12)
  shiftedDueDate: ['bankHolidayShift'],
  isBusinessDay: COMPANY_HOLIDAYS,
  nextBusinessDay: COMPANY_HOLIDAYS,
  addBusinessDays: COMPANY_HOLIDAYS,
  businessDaysBetween: COMPANY_HOLIDAYS,
  isSupportOpen: COMPANY_HOLIDAYS,
  nextSupportOpening: COMPANY_HOLIDAYS,
  faxHandlingStart: ['companyHolidays', 'faxHandling'],
  // The lifecycle: every rule a timeline applies
  contractTimeline: TIMELINE,
  contractTimelines: TIMELINE,
  contractTimelinesAsync: TIMELINE,
  billingRun: TIMELINE,
  billingRunAsync: TIMELINE,
} as const satisfies Readonly<Record<string, readonly OptionName[]>>;

/**
 * The options function `fn` reads: its line of {@link OPTIONS_READ}, or none. (The
 * spreadsheet script, whose calls pass only the options of its functions, resolves this
 * module to a stand-in that answers `undefined`: every option; see its build.)
 */
export function readsOf(fn: string): readonly string[] | undefined {
  return Object.hasOwn(OPTIONS_READ, fn) ? OPTIONS_READ[fn as OptionReader] : [];
}

/** A public function that reads options (one listed in {@link OPTIONS_READ}). */
export type OptionReader = keyof typeof OPTIONS_READ;

/** The options function `F` reads (`never` for a function not listed in {@link OPTIONS_READ}). */
export type OptionsReadBy<F extends string> = F extends OptionReader ? (typeof OPTIONS_READ)[F][number] : never;

/**
 * The options object of a function that reads no options: only `{}` (or nothing)
 * type-checks, so an option given to it is an error in the editor as at run time.
 */
export interface NoOptions {
  readonly [option: string]: never;
}

/**
 * The type of function `F`'s options: exactly the {@link Options} it reads
 * (`OptionsFor<'lateInterest'>` is `Pick<Options, 'dayCount' | 'rounding'>`), or
 * {@link NoOptions}. An object literal with any other key is a type error.
 */
export type OptionsFor<F extends string> = [OptionsReadBy<F>] extends [never]
  ? NoOptions
  : Pick<Options, OptionsReadBy<F>>;
