/**
 * Interpretation options: one type, one place for every default.
 *
 * Each option selects a reading of a point the terms leave open; the IDs
 * (I-01 …) refer to docs/interpretations.md. Passing no options gives the
 * defaults below.
 *
 * @module
 */
import { CalendarDate } from './calendar-date.js';
import { TermsError, describeValue, type TermsIssue } from './errors.js';
import { readsOf, type OptionsReadBy } from './option-reads.js';

export {
  OPTIONS_READ,
  type NoOptions,
  type OptionName,
  type OptionReader,
  type OptionsFor,
  type OptionsReadBy,
} from './option-reads.js';

/** I-02: how "X before" deadlines are counted. */
export type DeadlineCounting = 'civil-code' | 'naive';
/** I-06: how an exact amount becomes whole yen. `floor` is 1円未満切捨て. */
export type Rounding = 'floor' | 'half-up' | 'ceil';
/** I-05: whether the doubled fee of an extension month replaces the normal fee or comes on top of it. */
export type ExtensionFee = 'replaces' | 'in-addition';
/** I-07: which days of the first month are billed: from the day after the start (`literal`) or from the start day (`inclusive`). */
export type FirstMonthDays = 'literal' | 'inclusive';
/** I-10: the day count of late-payment interest. */
export type DayCount = 'act/365-fixed' | 'act/act';
/** I-11: where a due date that falls on a bank holiday goes. */
export type BankHolidayShift = 'as-written' | 'next-bank-day' | 'previous-bank-day';
/** I-12: when a fax is handled: 10:00 of the business day after its JST day (`next-business-day`) or the next moment support is open (`next-opening`). */
export type FaxHandling = 'next-business-day' | 'next-opening';
/** I-13: whether 第30条's exemptions give way to the company's intent or gross negligence (`restrictive`) or read as written (`as-written`). */
export type Exemptions = 'restrictive' | 'as-written';
/** I-15: within one amount due, what a payment pays first: accrued late interest (民法489条1項) or the principal. */
export type PaymentApplication = 'civil-code' | 'principal-first';
/** I-19: when a change of the monthly fee that applies from a day other than the 1st takes effect. */
export type MidMonthChange = 'daily' | 'whole-month';
/** I-16: a company notice too late for the month it names ends the contract at the first month end it is in time for, or is refused. */
export type LateCompanyNotice = 'next-permissible' | 'refuse';
/** I-17: a notice not to renew that arrives less than a month before the expiry. */
export type LateNonRenewal = 'convert' | 'next-expiry' | 'no-effect';
/**
 * I-20: a notice of changed terms for the renewed contract (第11条2項) that arrives after the
 * `terms-change-notice-deadline` (前々月末日) cannot change that renewal: it applies from the
 * renewal after (`next-renewal`) or has no effect (`no-effect`).
 */
export type LateTermsChange = 'next-renewal' | 'no-effect';

/** Every interpretation option the library knows. All are optional. */
export interface Options {
  /** I-02, default `'civil-code'`. */
  readonly deadlineCounting?: DeadlineCounting;
  /** I-06, default `'floor'`. */
  readonly rounding?: Rounding;
  /** I-05, default `'replaces'`. */
  readonly extensionFee?: ExtensionFee;
  /** I-07, default `'literal'`. */
  readonly firstMonthDays?: FirstMonthDays;
  /** I-10, default `'act/365-fixed'`. */
  readonly dayCount?: DayCount;
  /** I-11, default `'as-written'`. */
  readonly bankHolidayShift?: BankHolidayShift;
  /** I-15, default `'civil-code'`. */
  readonly paymentApplication?: PaymentApplication;
  /** I-19, default `'daily'`. */
  readonly midMonthChange?: MidMonthChange;
  /** I-16, default `'next-permissible'`. */
  readonly lateCompanyNotice?: LateCompanyNotice;
  /** I-17, default `'convert'`. */
  readonly lateNonRenewal?: LateNonRenewal;
  /** I-20, default `'next-renewal'`. */
  readonly lateTermsChange?: LateTermsChange;
  /** I-12: the company's own holidays (当社休業日), `'YYYY-MM-DD'`; none by default. */
  readonly companyHolidays?: readonly (string | CalendarDate)[];
  /** I-12, default `'next-business-day'`. */
  readonly faxHandling?: FaxHandling;
  /** I-13, default `'restrictive'`. */
  readonly exemptions?: Exemptions;
}

/** Options with every default filled in and every value checked. */
export interface ResolvedOptions {
  readonly deadlineCounting: DeadlineCounting;
  readonly rounding: Rounding;
  readonly extensionFee: ExtensionFee;
  readonly firstMonthDays: FirstMonthDays;
  readonly dayCount: DayCount;
  readonly bankHolidayShift: BankHolidayShift;
  readonly paymentApplication: PaymentApplication;
  readonly midMonthChange: MidMonthChange;
  readonly lateCompanyNotice: LateCompanyNotice;
  readonly lateNonRenewal: LateNonRenewal;
  readonly lateTermsChange: LateTermsChange;
  readonly companyHolidays: readonly CalendarDate[];
  readonly faxHandling: FaxHandling;
  readonly exemptions: Exemptions;
}

