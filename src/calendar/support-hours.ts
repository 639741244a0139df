/**
 * Support hours (サービス仕様書 第1 4・5・6; I-12).
 *
 * > 4 … 対応時間：当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時
 * > 5 1(4)その他当社の契約者対応の提供時間は次のとおりとします。
 * >   当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時
 * > 6 … FAX 03-6418-2206（24 時間受付、対応は翌営業日となります。）
 *
 * Open from 10:00 inclusive to 19:00 exclusive, JST, on 当社営業日. Monitoring
 * (第1 3, 24 時間 365 日) has no hours to compute.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { Instant } from '../core/instant.js';
import { optionsFor, type FaxHandling, type OptionsFor } from '../core/options.js';
import type { ProvisionRef } from '../core/provisions.js';
import { enumField, instantField, parseInput, type InstantInput } from '../core/schema.js';
import {
  companyHolidaysOf,
  isBusinessDate,
  nextBusinessDate,
  NO_COMPANY_HOLIDAYS,
  type CompanyHolidays,
} from './business-days.js';
import { onField, requireHolidayYear } from './national-holidays.js';

/** 「午前 10 時から」: support opens at 10:00 JST (inclusive). */
export const SUPPORT_OPENS_AT_HOUR = 10;
/** 「午後 7 時」: support closes at 19:00 JST (exclusive: 19:00:00 is closed). */
export const SUPPORT_CLOSES_AT_HOUR = 19;

const MS_PER_HOUR = 3_600_000;
const OPENS_MS = SUPPORT_OPENS_AT_HOUR * MS_PER_HOUR;
const CLOSES_MS = SUPPORT_CLOSES_AT_HOUR * MS_PER_HOUR;

/** The instant support opens on `date` (10:00 JST), business day or not. */
function openingOn(date: CalendarDate): Instant {
  return Instant.fromJst(date, SUPPORT_OPENS_AT_HOUR);
}

/**
 * True when support is open at `at`: a 当社営業日 (JST), from 10:00 inclusive to
 * 19:00 exclusive (サービス仕様書 第1 5; I-12). Trusted; throws
 * `HOLIDAY_YEAR_OUT_OF_RANGE` when `at`'s JST date is outside 1955–2099.
 *
 * @example
 * ```ts
 * import { isSupportOpen } from 'cloud-ops-terms';
 * // isSupportOpenAt(Instant.parse('2027-04-05T18:59:59+09:00'), NO_COMPANY_HOLIDAYS), validated:
 * isSupportOpen({ at: '2027-04-05T18:59:59+09:00' }).open;
 * //=> true
 * ```
 */
export function isSupportOpenAt(at: Instant, companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS): boolean {
  const ms = at.jstMillisecondOfDay();
  // The date is looked up first so that an instant outside the table is always refused.
  return isBusinessDate(at.jstDate(), companyHolidays) && ms >= OPENS_MS && ms < CLOSES_MS;
}

/**
 * The earliest instant at or after `at` when support is open: `at` itself when
 * it is open; 10:00 the same day when `at` is before opening on a business day;
 * else 10:00 on the next business day. Trusted, as {@link isSupportOpenAt}.
 */
export function nextSupportOpeningAt(at: Instant, companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS): Instant {
  const date = at.jstDate();
  if (isBusinessDate(date, companyHolidays)) {
    const ms = at.jstMillisecondOfDay();
    // Stryker disable next-line EqualityOperator: at exactly 10:00 the opening is that instant either way
    if (ms < OPENS_MS) return openingOn(date);
    if (ms < CLOSES_MS) return at;
  }
  return openingOn(nextBusinessDate(date, companyHolidays));
}

/**
 * When a fax received at `receivedAt` is handled: 「24 時間受付、対応は翌営業日」 —
 * by default (`next-business-day`) 10:00 JST on the first business day after the JST
 * day of receipt, whatever the hour it arrived; with `next-opening`, the next moment
 * support is open ({@link nextSupportOpeningAt}) (サービス仕様書 第1 6; I-12, revised).
 * Trusted, as {@link isSupportOpenAt}.
 */
export function faxHandlingStartAt(
  receivedAt: Instant,
  companyHolidays: CompanyHolidays = NO_COMPANY_HOLIDAYS,
  faxHandling: FaxHandling = 'next-business-day',
): Instant {
  if (faxHandling === 'next-opening') return nextSupportOpeningAt(receivedAt, companyHolidays);
  return openingOn(nextBusinessDate(receivedAt.jstDate(), companyHolidays));
}

// ---------------------------------------------------------------------------
// Validated functions.

/** Which hours: 第1 5 (support, 契約者対応: the default) or 第1 4 (settings changes and installs). */
export type SupportService = 'support' | 'application-work';

const SERVICE_BASIS: Readonly<Record<SupportService, ProvisionRef>> = {
  support: 'spec.1.5',
  'application-work': 'spec.1.4',
};

export interface SupportHoursInput {
  /** The instant: ISO 8601 with an offset or `Z`, or a `Date`. Its JST date must be in 1955–2099. */
  readonly at: InstantInput;
  /**
   * `'support'` (default): 第1 5, 1(4) and all other customer contact.
   * `'application-work'`: 第1 4, settings changes and installs. Same hours; the basis differs.
   */
  readonly service?: SupportService;
}

const SupportHoursInput = z.object({
  at: instantField,
  service: z.optional(enumField(['support', 'application-work'])),
});

function parseSupportHours(input: SupportHoursInput, options: unknown, fn: 'isSupportOpen' | 'nextSupportOpening') {
  const { at, service = 'support' } = parseInput(SupportHoursInput, input);
  requireHolidayYear(at.jstDate(), 'at');
  return { at, ref: SERVICE_BASIS[service], companyHolidays: companyHolidaysOf(options, fn) };
}

