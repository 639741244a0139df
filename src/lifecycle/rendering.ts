/**
 * The texts of a timeline: dates and months as strings, and the short English `note` of each
 * event (the CLI renders Japanese from the events' codes and numbers, src/cli/format.ts). Kept
 * apart from the rules so the rules carry codes and numbers only.
 *
 * @module
 */
import { type CalendarDate, MAX_EPOCH_DAY, MAX_YEAR, MIN_EPOCH_DAY, MIN_YEAR } from '../core/calendar-date.js';
import type { Yen } from '../core/money.js';
import type { YearMonth } from '../core/year-month.js';
import { LATE_INTEREST_RATE_TEXT } from '../articles/article-26.js';
import type { TerminationCause } from './events.js';

// Text of the days and months a batch meets again and again (month ends above all):
// memoised, and bounded, so the cache is never observable and never grows without limit
// (docs/quality.md lists it with its measured gain). Slots by day and month number, not
// Maps: a batch reads them about 170 times a contract, and an array slot is read at a
// fraction of a Map lookup's cost. The arrays are filled with `undefined` up front (packed:
// V8 would keep a sparse array of over 100,000 slots as a dictionary).
const TEXT_LIMIT = 40_000;
const FIRST_MONTH = MIN_YEAR * 12 + 1;
const DAY_TEXT: (string | undefined)[] = slots(MAX_EPOCH_DAY - MIN_EPOCH_DAY + 1);
const MONTH_TEXT: (string | undefined)[] = slots(MAX_YEAR * 12 + 12 - FIRST_MONTH + 1);
let dayTexts = 0;
let monthTexts = 0;

function slots(n: number): undefined[] {
  const out: undefined[] = [];
  for (let i = 0; i < n; i++) out.push(undefined);
  return out;
}

/** `'YYYY-MM-DD'` of a day. */
export function dayText(date: CalendarDate): string {
  const slot = date.epochDay - MIN_EPOCH_DAY;
  let text = DAY_TEXT[slot];
  if (text === undefined) {
    text = date.toString();
    if (dayTexts < TEXT_LIMIT) {
      DAY_TEXT[slot] = text;
      dayTexts += 1;
    }
  }
  return text;
}

/** `'YYYY-MM'` of a month. */
export function monthText(month: YearMonth): string {
  const slot = month.year * 12 + month.month - FIRST_MONTH;
  let text = MONTH_TEXT[slot];
  if (text === undefined) {
    text = month.toString();
    if (monthTexts < TEXT_LIMIT) {
      MONTH_TEXT[slot] = text;
      monthTexts += 1;
    }
  }
  return text;
}

/** `'YYYY-MM'` of the month numbered `index` (year × 12 + month − 1), in range. */
export function monthTextAt(index: number): string {
  const slot = index + 1 - FIRST_MONTH;
  let text = MONTH_TEXT[slot];
  if (text === undefined) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    text = `${year}-${month < 10 ? '0' : ''}${month}`;
    if (monthTexts < TEXT_LIMIT) {
      MONTH_TEXT[slot] = text;
      monthTexts += 1;
    }
  }
  return text;
}

