/**
 * The terms' numbers in one dated table: each rate, length and divisor the terms write,
 * once, with the provision it comes from and the version of the terms (第4条, I-14) it
 * takes effect from. Every rule, the CLI's help and the spreadsheet's help read it here.
 *
 * A revision of the terms that changes a number adds one row to that number's list (its
 * `from` date and the new value): 第4条1項 applies a revision to existing contracts from
 * its date, so a rule that runs over days (late interest) weighs each day by the value in
 * force on it, and a rule tied to one day (a deadline, a notice) reads the value in force
 * on that day. docs/core.md, "How to add a revision", walks through it.
 *
 * @module
 */
import type { CalendarDate } from './calendar-date.js';
import type { ProvisionRef } from './provisions.js';

/** One value of a number, from the version of the terms that set it. */
export interface TermsNumberRevision<V> {
  /** The day the version takes effect (第4条, I-14), `'YYYY-MM-DD'`. */
  readonly from: string;
  readonly value: V;
  /** The provision that writes the number. */
  readonly provision: ProvisionRef;
  /** The terms' own words for it. */
  readonly words: string;
}

/** The numbers the terms write, each a list of revisions in date order (the first from enactment). */
export interface TermsNumbers {
  /** 第26条 「年14.6%の割合」: the yearly rate of late interest, an exact decimal string. */
  readonly lateInterestRate: readonly TermsNumberRevision<string>[];
  /** 第25条4項, 第15条2項 「月額料金の30分の1を1日分の料金として計算」: the daily-rate divisor. */
  readonly dailyRateDivisor: readonly TermsNumberRevision<number>[];
  /** 第11条1項 「さらに1年間自動的に更新」: each renewal, in months. */
  readonly renewalMonths: readonly TermsNumberRevision<number>[];
  /** 第11条1項 「期間満了1か月前までに」: the notice not to renew, in months before expiry. */
  readonly nonRenewalNoticeMonths: readonly TermsNumberRevision<number>[];
  /** 第11条2項 「利用期間満了の前々月末日までに」: months before the month of expiry. */
  readonly termsChangeNoticeMonths: readonly TermsNumberRevision<number>[];
  /** 第15条1項1号 「廃止日の 30 日前までに」: the notice of a discontinuation, in days. */
  readonly discontinuationNoticeDays: readonly TermsNumberRevision<number>[];
  /** 第13条5項 「通常料金の2倍の金員」: the extension fee, as a multiple of the monthly fee. */
  readonly extensionFeeMultiple: readonly TermsNumberRevision<number>[];
  /** 第10条1項 「変更予定日の7日前までに」: the customer's notice of changed particulars, in days. */
  readonly changeNotificationDays: readonly TermsNumberRevision<number>[];
  /** 第27条3項 「利用契約終了後も1年間」: how long confidentiality survives, in years. */
  readonly confidentialitySurvivalYears: readonly TermsNumberRevision<number>[];
}

/** A key of {@link TermsNumbers}. */
export type TermsNumberKey = keyof TermsNumbers;

/** Enacted 2017-03-01 (I-14); the revision of 2019-06-01 changed none of these numbers. */
const ENACTED = '2017-03-01';

/**
 * The terms' numbers (I-14: enacted 2017-03-01; the revision of 2019-06-01 added 第17条3項
 * and changed no number). Frozen; a revision adds a row to a list (docs/core.md).
 */
export const TERMS_NUMBERS: TermsNumbers = deepFreeze({
  lateInterestRate: [{ from: ENACTED, value: '0.146', provision: '26', words: '年14.6%の割合' }],
  dailyRateDivisor: [
    { from: ENACTED, value: 30, provision: '25.4', words: '月額料金の30分の1を1日分の料金として計算' },
  ],
  renewalMonths: [{ from: ENACTED, value: 12, provision: '11.1', words: 'さらに1年間自動的に更新' }],
  nonRenewalNoticeMonths: [{ from: ENACTED, value: 1, provision: '11.1', words: '期間満了1か月前までに' }],
  termsChangeNoticeMonths: [{ from: ENACTED, value: 2, provision: '11.2', words: '利用期間満了の前々月末日までに' }],
  discontinuationNoticeDays: [{ from: ENACTED, value: 30, provision: '15.1.1', words: '廃止日の 30 日前までに' }],
  extensionFeeMultiple: [{ from: ENACTED, value: 2, provision: '13.5', words: '通常料金の2倍の金員' }],
  changeNotificationDays: [{ from: ENACTED, value: 7, provision: '10.1', words: '変更予定日の7日前までに' }],
  confidentialitySurvivalYears: [
    { from: ENACTED, value: 1, provision: '27.3', words: '利用契約終了後も1年間有効に存続' },
  ],
});

function deepFreeze<T extends object>(table: T): T {
  for (const list of Object.values(table) as object[][]) {
    for (const row of list) Object.freeze(row);
    Object.freeze(list);
  }
  return Object.freeze(table);
}

/**
 * The revision of `key` in force on `on` (第4条1項: a revision applies from its date): the
 * last row whose `from` is not after it; before the first row (a day before the terms were
 * enacted), the first row. Trusted input.
 */
export function termsRevisionOn<K extends TermsNumberKey>(
  key: K,
  on: CalendarDate | string,
  table: TermsNumbers = TERMS_NUMBERS,
): TermsNumbers[K][number] {
  const rows = table[key];
  const day = typeof on === 'string' ? on : on.toString();
  let found = rows[0] as TermsNumbers[K][number];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as TermsNumbers[K][number];
    if (row.from <= day) found = row;
  }
  return found;
}

/** The value of `key` in force on `on` (see {@link termsRevisionOn}). */
export function termsNumberOn<K extends TermsNumberKey>(
  key: K,
  on: CalendarDate | string,
  table: TermsNumbers = TERMS_NUMBERS,
): TermsNumbers[K][number]['value'] {
  return termsRevisionOn(key, on, table).value;
}

/** The value of `key` in the latest version of the table (for help texts and defaults). */
export function latestTermsNumber<K extends TermsNumberKey>(
  key: K,
  table: TermsNumbers = TERMS_NUMBERS,
): TermsNumbers[K][number]['value'] {
  const rows = table[key];
  return (rows[rows.length - 1] as TermsNumbers[K][number]).value;
}

/** A yearly rate `'0.146'` as a percentage for people: `'14.6'`. */
export function ratePercentText(rate: string): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const int = String(Number(digits.slice(0, point)));
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest === '' ? int : `${int}.${rest}`;
}

/** The late-interest rate of the latest version, as people read it: `'14.6%'`. */
export function lateInterestRateText(table: TermsNumbers = TERMS_NUMBERS): string {
  return `${ratePercentText(latestTermsNumber('lateInterestRate', table))}%`;
}
