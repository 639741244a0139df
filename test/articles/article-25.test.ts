/**
 * 第25条（料金の支払義務）
 *
 * 「1 契約者は、本サービスの利用において、利用契約に従い、次の料金を支払うこととします。」
 * 「(2) 月額料金 月額料金は、契約者が1か月間本サービスの利用を行うための料金です。」
 * 「3 契約者は、利用契約の申込みを行い、当社からその承諾を受けたときは、月額料金の支払いについて当社との
 * 別途の合意がある場合はそれに従い、別途の合意がない場合は、翌月利用分を当月末までに当社の指定する金融機関に
 * 振り込み支払うものとし、振込手数料は、契約者の負担とします。」
 * 「4 利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して
 * 該当月の月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」
 * 「5 契約者は、第23条（提供の停止）又は第24条（一時的な中断及び提供停止）3項の規定により、本サービスの
 * 提供を停止された場合であっても、停止期間中における利用料金を支払わなければなりません。」
 * 「6 当社は、既に支払われた料金等を払い戻す義務を一切負わないものとします。」
 * 「7 当社が、第1項の料金とともに、クラウドサービス事業者への代金を契約者から受領してこれをクラウドサービス
 * 事業者に納める場合であっても、クラウドサービス事業者との契約は、当該事業者と契約者との間での契約であり、
 * 当社は当該契約の当事者とはなりません。」
 *
 * I-07 (firstMonthDays: literal | inclusive), I-06 (fee / 30, one rounding), I-11 (bankHolidayShift).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_25,
  ARTICLE_TITLES,
  CalendarDate,
  FEE_BEARING_SUSPENSIONS,
  FEE_KINDS,
  SERVICE_STOP_REFS,
  cloudProviderCharges,
  firstMonthFee,
  invoiceLines,
  isFeeBearingSuspension,
  monthlyFeeDueDate,
  paidFeesRefund,
  suspensionFees,
  YearMonth,
} from '../../src/index.js';
import { firstMonthFeeOf, monthlyFeeDueDateOf, monthlyFeeDueDayAt } from '../../src/articles/article-25.js';
import { invoiceLinesOf } from '../../src/lifecycle/invoice.js';
import { DEFAULT_OPTIONS } from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

const structure = readTermsStructure();
const textOf = (ref: string) => (structure.find((p) => p.ref === ref)?.lines ?? []).join('');

describe('第25条1項・2項: the kinds of fee and who pays the transfer charges', () => {
  it('lists 初期費用, 月額料金 and その他 as the terms name them', () => {
    expect(FEE_KINDS.map((k) => [k.id, k.ref, k.name])).toEqual([
      ['initial', '25.1.1', '初期費用'],
      ['monthly', '25.1.2', '月額料金'],
      ['other', '25.1.3', 'その他、特に定められたもの'],
    ]);
    for (const kind of FEE_KINDS) {
      expect(textOf(kind.ref)).toContain(kind.name);
      // The item's whole text after its number '(1)', lines joined.
      expect(textOf(kind.ref).replace(/^-?\s*\(\d\)\s*/, '')).toBe(kind.ja.replace('\n', ''));
    }
  });

  it('initial and other fees are due by a date the company sets (25.2), the monthly fee under 25.3', () => {
    expect(FEE_KINDS.map((k) => k.dueRule)).toEqual(['25.2', '25.3', '25.2']);
    expect(textOf('25.2')).toContain('第1項(1)(3)の料金について、当社が別に定める期日までに');
  });

  it('the customer bears the bank transfer charges of every kind', () => {
    expect(FEE_KINDS.every((k) => k.transferFeeBorneBy === 'customer')).toBe(true);
  });
});

