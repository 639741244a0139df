/**
 * What the benchmarks time (issue 11): every api.md function but contractTimeline
 * (the lifecycle branch benchmarks it) on realistic, valid inputs, and for four of them
 * the internal trusted path and a hand-written baseline in plain JavaScript (numbers and
 * Date.UTC arithmetic, no validation, no basis). Used by api.bench.ts (`npm run bench`)
 * and report.ts (`npm run bench:report`, the table in docs/performance.md).
 *
 * Each case is a function of an index: it makes one call on the index-th of INPUTS
 * prepared inputs, so a loop over many calls sees many different dates.
 */
import { customerTerminationOf } from '../../src/articles/article-13.js';
import { firstMonthFeeOf } from '../../src/articles/article-25.js';
import { lateInterestOf } from '../../src/articles/article-26.js';
import { isBusinessDate } from '../../src/calendar/business-days.js';
import * as api from '../../src/index.js';
import { mulberry32 } from './random.js';

const { CalendarDate } = api;
type CalendarDate = api.CalendarDate;

/** How many different inputs each case cycles through (a power of two). */
export const INPUTS = 1024;
const MASK = INPUTS - 1;

const random = mulberry32(20_270_401);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
const FIRST = CalendarDate.parse('2020-01-01').epochDay;
const LAST = CalendarDate.parse('2035-12-31').epochDay;
const date = (from = FIRST, to = LAST) => CalendarDate.fromEpochDay(int(from, to));
const fee = () => int(1, 500) * 1_000;
const list = <T>(make: () => T): T[] => Array.from({ length: INPUTS }, make);

// ---------------------------------------------------------------------------------------
// The api.md functions, validated (strings in, a result with basis out)

export interface Case {
  readonly name: string;
  readonly call: (i: number) => unknown;
}

function validated<I>(name: string, fn: (input: I) => unknown, make: () => I): Case {
  const inputs = list(make);
  for (const input of inputs) fn(input); // every input is valid: nothing times an error path
  return { name, call: (i) => fn(inputs[i & MASK] as I) };
}

const refusalIds = api.REFUSAL_GROUNDS.map((g) => g.id);
const at = () =>
  `${date().toString()}T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00+09:00`;

export const API_CASES: readonly Case[] = [
  validated('billingStartDate', api.billingStartDate, () => {
    const scheduled = date();
    return { scheduledStartDate: scheduled.toString(), readyDate: scheduled.addDays(int(-20, 20)).toString() };
  }),
  validated('refusalGrounds', api.refusalGrounds, () =>
    Object.fromEntries(refusalIds.map((id) => [id, random() < 0.1])),
  ),
  validated('changeNotificationDeadline', api.changeNotificationDeadline, () => ({ changeDate: date().toString() })),
  validated('renewalSchedule', api.renewalSchedule, () => ({ termEndDate: date().toString() })),
  validated('earlyTerminationFee', api.earlyTerminationFee, () => {
    const formation = date();
    return {
      formationDate: formation.toString(),
      minimumTermMonths: pick([6, 12, 24]),
      terminationDate: formation.addDays(int(0, 800)).toString(),
      monthlyFee: fee(),
    };
  }),
  validated('customerTermination', api.customerTermination, () => {
    const notice = date();
    return { noticeReceivedOn: notice.toString(), requestedDate: notice.addDays(int(0, 120)).toString() };
  }),
  validated('terminationExtension', api.terminationExtension, () => ({
    terminationDate: date().endOfMonth().toString(),
    months: int(1, 6),
    monthlyFee: fee(),
  })),
  validated('companyTermination', api.companyTermination, () => ({ noticeGivenOn: date().toString() })),
  validated('discontinuationNoticeDeadline', api.discontinuationNoticeDeadline, () => ({
    discontinuationDate: date().toString(),
  })),
  validated('discontinuationRefund', api.discontinuationRefund, () => {
    const discontinuation = date();
    const monthlyFee = fee();
    return {
      discontinuationDate: discontinuation.toString(),
      monthlyFee,
      paidThrough: discontinuation.addDays(int(0, 60)).endOfMonth().toString(),
      amountPaid: monthlyFee * 2,
    };
  }),
  validated('dataDeletionOnTermination', api.dataDeletionOnTermination, () => ({
    terminationDate: date().endOfMonth().toString(),
  })),
  validated('monthlyFeeDueDate', api.monthlyFeeDueDate, () => ({ serviceMonth: date().toString().slice(0, 7) })),
  validated('firstMonthFee', api.firstMonthFee, () => ({ billingStartDate: date().toString(), monthlyFee: fee() })),
  validated('lateInterest', api.lateInterest, () => {
    const due = date();
    return { amount: fee(), dueDate: due.toString(), paidOn: due.addDays(int(0, 400)).toString() };
  }),
  validated('isConfidential', api.isConfidential, () => {
    const disclosed = date();
    return {
      designation: pick(['written', 'oral'] as const),
      disclosedOn: disclosed.toString(),
      writtenSpecificationOn: disclosed.addDays(int(0, 6)).toString(),
    };
  }),
  validated('confidentialitySurvivesUntil', api.confidentialitySurvivesUntil, () => ({
    terminationDate: date().toString(),
  })),
  validated('liabilityCap', api.liabilityCap, () => ({
    monthlyFee: fee(),
    claimedDamages: int(0, 2_000) * 1_000,
    fault: pick(api.FAULT_KINDS),
    damageKind: pick(api.DAMAGE_KINDS),
  })),
  validated('termsVersionOn', api.termsVersionOn, () => ({ date: date().toString() })),
  validated('isSupportOpen', api.isSupportOpen, () => ({ at: at() })),
  validated('nextSupportOpening', api.nextSupportOpening, () => ({ at: at() })),
  validated('isNationalHoliday', api.isNationalHoliday, () => ({ date: date().toString() })),
  validated('nationalHolidays', api.nationalHolidays, () => ({ year: int(2020, 2035) })),
  validated('isBankHoliday', api.isBankHoliday, () => ({ date: date().toString() })),
];

