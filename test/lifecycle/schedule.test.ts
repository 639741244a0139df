/**
 * The schedule (src/lifecycle/schedule.ts): terms, renewals and the ending that ends the contract.
 *
 * 第11条1項 「…期間満了1か月前までに…別段の意思表示がないときは、利用契約は期間満了の翌日からさらに1年間自動的に
 * 更新されるものとし、以後も同様としします。」 第15条1項 「…廃止日をもって利用契約の全部又は一部を解約することが
 * できるものとします。」
 */
import { describe, expect, it } from 'vitest';
import { CalendarDate, DEFAULT_OPTIONS } from '../../src/index.js';
import { ENDING_PRECEDENCE, firstEndingOf } from '../../src/articles/shared.js';
import { Timeline } from '../../src/lifecycle/assembly.js';
import { contractOf } from '../../src/lifecycle/record.js';
import { scheduleOf } from '../../src/lifecycle/schedule.js';

const d = (s: string) => CalendarDate.parse(s);
const ok = { formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', termMonths: 12, monthlyFee: 90_000 };

describe('the ending that ends the contract', () => {
  it('the earliest wins', () => {
    const e = firstEndingOf([
      { date: d('2027-08-31'), cause: 'customer' as const },
      { date: d('2027-06-20'), cause: 'discontinuation' as const },
    ]);
    expect(e?.cause).toBe('discontinuation');
  });

  it('on the same day: discontinuation, the company, the customer, non-renewal, expiry', () => {
    expect(ENDING_PRECEDENCE).toEqual(['discontinuation', 'company', 'customer', 'non-renewal', 'expiry']);
    const day = d('2028-03-31');
    const e = firstEndingOf([
      { date: day, cause: 'expiry' as const },
      { date: day, cause: 'customer' as const },
      { date: day, cause: 'company' as const },
    ]);
    expect(e?.cause).toBe('company');
    expect(firstEndingOf([])).toBeUndefined();
  });
});

describe('scheduleOf', () => {
  const asOf = d('2027-06-01');

  it('a contract that keeps renewing: terms to the horizon, no ending, until 3 years after asOf', () => {
    // Term 1: 2027-04-01 … 2028-03-31; renewals of 12 months while the term ends before 2030-06-01.
    const s = scheduleOf(new Timeline(), contractOf(ok, asOf), asOf, undefined, DEFAULT_OPTIONS);
    expect(s.ending).toBeUndefined();
    expect(s.until.toString()).toBe('2030-06-01');
    expect(s.terms.map((t) => `${t.start.toString()} ${t.end.toString()}`)).toEqual([
      '2027-04-01 2028-03-31',
      '2028-04-01 2029-03-31',
      '2029-04-01 2030-03-31',
      '2030-04-01 2031-03-31',
    ]);
  });

  it('a customer notice not to renew in time ends it at the expiry; until is the end of confidentiality', () => {
    // Deadline 2028-02-29 (one month before 03-31, I-02); notice 2028-02-10 is in time.
    const at = d('2028-02-10');
    const k = contractOf({ ...ok, notices: { nonRenewal: { by: 'customer', on: '2028-02-10' } } }, at);
    const s = scheduleOf(new Timeline(), k, at, undefined, DEFAULT_OPTIONS);
    expect(s.ending).toMatchObject({ cause: 'non-renewal', byCustomer: true });
    expect(s.ending?.date.toString()).toBe('2028-03-31');
    // 第27条3項: one year after the end.
    expect(s.until.toString()).toBe('2029-03-31');
  });

  it('an extension (第13条5項) moves the ending and records the months', () => {
    // Notice 2027-05-10 for 06-30, extended by 2 months → 2027-08-31.
    const k = contractOf(
      {
        ...ok,
        notices: { customerTermination: { on: '2027-05-10', requestedDate: '2027-06-30', extensionMonths: 2 } },
      },
      asOf,
    );
    const s = scheduleOf(new Timeline(), k, asOf, undefined, DEFAULT_OPTIONS);
    expect(s.ending?.date.toString()).toBe('2027-08-31');
    expect(s.extension).toMatchObject({ months: 2, extensionFee: 360_000 });
  });
});