describe('第25条3項: next month’s fee by the end of this month', () => {
  it('the fee for May 2027 is due on 2027-04-30 (a 30-day month)', () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-05' })).toEqual({
      dueDate: '2027-04-30',
      writtenDueDate: '2027-04-30',
      shifted: false,
      basis: ['25.3'],
    });
  });

  it('the fee for March is due on the last day of February: 28th in 2027, 29th in 2028', () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-03' }).dueDate).toBe('2027-02-28');
    expect(monthlyFeeDueDate({ serviceMonth: '2028-03' }).dueDate).toBe('2028-02-29');
  });

  it('the fee for February is due on 31 January (a 31-day month)', () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-02' }).dueDate).toBe('2027-01-31');
  });

  it('the fee for January is due on 31 December of the year before', () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-01' }).dueDate).toBe('2026-12-31');
  });

  it("'as-written' keeps the month end (the default)", () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-05' }, { bankHolidayShift: 'as-written' }).dueDate).toBe(
      '2027-04-30',
    );
  });

  describe('a month end on which banks are closed (I-11, bankHolidayShift)', () => {
    it('Sunday 2027-10-31 (the fee for November): next bank day Monday 11-01, previous Friday 10-29', () => {
      // 2027-10-31 is a Sunday; 11-01 is a Monday and no holiday (文化の日 is 11-03); 10-29 a Friday.
      expect(monthlyFeeDueDate({ serviceMonth: '2027-11' })).toEqual({
        dueDate: '2027-10-31',
        writtenDueDate: '2027-10-31',
        shifted: false,
        basis: ['25.3'],
      });
      expect(monthlyFeeDueDate({ serviceMonth: '2027-11' }, { bankHolidayShift: 'next-bank-day' })).toEqual({
        dueDate: '2027-11-01',
        writtenDueDate: '2027-10-31',
        shifted: true,
        basis: ['25.3'],
      });
      expect(monthlyFeeDueDate({ serviceMonth: '2027-11' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
        '2027-10-29',
      );
    });

    it('Saturday 2027-07-31 (the fee for August): next Monday 08-02, previous Friday 07-30', () => {
      expect(monthlyFeeDueDate({ serviceMonth: '2027-08' }, { bankHolidayShift: 'next-bank-day' }).dueDate).toBe(
        '2027-08-02',
      );
      expect(monthlyFeeDueDate({ serviceMonth: '2027-08' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
        '2027-07-30',
      );
    });

    it('31 December (the fee for January 2028) is a bank holiday even on a Friday: next 2028-01-04, previous 12-30', () => {
      // 2027-12-31 is a Friday but banks close 12-31 … 01-03; 2028-01-01/02 are Saturday/Sunday,
      // 01-03 a Monday still closed; 01-04 is a Tuesday. 2027-12-30 is a Thursday.
      expect(monthlyFeeDueDate({ serviceMonth: '2028-01' }, { bankHolidayShift: 'next-bank-day' })).toMatchObject({
        dueDate: '2028-01-04',
        shifted: true,
      });
      expect(monthlyFeeDueDate({ serviceMonth: '2028-01' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
        '2027-12-30',
      );
    });

    it('a month end on which banks are open is not moved: Friday 2027-04-30', () => {
      for (const bankHolidayShift of ['next-bank-day', 'previous-bank-day'] as const) {
        expect(monthlyFeeDueDate({ serviceMonth: '2027-05' }, { bankHolidayShift })).toMatchObject({
          dueDate: '2027-04-30',
          shifted: false,
        });
      }
    });

    it('2019’s ten-day Golden Week moves the April month end a whole week: 2019-04-30 → 2019-05-07', () => {
      // 04-30 (休日), 05-01 (休日（祝日扱い）), 05-02 (休日), 05-03 … 05-05 (祝日), 05-06 (振替休日):
      // the next bank day after 2019-04-30 is Tuesday 2019-05-07, seven days later.
      expect(monthlyFeeDueDate({ serviceMonth: '2019-05' }, { bankHolidayShift: 'next-bank-day' }).dueDate).toBe(
        '2019-05-07',
      );
      // Backwards: 04-29 (昭和の日, Monday), 04-28 (Sunday), 04-27 (Saturday) → Friday 2019-04-26.
      expect(monthlyFeeDueDate({ serviceMonth: '2019-05' }, { bankHolidayShift: 'previous-bank-day' }).dueDate).toBe(
        '2019-04-26',
      );
    });

    it('a shifted date stays within a week of the month end, on the side the option says', () => {
      fc.assert(
        fc.property(
          calendarDate(1960, 2090),
          fc.constantFrom('next-bank-day' as const, 'previous-bank-day' as const),
          (d, mode) => {
            const serviceMonth = d.toString().slice(0, 7);
            const r = monthlyFeeDueDate({ serviceMonth }, { bankHolidayShift: mode });
            const gap = CalendarDate.daysBetween(CalendarDate.parse(r.writtenDueDate), CalendarDate.parse(r.dueDate));
            expect(r.shifted).toBe(gap !== 0);
            // At most 7 days: the longest run of bank holidays at a month end is 2019-04-30 … 05-06.
            if (mode === 'next-bank-day') expect(gap >= 0 && gap <= 7).toBe(true);
            else expect(gap <= 0 && gap >= -7).toBe(true);
          },
        ),
      );
    });

    it('outside the holiday calendar (1955–2099) a shifted reading names serviceMonth', () => {
      expectTermsError(
        () => monthlyFeeDueDate({ serviceMonth: '2150-05' }, { bankHolidayShift: 'next-bank-day' }),
        'serviceMonth',
        'HOLIDAY_YEAR_OUT_OF_RANGE',
      );
      // The written reading needs no calendar.
      expect(monthlyFeeDueDate({ serviceMonth: '2150-05' }).dueDate).toBe('2150-04-30');
      // The fee for January 1900 would be due in December 1899, outside 1900–2199.
      expectTermsError(() => monthlyFeeDueDate({ serviceMonth: '1900-01' }), 'serviceMonth', 'DATE_OUT_OF_RANGE');
    });
  });

  it('the due date is always the last day of the month before the service month', () => {
    fc.assert(
      fc.property(calendarDate(1990, 2150), (d) => {
        const serviceMonth = d.toString().slice(0, 7);
        const due = CalendarDate.parse(monthlyFeeDueDate({ serviceMonth }).dueDate);
        expect(due.isEndOfMonth()).toBe(true);
        expect(due.addDays(1).toString().slice(0, 7)).toBe(serviceMonth);
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => monthlyFeeDueDate({ serviceMonth: '2027-13' }), 'serviceMonth');
    expectTermsError(() => monthlyFeeDueDate({ serviceMonth: '2027-5' }), 'serviceMonth');
    expectTermsError(() => monthlyFeeDueDate({ serviceMonth: '2027-05-01' }), 'serviceMonth');
    expectTermsError(() => monthlyFeeDueDate({} as never), 'serviceMonth');
    expectTermsError(
      () => monthlyFeeDueDate({ serviceMonth: '2027-05' }, { bankHolidayShift: 'weekday' as never }),
      'options.bankHolidayShift',
    );
  });
});

describe('第25条4項: the first month at the daily rate (I-07)', () => {
  it('a start on 15 April bills 15 days (16–30 April): 90,000 × 15 / 30 = 45,000', () => {
    expect(firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 })).toEqual({
      fee: 45_000,
      days: 15,
      prorated: true,
      month: '2027-04',
      basis: ['25.4'],
    });
  });

  it("'inclusive' counts the start day too: 16 days → 90,000 × 16 / 30 = 48,000", () => {
    expect(
      firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' }),
    ).toMatchObject({ fee: 48_000, days: 16, prorated: true });
    expect(
      firstMonthFee({ billingStartDate: '2027-04-15', monthlyFee: 90_000 }, { firstMonthDays: 'literal' }),
    ).toMatchObject({ fee: 45_000, days: 15 });
  });

  describe('a start on the 1st bills the whole month, whatever its length', () => {
    it.each([
      ['2027-02-01', 28],
      ['2028-02-01', 29],
      ['2027-04-01', 30],
      ['2027-05-01', 31],
    ] as const)('%s → the full fee, %i days, not pro-rated', (billingStartDate, days) => {
      for (const firstMonthDays of ['literal', 'inclusive'] as const) {
        expect(firstMonthFee({ billingStartDate, monthlyFee: 90_000 }, { firstMonthDays })).toMatchObject({
          fee: 90_000,
          days,
          prorated: false,
        });
      }
    });
  });

  describe('a start on the last day of a month', () => {
    it.each([
      ['2027-02-28', '28-day February'],
      ['2028-02-29', '29-day February'],
      ['2027-04-30', '30-day month'],
      ['2027-01-31', '31-day month'],
    ] as const)('%s (%s) bills 0 days literally, 1 day inclusively (3,000 of 90,000)', (billingStartDate, _month) => {
      expect(firstMonthFee({ billingStartDate, monthlyFee: 90_000 })).toMatchObject({
        fee: 0,
        days: 0,
        prorated: true,
      });
      // 90,000 / 30 = 3,000 a day.
      expect(firstMonthFee({ billingStartDate, monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' })).toMatchObject({
        fee: 3_000,
        days: 1,
      });
    });

    it('2028-02-28 is not the last day of a leap February: 29 February is billed, 1 day = 3,000', () => {
      expect(firstMonthFee({ billingStartDate: '2028-02-28', monthlyFee: 90_000 })).toMatchObject({
        fee: 3_000,
        days: 1,
      });
    });
  });

  describe('a start on the 2nd: the most days a pro-rated month can bill', () => {
    it('2nd of a 31-day month: 29 days literally = 87,000; 30 days inclusively = exactly the full 90,000', () => {
      // 90,000 × 29 / 30 = 87,000; 90,000 × 30 / 30 = 90,000.
      expect(firstMonthFee({ billingStartDate: '2027-05-02', monthlyFee: 90_000 })).toMatchObject({
        fee: 87_000,
        days: 29,
        prorated: true,
      });
      expect(
        firstMonthFee({ billingStartDate: '2027-05-02', monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' }),
      ).toMatchObject({ fee: 90_000, days: 30, prorated: true });
    });

    it('2nd of a 28-day February: 26 days = 78,000; inclusive 27 days = 81,000', () => {
      // 90,000 × 26 / 30 = 78,000; 90,000 × 27 / 30 = 81,000.
      expect(firstMonthFee({ billingStartDate: '2027-02-02', monthlyFee: 90_000 })).toMatchObject({
        fee: 78_000,
        days: 26,
      });
      expect(
        firstMonthFee({ billingStartDate: '2027-02-02', monthlyFee: 90_000 }, { firstMonthDays: 'inclusive' }),
      ).toMatchObject({ fee: 81_000, days: 27 });
    });

    it('2nd of a 29-day February: 27 days = 81,000', () => {
      expect(firstMonthFee({ billingStartDate: '2028-02-02', monthlyFee: 90_000 })).toMatchObject({
        fee: 81_000,
        days: 27,
      });
    });

    it('2nd of a 30-day month: 28 days = 84,000', () => {
      expect(firstMonthFee({ billingStartDate: '2027-06-02', monthlyFee: 90_000 })).toMatchObject({
        fee: 84_000,
        days: 28,
      });
    });
  });

  describe('one rounding at the end, by the rounding option', () => {
    it('100,000 a month from 13 April: 17 days = 56,666.66… → floor 56,666, half-up 56,667, ceil 56,667', () => {
      // 14–30 April = 17 days; 100,000 × 17 / 30 = 1,700,000 / 30 = 56,666.66…
      const input = { billingStartDate: '2027-04-13', monthlyFee: 100_000 };
      expect(firstMonthFee(input).fee).toBe(56_666);
      expect(firstMonthFee(input, { rounding: 'floor' }).fee).toBe(56_666);
      expect(firstMonthFee(input, { rounding: 'half-up' }).fee).toBe(56_667);
      expect(firstMonthFee(input, { rounding: 'ceil' }).fee).toBe(56_667);
    });

    it('100,000 a month from 29 April: 1 day = 3,333.33… → floor 3,333, half-up 3,333, ceil 3,334', () => {
      const input = { billingStartDate: '2027-04-29', monthlyFee: 100_000 };
      expect(firstMonthFee(input).fee).toBe(3_333);
      expect(firstMonthFee(input, { rounding: 'half-up' }).fee).toBe(3_333);
      expect(firstMonthFee(input, { rounding: 'ceil' }).fee).toBe(3_334);
    });

    it('the daily rate is fee / 30 even in a 31-day month: 31,000 from 30 May (1 day) = 1,033.33… → 1,033', () => {
      // Not 31,000 / 31 = 1,000.
      expect(firstMonthFee({ billingStartDate: '2027-05-30', monthlyFee: 31_000 })).toMatchObject({
        fee: 1_033,
        days: 1,
      });
    });
  });

  it('amounts up to 10^12: 10^12 a month, 1 day = 33,333,333,333.33… → floor …333, ceil …334', () => {
    const input = { billingStartDate: '2027-04-29', monthlyFee: '1000000000000' };
    expect(firstMonthFee(input).fee).toBe(33_333_333_333);
    expect(firstMonthFee(input, { rounding: 'ceil' }).fee).toBe(33_333_333_334);
    // 999,999,999,999 × 29 / 30 = 966,666,666,665.7 → floor 966,666,666,665, half-up …666.
    const large = { billingStartDate: '2027-05-02', monthlyFee: 999_999_999_999 };
    expect(firstMonthFee(large).fee).toBe(966_666_666_665);
    expect(firstMonthFee(large, { rounding: 'half-up' }).fee).toBe(966_666_666_666);
  });

  describe('properties', () => {
    const fee = fc.integer({ min: 0, max: 10 ** 12 });
    const rounding = fc.constantFrom('floor' as const, 'half-up' as const, 'ceil' as const);

    it('the first month’s fee never exceeds the monthly fee (default reading, any rounding)', () => {
      fc.assert(
        fc.property(calendarDate(1990, 2150), fee, rounding, (start, monthlyFee, r) => {
          const result = firstMonthFee({ billingStartDate: start, monthlyFee }, { rounding: r });
          expect(result.fee).toBeLessThanOrEqual(monthlyFee);
          expect(result.days).toBe(start.day === 1 ? start.daysInMonth() : start.daysInMonth() - start.day);
          expect(result.days).toBeLessThanOrEqual(start.day === 1 ? 31 : 29);
        }),
      );
    });

    it("nor under 'inclusive' (at most 30 days, the 2nd of a 31-day month), which bills one day more", () => {
      fc.assert(
        fc.property(calendarDate(1990, 2150), fee, (start, monthlyFee) => {
          const literal = firstMonthFee({ billingStartDate: start, monthlyFee });
          const inclusive = firstMonthFee({ billingStartDate: start, monthlyFee }, { firstMonthDays: 'inclusive' });
          expect(inclusive.fee).toBeLessThanOrEqual(monthlyFee);
          expect(inclusive.days).toBe(start.day === 1 ? literal.days : literal.days + 1);
          expect(inclusive.fee).toBeGreaterThanOrEqual(literal.fee);
        }),
      );
    });

    it('a later start in the same month never bills more', () => {
      fc.assert(
        fc.property(calendarDate(1990, 2150), fee, (start, monthlyFee) => {
          if (start.isEndOfMonth()) return;
          const next = start.addDays(1);
          expect(firstMonthFee({ billingStartDate: next, monthlyFee }).fee).toBeLessThanOrEqual(
            firstMonthFee({ billingStartDate: start, monthlyFee }).fee,
          );
        }),
      );
    });
  });

  it('the trusted core gives the public answer without month and basis', () => {
    expect(firstMonthFeeOf(CalendarDate.parse('2027-04-15'), 90_000, 'literal', 'floor')).toEqual({
      fee: 45_000,
      days: 15,
      prorated: true,
    });
  });

  it('refuses bad input naming the field', () => {
    const ok = { billingStartDate: '2027-04-15', monthlyFee: 90_000 };
    expectTermsError(() => firstMonthFee({ ...ok, monthlyFee: -1 }), 'monthlyFee');
    expectTermsError(() => firstMonthFee({ ...ok, monthlyFee: 90_000.5 }), 'monthlyFee');
    expectTermsError(() => firstMonthFee({ ...ok, monthlyFee: Number.NaN }), 'monthlyFee');
    expectTermsError(() => firstMonthFee({ ...ok, monthlyFee: 1e21 }), 'monthlyFee');
    expectTermsError(() => firstMonthFee({ ...ok, billingStartDate: '2027-02-29' }), 'billingStartDate');
    expectTermsError(() => firstMonthFee({ ...ok, billingStartDate: '2027-04-31' }), 'billingStartDate');
    expectTermsError(() => firstMonthFee(ok, { firstMonthDays: 'exclusive' as never }), 'options.firstMonthDays');
  });
});

describe('第25条5項: fees stay due during a stop under 第23条 or 第24条3項', () => {
  it('a stop under any ground of 第23条 or under 第24条3項 keeps the fees due, in so many words', () => {
    for (const ground of ['23.1', '23.1.1', '23.1.2', '23.1.3', '23.1.4', '24.3'] as const) {
      expect(isFeeBearingSuspension(ground)).toBe(true);
      expect(suspensionFees({ ground })).toEqual({ feesDue: true, expresslyStated: true, basis: ['25.5', ground] });
    }
  });

  it('an interruption under 第24条1項 or 2項 is not named by 25.5; the fees stay due because nothing reduces them', () => {
    const silent = SERVICE_STOP_REFS.filter((g) => !isFeeBearingSuspension(g));
    expect(silent).toEqual(['24.1', '24.1.1', '24.1.2', '24.1.3', '24.1.4', '24.1.5', '24.1.6', '24.2']);
    for (const ground of silent) {
      expect(suspensionFees({ ground })).toEqual({ feesDue: true, expresslyStated: false, basis: ['25.1.2', ground] });
    }
  });

  it('names 第23条 and 第24条3項', () => {
    expect(FEE_BEARING_SUSPENSIONS).toEqual(['23', '24.3']);
  });

  it('25.5 titles 第24条 「一時的な中断及び提供停止」 though its own heading reads 「中断及び一時的な提供停止」', () => {
    expect(textOf('25.5')).toContain('第24条（一時的な中断及び提供停止）3項');
    expect(ARTICLE_TITLES[24]).toBe('中断及び一時的な提供停止');
    expect(textOf('24')).toBe('第24条（中断及び一時的な提供停止）');
  });

  it('refuses a ground that is not a stop or interruption', () => {
    expectTermsError(() => suspensionFees({ ground: '24.4' as never }), 'ground');
    expectTermsError(() => suspensionFees({ ground: '22.1' as never }), 'ground');
  });
});

describe('第25条6項: fees paid are not refunded, except under 第15条2項', () => {
  it('no refund is owed in general', () => {
    expect(paidFeesRefund({ reason: 'other' })).toEqual({ refundOwed: false, mayRefund: false, basis: ['25.6'] });
  });

  it('a discontinuation (第15条) is the specific exception: the days not provided are refunded', () => {
    expect(paidFeesRefund({ reason: 'discontinuation' })).toEqual({
      refundOwed: true,
      mayRefund: true,
      basis: ['25.6', '15.2'],
    });
  });

  it('what a cloud provider paid the company for an outage may be passed on, but need not be (24.4)', () => {
    expect(paidFeesRefund({ reason: 'provider-compensation' })).toEqual({
      refundOwed: false,
      mayRefund: true,
      basis: ['25.6', '24.4'],
    });
  });

  it('refuses an unknown reason', () => {
    expectTermsError(() => paidFeesRefund({ reason: 'goodwill' as never }), 'reason');
  });
});

describe('第25条7項: the cloud provider’s charges', () => {
  it('belong to a contract between the customer and the provider; the company is no party to it', () => {
    expect(cloudProviderCharges()).toEqual({
      contractBetween: ['customer', 'cloud-provider'],
      companyIsParty: false,
      basis: ['25.7'],
    });
  });
});

describe('ARTICLE_25', () => {
  it('names the article, its paragraphs and items', () => {
    expect(ARTICLE_25).toEqual({
      number: 25,
      title: '料金の支払義務',
      provisions: ['25', '25.1', '25.1.1', '25.1.2', '25.1.3', '25.2', '25.3', '25.4', '25.5', '25.6', '25.7'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第25条3項 from the day of formation: nothing falls due before the contract exists', () => {
  it('formed 2027-04-10 to start 04-15: April’s fee is due by 2027-04-30, not 03-31', () => {
    // 「当社からその承諾を受けたときは…翌月利用分を当月末までに」: 03-31 is before formation, so the end of
    // the month of formation (our reading).
    expect(monthlyFeeDueDate({ serviceMonth: '2027-04', formationDate: '2027-04-10' })).toEqual({
      dueDate: '2027-04-30',
      writtenDueDate: '2027-04-30',
      shifted: false,
      basis: ['25.3'],
    });
    // May's fee is due 04-30 as written: on or after formation, nothing moves.
    expect(monthlyFeeDueDate({ serviceMonth: '2027-05', formationDate: '2027-04-10' }).dueDate).toBe('2027-04-30');
  });

  it('a due date on the day of formation stays: formed 2027-03-31, April’s fee is due that day', () => {
    expect(monthlyFeeDueDate({ serviceMonth: '2027-04', formationDate: '2027-03-31' }).dueDate).toBe('2027-03-31');
  });

  it('the moved date is shifted like any other (I-11): formed 2027-10-05, October’s fee → Sunday 10-31 → Monday 11-01', () => {
    expect(
      monthlyFeeDueDate(
        { serviceMonth: '2027-10', formationDate: '2027-10-05' },
        { bankHolidayShift: 'next-bank-day' },
      ),
    ).toEqual({ dueDate: '2027-11-01', writtenDueDate: '2027-10-31', shifted: true, basis: ['25.3'] });
  });

  it('the invoice moves its due date the same way when it knows the formation date', () => {
    const contract = { billingStartDate: '2027-04-15', monthlyFee: 90_000, formationDate: '2027-04-10' };
    // The first month: 16–30 April = 15 days × 3,000 = 45,000, due at the end of April.
    expect(invoiceLines({ contract, serviceMonth: '2027-04' })).toMatchObject({ dueDate: '2027-04-30', total: 45_000 });
    expect(invoiceLines({ contract, serviceMonth: '2027-05' }).dueDate).toBe('2027-04-30');
    expectTermsError(
      () => invoiceLines({ contract: { ...contract, formationDate: '2027-04-31' }, serviceMonth: '2027-04' }),
      'contract.formationDate',
    );
  });

  it('refuses a formation date that is not a date', () => {
    expectTermsError(
      () => monthlyFeeDueDate({ serviceMonth: '2027-04', formationDate: '2027/04/10' }),
      'formationDate',
    );
  });

  it('property: the due date never precedes formation, and moves only when 25.3’s date would', () => {
    fc.assert(
      fc.property(calendarDate(2000, 2090), fc.integer({ min: -2, max: 3 }), (formed, offset) => {
        const month = YearMonth.of(formed).addMonths(offset);
        const plain = monthlyFeeDueDateOf(month, 'as-written');
        const after = monthlyFeeDueDateOf(month, 'as-written', formed);
        expect(after.dueDate.isOnOrAfter(formed)).toBe(true);
        expect(after.dueDate.equals(plain.dueDate)).toBe(plain.dueDate.isOnOrAfter(formed));
      }),
      { numRuns: 200 },
    );
  });

  it('by month number: 2028-03 (index 2028 × 12 + 2) is due 2028-02-29, the month before’s end', () => {
    // 「翌月利用分を当月末までに」: March 2028's fee by the end of February 2028, a leap year's 29th;
    // next-bank-day: 2028-02-29 is a Tuesday (a bank day), so unmoved. Formed 2028-03-10: by 2028-03-31.
    expect(monthlyFeeDueDayAt(2028 * 12 + 2, 'as-written').toString()).toBe('2028-02-29');
    expect(monthlyFeeDueDayAt(2028 * 12 + 2, 'next-bank-day').toString()).toBe('2028-02-29');
    expect(monthlyFeeDueDayAt(2028 * 12 + 2, 'as-written', CalendarDate.parse('2028-03-10')).toString()).toBe(
      '2028-03-31',
    );
    // 2027-08's fee: 2027-07-31 is a Saturday; the next bank day is Monday 2027-08-02.
    expect(monthlyFeeDueDayAt(2027 * 12 + 7, 'next-bank-day').toString()).toBe('2027-08-02');
  });

  it('property: by month number, the same day as monthlyFeeDueDateOf', () => {
    const shifts = ['as-written', 'next-bank-day', 'previous-bank-day'] as const;
    fc.assert(
      fc.property(calendarDate(1990, 2090), fc.integer({ min: -2, max: 30 }), fc.nat(2), fc.boolean(), (d, k, s, f) => {
        const month = YearMonth.of(d).addMonths(k);
        const formed = f ? d : undefined;
        const shift = shifts[s] ?? 'as-written';
        const expected = monthlyFeeDueDateOf(month, shift, formed).dueDate;
        // The same day (not always the same object: the table of dates made is bounded).
        expect(monthlyFeeDueDayAt(month.year * 12 + month.month - 1, shift, formed).toString()).toBe(
          expected.toString(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the trusted invoice core gives the public answer', () => {
    const start = CalendarDate.parse('2027-04-15');
    const terms = { billingStartDate: start, monthlyFee: 90_000, terminationDate: CalendarDate.parse('2027-06-30') };
    for (const m of ['2027-03', '2027-04', '2027-05', '2027-06', '2027-07']) {
      const r = invoiceLinesOf(terms, YearMonth.parse(m), DEFAULT_OPTIONS);
      const pub = invoiceLines({
        contract: { billingStartDate: '2027-04-15', monthlyFee: 90_000, terminationDate: '2027-06-30' },
        serviceMonth: m,
      });
      expect({ dueDate: r.dueDate?.toString() ?? null, lines: r.lines, total: r.total }).toEqual({
        dueDate: pub.dueDate,
        lines: pub.lines,
        total: pub.total,
      });
    }
  });
});

describe('第25条5項: isFeeBearingSuspension takes only the grounds of 第23条 and 第24条 (issue 11)', () => {
  it('refuses anything else, naming ground', () => {
    expectTermsError(() => isFeeBearingSuspension('23.9' as never), 'ground');
    expectTermsError(() => isFeeBearingSuspension(23 as never), 'ground');
  });
});
