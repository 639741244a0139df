/**
 * The custom functions, as a table: for each, its name, its arguments in the
 * order a person types them (with the Japanese label that messages use) and
 * the public library function it calls. {@link customFunction} turns each
 * entry into a function; the help a sheet shows while typing is in help.ts
 * (kept out of the script's code, where it would count twice against the
 * size budget).
 *
 * No rule of the terms lives here: every answer is a field of a library
 * result. Where one library call answers several questions (第11条's four
 * dates, 第13条's date and `deemed`), each question gets its own function, as
 * a cell holds one value.
 *
 * @module
 */
import {
  type OPTION_VALUES,
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
  MAX_MINIMUM_TERM_MONTHS,
  monthlyFeeDueDate,
  nextBusinessDay,
  renewalSchedule,
  terminationExtension,
  type Options,
  type OptionsFor,
} from '../index.js';
import {
  CellProblem,
  readChoice,
  readDate,
  readDateList,
  readInstant,
  readMonth,
  readNumber,
  readYen,
  type Cell,
} from './cells.js';
import type { ArgSpec, ResultKind, SheetFunctionSpec } from './custom-function.js';
import { EXTENSION_MONTHS } from './messages.js';

// ---------------------------------------------------------------------------
// Arguments

function arg<K extends string>(
  key: K,
  label: string,
  type: string,
  read: (cell: Cell) => unknown,
  role: Partial<Pick<ArgSpec, 'optional' | 'option' | 'list'>> = {},
): ArgSpec<K> {
  return { key, label, type, read, optional: false, option: false, list: false, ...role };
}

const date = <K extends string>(key: K, label: string) => arg(key, label, 'Date', readDate);
const yen = <K extends string>(key: K, label: string) => arg(key, label, 'number', readYen);
const count = <K extends string>(key: K, label: string) => arg(key, label, 'number', readNumber);
const choice = <K extends string>(key: K, label: string, aliases: Readonly<Record<string, readonly string[]>>) =>
  arg(key, label, 'string', (cell) => readChoice(cell, aliases));

/**
 * An interpretation option (docs/interpretations.md): the library's values,
 * each with the Japanese words a person may type instead.
 */
function option<K extends keyof typeof OPTION_VALUES>(
  key: K,
  label: string,
  aliases: Readonly<Record<(typeof OPTION_VALUES)[K][number], readonly string[]>>,
): ArgSpec<K> {
  return arg(key, label, 'string', (cell) => readChoice(cell, aliases), { optional: true, option: true });
}

const MONTHLY_FEE = yen('monthlyFee', '月額料金');
const ROUNDING = option('rounding', '端数処理', {
  floor: ['切捨て', '切り捨て'],
  'half-up': ['四捨五入'],
  ceil: ['切上げ', '切り上げ'],
});
const DEADLINE_COUNTING = option('deadlineCounting', '期限の数え方', { 'civil-code': ['民法'], naive: ['単純'] });
const COMPANY_HOLIDAYS = arg('companyHolidays', '当社休業日', 'Date[]', readDateList, {
  optional: true,
  option: true,
  list: true,
});
const TERM_END = date('termEndDate', '利用期間の満了日');
const NOTICE_RECEIVED = date('noticeReceivedOn', '解約通知の到達日');
const REQUESTED = { ...date('requestedDate', '解約希望日'), optional: true };
// Months the sheet cannot read as a number go to the library as typed, so that every bad
// value gets 第13条5項's message (EXTENSION_NOTES), not a vague one.
const EXTENSION = [
  date('terminationDate', '当初の解約日'),
  arg('months', '延長月数', 'number', (cell) => {
    const n = readNumber(cell);
    return n instanceof CellProblem ? cell : n;
  }),
] as const;
const HOLIDAY_DATE = date('date', '日付');
const DISCONTINUATION_DATE = date('discontinuationDate', '廃止日');

// The Japanese sentence for each of the library's own checks of a field that was read fine.
const TERMINATION_NOTES = { requestedDate: '解約希望日が解約通知の到達日より前です' };
const EXTENSION_NOTES = { terminationDate: '当初の解約日が月末ではありません（第13条1項）', months: EXTENSION_MONTHS };