/** The allowed values of each option, first one the default. */
export const OPTION_VALUES = {
  deadlineCounting: ['civil-code', 'naive'],
  rounding: ['floor', 'half-up', 'ceil'],
  extensionFee: ['replaces', 'in-addition'],
  firstMonthDays: ['literal', 'inclusive'],
  dayCount: ['act/365-fixed', 'act/act'],
  bankHolidayShift: ['as-written', 'next-bank-day', 'previous-bank-day'],
  faxHandling: ['next-business-day', 'next-opening'],
  exemptions: ['restrictive', 'as-written'],
  paymentApplication: ['civil-code', 'principal-first'],
  midMonthChange: ['daily', 'whole-month'],
  lateCompanyNotice: ['next-permissible', 'refuse'],
  lateNonRenewal: ['convert', 'next-expiry', 'no-effect'],
  lateTermsChange: ['next-renewal', 'no-effect'],
} as const satisfies Record<Exclude<keyof Options, 'companyHolidays'>, readonly string[]>;

/** Which interpretation each option decides. */
export const OPTION_INTERPRETATIONS = {
  deadlineCounting: 'I-02',
  rounding: 'I-06',
  extensionFee: 'I-05',
  firstMonthDays: 'I-07',
  dayCount: 'I-10',
  bankHolidayShift: 'I-11',
  paymentApplication: 'I-15',
  midMonthChange: 'I-19',
  lateCompanyNotice: 'I-16',
  lateNonRenewal: 'I-17',
  lateTermsChange: 'I-20',
  companyHolidays: 'I-12',
  faxHandling: 'I-12',
  exemptions: 'I-13',
} as const satisfies Record<keyof Options, string>;

/** The defaults decided in docs/interpretations.md. */
export const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  deadlineCounting: 'civil-code',
  rounding: 'floor',
  extensionFee: 'replaces',
  firstMonthDays: 'literal',
  dayCount: 'act/365-fixed',
  bankHolidayShift: 'as-written',
  paymentApplication: 'civil-code',
  midMonthChange: 'daily',
  lateCompanyNotice: 'next-permissible',
  lateNonRenewal: 'convert',
  lateTermsChange: 'next-renewal',
  companyHolidays: Object.freeze([]) as readonly CalendarDate[],
  faxHandling: 'next-business-day',
  exemptions: 'restrictive',
});

const KEYS = Object.keys(OPTION_VALUES) as (keyof typeof OPTION_VALUES)[];

/**
 * Company holidays already parsed, by the caller's list: a service passes the same
 * list with every call, and parsing it each time cost more than many a rule it
 * serves. Not observable: an entry is used only while the list holds the same items
 * (compared one by one, and each is an immutable string or CalendarDate), so a list
 * changed in place is parsed afresh; a list with an error or a hole is never kept.
 */
const PARSED_HOLIDAYS = new WeakMap<
  readonly unknown[],
  { items: readonly unknown[]; dates: readonly CalendarDate[] }
>();

function companyHolidayDates(holidays: readonly unknown[], issues: TermsIssue[]): readonly CalendarDate[] {
  const known = PARSED_HOLIDAYS.get(holidays);
  if (known !== undefined && known.items.length === holidays.length && known.items.every((h, i) => h === holidays[i])) {
    return known.dates;
  }
  const dates: CalendarDate[] = [];
  const before = issues.length;
  holidays.forEach((h: unknown, i) => {
    const d = CalendarDate.tryParse(h);
    if (typeof d === 'string') {
      issues.push({
        path: `options.companyHolidays.${i}`,
        message: d,
        kind: 'date',
        params: { received: describeValue(h) },
      });
    } else dates.push(d);
  });
  const frozen = Object.freeze(dates);
  if (issues.length === before && dates.length === holidays.length) {
    PARSED_HOLIDAYS.set(holidays, { items: [...holidays], dates: frozen });
  }
  return frozen;
}

/**
 * Checks an options object and fills in the defaults. A known key with a value
 * outside its list is a {@link TermsError} naming `options.<key>`; so is a key that is
 * not an option (`roundng`), or, for a function's own check ({@link optionsFor}), an
 * option the function does not read. Keys whose value is `undefined` count as absent;
 * inherited keys are never read.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  return resolveFor(options, undefined);
}

/**
 * The options function `fn` reads, checked and with the defaults filled in: the one
 * call each public function makes with its `options` argument (see `OPTIONS_READ`).
 */
