/**
 * Sample rows for every custom function, with what the library answers for
 * them — computed here by calling the public library function directly, so a
 * custom function is checked against the library, not against itself.
 *
 * A row is written in neutral values (`date('2027-04-15')`, `yen(90_000)` …);
 * {@link cellsOf} turns it into cells as a spreadsheet passes them, in three
 * ways: `cells` (date cells as `Date`s, numbers as numbers), `serial` (dates as
 * spreadsheet serial numbers, as HyperFormula or a number-formatted cell passes
 * them) and `text` (everything typed as text: 2027/4/15 with full-width
 * digits, 90,000, Japanese option words).
 */
import {
  billingStartDate,
  changeNotificationDeadline,
  customerTermination,
  discontinuationNoticeDeadline,
  discontinuationRefund,
  earlyTerminationFee,
  firstMonthFee,
  isBusinessDay,
  isNationalHoliday,
  isSupportOpen,
  lateInterest,
  liabilityCap,
  monthlyFeeDueDate,
  nextBusinessDay,
  renewalSchedule,
  terminationExtension,
} from '../../src/index.js';
import { jstMidnight, serialOf } from './sandbox.js';

export type Sample =
  | { readonly kind: 'date'; readonly value: string }
  | { readonly kind: 'instant'; readonly value: string }
  | { readonly kind: 'month'; readonly value: string }
  | { readonly kind: 'yen' | 'number'; readonly value: number }
  | { readonly kind: 'choice'; readonly value: string; readonly alias?: string }
  | { readonly kind: 'dates'; readonly value: readonly string[] };

export const date = (value: string): Sample => ({ kind: 'date', value });
export const instant = (value: string): Sample => ({ kind: 'instant', value });
export const month = (value: string): Sample => ({ kind: 'month', value });
export const yen = (value: number): Sample => ({ kind: 'yen', value });
export const num = (value: number): Sample => ({ kind: 'number', value });
export const choice = (value: string, alias?: string): Sample =>
  alias === undefined ? { kind: 'choice', value } : { kind: 'choice', value, alias };
export const dates = (...value: string[]): Sample => ({ kind: 'dates', value });

/** A library answer: a 'YYYY-MM-DD' date, yen, a yes/no, or text. */
export type Answer = string | number | boolean;

export interface Case {
  readonly name: string;
  readonly row: readonly Sample[];
  /** The library's answer for the row, from the public function. */
  readonly expected: Answer;
  /** True when `expected` is a 'YYYY-MM-DD' date (a sheet gets a Date). */
  readonly isDate: boolean;
}

const d = (name: string, row: Sample[], expected: string): Case => ({ name, row, expected, isDate: true });
const v = (name: string, row: Sample[], expected: number | boolean | string): Case => ({
  name,
  row,
  expected,
  isDate: false,
});

const CLOSURE = ['2027-12-29', '2027-12-30', '2027-12-31', '2028-01-03'];

