/**
 * The invoice for one month of service: an aggregate of several articles — the first month
 * (第25条4項), the monthly fee and its due date (25.3), the months of an extension (第13条5項)
 * — so it lives in the lifecycle layer, which may ask each article, rather than in one of them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput } from '../core/errors.js';
import { Dec, roundYen, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import { optionsFor, type OptionsFor, type ResolvedOptions } from '../core/options.js';
import {
  atField,
  dateField,
  monthField,
  parseInput,
  yenField,
  type DateInput,
  type MonthInput,
  type YenInput,
  withField,
} from '../core/schema.js';
import type { YearMonth } from '../core/year-month.js';
import { extensionMonthsProblemOf, terminationExtensionOf } from '../articles/article-13.js';
import { firstMonthFeeOf, monthlyFeeDueDateOf } from '../articles/article-25.js';

/** A contract as the invoice helper needs it. */
export interface InvoiceContract {
  /** 課金開始日 (第9条6項). */
  readonly billingStartDate: DateInput;
  /** 月額料金 (通常料金), whole yen. */
  readonly monthlyFee: YenInput;
  /**
   * The termination date first notified (解約日), when the contract is being terminated;
   * absent while it runs on. The month it falls in is billed in full (no pro-rating of the
   * last month: the terms have none, and 25.6 refunds nothing).
   */
  readonly terminationDate?: DateInput;
  /**
   * Whole months the termination was extended by under 第13条5項, with the company's
   * consent; needs `terminationDate`, which must then be a month end (13.1).
   */
  readonly extensionMonths?: number;
  /**
   * 利用契約の成立日 (第9条2項), when known: a month whose 25.3 due date would fall before it
   * is due by the end of the month of formation ({@link monthlyFeeDueDate}).
   */
  readonly formationDate?: DateInput;
}

export interface InvoiceLinesInput {
  readonly contract: InvoiceContract;
  /** The month of service the lines pay for, `'YYYY-MM'`. */
  readonly serviceMonth: MonthInput;
}

/** What a line of the invoice charges for. */
export type InvoiceLineKind = 'first-month-fee' | 'monthly-fee' | 'extension-fee';

/** One line of a month's invoice. */
export interface InvoiceLine extends WithBasis {
  readonly kind: InvoiceLineKind;
  /** Whole yen. */
  readonly amount: Yen;
  /** For `'first-month-fee'`: the days billed (25.4, I-07). */
  readonly days?: number;
  /** For `'first-month-fee'`: false when billing started on the 1st. */
  readonly prorated?: boolean;
}

export interface InvoiceLinesResult extends WithBasis {
  /** The month of service, `'YYYY-MM'`. */
  readonly serviceMonth: string;
  /** The day the lines are due by (25.3, I-11), or `null` when nothing is due for the month. */
  readonly dueDate: string | null;
  /** The lines due, in the order first month / monthly fee / extension fee. */
  readonly lines: InvoiceLine[];
  /** The sum of the lines, whole yen. */
  readonly total: Yen;
}

const InvoiceLinesInput = z.object({
  contract: z.object({
    billingStartDate: dateField,
    monthlyFee: yenField,
    terminationDate: z.optional(dateField),
    // Checked by 第13条's terminationExtension, so that 0 or 1.5 months get its own error code.
    extensionMonths: z.optional(z.unknown()),
    formationDate: z.optional(dateField),
  }),
  serviceMonth: monthField,
});

/**
 * The extension of 第13条5項 by article 13's own checks and trusted core, its problems named
 * under `contract` (a termination date not at a month end; 0 or a part of a month is 13.5's
 * `EXTENSION_NOT_WHOLE_MONTHS`).
 */
function extensionOf(
  terminationDate: CalendarDate,
  months: unknown,
  monthlyFee: Yen,
  o: Pick<ResolvedOptions, 'extensionFee' | 'rounding'>,
) {
  if (typeof months !== 'number' || !Number.isFinite(months) || months < 0) {
    throw invalidInput(
      'contract.extensionMonths',
      `expected a whole number of months of 1 or more, got ${describeValue(months)}`,
    );
  }
  if (!terminationDate.isEndOfMonth()) {
    throw invalidInput(
      'contract.terminationDate',
      `expected a termination date at a month end (第13条1項: 解約日は…月の月末), got '${terminationDate.toString()}'`,
    );
  }
  const problem = extensionMonthsProblemOf(months);
  if (problem !== undefined) {
    throw new TermsError('EXTENSION_NOT_WHOLE_MONTHS', [{ path: 'contract.extensionMonths', message: problem }]);
  }
  try {
    const r = terminationExtensionOf(terminationDate, months, monthlyFee, o.extensionFee, o.rounding);
    return { terminationDate: r.terminationDate, months, extensionFee: r.extensionFee, regularFee: r.regularFee };
  } catch (e) {
    throw atField(e, 'contract.extensionMonths');
  }
}