export function optionsFor<F extends string>(fn: F, options: unknown): Pick<ResolvedOptions, OptionsReadBy<F>> {
  if (typeof fn !== 'string') {
    const received = describeValue(fn);
    throw new TermsError('INVALID_INPUT', [
      {
        path: 'fn',
        message: `expected the name of a function, got ${received}`,
        kind: 'type',
        params: { expected: 'string', received },
      },
    ]);
  }
  return resolveFor(options, fn);
}

function resolveFor(options: unknown, fn: string | undefined): ResolvedOptions {
  if (options === undefined || options === null) return DEFAULT_OPTIONS;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TermsError('INVALID_INPUT', [
      {
        path: 'options',
        message: `expected an options object, got ${describeValue(options)}`,
        kind: 'options-object',
        params: { received: describeValue(options) },
      },
    ]);
  }
  const source = options as Record<string, unknown>;
  const issues: TermsIssue[] = [];
  const reads = (fn === undefined ? undefined : readsOf(fn)) ?? KNOWN_OPTIONS;
  for (const key of Object.keys(source)) {
    if (!reads.includes(key) && source[key] !== undefined) issues.push(unreadOption(key, fn, reads));
  }
  // A literal of the same fields, not a spread: V8 spreads into a literal that then
  // gains fields many times more slowly (docs/performance.md).
  const out: Record<string, unknown> = {
    deadlineCounting: DEFAULT_OPTIONS.deadlineCounting,
    rounding: DEFAULT_OPTIONS.rounding,
    extensionFee: DEFAULT_OPTIONS.extensionFee,
    firstMonthDays: DEFAULT_OPTIONS.firstMonthDays,
    dayCount: DEFAULT_OPTIONS.dayCount,
    bankHolidayShift: DEFAULT_OPTIONS.bankHolidayShift,
    paymentApplication: DEFAULT_OPTIONS.paymentApplication,
    midMonthChange: DEFAULT_OPTIONS.midMonthChange,
    lateCompanyNotice: DEFAULT_OPTIONS.lateCompanyNotice,
    lateNonRenewal: DEFAULT_OPTIONS.lateNonRenewal,
    lateTermsChange: DEFAULT_OPTIONS.lateTermsChange,
    companyHolidays: DEFAULT_OPTIONS.companyHolidays,
    faxHandling: DEFAULT_OPTIONS.faxHandling,
    exemptions: DEFAULT_OPTIONS.exemptions,
  };
  for (const key of KEYS) {
    const value = Object.hasOwn(source, key) ? source[key] : undefined;
    if (value === undefined || !reads.includes(key)) continue;
    const allowed: readonly string[] = OPTION_VALUES[key];
    if (typeof value === 'string' && allowed.includes(value)) out[key] = value;
    else {
      const received = describeValue(value);
      issues.push({
        path: `options.${key}`,
        message: `expected one of ${allowed.map((v) => `'${v}'`).join(', ')} (${OPTION_INTERPRETATIONS[key]}), got ${received}`,
        kind: 'option-value',
        params: { values: allowed, interpretation: OPTION_INTERPRETATIONS[key], received },
      });
    }
  }
  const holidays = Object.hasOwn(source, 'companyHolidays') ? source.companyHolidays : undefined;
  if (holidays !== undefined && reads.includes('companyHolidays')) {
    if (!Array.isArray(holidays)) {
      const received = describeValue(holidays);
      issues.push({
        path: 'options.companyHolidays',
        message: `expected a list of dates 'YYYY-MM-DD', got ${received}`,
        kind: 'date-list',
        params: { received },
      });
    } else {
      out.companyHolidays = companyHolidayDates(holidays, issues);
    }
  }
  if (issues.length > 0) throw new TermsError('INVALID_INPUT', issues);
  return Object.freeze(out) as unknown as ResolvedOptions;
}

/** The issue of a key `fn` does not read: not an option at all, or one of another function. */
function unreadOption(key: string, fn: string | undefined, reads: readonly string[]): TermsIssue {
  const list = reads.length === 0 ? 'no options' : reads.map((k) => `'${k}'`).join(', ');
  const who = fn ?? 'the library';
  if (KNOWN_OPTIONS.includes(key)) {
    const interpretation = OPTION_INTERPRETATIONS[key as keyof typeof OPTION_INTERPRETATIONS];
    return {
      path: `options.${key}`,
      message: `expected only the options ${who} reads (${list}); it does not read '${key}' (${interpretation})`,
      kind: 'option-not-read',
      params: { option: key, function: who, reads, interpretation },
    };
  }
  return {
    path: `options.${key}`,
    message: `expected only the options ${who} reads (${list}); ${describeValue(key)} is no option`,
    kind: 'unknown-option',
    params: { option: key, function: who, reads },
  };
}

const KNOWN_OPTIONS: readonly string[] = Object.keys(OPTION_INTERPRETATIONS);