/** Whole yen with thousands separators (`toLocaleString` is slow on a hot path). */
export function fmtYen(n: Yen): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** The notes of the events, by what they say. */
export const NOTES = {
  formation: 'contract formed: the 利用承諾書 reached the customer',
  billingStart: (delayedFrom: CalendarDate | undefined) =>
    delayedFrom === undefined
      ? 'the monthly fee accrues from this day (利用開始日)'
      : `the monthly fee accrues from this day: ready after the scheduled start ${delayedFrom.toString()}`,
  termsChangeDeadline: (term: number) =>
    `last day for the company to notify changed terms for the renewal after term ${term}`,
  nonRenewalDeadline: (term: number) => `last day for either party to decline the renewal after term ${term}`,
  renewal: (term: number, through: CalendarDate) =>
    `term ${term} begins, through ${through.toString()} (automatic renewal)`,
  minimumTermEnd: (months: number) => `last day of the ${months}-month minimum term`,
  customerNoticeDeadline: (end: CalendarDate, arrived: CalendarDate) =>
    `last day for the customer's notice to end the contract at the end of ${end.toString().slice(0, 7)}; it arrived on ${arrived.toString()}`,
  firstFreeNoticeDeadline: (end: CalendarDate) =>
    `last day for a notice to end the contract at the end of ${end.toString().slice(0, 7)}, the first month end after the minimum term`,
  discontinuationDeadline: (given: CalendarDate | undefined, late: boolean) =>
    given === undefined
      ? 'last day for the company to notify the discontinuation, 30 days before it'
      : late
        ? `last day for the company to notify the discontinuation; the notice of ${given.toString()} came after it`
        : `last day for the company to notify the discontinuation; notified on ${given.toString()}`,
  discontinuation: 'the service is discontinued; the contract ends on this day (第15条1項)',
  initialFee: 'initial fee (初期費用)',
  charge: (kind: string, description: string) =>
    `${kind === 'cost' ? 'costs claimed under 第22条4項' : 'an agreed charge (第25条1項3号)'}: ${description}`,
  firstMonthProrated: (days: number) => `first month, ${days} days at the daily rate (fee / 30)`,
  firstMonthFull: 'first month, in full (billing starts on the 1st)',
  extensionMonthFee: (month: string) => `fee for ${month}, an extension month (I-05 in-addition)`,
  extensionFee: (month: string) => `extension fee for ${month}: twice the monthly fee (第13条5項)`,
  extension: (months: number, to: CalendarDate, fee: Yen) =>
    `termination extended by ${months} month${months === 1 ? '' : 's'} to ${to.toString()} with the company's consent; extension fee ${fmtYen(fee)} yen, billed with each extension month`,
  earlyTerminationFee: (months: number, days: number, end: CalendarDate) =>
    `the fee for the rest of the minimum term (${months} months and ${days} days, through ${end.toString()})`,
  dataDeletion: "the company may delete the customer's data and software, without notice",
  confidentialityEnd: 'last day the duties of confidentiality (第27条) bind',
  refund: (days: number, capped: boolean) =>
    `refund of ${days} days paid for but not provided, at the daily rate (fee / 30)${capped ? ', capped at what was paid' : ''}`,
  contractChange: (fee: Yen, month: string) =>
    `change of contract (第9条3項): the monthly fee becomes ${fmtYen(fee)} yen, billed from ${month}`,
  termsChange: (term: number, fee: Yen | undefined, months: number | undefined, late: string | undefined) => {
    const what = [
      ...(fee === undefined ? [] : [`the monthly fee becomes ${fmtYen(fee)} yen`]),
      ...(months === undefined ? [] : [`each renewal runs ${months} months`]),
    ].join(' and ');
    if (late === 'no-effect')
      return `changed terms for term ${term} (第11条2項): notified after the deadline, so no effect (I-20)`;
    return late === 'next-renewal'
      ? `changed terms from term ${term} (第11条2項): ${what}; notified after the deadline for the renewal before, so from this one (I-20)`
      : `changed terms from term ${term} (第11条2項): ${what}`;
  },
  feeDifference: (month: string, days: number) =>
    `the rise in the fee for the rest of ${month}: ${days} days of the difference at the daily rate (difference / 30, I-19)`,
  dueAtOnce: (ref: '13.3' | '14.3', principal: Yen, interest: Yen) =>
    `${ref === '13.3' ? "the customer's termination notice arrived" : "the company's termination took effect"}: ${fmtYen(principal)} yen of fees and ${fmtYen(interest)} yen of late interest then unpaid are payable at once (${ref === '13.3' ? '第13条3項' : '第14条3項'}, I-18)`,
  stopStart: (provision: string, express: boolean) =>
    express
      ? `the service is stopped under ${provision}; the fees stay due (第25条5項)`
      : `the service is interrupted under ${provision}; the fees stay due: no provision reduces them (第25条1項2号, 6項)`,
  stopEnd: (provision: string) => `last day of the stop under ${provision}`,
  optionDiscontinuation: (name: string) => `the option ${name} is discontinued alone; it ends on this day (第15条1項)`,
  optionDropped: (name: string) =>
    `the option ${name} is dropped by a change of contract (第9条3項); this is its last day`,
  optionEnd: (name: string) => `the option ${name} ends on the customer's notice (第13条4項)`,
  lateInterestOpen: (amount: Yen, dueDate: CalendarDate, days: number, principal: Yen, interest: Yen) =>
    `${LATE_INTEREST_RATE_TEXT} a year on ${fmtYen(amount)} yen due ${dueDate.toString()}: ${days} days so far; ${fmtYen(principal)} yen of it and ${fmtYen(interest)} yen of interest still unpaid`,
  lateInterestPaid: (amount: Yen, dueDate: CalendarDate, days: number) =>
    `${LATE_INTEREST_RATE_TEXT} a year on ${fmtYen(amount)} yen due ${dueDate.toString()}, paid ${days} days late`,
} as const;

/** The note of the contract's termination, by how it ends. */
export function terminationNote(
  cause: TerminationCause,
  detail: { deemed?: boolean | undefined; by?: string | undefined; withoutNotice?: boolean | undefined },
): string {
  switch (cause) {
    case 'customer':
      return detail.deemed === true
        ? "the contract's last day: the end of the month after the customer's notice arrived (第13条2項)"
        : "the contract's last day: the end of the month the customer's notice asked for";
    case 'company':
      if (detail.withoutNotice === true)
        return "the contract's last day: the company terminated it without notice (第14条1項); this month is billed in full, nothing after (I-18)";
      return detail.deemed === true
        ? "the contract's last day: the company's notice came too late for the month it named, so the end of the month after the notice (第14条2項, I-16)"
        : "the contract's last day: the end of the month the company's notice named (第14条2項)";
    case 'discontinuation':
      return "the contract's last day: the service is discontinued (第15条1項)";
    case 'non-renewal':
      return `the contract's last day: the term ends, the ${detail.by ?? 'customer'} having declined the renewal (第11条1項)`;
    default:
      return "the contract's last day: the term ends and the contract does not renew (第1条2項)";
  }
}