/**
 * The lines due for one month of service of a contract, each with its own `basis`:
 *
 * - the month billing starts in: `'first-month-fee'` — the pro-rated first month, or the
 *   full fee from the 1st (25.4, I-07; {@link firstMonthFee});
 * - each later month up to the month of the termination date: `'monthly-fee'` (25.3);
 * - each month of an extension agreed under 第13条5項: `'extension-fee'`, one month's share
 *   of 第13条's `extensionFee` (twice the fee), and under I-05 `'in-addition'` also a
 *   `'monthly-fee'` line, its share of `regularFee` (basis `['13.5', '25.3']`). The
 *   amounts come from `terminationExtension`; this helper only spreads them over the
 *   extension months, as monthly fees are paid month by month;
 * - before the billing start month and after the (extended) termination: no lines,
 *   `dueDate: null`, `basis: ['25.1.2']` (the monthly fee pays for a month of use).
 *
 * All lines of a month are due on that month's 25.3 date (the end of the month before,
 * shifted by `bankHolidayShift`, I-11; with `contract.formationDate`, never before the end
 * of the month of formation — see {@link monthlyFeeDueDate}). The terms give 延長手数料 no due date of its own;
 * billing it with the month it pays for is this helper's reading. Options `firstMonthDays`,
 * `rounding`, `extensionFee` and `bankHolidayShift` apply.
 *
 * @example
 * ```ts
 * import { invoiceLines } from 'cloud-ops-terms';
 * const contract = { billingStartDate: '2027-04-15', monthlyFee: 90_000, terminationDate: '2027-06-30', extensionMonths: 2 };
 * invoiceLines({ contract, serviceMonth: '2027-04' });
 * //=> { serviceMonth: '2027-04', dueDate: '2027-03-31', lines: [{ kind: 'first-month-fee', amount: 45000, days: 15, prorated: true, basis: ['25.4'] }], total: 45000, basis: ['25.3', '25.4'] }
 * invoiceLines({ contract, serviceMonth: '2027-05' }).lines;
 * //=> [{ kind: 'monthly-fee', amount: 90000, basis: ['25.3'] }]
 * // July and August are the extension: 2 × 90,000 each (I-05 'replaces').
 * invoiceLines({ contract, serviceMonth: '2027-07' }).lines;
 * //=> [{ kind: 'extension-fee', amount: 180000, basis: ['13.5'] }]
 * invoiceLines({ contract, serviceMonth: '2027-09' }).lines;
 * //=> []
 * ```
 */
export function invoiceLines(input: InvoiceLinesInput, options?: OptionsFor<'invoiceLines'>): InvoiceLinesResult {
  const { contract, serviceMonth } = parseInput(InvoiceLinesInput, input);
  const resolved = optionsFor('invoiceLines', options);
  const { billingStartDate, monthlyFee, terminationDate, extensionMonths, formationDate } = contract;
  if (terminationDate !== undefined && terminationDate.isBefore(billingStartDate)) {
    throw invalidInput(
      'contract.terminationDate',
      `expected a termination date on or after the billing start date ${billingStartDate.toString()}, got '${terminationDate.toString()}'`,
      'not-before',
      {
        other: 'contract.billingStartDate',
        date: billingStartDate.toString(),
        received: `'${terminationDate.toString()}'`,
      },
    );
  }
  if (extensionMonths !== undefined && terminationDate === undefined) {
    throw invalidInput('contract.extensionMonths', 'an extension (第13条5項) needs the terminationDate it extends');
  }
  const extension =
    terminationDate !== undefined && extensionMonths !== undefined
      ? extensionOf(terminationDate, extensionMonths, monthlyFee, resolved)
      : undefined;
  const r = withField('serviceMonth', () =>
    invoiceLinesOf(
      {
        billingStartDate,
        monthlyFee,
        terminationDate,
        formationDate,
        extension,
      },
      serviceMonth,
      resolved,
    ),
  );
  return {
    serviceMonth: serviceMonth.toString(),
    dueDate: r.dueDate === undefined ? null : r.dueDate.toString(),
    lines: r.lines,
    total: r.total,
    // 25.1(2): the monthly fee is 「1か月間本サービスの利用を行うための料金」; a month without use owes none.
    basis: r.lines.length === 0 ? basis('25.1.2') : basis('25.3', ...r.lines.flatMap((l: InvoiceLine) => l.basis)),
  };
}