/** At least one row per custom function; a second where an option changes the answer. */
export const CASES: readonly Case[] = [
  d(
    'TERMS_BILLING_START',
    [date('2027-04-01'), date('2027-04-10')],
    billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-04-10' }).billingStartDate,
  ),
  d(
    'TERMS_CHANGE_NOTICE_DEADLINE',
    [date('2027-04-10')],
    changeNotificationDeadline({ changeDate: '2027-04-10' }).deadline,
  ),
  d(
    'TERMS_CHANGE_NOTICE_DEADLINE',
    [date('2027-04-10'), choice('naive', '単純')],
    changeNotificationDeadline({ changeDate: '2027-04-10' }, { deadlineCounting: 'naive' }).deadline,
  ),
  d(
    'TERMS_NON_RENEWAL_DEADLINE',
    [date('2028-04-30')],
    renewalSchedule({ termEndDate: '2028-04-30' }).nonRenewalNoticeDeadline,
  ),
  d(
    'TERMS_NON_RENEWAL_DEADLINE',
    [date('2028-04-30'), choice('naive')],
    renewalSchedule({ termEndDate: '2028-04-30' }, { deadlineCounting: 'naive' }).nonRenewalNoticeDeadline,
  ),
  d(
    'TERMS_RENEWAL_CHANGE_DEADLINE',
    [date('2028-03-31')],
    renewalSchedule({ termEndDate: '2028-03-31' }).termsChangeNoticeDeadline,
  ),
  d('TERMS_RENEWED_TERM_START', [date('2028-03-31')], renewalSchedule({ termEndDate: '2028-03-31' }).renewedTermStart),
  d('TERMS_RENEWED_TERM_END', [date('2028-02-29')], renewalSchedule({ termEndDate: '2028-02-29' }).renewedTermEnd),
  v(
    'TERMS_EARLY_TERMINATION_FEE',
    [date('2027-03-15'), num(12), date('2027-09-30'), yen(90_000)],
    earlyTerminationFee({
      formationDate: '2027-03-15',
      minimumTermMonths: 12,
      terminationDate: '2027-09-30',
      monthlyFee: 90_000,
    }).remainingFee,
  ),
  v(
    'TERMS_EARLY_TERMINATION_FEE',
    [date('2027-03-15'), num(12), date('2027-09-30'), yen(100_001), choice('ceil', '切り上げ')],
    earlyTerminationFee(
      { formationDate: '2027-03-15', minimumTermMonths: 12, terminationDate: '2027-09-30', monthlyFee: 100_001 },
      { rounding: 'ceil' },
    ).remainingFee,
  ),
  d(
    'TERMS_TERMINATION_DATE',
    [date('2027-04-15'), date('2027-06-10')],
    customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-06-10' }).terminationDate,
  ),
  d(
    'TERMS_TERMINATION_DATE',
    [date('2027-12-31')],
    customerTermination({ noticeReceivedOn: '2027-12-31' }).terminationDate,
  ),
  v(
    'TERMS_TERMINATION_DEEMED',
    [date('2027-05-20'), date('2027-06-10')],
    customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-06-10' }).deemed,
  ),
  v(
    'TERMS_TERMINATION_DEEMED',
    [date('2027-04-15'), date('2027-06-10')],
    customerTermination({ noticeReceivedOn: '2027-04-15', requestedDate: '2027-06-10' }).deemed,
  ),
  d(
    'TERMS_EXTENDED_TERMINATION_DATE',
    [date('2027-06-30'), num(2)],
    terminationExtension({ terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 }).terminationDate,
  ),
  v(
    'TERMS_EXTENSION_FEE',
    [date('2027-06-30'), num(2), yen(90_000)],
    terminationExtension({ terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 }).extensionFee,
  ),
  v(
    'TERMS_EXTENSION_TOTAL',
    [date('2027-06-30'), num(2), yen(90_000)],
    terminationExtension({ terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 }).totalDue,
  ),
  v(
    'TERMS_EXTENSION_TOTAL',
    [date('2027-06-30'), num(2), yen(90_000), choice('in-addition')],
    terminationExtension(
      { terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 },
      { extensionFee: 'in-addition' },
    ).totalDue,
  ),
  d(
    'TERMS_DISCONTINUATION_NOTICE_DEADLINE',
    [date('2027-05-20')],
    discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' }).deadline,
  ),
  d(
    'TERMS_DISCONTINUATION_NOTICE_DEADLINE',
    [date('2027-05-20'), choice('naive')],
    discontinuationNoticeDeadline({ discontinuationDate: '2027-05-20' }, { deadlineCounting: 'naive' }).deadline,
  ),
  v(
    'TERMS_DISCONTINUATION_REFUND',
    [date('2027-06-20'), yen(90_000), date('2027-06-30'), yen(90_000)],
    discontinuationRefund({
      discontinuationDate: '2027-06-20',
      monthlyFee: 90_000,
      paidThrough: '2027-06-30',
      amountPaid: 90_000,
    }).refund,
  ),
  v(
    'TERMS_DISCONTINUATION_REFUND',
    [date('2027-06-29'), yen(50_000), date('2027-06-30'), yen(50_000), choice('half-up', '四捨五入')],
    discontinuationRefund(
      { discontinuationDate: '2027-06-29', monthlyFee: 50_000, paidThrough: '2027-06-30', amountPaid: 50_000 },
      { rounding: 'half-up' },
    ).refund,
  ),
  d('TERMS_MONTHLY_DUE_DATE', [month('2027-05')], monthlyFeeDueDate({ serviceMonth: '2027-05' }).dueDate),
  d(
    'TERMS_MONTHLY_DUE_DATE',
    [month('2027-11'), choice('next-bank-day')],
    monthlyFeeDueDate({ serviceMonth: '2027-11' }, { bankHolidayShift: 'next-bank-day' }).dueDate,
  ),
  v(
    'TERMS_FIRST_MONTH_FEE',
    [date('2027-04-15'), yen(90_000)],
    firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }).fee,
  ),
  v(
    'TERMS_FIRST_MONTH_FEE',
    [date('2027-04-15'), yen(90_000), choice('inclusive')],
    firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' }).fee,
  ),
  v(
    'TERMS_LATE_INTEREST',
    [yen(100_000), date('2027-04-30'), date('2027-05-30')],
    lateInterest({ amount: 100_000, dueDate: '2027-04-30', paidOn: '2027-05-30' }).interest,
  ),
  v(
    'TERMS_LATE_INTEREST',
    [yen(100_000), date('2028-04-30'), date('2028-05-30'), choice('act/act')],
    lateInterest({ amount: 100_000, dueDate: '2028-04-30', paidOn: '2028-05-30' }, { dayCount: 'act/act' }).interest,
  ),
  v(
    'TERMS_LIABILITY_CAP',
    [yen(90_000), yen(500_000), choice('ordinary', '軽過失'), choice('ordinary', '通常損害')],
    liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary' }).payable,
  ),
  v(
    'TERMS_LIABILITY_CAP',
    [yen(90_000), yen(500_000), choice('gross-negligence', '重過失'), choice('special', '特別損害')],
    liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'gross-negligence', damageKind: 'special' })
      .payable,
  ),
  v(
    'TERMS_LIABILITY_CAP',
    [yen(90_000), yen(500_000), choice('none', '過失なし'), choice('ordinary', '通常損害')],
    liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'none', damageKind: 'ordinary' }).payable,
  ),
  v('TERMS_IS_HOLIDAY', [date('2027-03-22')], isNationalHoliday({ date: '2027-03-22' }).holiday),
  v('TERMS_HOLIDAY_NAME', [date('2027-03-22')], isNationalHoliday({ date: '2027-03-22' }).name ?? ''),
  v('TERMS_HOLIDAY_NAME', [date('2027-07-20')], isNationalHoliday({ date: '2027-07-20' }).name ?? ''),
  v('TERMS_IS_BUSINESS_DAY', [date('2028-01-03')], isBusinessDay({ date: '2028-01-03' }).businessDay),
  v(
    'TERMS_IS_BUSINESS_DAY',
    [date('2028-01-03'), dates(...CLOSURE)],
    isBusinessDay({ date: '2028-01-03' }, { companyHolidays: CLOSURE }).businessDay,
  ),
  d('TERMS_NEXT_BUSINESS_DAY', [date('2027-04-30')], nextBusinessDay({ date: '2027-04-30' }).date),
  d(
    'TERMS_NEXT_BUSINESS_DAY',
    [date('2027-12-28'), dates(...CLOSURE)],
    nextBusinessDay({ date: '2027-12-28' }, { companyHolidays: CLOSURE }).date,
  ),
  v(
    'TERMS_IS_SUPPORT_OPEN',
    [instant('2027-04-05T10:30:00+09:00')],
    isSupportOpen({ at: '2027-04-05T10:30:00+09:00' }).open,
  ),
  v(
    'TERMS_IS_SUPPORT_OPEN',
    [instant('2027-04-05T19:00:00+09:00')],
    isSupportOpen({ at: '2027-04-05T19:00:00+09:00' }).open,
  ),
  v(
    'TERMS_IS_SUPPORT_OPEN',
    [instant('2027-05-06T10:30:00+09:00'), dates('2027-05-06')],
    isSupportOpen({ at: '2027-05-06T10:30:00+09:00' }, { companyHolidays: ['2027-05-06'] }).open,
  ),
];

