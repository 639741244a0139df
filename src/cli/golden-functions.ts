/**
 * The library functions a golden-case file may name (docs/golden/README.md), each with
 * the inputs it takes and what a cell of each holds, and the answer a row checks when it
 * names none. Only public functions of the articles and the calendar that take one input
 * object: a row is one question, with its inputs in named columns.
 *
 * @module
 */
import {
  addBusinessDays,
  billingStartDate,
  businessDaysBetween,
  changeNotificationDeadline,
  companyLiability,
  customerTermination,
  dataLossLiability,
  discontinuationNoticeDeadline,
  discontinuationRefund,
  earlyTerminationFee,
  faxHandlingStart,
  firstMonthFee,
  isBankHoliday,
  isBusinessDay,
  isExempt,
  isNationalHoliday,
  isSupportOpen,
  lateInterest,
  liabilityCap,
  monthlyFeeDueDate,
  nextBusinessDay,
  nextSupportOpening,
  renewalSchedule,
  shiftedDueDate,
  terminationExtension,
  type Options,
} from '../index.js';

/** What a cell of an input column holds: text (dates, instants, choices), a number, or TRUE/FALSE. */
export type CellKind = 'text' | 'number' | 'boolean';

/** One function a row may call. */
export interface GoldenFunction {
  /** Its inputs, by name, with what a cell holds. */
  readonly inputs: Readonly<Record<string, CellKind>>;
  /** The result field a row checks when its `answer` cell is empty. */
  readonly answer: string;
  /** Calls the public library function. */
  readonly call: (input: Record<string, unknown>, options: Options) => object;
}

/* The library validates every input itself: the casts only name what the cells were read into. */
// biome-ignore lint/suspicious/noExplicitAny: each entry hands its cells to one public function, which parses them
type AnyInput = any;

function entry(
  inputs: Readonly<Record<string, CellKind>>,
  answer: string,
  // biome-ignore lint/suspicious/noExplicitAny: each function takes its own OptionsFor<…>; a row's options are checked by the function itself
  call: (input: AnyInput, options: any) => object,
): GoldenFunction {
  return { inputs, answer, call };
}

const FAULT_INPUTS = { monthlyFee: 'number', claimedDamages: 'number', fault: 'text', damageKind: 'text' } as const;

/** Every function a golden-case file may name, by its name in the library. */
export const GOLDEN_FUNCTIONS: Readonly<Record<string, GoldenFunction>> = {
  // Dates and deadlines
  billingStartDate: entry({ scheduledStartDate: 'text', readyDate: 'text' }, 'billingStartDate', billingStartDate),
  changeNotificationDeadline: entry({ changeDate: 'text' }, 'deadline', changeNotificationDeadline),
  renewalSchedule: entry({ termEndDate: 'text' }, 'nonRenewalNoticeDeadline', renewalSchedule),
  customerTermination: entry(
    { noticeReceivedOn: 'text', requestedDate: 'text' },
    'terminationDate',
    customerTermination,
  ),
  terminationExtension: entry(
    { terminationDate: 'text', months: 'number', monthlyFee: 'number' },
    'terminationDate',
    terminationExtension,
  ),
  discontinuationNoticeDeadline: entry({ discontinuationDate: 'text' }, 'deadline', discontinuationNoticeDeadline),
  monthlyFeeDueDate: entry({ serviceMonth: 'text', formationDate: 'text' }, 'dueDate', monthlyFeeDueDate),
  // Money
  earlyTerminationFee: entry(
    { formationDate: 'text', minimumTermMonths: 'number', terminationDate: 'text', monthlyFee: 'number' },
    'remainingFee',
    earlyTerminationFee,
  ),
  discontinuationRefund: entry(
    { discontinuationDate: 'text', monthlyFee: 'number', paidThrough: 'text', amountPaid: 'number' },
    'refund',
    discontinuationRefund,
  ),
  firstMonthFee: entry({ billingStartDate: 'text', monthlyFee: 'number' }, 'fee', firstMonthFee),
  lateInterest: entry({ amount: 'number', dueDate: 'text', paidOn: 'text' }, 'interest', lateInterest),
  // Liability
  liabilityCap: entry(FAULT_INPUTS, 'payable', liabilityCap),
  companyLiability: entry({ ...FAULT_INPUTS, cause: 'text', dataLoss: 'boolean' }, 'payable', companyLiability),
  isExempt: entry({ cause: 'text', fault: 'text' }, 'exempt', isExempt),
  dataLossLiability: entry({ fault: 'text' }, 'companyLiable', dataLossLiability),
  // Calendar
  isNationalHoliday: entry({ date: 'text' }, 'holiday', (input) => isNationalHoliday(input)),
  isBankHoliday: entry({ date: 'text' }, 'holiday', (input) => isBankHoliday(input)),
  shiftedDueDate: entry({ dueDate: 'text' }, 'dueDate', shiftedDueDate),
  isBusinessDay: entry({ date: 'text' }, 'businessDay', isBusinessDay),
  nextBusinessDay: entry({ date: 'text' }, 'date', nextBusinessDay),
  addBusinessDays: entry({ date: 'text', days: 'number' }, 'date', addBusinessDays),
  businessDaysBetween: entry({ from: 'text', to: 'text' }, 'days', businessDaysBetween),
  isSupportOpen: entry({ at: 'text', service: 'text' }, 'open', isSupportOpen),
  nextSupportOpening: entry({ at: 'text', service: 'text' }, 'at', nextSupportOpening),
  faxHandlingStart: entry({ receivedAt: 'text' }, 'at', faxHandlingStart),
};

/** The names of {@link GOLDEN_FUNCTIONS}, in order. */
export const GOLDEN_FUNCTION_NAMES: readonly string[] = Object.keys(GOLDEN_FUNCTIONS);