/** A contract as {@link invoiceLinesOf} needs it: checked value objects. */
export interface InvoiceTerms {
  readonly billingStartDate: CalendarDate;
  readonly monthlyFee: Yen;
  /** The termination date first notified, if any (a month end when `extension` is given). */
  readonly terminationDate?: CalendarDate | undefined;
  /** 第13条5項's extension as `terminationExtensionOf` computed it. */
  readonly extension?:
    | {
        readonly terminationDate: CalendarDate;
        readonly months: number;
        readonly extensionFee: Yen;
        readonly regularFee: Yen;
      }
    | undefined;
  /** 利用契約の成立日, when known (moves a due date that would precede it; {@link monthlyFeeDueDateOf}). */
  readonly formationDate?: CalendarDate | undefined;
}

/** What {@link invoiceLinesOf} computes for one month. */
export interface InvoiceLinesOf {
  /** The due date (25.3, I-11), or `undefined` when nothing is due for the month. */
  readonly dueDate: CalendarDate | undefined;
  readonly lines: InvoiceLine[];
  readonly total: Yen;
}

/** A date's month as one number, year × 12 + month. */
const monthOf = (d: CalendarDate): number => d.year * 12 + d.month;

/**
 * The trusted core of {@link invoiceLines}: the lines of one month of service of a
 * contract whose values are checked (a termination, if any, not before the billing start).
 * Exported from this module for the lifecycle layer and tests, not from the package root.
 */
export function invoiceLinesOf(
  contract: InvoiceTerms,
  serviceMonth: YearMonth,
  options: Pick<ResolvedOptions, 'firstMonthDays' | 'rounding' | 'bankHolidayShift'>,
): InvoiceLinesOf {
  const { billingStartDate, monthlyFee, terminationDate, extension, formationDate } = contract;
  const { firstMonthDays, rounding, bankHolidayShift } = options;
  // Months as one number each (year × 12 + month): a hot path, so no YearMonth is made; the
  // provisions as literals (each line's own, distinct), not checked again by `basis`.
  const month = serviceMonth.year * 12 + serviceMonth.month;
  const afterStart = month - monthOf(billingStartDate);
  const lines: InvoiceLine[] = [];
  if (afterStart === 0) {
    const first = firstMonthFeeOf(billingStartDate, monthlyFee, firstMonthDays, rounding);
    lines.push({
      kind: 'first-month-fee',
      amount: first.fee,
      days: first.days,
      prorated: first.prorated,
      basis: ['25.4'],
    });
  } else if (afterStart > 0) {
    if (terminationDate === undefined || month <= monthOf(terminationDate)) {
      lines.push({ kind: 'monthly-fee', amount: monthlyFee, basis: ['25.3'] });
    } else if (extension !== undefined && month <= monthOf(extension.terminationDate)) {
      const share = (total: Yen) => mulDivYen(total, 1, extension.months, rounding, 'amount'); // exact
      if (extension.regularFee > 0)
        lines.push({ kind: 'monthly-fee', amount: share(extension.regularFee), basis: ['13.5', '25.3'] });
      lines.push({ kind: 'extension-fee', amount: share(extension.extensionFee), basis: ['13.5'] });
    }
  }
  if (lines.length === 0) return { dueDate: undefined, lines, total: 0 };
  const { dueDate } = monthlyFeeDueDateOf(serviceMonth, bankHolidayShift, formationDate);
  // One line needs no sum; two (an extension month under 'in-addition') are added exactly, then rounded once.
  const total =
    lines.length === 1
      ? (lines[0] as InvoiceLine).amount
      : roundYen(
          lines.reduce((sum, l) => sum.plus(l.amount), new Dec(0)),
          rounding,
          'total',
        );
  return { dueDate, lines, total };
}