export interface IsSupportOpenResult extends WithBasis {
  /** True when support is open at the instant. */
  readonly open: boolean;
}

/**
 * Whether support is open at an instant: on a 当社営業日 from 10:00 (inclusive) to
 * 19:00 (exclusive) JST (サービス仕様書 第1 5, or 第1 4 with
 * `service: 'application-work'`; I-12). Company holidays come from the options.
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { isSupportOpen } from 'cloud-ops-terms';
 * isSupportOpen({ at: '2027-04-05T10:00:00+09:00' });
 * //=> { open: true, basis: ['spec.1.5'] }
 * // 19:00 is closed; 10:00 JST is 01:00 UTC.
 * isSupportOpen({ at: '2027-04-05T19:00:00+09:00' }).open;
 * //=> false
 * isSupportOpen({ at: '2027-04-05T01:00:00Z', service: 'application-work' });
 * //=> { open: true, basis: ['spec.1.4'] }
 * ```
 */
export function isSupportOpen(input: SupportHoursInput, options?: OptionsFor<'isSupportOpen'>): IsSupportOpenResult {
  const { at, ref, companyHolidays } = parseSupportHours(input, options, 'isSupportOpen');
  return { open: isSupportOpenAt(at, companyHolidays), basis: basis(ref) };
}

export interface NextSupportOpeningResult extends WithBasis {
  /** The earliest instant, at or after the one given, when support is open (`+09:00`). */
  readonly at: string;
}

/**
 * The earliest instant at or after `at` when support is open: `at` itself
 * during opening hours, otherwise the next 10:00 JST on a 当社営業日
 * (サービス仕様書 第1 5, or 第1 4; I-12).
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { nextSupportOpening } from 'cloud-ops-terms';
 * // Friday evening before Golden Week 2027: 05-03–05-05 are 祝日, 05-01/02 a weekend.
 * nextSupportOpening({ at: '2027-04-30T19:00:00+09:00' });
 * //=> { at: '2027-05-06T10:00:00+09:00', basis: ['spec.1.5'] }
 * nextSupportOpening({ at: '2027-05-06T09:59:59+09:00' }).at;
 * //=> '2027-05-06T10:00:00+09:00'
 * nextSupportOpening({ at: '2027-05-06T12:34:00+09:00' }).at;
 * //=> '2027-05-06T12:34:00+09:00'
 * ```
 */
export function nextSupportOpening(
  input: SupportHoursInput,
  options?: OptionsFor<'nextSupportOpening'>,
): NextSupportOpeningResult {
  const { at, ref, companyHolidays } = parseSupportHours(input, options, 'nextSupportOpening');
  try {
    return { at: nextSupportOpeningAt(at, companyHolidays).toString(), basis: basis(ref) };
  } catch (e) {
    throw onField(e, 'at');
  }
}

export interface FaxHandlingStartInput {
  /** When the fax arrived: ISO 8601 with an offset or `Z`, or a `Date`. */
  readonly receivedAt: InstantInput;
}

export interface FaxHandlingStartResult extends WithBasis {
  /** 翌営業日: the business day the fax is handled on, `'YYYY-MM-DD'`. */
  readonly handledOn: string;
  /** When handling starts (`+09:00`): its opening, 10:00 JST; with `next-opening`, possibly the arrival itself. */
  readonly at: string;
}

const FaxHandlingStartInput = z.object({ receivedAt: instantField });

/**
 * When a fax is handled: faxes are received 24 hours a day and 「対応は翌営業日」
 * (サービス仕様書 第1 6, 5; I-12, revised). Option `faxHandling`:
 *
 * - `'next-business-day'` (default): from 10:00 JST on the first 当社営業日 after the
 *   JST day it arrived, even when it arrived during opening hours or before 10:00 on a
 *   business day;
 * - `'next-opening'`: from the next moment support is open — the arrival itself when
 *   support is open then.
 *
 * Either way the fax's effect as a notice is its arrival (I-03); only the handling waits.
 *
 * Option `companyHolidays` (I-12): the company's own holidays (当社休業日); it reads no other.
 *
 * @example
 * ```ts
 * import { faxHandlingStart } from 'cloud-ops-terms';
 * // Received on Friday 2027-12-31 (a business day) at 11:00: 01-01 元日, then a weekend.
 * faxHandlingStart({ receivedAt: '2027-12-31T11:00:00+09:00' });
 * //=> { handledOn: '2028-01-03', at: '2028-01-03T10:00:00+09:00', basis: ['spec.1.6', 'spec.1.5'] }
 * faxHandlingStart({ receivedAt: '2027-12-31T11:00:00+09:00' }, { faxHandling: 'next-opening' }).at;
 * //=> '2027-12-31T11:00:00+09:00'
 * ```
 */
export function faxHandlingStart(
  input: FaxHandlingStartInput,
  options?: OptionsFor<'faxHandlingStart'>,
): FaxHandlingStartResult {
  const { receivedAt } = parseInput(FaxHandlingStartInput, input);
  requireHolidayYear(receivedAt.jstDate(), 'receivedAt');
  const companyHolidays = companyHolidaysOf(options, 'faxHandlingStart');
  const { faxHandling } = optionsFor('faxHandlingStart', options);
  try {
    const at = faxHandlingStartAt(receivedAt, companyHolidays, faxHandling);
    return { handledOn: at.jstDate().toString(), at: at.toString(), basis: basis('spec.1.6', 'spec.1.5') };
  } catch (e) {
    throw onField(e, 'receivedAt');
  }
}