// ---------------------------------------------------------------------------
// The table

interface Definition<I, R, O> {
  readonly name: string;
  readonly args: readonly ArgSpec<(keyof I & string) | keyof Options>[];
  readonly result: ResultKind;
  /** The public library function. */
  readonly call: (input: I, options?: O) => R;
  /** The field of its result that answers the question. */
  readonly pick: (result: R) => string | number | boolean;
  readonly notes?: Readonly<Record<string, string>>;
}

function define<I, R, O>({ call, pick, ...spec }: Definition<I, R, O>): SheetFunctionSpec {
  // The library validates `input` and `options` itself: the casts only name what the cells were read into.
  return { ...spec, run: (input, options) => pick(call(input as I, options as O)) };
}

/** Every custom function, in the order of the terms. */
export const SHEET_FUNCTION_SPECS: readonly SheetFunctionSpec[] = [
  define({
    name: 'TERMS_BILLING_START',
    args: [date('scheduledStartDate', '利用開始予定日'), date('readyDate', '提供準備の完了日')],
    result: 'date',
    call: billingStartDate,
    pick: (r) => r.billingStartDate,
  }),
  define({
    name: 'TERMS_CHANGE_NOTICE_DEADLINE',
    args: [date('changeDate', '変更予定日'), DEADLINE_COUNTING],
    result: 'date',
    call: changeNotificationDeadline,
    pick: (r) => r.deadline,
  }),
  define({
    name: 'TERMS_NON_RENEWAL_DEADLINE',
    args: [TERM_END, DEADLINE_COUNTING],
    result: 'date',
    call: renewalSchedule,
    pick: (r) => r.nonRenewalNoticeDeadline,
  }),
  define({
    name: 'TERMS_RENEWAL_CHANGE_DEADLINE',
    args: [TERM_END],
    result: 'date',
    call: renewalSchedule,
    pick: (r) => r.termsChangeNoticeDeadline,
  }),
  define({
    name: 'TERMS_RENEWED_TERM_START',
    args: [TERM_END],
    result: 'date',
    call: renewalSchedule,
    pick: (r) => r.renewedTermStart,
  }),
  define({
    name: 'TERMS_RENEWED_TERM_END',
    args: [TERM_END],
    result: 'date',
    call: renewalSchedule,
    pick: (r) => r.renewedTermEnd,
  }),
  define({
    name: 'TERMS_EARLY_TERMINATION_FEE',
    args: [
      date('formationDate', '契約成立日'),
      count('minimumTermMonths', '最低利用期間'),
      date('terminationDate', '解約日'),
      MONTHLY_FEE,
      ROUNDING,
    ],
    result: 'yen',
    call: earlyTerminationFee,
    pick: (r) => r.remainingFee,
    notes: {
      minimumTermMonths: `最低利用期間は1〜${MAX_MINIMUM_TERM_MONTHS}の整数の月数にしてください`,
      terminationDate: '解約日が契約成立日より前です',
    },
  }),
  define({
    name: 'TERMS_TERMINATION_DATE',
    args: [NOTICE_RECEIVED, REQUESTED],
    result: 'date',
    call: customerTermination,
    pick: (r) => r.terminationDate,
    notes: TERMINATION_NOTES,
  }),
  define({
    name: 'TERMS_TERMINATION_DEEMED',
    args: [NOTICE_RECEIVED, REQUESTED],
    result: 'boolean',
    call: customerTermination,
    pick: (r) => r.deemed,
    notes: TERMINATION_NOTES,
  }),
  define({
    name: 'TERMS_EXTENDED_TERMINATION_DATE',
    args: EXTENSION,
    result: 'date',
    // The new date does not depend on the fee, which this question does not ask for.
    call: (input: { terminationDate: string; months: number }, options?: OptionsFor<'terminationExtension'>) =>
      terminationExtension({ ...input, monthlyFee: 0 }, options),
    pick: (r) => r.terminationDate,
    notes: EXTENSION_NOTES,
  }),
  define({
    name: 'TERMS_EXTENSION_FEE',
    args: [...EXTENSION, MONTHLY_FEE, ROUNDING],
    result: 'yen',
    call: terminationExtension,
    pick: (r) => r.extensionFee,
    notes: EXTENSION_NOTES,
  }),
  define({
    name: 'TERMS_EXTENSION_TOTAL',
    args: [
      ...EXTENSION,
      MONTHLY_FEE,
      option('extensionFee', '延長手数料の扱い', { replaces: [], 'in-addition': [] }),
      ROUNDING,
    ],
    result: 'yen',
    call: terminationExtension,
    pick: (r) => r.totalDue,
    notes: EXTENSION_NOTES,
  }),
  define({
    name: 'TERMS_DISCONTINUATION_NOTICE_DEADLINE',
    args: [DISCONTINUATION_DATE, DEADLINE_COUNTING],
    result: 'date',
    call: discontinuationNoticeDeadline,
    pick: (r) => r.deadline,
  }),
  define({
    name: 'TERMS_DISCONTINUATION_REFUND',
    args: [
      DISCONTINUATION_DATE,
      MONTHLY_FEE,
      date('paidThrough', '支払済み期間の末日'),
      yen('amountPaid', '支払済み額'),
      ROUNDING,
    ],
    result: 'yen',
    call: discontinuationRefund,
    pick: (r) => r.refund,
  }),
  define({
    name: 'TERMS_MONTHLY_DUE_DATE',
    args: [
      arg('serviceMonth', '利用月', 'Date', readMonth),
      option('bankHolidayShift', '銀行休業日の扱い', {
        'as-written': [],
        'next-bank-day': [],
        'previous-bank-day': [],
      }),
    ],
    result: 'date',
    call: monthlyFeeDueDate,
    pick: (r) => r.dueDate,
  }),
  define({
    name: 'TERMS_FIRST_MONTH_FEE',
    args: [
      date('billingStartDate', '課金開始日'),
      MONTHLY_FEE,
      option('firstMonthDays', '初月の日数', { literal: [], inclusive: [] }),
      ROUNDING,
    ],
    result: 'yen',
    call: firstMonthFee,
    pick: (r) => r.fee,
  }),
  define({
    name: 'TERMS_LATE_INTEREST',
    args: [
      yen('amount', '延滞額'),
      date('dueDate', '支払期日'),
      date('paidOn', '支払日'),
      option('dayCount', '日数計算', { 'act/365-fixed': [], 'act/act': [] }),
      ROUNDING,
    ],
    result: 'yen',
    call: lateInterest,
    pick: (r) => r.interest,
  }),
  define({
    name: 'TERMS_LIABILITY_CAP',
    args: [
      MONTHLY_FEE,
      yen('claimedDamages', '損害額'),
      choice('fault', '当社の過失', {
        none: ['過失なし', '帰責事由なし'],
        ordinary: ['軽過失'],
        'gross-negligence': ['重過失'],
        willful: ['故意'],
      }),
      choice('damageKind', '損害の種類', { ordinary: ['通常損害', '通常'], special: ['特別損害', '特別'] }),
    ],
    result: 'yen',
    call: liabilityCap,
    pick: (r) => r.payable,
  }),
  define({
    name: 'TERMS_IS_HOLIDAY',
    args: [HOLIDAY_DATE],
    result: 'boolean',
    call: isNationalHoliday,
    pick: (r) => r.holiday,
  }),
  define({
    name: 'TERMS_HOLIDAY_NAME',
    args: [HOLIDAY_DATE],
    result: 'text',
    call: isNationalHoliday,
    pick: (r) => r.name ?? '',
  }),
  define({
    name: 'TERMS_IS_BUSINESS_DAY',
    args: [HOLIDAY_DATE, COMPANY_HOLIDAYS],
    result: 'boolean',
    call: isBusinessDay,
    pick: (r) => r.businessDay,
  }),
  define({
    name: 'TERMS_NEXT_BUSINESS_DAY',
    args: [HOLIDAY_DATE, COMPANY_HOLIDAYS],
    result: 'date',
    call: nextBusinessDay,
    pick: (r) => r.date,
  }),
  define({
    name: 'TERMS_IS_SUPPORT_OPEN',
    args: [arg('at', '日時', 'Date', readInstant), COMPANY_HOLIDAYS],
    result: 'boolean',
    call: isSupportOpen,
    pick: (r) => r.open,
  }),
];