/** How the cells of a row are written. */
export type CellStyle = 'cells' | 'serial' | 'text';

const FULL_WIDTH: Readonly<Record<string, string>> = { '/': '／', '-': '－', ',': '，' };

/** `2027/04/15` → `２０２７／０４／１５`: what a person may type with a Japanese IME. */
export function fullWidth(text: string): string {
  return text.replace(/[0-9/,-]/g, (c) => FULL_WIDTH[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Serial date-time of an instant (JST wall clock). */
function serialOfInstant(iso: string): number {
  return (Date.parse(iso) + 9 * 3_600_000) / 86_400_000 + 25_569;
}

/** One sample as a cell; `makeDate` makes a `Date` (of the realm the script runs in). */
export function cellOf(sample: Sample, style: CellStyle, makeDate: (ms: number) => Date): unknown {
  switch (sample.kind) {
    case 'date':
      if (style === 'cells') return makeDate(jstMidnight(sample.value));
      return style === 'serial' ? serialOf(sample.value) : fullWidth(sample.value.replace(/-0?/g, '/'));
    case 'instant':
      if (style === 'cells') return makeDate(Date.parse(sample.value));
      // Text: the sheet's wall clock, JST, without an offset.
      return style === 'serial' ? serialOfInstant(sample.value) : sample.value.slice(0, 16).replace('T', ' ');
    case 'month':
      if (style === 'cells') return makeDate(jstMidnight(`${sample.value}-01`));
      return style === 'serial'
        ? serialOf(`${sample.value}-15`)
        : `${sample.value.slice(0, 4)}年${Number(sample.value.slice(5))}月`;
    case 'yen':
    case 'number':
      return style === 'text' ? fullWidth(sample.value.toLocaleString('en-US')) : sample.value;
    case 'choice':
      return style === 'text' ? (sample.alias ?? sample.value.toUpperCase()) : sample.value;
    case 'dates':
      return sample.value.map((s) => [cellOf(date(s), style, makeDate)]);
  }
}

/** A row as cells. */
export function cellsOf(row: readonly Sample[], style: CellStyle, makeDate: (ms: number) => Date): unknown[] {
  return row.map((s) => cellOf(s, style, makeDate));
}
