/** Issue 18 §2 in the editor: an option a function does not read is a type error. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  contractTimeline,
  customerTermination,
  firstMonthFee,
  isSupportOpen,
  lateInterest,
  type ISSUE_KINDS,
  type IssueKind,
  type NoOptions,
  type Options,
  type OptionReader,
  type OptionsFor,
} from '../../src/index.js';

const LATE = { amount: 100_000, dueDate: '2027-05-31', paidOn: '2027-06-30' };

describe('each function’s option type lists only the options it reads', () => {
  it('lateInterest: dayCount and rounding', () => {
    expectTypeOf(lateInterest).parameter(1).toEqualTypeOf<Pick<Options, 'dayCount' | 'rounding'> | undefined>();
    lateInterest(LATE, { rounding: 'ceil', dayCount: 'act/act' });
    // @ts-expect-error firstMonthDays (I-07) is not read by 第26条's interest
    lateInterest(LATE, { firstMonthDays: 'inclusive' });
    // @ts-expect-error a misspelt option
    lateInterest(LATE, { roundng: 'ceil' });
  });

  it('firstMonthFee: firstMonthDays and rounding, not dayCount', () => {
    expectTypeOf<OptionsFor<'firstMonthFee'>>().toEqualTypeOf<Pick<Options, 'firstMonthDays' | 'rounding'>>();
    // @ts-expect-error dayCount (I-10) belongs to late interest
    firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }, { dayCount: 'act/act' });
  });

  it('a function that reads no options takes {} and nothing else', () => {
    expectTypeOf(customerTermination).parameter(1).toEqualTypeOf<NoOptions | undefined>();
    customerTermination({ noticeReceivedOn: '2027-05-20' }, {});
    // @ts-expect-error customerTermination reads no options
    customerTermination({ noticeReceivedOn: '2027-05-20' }, { rounding: 'ceil' });
  });

  it('the company holidays go to the calendar, not to a timeline', () => {
    isSupportOpen({ at: '2027-12-29T10:00:00+09:00' }, { companyHolidays: ['2027-12-29'] });
    // @ts-expect-error the timeline reads every rule's option but the company holidays
    contractTimeline({} as never, { asOf: '2027-05-01' }, { companyHolidays: ['2027-12-29'] });
  });
});

describe('the kinds of issue', () => {
  it('ISSUE_KINDS lists every IssueKind and nothing else', () => {
    expectTypeOf<(typeof ISSUE_KINDS)[number]>().toEqualTypeOf<IssueKind>();
  });
});

describe('OPTIONS_READ and the signatures agree', () => {
  it('every function in the table takes exactly OptionsFor<its name> (the timeline batches: and `notes`)', () => {
    type Api = typeof import('../../src/index.js');
    // The options are the last parameter: the second, or the third of the timelines (record, window, options).
    type Params<F extends keyof Api> = Api[F] extends (...args: infer P) => unknown ? P : never;
    type Declared<F extends keyof Api> =
      Params<F> extends [unknown, unknown, (infer O)?]
        ? O | undefined
        : Params<F> extends [unknown, (infer O)?]
          ? O | undefined
          : Params<F> extends [unknown?, (infer O)?]
            ? O | undefined
            : never;
    // The timeline batches also take `notes` (what their rows carry, no reading of the terms).
    type Expected<F extends OptionReader> = F extends 'contractTimelines' | 'contractTimelinesAsync'
      ? (OptionsFor<F> & { readonly notes?: boolean | undefined }) | undefined
      : OptionsFor<F> | undefined;
    expectTypeOf<{ [F in OptionReader]: Declared<F> }>().toEqualTypeOf<{ [F in OptionReader]: Expected<F> }>();
  });
});
