/**
 * The invoice of one month (src/lifecycle/invoice.ts): an aggregate of 第25条 and 第13条5項.
 *
 * 第25条3項 「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第25条4項 「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して
 * 該当月の月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」
 * 第13条5項 「…延長期間は1か月単位とし、延長期間に対し、通常料金の2倍の金員を延長手数料として支払うものとします。」
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YearMonth, firstMonthFee, invoiceLines, terminationExtension } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

describe('第25条 invoice: the lines due for a month of service', () => {
  // Billing from 2027-04-15 at 90,000 a month; termination notified for 2027-06-30, extended by 2 months
  // under 第13条5項 to 2027-08-31.
  const contract = {
    billingStartDate: '2027-04-15',
    monthlyFee: 90_000,
    terminationDate: '2027-06-30',
    extensionMonths: 2,
  };

  it('nothing is due for a month before billing starts: the monthly fee pays for a month of use (25.1(2))', () => {
    expect(invoiceLines({ contract, serviceMonth: '2027-03' })).toEqual({
      serviceMonth: '2027-03',
      dueDate: null,
      lines: [],
      total: 0,
      basis: ['25.1.2'],
    });
  });

  it('the first month is pro-rated (25.4) and due by the end of the month before (25.3)', () => {
    // 16–30 April = 15 days; 90,000 × 15 / 30 = 45,000; due 2027-03-31.
    expect(invoiceLines({ contract, serviceMonth: '2027-04' })).toEqual({
      serviceMonth: '2027-04',
      dueDate: '2027-03-31',
      lines: [{ kind: 'first-month-fee', amount: 45_000, days: 15, prorated: true, basis: ['25.4'] }],
      total: 45_000,
      basis: ['25.3', '25.4'],
    });
  });

  it('the months up to the termination month bill the monthly fee (25.3)', () => {
    expect(invoiceLines({ contract, serviceMonth: '2027-05' })).toEqual({
      serviceMonth: '2027-05',
      dueDate: '2027-04-30',
      lines: [{ kind: 'monthly-fee', amount: 90_000, basis: ['25.3'] }],
      total: 90_000,
      basis: ['25.3'],
    });
    expect(invoiceLines({ contract, serviceMonth: '2027-06' })).toMatchObject({ dueDate: '2027-05-31', total: 90_000 });
  });

  it("each extension month bills twice the fee instead of the fee (第13条5項, I-05 'replaces')", () => {
    // 延長手数料 2 × 90,000 = 180,000 for July, due 2027-06-30; the same for August, due 2027-07-31.
    expect(invoiceLines({ contract, serviceMonth: '2027-07' })).toEqual({
      serviceMonth: '2027-07',
      dueDate: '2027-06-30',
      lines: [{ kind: 'extension-fee', amount: 180_000, basis: ['13.5'] }],
      total: 180_000,
      basis: ['25.3', '13.5'],
    });
    expect(invoiceLines({ contract, serviceMonth: '2027-08' })).toMatchObject({
      dueDate: '2027-07-31',
      total: 180_000,
    });
  });

  it("with extensionFee 'in-addition' the normal fee is due as well: 90,000 + 180,000 = 270,000", () => {
    expect(invoiceLines({ contract, serviceMonth: '2027-07' }, { extensionFee: 'in-addition' })).toEqual({
      serviceMonth: '2027-07',
      dueDate: '2027-06-30',
      lines: [
        { kind: 'monthly-fee', amount: 90_000, basis: ['13.5', '25.3'] },
        { kind: 'extension-fee', amount: 180_000, basis: ['13.5'] },
      ],
      total: 270_000,
      basis: ['25.3', '13.5'],
    });
  });

  it('the extension months add up to 第13条’s own amounts', () => {
    for (const extensionFee of ['replaces', 'in-addition'] as const) {
      const ext = terminationExtension(
        { terminationDate: '2027-06-30', months: 2, monthlyFee: 90_000 },
        { extensionFee },
      );
      const billed = ['2027-07', '2027-08'].reduce(
        (sum, serviceMonth) => sum + invoiceLines({ contract, serviceMonth }, { extensionFee }).total,
        0,
      );
      expect(billed).toBe(ext.totalDue);
    }
  });

  it('nothing is due after the extended termination, nor after an unextended one', () => {
    expect(invoiceLines({ contract, serviceMonth: '2027-09' }).lines).toEqual([]);
    const { extensionMonths: _, ...unextended } = contract;
    expect(invoiceLines({ contract: unextended, serviceMonth: '2027-07' })).toMatchObject({ lines: [], dueDate: null });
    expect(invoiceLines({ contract: unextended, serviceMonth: '2027-06' }).total).toBe(90_000);
  });

  it('a contract without a termination date bills the monthly fee for any later month', () => {
    const running = { billingStartDate: '2027-04-15', monthlyFee: 90_000 };
    expect(invoiceLines({ contract: running, serviceMonth: '2030-01' })).toMatchObject({
      dueDate: '2029-12-31',
      total: 90_000,
    });
  });

  it('a start on the 1st bills the full fee as the first month', () => {
    expect(
      invoiceLines({ contract: { billingStartDate: '2027-02-01', monthlyFee: 90_000 }, serviceMonth: '2027-02' }).lines,
    ).toEqual([{ kind: 'first-month-fee', amount: 90_000, days: 28, prorated: false, basis: ['25.4'] }]);
  });

  it('a start on the last day bills a first month of 0 yen (literal), 3,000 (inclusive)', () => {
    const c = { billingStartDate: '2027-04-30', monthlyFee: 90_000 };
    expect(invoiceLines({ contract: c, serviceMonth: '2027-04' })).toMatchObject({ total: 0, dueDate: '2027-03-31' });
    expect(invoiceLines({ contract: c, serviceMonth: '2027-04' }, { firstMonthDays: 'inclusive' }).total).toBe(3_000);
  });

  it('applies rounding to the first month: 100,000 from 13 April → 56,666 (floor) or 56,667 (ceil)', () => {
    const c = { billingStartDate: '2027-04-13', monthlyFee: 100_000 };
    expect(invoiceLines({ contract: c, serviceMonth: '2027-04' }).total).toBe(56_666);
    expect(invoiceLines({ contract: c, serviceMonth: '2027-04' }, { rounding: 'ceil' }).total).toBe(56_667);
  });

  it('moves the due date by bankHolidayShift: November 2027 is due Sunday 10-31 → Monday 11-01', () => {
    expect(invoiceLines({ contract, serviceMonth: '2027-05' }, { bankHolidayShift: 'next-bank-day' }).dueDate).toBe(
      '2027-04-30',
    );
    const running = { billingStartDate: '2027-04-15', monthlyFee: 90_000 };
    expect(
      invoiceLines({ contract: running, serviceMonth: '2027-11' }, { bankHolidayShift: 'next-bank-day' }).dueDate,
    ).toBe('2027-11-01');
  });

  it('a termination inside a month (e.g. by the company under 第14条1項) still bills that month in full', () => {
    const c = { billingStartDate: '2027-04-15', monthlyFee: 90_000, terminationDate: '2027-06-15' };
    expect(invoiceLines({ contract: c, serviceMonth: '2027-06' }).total).toBe(90_000);
    expect(invoiceLines({ contract: c, serviceMonth: '2027-07' }).lines).toEqual([]);
  });

  it('over a whole contract, the invoices add up to the first month, the full months and 第13条’s totalDue', () => {
    fc.assert(
      fc.property(
        calendarDate(2000, 2080),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('replaces' as const, 'in-addition' as const),
        (start, monthlyFee, fullMonths, months, extensionFee) => {
          const startMonth = YearMonth.of(start);
          const terminationDate = startMonth.addMonths(fullMonths).lastDay();
          const c = { billingStartDate: start, monthlyFee, terminationDate, extensionMonths: months };
          let billed = 0;
          for (let k = -1; k <= fullMonths + months + 1; k++) {
            billed += invoiceLines({ contract: c, serviceMonth: startMonth.addMonths(k) }, { extensionFee }).total;
          }
          const first = firstMonthFee({ billingStartDate: start, monthlyFee }).fee;
          const ext = terminationExtension({ terminationDate, months, monthlyFee }, { extensionFee });
          expect(billed).toBe(first + monthlyFee * fullMonths + ext.totalDue);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses bad contracts, naming the field under contract', () => {
    const ok = { contract, serviceMonth: '2027-07' };
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, extensionMonths: 0 } }),
      'contract.extensionMonths',
      'EXTENSION_NOT_WHOLE_MONTHS',
    );
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, extensionMonths: 1.5 } }),
      'contract.extensionMonths',
      'EXTENSION_NOT_WHOLE_MONTHS',
    );
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, extensionMonths: 'two' as never } }),
      'contract.extensionMonths',
    );
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, terminationDate: '2027-06-15' } }),
      'contract.terminationDate',
    );
    expectTermsError(
      () =>
        invoiceLines({ ...ok, contract: { billingStartDate: '2027-04-15', monthlyFee: 90_000, extensionMonths: 1 } }),
      'contract.extensionMonths',
    );
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, terminationDate: '2027-03-31' } }),
      'contract.terminationDate',
    );
    expectTermsError(() => invoiceLines({ ...ok, contract: { ...contract, monthlyFee: -1 } }), 'contract.monthlyFee');
    expectTermsError(() => invoiceLines({ ...ok, contract: { ...contract, monthlyFee: 1e21 } }), 'contract.monthlyFee');
    expectTermsError(
      () => invoiceLines({ ...ok, contract: { ...contract, billingStartDate: '2027-02-29' } }),
      'contract.billingStartDate',
    );
    expectTermsError(() => invoiceLines({ ...ok, serviceMonth: '2027-00' }), 'serviceMonth');
    expectTermsError(() => invoiceLines({ serviceMonth: '2027-07' } as never), 'contract');
    expectTermsError(() => invoiceLines(ok, { extensionFee: 'double' as never }), 'options.extensionFee');
  });
});