// ---------------------------------------------------------------------------------------
// The baselines: plain JavaScript, numbers and Date.UTC, no validation, no basis

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → days since 1970-01-01, trusting the string. */
function dayNumber(s: string): number {
  return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY_MS;
}

/** Year, month (1–12) and day of a day number. */
function ymd(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** The day number of the last day of month `m` (1–12, may overflow) of year `y`. */
function monthEnd(y: number, m: number): number {
  return Date.UTC(y, m, 0) / DAY_MS;
}

function lateInterestBase(amount: number, due: number, paid: number): { interest: number; days: number } {
  const days = paid - due;
  if (days <= 0) return { interest: 0, days: 0 };
  return { interest: Math.floor((amount * 146 * days) / 365_000), days };
}

function firstMonthFeeBase(y: number, m: number, d: number, monthlyFee: number) {
  const length = monthEnd(y, m) - Date.UTC(y, m - 1, 0) / DAY_MS;
  if (d === 1) return { fee: monthlyFee, days: length, prorated: false };
  const days = length - d;
  return { fee: Math.floor((monthlyFee * days) / 30), days, prorated: true };
}

function customerTerminationBase(notice: number, requested: number) {
  const [ny, nm] = ymd(notice);
  const [ry, rm] = ymd(requested);
  // One month from the day after arrival (民法143条): the day before the same day a month
  // later, or that month's last day when it has no such day.
  const [fy, fm, fd] = ymd(notice + 1);
  const oneMonth =
    fd > monthEnd(fy, fm + 1) - monthEnd(fy, fm) ? monthEnd(fy, fm + 1) : Date.UTC(fy, fm, fd) / DAY_MS - 1;
  if ((ry - ny) * 12 + (rm - nm) >= 1 && oneMonth <= requested)
    return { terminationDate: monthEnd(ry, rm), deemed: false };
  return { terminationDate: monthEnd(ny, nm + 1), deemed: true };
}

// The national holidays as day numbers: a lookup table, as the library keeps one.
const HOLIDAYS = new Set<number>();
for (let year = 2015; year <= 2040; year++) {
  for (const h of api.nationalHolidays({ year }).holidays) HOLIDAYS.add(dayNumber(h.date));
}

function isBusinessDayBase(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}

// ---------------------------------------------------------------------------------------
// Four functions three ways: validated, trusted, and the baselines (from the same strings,
// and from numbers as the trusted path gets value objects)

export interface Comparison {
  readonly name: string;
  /** The public function, validating strings. */
  readonly validated: Case;
  /** The baseline from the same strings. */
  readonly baseline: Case;
  /** The internal trusted function over value objects. */
  readonly trusted: Case;
  /** The baseline from numbers (day numbers, or year, month and day). */
  readonly baselineNumbers: Case;
  /** Whether the four agree on every input (a baseline that computed something else would prove nothing). */
  readonly agree: () => boolean;
}

const lateInputs = list(() => {
  const due = date();
  return { amount: fee(), dueDate: due, paidOn: due.addDays(int(0, 400)) };
});
const firstInputs = list(() => ({ billingStartDate: date(), monthlyFee: fee() }));
const terminationInputs = list(() => {
  const notice = date();
  return { noticeReceivedOn: notice, requestedDate: notice.addDays(int(0, 120)) };
});
const businessInputs = list(() => date());

const s = (d: CalendarDate) => d.toString();
const strings = {
  late: lateInputs.map((x) => ({ amount: x.amount, dueDate: s(x.dueDate), paidOn: s(x.paidOn) })),
  first: firstInputs.map((x) => ({ billingStartDate: s(x.billingStartDate), monthlyFee: x.monthlyFee })),
  termination: terminationInputs.map((x) => ({
    noticeReceivedOn: s(x.noticeReceivedOn),
    requestedDate: s(x.requestedDate),
  })),
  business: businessInputs.map((d) => ({ date: s(d) })),
};
const numbers = {
  late: lateInputs.map((x) => [x.amount, x.dueDate.epochDay, x.paidOn.epochDay] as const),
  first: firstInputs.map(
    (x) => [x.billingStartDate.year, x.billingStartDate.month, x.billingStartDate.day, x.monthlyFee] as const,
  ),
  termination: terminationInputs.map((x) => [x.noticeReceivedOn.epochDay, x.requestedDate.epochDay] as const),
  business: businessInputs.map((d) => d.epochDay),
};
const at_ = <T>(list: readonly T[], i: number) => list[i & MASK] as T;

type Calls = Record<'validated' | 'baseline' | 'trusted' | 'baselineNumbers', (i: number) => unknown>;

function comparison(name: string, trustedName: string, calls: Calls, agree: () => boolean): Comparison {
  return {
    name,
    validated: { name, call: calls.validated },
    baseline: { name: 'baseline', call: calls.baseline },
    trusted: { name: trustedName, call: calls.trusted },
    baselineNumbers: { name: 'baseline (numbers)', call: calls.baselineNumbers },
    agree,
  };
}

export const COMPARISONS: readonly Comparison[] = [
  comparison(
    'lateInterest',
    'lateInterestOf',
    {
      validated: (i) => api.lateInterest(at_(strings.late, i)),
      baseline: (i) => {
        const x = at_(strings.late, i);
        return lateInterestBase(x.amount, dayNumber(x.dueDate), dayNumber(x.paidOn));
      },
      trusted: (i) => {
        const x = at_(lateInputs, i);
        return lateInterestOf(x.amount, x.dueDate, x.paidOn, 'act/365-fixed', 'floor');
      },
      baselineNumbers: (i) => {
        const [amount, due, paid] = at_(numbers.late, i);
        return lateInterestBase(amount, due, paid);
      },
    },
    () =>
      lateInputs.every((x, i) => {
        const ours = api.lateInterest(at_(strings.late, i));
        const base = lateInterestBase(x.amount, x.dueDate.epochDay, x.paidOn.epochDay);
        const trusted = lateInterestOf(x.amount, x.dueDate, x.paidOn, 'act/365-fixed', 'floor');
        return ours.interest === base.interest && ours.days === base.days && trusted.interest === base.interest;
      }),
  ),
  comparison(
    'firstMonthFee',
    'firstMonthFeeOf',
    {
      validated: (i) => api.firstMonthFee(at_(strings.first, i)),
      baseline: (i) => {
        const x = at_(strings.first, i);
        const b = x.billingStartDate;
        return firstMonthFeeBase(+b.slice(0, 4), +b.slice(5, 7), +b.slice(8, 10), x.monthlyFee);
      },
      trusted: (i) => {
        const x = at_(firstInputs, i);
        return firstMonthFeeOf(x.billingStartDate, x.monthlyFee, 'literal', 'floor');
      },
      baselineNumbers: (i) => {
        const [y, m, d, monthlyFee] = at_(numbers.first, i);
        return firstMonthFeeBase(y, m, d, monthlyFee);
      },
    },
    () =>
      firstInputs.every((x, i) => {
        const ours = api.firstMonthFee(at_(strings.first, i));
        const b = x.billingStartDate;
        const base = firstMonthFeeBase(b.year, b.month, b.day, x.monthlyFee);
        const trusted = firstMonthFeeOf(b, x.monthlyFee, 'literal', 'floor');
        return ours.fee === base.fee && ours.days === base.days && trusted.fee === base.fee;
      }),
  ),
  comparison(
    'customerTermination',
    'customerTerminationOf',
    {
      validated: (i) => api.customerTermination(at_(strings.termination, i)),
      baseline: (i) => {
        const x = at_(strings.termination, i);
        return customerTerminationBase(dayNumber(x.noticeReceivedOn), dayNumber(x.requestedDate));
      },
      trusted: (i) => {
        const x = at_(terminationInputs, i);
        return customerTerminationOf(x.noticeReceivedOn, x.requestedDate);
      },
      baselineNumbers: (i) => {
        const [notice, requested] = at_(numbers.termination, i);
        return customerTerminationBase(notice, requested);
      },
    },
    () =>
      terminationInputs.every((x, i) => {
        const ours = api.customerTermination(at_(strings.termination, i));
        const base = customerTerminationBase(x.noticeReceivedOn.epochDay, x.requestedDate.epochDay);
        const trusted = customerTerminationOf(x.noticeReceivedOn, x.requestedDate);
        return (
          ours.terminationDate === s(CalendarDate.fromEpochDay(base.terminationDate)) &&
          ours.deemed === base.deemed &&
          trusted.terminationDate.epochDay === base.terminationDate
        );
      }),
  ),
  comparison(
    'isBusinessDay',
    'isBusinessDate',
    {
      validated: (i) => api.isBusinessDay(at_(strings.business, i)),
      baseline: (i) => isBusinessDayBase(dayNumber(at_(strings.business, i).date)),
      trusted: (i) => isBusinessDate(at_(businessInputs, i)),
      baselineNumbers: (i) => isBusinessDayBase(at_(numbers.business, i)),
    },
    () =>
      businessInputs.every(
        (d, i) =>
          api.isBusinessDay(at_(strings.business, i)).businessDay === isBusinessDayBase(d.epochDay) &&
          isBusinessDate(d) === isBusinessDayBase(d.epochDay),
      ),
  ),
];
