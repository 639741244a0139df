/** Type tests for the public core vocabulary. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  CalendarDate,
  DEFAULT_OPTIONS,
  Instant,
  type Options,
  type ProvisionRef,
  type ResolvedOptions,
  type TermsError,
  type TermsErrorCode,
  type TermsIssue,
  type TermsResult,
  YearMonth,
  basis,
  deadlineBefore,
  parseYen,
  periodEnd,
  resolveOptions,
  roundYen,
} from '../../src/index.js';

describe('core types', () => {
  it('value objects parse from unknown and return themselves', () => {
    expectTypeOf(CalendarDate.parse).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(CalendarDate.parse('2027-04-01')).toEqualTypeOf<CalendarDate>();
    expectTypeOf(YearMonth.parse('2027-04')).toEqualTypeOf<YearMonth>();
    expectTypeOf(Instant.parse('2027-04-01T10:00:00+09:00')).toEqualTypeOf<Instant>();
    expectTypeOf(CalendarDate.parse('2027-04-01').year).toEqualTypeOf<number>();
    expectTypeOf(CalendarDate.parse('2027-04-01').dayOfWeek()).toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6>();
  });

  it('periods take value objects and a typed length', () => {
    expectTypeOf(periodEnd).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(deadlineBefore).parameter(2).toEqualTypeOf<'event' | 'expiry'>();
    expectTypeOf(deadlineBefore).parameter(3).toEqualTypeOf<'civil-code' | 'naive' | undefined>();
  });

  it('money is a number of yen', () => {
    expectTypeOf(parseYen('100')).toEqualTypeOf<number>();
    expectTypeOf(roundYen).parameter(1).toEqualTypeOf<'floor' | 'half-up' | 'ceil'>();
  });

  it('options are all optional; resolved options are all present', () => {
    expectTypeOf<{}>().toMatchTypeOf<Options>();
    expectTypeOf(resolveOptions({})).toEqualTypeOf<ResolvedOptions>();
    expectTypeOf(DEFAULT_OPTIONS.rounding).toEqualTypeOf<'floor' | 'half-up' | 'ceil'>();
    // @ts-expect-error an unknown rounding mode is not an option value
    const bad: Options = { rounding: 'round' };
    void bad;
  });

  it('basis accepts only provisions that exist', () => {
    expectTypeOf(basis('13.2', '14.1.9', 'spec.1.5')).toEqualTypeOf<ProvisionRef[]>();
    // @ts-expect-error 第13条 has no 6th paragraph
    basis('13.6');
    expectTypeOf<TermsResult<{ terminationDate: string }>>().toEqualTypeOf<
      { terminationDate: string } & { readonly basis: ProvisionRef[] }
    >();
  });

  it('TermsError has a typed code and issues', () => {
    expectTypeOf<TermsError['code']>().toEqualTypeOf<TermsErrorCode>();
    expectTypeOf<TermsError['issues']>().toEqualTypeOf<readonly TermsIssue[]>();
    expectTypeOf<TermsError>().toMatchTypeOf<Error>();
  });
});
