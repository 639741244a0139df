/** Type tests for the public signatures of 第9条–第16条 (the names fixed by api.md). */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type NoOptions,
  type Options,
  billingStartDate,
  companyTermination,
  customerTermination,
  dataDeletionOnTermination,
  discontinuationNoticeDeadline,
  discontinuationRefund,
  earlyTerminationFee,
  refusalGrounds,
  renewalSchedule,
  terminationExtension,
} from '../../src/index.js';

describe('chapter 2 signatures', () => {
  it('take one object of named fields and optional options', () => {
    expectTypeOf(customerTermination).parameter(1).toEqualTypeOf<NoOptions | undefined>();
    expectTypeOf(terminationExtension)
      .parameter(1)
      .toEqualTypeOf<Pick<Options, 'extensionFee' | 'rounding'> | undefined>();
    expectTypeOf(customerTermination).parameter(0).toHaveProperty('noticeReceivedOn');
    expectTypeOf(terminationExtension).parameter(0).toHaveProperty('months').toEqualTypeOf<number>();
    expectTypeOf(earlyTerminationFee).parameter(0).toHaveProperty('minimumTermMonths').toEqualTypeOf<number>();
  });

  it('return the fixed result fields', () => {
    expectTypeOf(billingStartDate).returns.toHaveProperty('billingStartDate').toEqualTypeOf<string>();
    expectTypeOf(refusalGrounds).returns.toHaveProperty('reasonRequired').toEqualTypeOf<false>();
    expectTypeOf(refusalGrounds).returns.toHaveProperty('mayRefuse').toEqualTypeOf<boolean>();
    expectTypeOf(renewalSchedule).returns.toHaveProperty('renewedTermEnd').toEqualTypeOf<string>();
    expectTypeOf(earlyTerminationFee).returns.toHaveProperty('remainingFee').toEqualTypeOf<number>();
    expectTypeOf(customerTermination).returns.toHaveProperty('deemed').toEqualTypeOf<boolean>();
    expectTypeOf(terminationExtension).returns.toHaveProperty('extensionFee').toEqualTypeOf<number>();
    expectTypeOf(companyTermination).returns.toHaveProperty('terminationDate').toEqualTypeOf<string>();
    expectTypeOf(discontinuationNoticeDeadline).returns.toHaveProperty('deadline').toEqualTypeOf<string>();
    expectTypeOf(discontinuationRefund).returns.toHaveProperty('refund').toEqualTypeOf<number>();
    expectTypeOf(dataDeletionOnTermination).returns.toHaveProperty('notifyCustomer').toEqualTypeOf<false>();
  });

  it('refuse a misspelt ground at compile time', () => {
    // @ts-expect-error not a ground of 第9条4項
    refusalGrounds({ falseStatment: true });
  });
});
