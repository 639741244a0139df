/**
 * Whole contract stories through `contractTimeline`: every asserted date and amount is
 * worked by hand from the terms in the comments, never copied from a run.
 *
 * The provisions these stories walk through, verbatim:
 * 第9条6項「料金は利用開始日（当社が本サービス提供の準備を整えた日。ただし、これが利用開始予定日より早い場合は、
 *   利用開始予定日を利用開始日とします。）から月額料金が発生するものとし…」
 * 第11条1項「…期間満了1か月前までに契約者又は当社から当社所定の方法による別段の意思表示がないときは、利用契約は
 *   期間満了の翌日からさらに1年間自動的に更新されるものとし、以後も同様としします。」
 * 第11条2項「当社は、本サービスの利用期間満了の前々月末日までに、契約者に利用契約の変更内容を通知することにより…」
 * 第12条2項「契約者は、最低利用期間内に利用契約を解除する場合は、契約解除月の前月末日までに、当社に対しその旨を書面に
 *   より通知し、最低利用期間満了までの残余期間の利用料に相当する額を契約解除月の月末までに支払うものとしします。」
 * 第13条1項「…解約を希望する月の前月末日までに当社に書面をもって通知をすることにより…利用契約の解約日は、契約者が
 *   本サービスを解約しようとする月の月末とします。」
 * 第13条5項「…延長期間は1か月単位とし、延長期間に対し、通常料金の2倍の金員を延長手数料として支払うものとします。」
 * 第15条2項「…既に支払われている利用料金等のうち、廃止する本サービスについて提供しない日数に対応する額を日割料金
 *   （月額料金の 30 分の 1 を 1 日分の料金として計算。）にて契約者に返還いたします。」
 * 第16条「当社は、利用契約が終了した場合…契約者に通知することなく…すべての電磁的記録を削除します。」
 * 第25条3項「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第25条4項「利用開始月の月額料金の額は、課金開始日が該当月の1日である場合を除き、課金開始日の翌日から起算して該当月の
 *   月末までの期間に対応する日割料金（月額料金の30分の1を1日分の料金として計算。）とします。」
 * 第26条「契約者が、料金等の支払を遅延した場合は、遅延期間につき年14.6%の割合による遅延損害金を…支払うものとし…」
 * 第27条3項「本条の規定は、利用契約終了後も1年間有効に存続するものとします。」
 */
import { describe, expect, it } from 'vitest';
import { contractTimeline, type ContractRecord, type TimelineEvent } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

const base = { formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', monthlyFee: 90_000 } as const;

/** The events without the monthly fees, as `date kind amount? [basis]`. */
function story(events: readonly TimelineEvent[], skip: readonly string[] = ['monthly-fee-due']): string[] {
  return events
    .filter((e) => !skip.includes(e.kind))
    .map((e) => `${e.date} ${e.kind}${e.amount === undefined ? '' : ` ${e.amount}`} [${e.basis.join(' ')}]`);
}

/** The amounts due each month, as `date serviceMonth amount`. */
function fees(events: readonly TimelineEvent[]): string[] {
  return events
    .filter((e) => e.kind === 'first-month-fee' || e.kind === 'monthly-fee-due' || e.kind === 'extension-fee-due')
    .map((e) => `${e.date} ${e.serviceMonth} ${e.kind === 'extension-fee-due' ? 'x' : ''}${e.amount}`);
}

describe('a plain one-year contract that renews twice', () => {
  // Formed 2027-03-15, starting 2027-04-01 for 12 months at 90,000 yen; no notices.
  // Term 1: 2027-04-01 … 2028-03-31 (12 months from the 1st, I-01).
  //   11.2: 前々月末日 of March 2028 = 2028-01-31.
  //   11.1: a month counted from 2028-03-01 ends 03-31, the expiry → notice by 2028-02-29 (leap year).
  // Renewal 1: 2028-04-01 … 2029-03-31; deadlines 2029-01-31 and 2029-02-28.
  // Renewal 2: 2029-04-01 … 2030-03-31; deadlines 2030-01-31 and 2030-02-28.
  // Shown through 2030-03-31, the end of the third term, so the third renewal (2030-04-01) is not.
  const r = contractTimeline({ ...base, termMonths: 12 }, { asOf: '2029-06-01', until: '2030-03-31' });

  it('shows formation, billing start, the deadlines before each expiry and two renewals', () => {
    expect(story(r.events)).toEqual([
      '2027-03-15 formation [9.2]',
      '2027-03-31 first-month-fee 90000 [25.4 25.3]', // starts on the 1st: the whole fee, due the month before
      '2027-04-01 billing-start [9.6]',
      '2028-01-31 terms-change-notice-deadline [11.2]',
      '2028-02-29 non-renewal-notice-deadline [11.1]',
      '2028-04-01 renewal [11.1]',
      '2029-01-31 terms-change-notice-deadline [11.2]',
      '2029-02-28 non-renewal-notice-deadline [11.1]',
      '2029-04-01 renewal [11.1]',
      '2030-01-31 terms-change-notice-deadline [11.2]',
      '2030-02-28 non-renewal-notice-deadline [11.1]',
    ]);
    expect(r.events.filter((e) => e.kind === 'renewal').map((e) => [e.term, e.through])).toEqual([
      [2, '2029-03-31'],
      [3, '2030-03-31'],
    ]);
  });

  it('bills 90,000 yen at the end of each month for the next, 36 months after the first', () => {
    // Service months 2027-05 … 2030-04 are due 2027-04-30 … 2030-03-31 (25.3): 36 of them.
    const monthly = r.events.filter((e) => e.kind === 'monthly-fee-due');
    expect(monthly).toHaveLength(36);
    expect(monthly.every((e) => e.amount === 90_000)).toBe(true);
    expect(monthly[0]).toEqual({
      date: '2027-04-30',
      kind: 'monthly-fee-due',
      basis: ['25.3'],
      amount: 90_000,
      serviceMonth: '2027-05',
    });
    expect(monthly.at(-1)).toMatchObject({ date: '2030-03-31', serviceMonth: '2030-04' });
    expect(fees(r.events).slice(0, 4)).toEqual([
      '2027-03-31 2027-04 90000',
      '2027-04-30 2027-05 90000',
      '2027-05-31 2027-06 90000',
      '2027-06-30 2027-07 90000',
    ]);
  });

  it('is running in its third term, with no termination in sight', () => {
    expect(r).toMatchObject({
      asOf: '2029-06-01',
      until: '2030-03-31',
      status: 'running',
      billingStartDate: '2027-04-01',
      currentTerm: { number: 3, start: '2029-04-01', end: '2030-03-31' },
      terminationDate: null,
      terminationCause: null,
      paymentsRecorded: false,
      outstanding: 0,
    });
  });

  it('by default shows 3 years after asOf for a contract that keeps renewing', () => {
    // 2029-06-01 + 3 years = 2032-06-01: renewals on 2030-04-01, 2031-04-01 and 2032-04-01.
    const all = contractTimeline({ ...base, termMonths: 12 }, { asOf: '2029-06-01' });
    expect(all.until).toBe('2032-06-01');
    expect(all.events.filter((e) => e.kind === 'renewal').map((e) => e.date)).toEqual([
      '2028-04-01',
      '2029-04-01',
      '2030-04-01',
      '2031-04-01',
      '2032-04-01',
    ]);
    expect(all.events.every((e) => e.date <= '2032-06-01')).toBe(true);
  });
});

describe('a contract ended inside its minimum term', () => {
  // Formed 2027-03-15 with a 12-month minimum term: counting from 03-16, its last day is 2028-03-15 (I-01).
  // The customer's notice arrives 2027-08-20 asking for 2027-09-30: in the month before, and a month from
  // 08-21 ends 09-20 ≤ 09-30 → the contract ends 2027-09-30 (13.1), inside the minimum term.
  // 12.2: notice by the end of the month before the termination month = 2027-08-31; the remaining period
  // 2027-10-01 … 2028-03-15 is October–February (5 whole months) + 15 days of March:
  // 5 × 90,000 + 90,000 × 15 / 30 = 450,000 + 45,000 = 495,000, due by 2027-09-30.
  // 第16条: data may be deleted from 2027-10-01; 第27条3項: a year from 2027-10-01 ends 2028-09-30.
  const r = contractTimeline(
    {
      ...base,
      termMonths: 24,
      minimumTermMonths: 12,
      notices: { customerTermination: { on: '2027-08-20', requestedDate: '2027-09-30' } },
    },
    { asOf: '2027-08-25' },
  );

  it('owes the rest of the minimum term by the end of the termination month', () => {
    expect(story(r.events)).toEqual([
      '2027-03-15 formation [9.2]',
      '2027-03-31 first-month-fee 90000 [25.4 25.3]',
      '2027-04-01 billing-start [9.6]',
      '2027-08-31 termination-notice-deadline [12.2]',
      '2027-09-30 early-termination-fee-due 495000 [12.1 12.2]',
      '2027-09-30 termination [13.1]',
      '2027-10-01 data-deletion [16]',
      '2028-03-15 minimum-term-end [12.1]',
      '2028-09-30 confidentiality-end [27.3]',
    ]);
  });

  it('bills the months through September only, and no renewal deadline of the 24-month term', () => {
    // May … September are due 04-30 … 08-31; the term (to 2029-03-31) never reaches its expiry.
    expect(fees(r.events)).toEqual([
      '2027-03-31 2027-04 90000',
      '2027-04-30 2027-05 90000',
      '2027-05-31 2027-06 90000',
      '2027-06-30 2027-07 90000',
      '2027-07-31 2027-08 90000',
      '2027-08-31 2027-09 90000',
    ]);
    expect(r.events.some((e) => e.kind === 'non-renewal-notice-deadline' || e.kind === 'renewal')).toBe(false);
  });

  it('is ending, and shows everything through the end of confidentiality', () => {
    expect(r).toMatchObject({
      status: 'ending',
      terminationDate: '2027-09-30',
      terminationCause: 'customer',
      until: '2028-09-30',
    });
    expect(r.events.find((e) => e.kind === 'termination')).toMatchObject({ cause: 'customer', deemed: false });
  });

  it('at the end of the minimum term no fee is owed: a notice for March 2028 ends it on 2028-03-31', () => {
    // 2028-03-31 is after the term's last day (03-15): 12.2 does not apply; the notice deadline is 13.1's (02-29).
    const free = contractTimeline(
      {
        ...base,
        termMonths: 24,
        minimumTermMonths: 12,
        notices: { customerTermination: { on: '2028-02-10', requestedDate: '2028-03-31' } },
      },
      { asOf: '2028-02-10' },
    );
    expect(free.events.some((e) => e.kind === 'early-termination-fee-due')).toBe(false);
    expect(story(free.events).filter((e) => e.includes('termination'))).toEqual([
      '2028-02-29 termination-notice-deadline [13.1]',
      '2028-03-31 termination [13.1]',
    ]);
  });

  it('without a notice, shows when a notice ends it at the first month end after the minimum term', () => {
    // The minimum term ends 2028-03-15; the first month end after it is 2028-03-31; 13.1: notice by 2028-02-29.
    const running = contractTimeline({ ...base, termMonths: 24, minimumTermMonths: 12 }, { asOf: '2027-08-25' });
    expect(story(running.events).filter((e) => e.includes('termination') || e.includes('minimum'))).toEqual([
      '2028-02-29 termination-notice-deadline [13.1 12.1]',
      '2028-03-15 minimum-term-end [12.1]',
    ]);
  });
});

describe('a customer termination that was extended 2 months', () => {
  // Billing from 2027-04-15: the first month bills 16–30 April = 15 days × 90,000 / 30 = 45,000 (25.4, I-07),
  // due 2027-03-31 (25.3). The notice of 2027-05-20 asks for 2027-06-30: in time (a month from 05-21 ends
  // 06-20) → 2027-06-30; 13.1's notice deadline is 2027-05-31. The company agrees to 2 more months (13.5):
  // the contract ends 2027-08-31, and July and August each bill twice the fee, 180,000 (I-05 'replaces'),
  // due 06-30 and 07-31 — 360,000 in all. Data deletion 2027-09-01; confidentiality to 2028-08-31.
  const record: ContractRecord = {
    ...base,
    scheduledStartDate: '2027-04-15',
    termMonths: 12,
    notices: { customerTermination: { on: '2027-05-20', requestedDate: '2027-06-30', extensionMonths: 2 } },
  };
  const r = contractTimeline(record, { asOf: '2027-06-15' });

  it('moves the termination to 2027-08-31 and bills the extension months at twice the fee', () => {
    expect(story(r.events, [])).toEqual([
      '2027-03-15 formation [9.2]',
      '2027-03-31 first-month-fee 45000 [25.4 25.3]',
      '2027-04-15 billing-start [9.6]',
      '2027-04-30 monthly-fee-due 90000 [25.3]',
      '2027-05-31 termination-notice-deadline [13.1]',
      '2027-05-31 monthly-fee-due 90000 [25.3]',
      '2027-06-30 extension-fee-due 180000 [13.5 25.3]',
      '2027-06-30 extension [13.5]',
      '2027-07-31 extension-fee-due 180000 [13.5 25.3]',
      '2027-08-31 termination [13.1 13.5]',
      '2027-09-01 data-deletion [16]',
      '2028-08-31 confidentiality-end [27.3]',
    ]);
    expect(r.events.find((e) => e.kind === 'extension')?.through).toBe('2027-08-31');
    expect(r.events.find((e) => e.kind === 'first-month-fee')?.days).toBe(15);
    expect(r.terminationDate).toBe('2027-08-31');
  });

  it("with I-05 'in-addition' the normal fee is due for the extension months as well: 90,000 + 180,000", () => {
    const both = contractTimeline(record, { asOf: '2027-06-15' }, { extensionFee: 'in-addition' });
    expect(fees(both.events).slice(-4)).toEqual([
      '2027-06-30 2027-07 90000',
      '2027-06-30 2027-07 x180000',
      '2027-07-31 2027-08 90000',
      '2027-07-31 2027-08 x180000',
    ]);
    expect(both.events.filter((e) => e.kind === 'monthly-fee-due' && e.basis.includes('13.5'))).toHaveLength(2);
  });

  it('an extension of 0 months is not allowed by the terms (第13条5項), and says which field', () => {
    expectTermsError(
      () =>
        contractTimeline(
          { ...record, notices: { customerTermination: { on: '2027-05-20', extensionMonths: 0 } } },
          { asOf: '2027-06-15' },
        ),
      'notices.customerTermination.extensionMonths',
      'EXTENSION_NOT_WHOLE_MONTHS',
    );
  });
});

describe('a discontinuation with a refund', () => {
  // The company notified on 2027-05-10 that the service ends 2027-06-20 (15.1.1). Thirty clear days before
  // 06-20 (I-02): the last day is 06-19 − 30 = 2027-05-20, so the notice was in time. The contract ends on
  // 06-20. June was paid (90,000 on 05-31); the days 06-21 … 06-30 (10) were paid for but not provided:
  // 10 × 90,000 / 30 = 30,000 back (15.2, I-08). No fee is due for July. Data deletion 06-21; 27.3 to 2028-06-20.
  const r = contractTimeline(
    {
      ...base,
      termMonths: 12,
      notices: { discontinuation: { date: '2027-06-20', on: '2027-05-10' } },
      payments: [
        { date: '2027-03-31', amount: 90_000 },
        { date: '2027-04-30', amount: 90_000 },
        { date: '2027-05-31', amount: 90_000 },
      ],
    },
    { asOf: '2027-06-25' },
  );

  it('ends the contract on the discontinuation date and refunds the days not provided', () => {
    expect(story(r.events, ['monthly-fee-due', 'first-month-fee', 'payment'])).toEqual([
      '2027-03-15 formation [9.2]',
      '2027-04-01 billing-start [9.6]',
      '2027-05-20 discontinuation-notice-deadline [15.1.1]',
      '2027-06-20 discontinuation [15.1 15.1.1]',
      '2027-06-20 termination [15.1]',
      '2027-06-20 refund 30000 [15.2]',
      '2027-06-21 data-deletion [16]',
      '2028-06-20 confidentiality-end [27.3]',
    ]);
    expect(r.events.find((e) => e.kind === 'refund')).toMatchObject({ days: 10, serviceMonth: '2027-06' });
    expect(fees(r.events)).toEqual([
      '2027-03-31 2027-04 90000',
      '2027-04-30 2027-05 90000',
      '2027-05-31 2027-06 90000',
    ]);
    expect(r).toMatchObject({
      status: 'ended',
      terminationCause: 'discontinuation',
      outstanding: 0,
      unappliedPayments: 0,
    });
  });

  it('refunds nothing for a month that was not paid', () => {
    // Without the payment of 05-31, June was not paid: no days paid for are left unprovided.
    const unpaid = contractTimeline(
      {
        ...base,
        termMonths: 12,
        notices: { discontinuation: { date: '2027-06-20', ground: 'force-majeure' } },
        payments: [
          { date: '2027-03-31', amount: 90_000 },
          { date: '2027-04-30', amount: 90_000 },
        ],
      },
      { asOf: '2027-06-25' },
    );
    expect(unpaid.events.some((e) => e.kind === 'refund')).toBe(false);
    // Force majeure (15.1.3) needs no notice: no notice deadline.
    expect(story(unpaid.events).filter((e) => e.includes('discontinuation'))).toEqual([
      '2027-06-20 discontinuation [15.1 15.1.3]',
    ]);
    // June's 90,000 was due 05-31 and is unpaid on 06-25: 25 days → 90,000 × 0.146 × 25 / 365 = 900.
    // The unpaid interest is owed too (I-15): 90,000 + 900 = 90,900 outstanding, shown apart.
    expect(unpaid).toMatchObject({ outstanding: 90_900, outstandingPrincipal: 90_000, outstandingInterest: 900 });
    expect(unpaid.events.find((e) => e.kind === 'late-interest')).toMatchObject({
      date: '2027-06-25',
      amount: 900,
      days: 25,
      outstanding: 90_000,
      interestOutstanding: 900,
    });
  });
});

describe('late payment with interest (第26条, I-10)', () => {
  // 100,000 a month from 2028-04-01 (a leap year). April was paid on time (03-31). May's fee, due 04-30, was
  // paid 05-30: 30 days late → 100,000 × 0.146 × 30 / 365 = 1,200. June's was paid on its due date 05-31.
  // July's, due 06-30, is unpaid on 2028-07-15: 15 days so far → 100,000 × 0.146 × 15 / 365 = 600.
  //
  // Under I-15 (民法489条1項) the payment of 05-30 pays May's interest first: 1,200 to the interest, 98,800
  // to the principal, so 1,200 of May's fee is still open. (Before I-15 the whole 100,000 went to the
  // principal and the 1,200 of interest was owed nowhere; that is why these figures changed.) The payment of
  // 05-31 goes to the oldest amount first (488条4項): May's 1,200 with one more day of interest, 1,200 ×
  // 0.0004 = 0.48 → 0 (floor), so May is settled on 05-31 after 31 days; the other 98,800 pays June's fee
  // on its due date, leaving 1,200 of June open from 06-01. On 07-15 June's 1,200 is 45 days late: 1,200 ×
  // 0.0004 × 45 = 21.6 → 21. Outstanding: principal 1,200 + 100,000 = 101,200, interest 21 + 600 = 621.
  const record: ContractRecord = {
    formationDate: '2028-03-15',
    scheduledStartDate: '2028-04-01',
    termMonths: 12,
    monthlyFee: 100_000,
    payments: [
      { date: '2028-03-31', amount: 100_000 },
      { date: '2028-05-30', amount: 100_000 },
      { date: '2028-05-31', amount: 100_000 },
    ],
  };
  const r = contractTimeline(record, { asOf: '2028-07-15', until: '2028-07-31' });

  it('charges interest on a fee paid late; a payment pays the interest first (I-15)', () => {
    expect(r.events.filter((e) => e.kind === 'late-interest')).toEqual([
      expect.objectContaining({
        date: '2028-05-31',
        amount: 1200,
        dueDate: '2028-04-30',
        principal: 100_000,
        days: 31,
        basis: ['26'],
      }),
      expect.objectContaining({
        date: '2028-07-15',
        amount: 21,
        dueDate: '2028-05-31',
        days: 45,
        outstanding: 1_200,
        interestOutstanding: 21,
      }),
      expect.objectContaining({
        date: '2028-07-15',
        amount: 600,
        dueDate: '2028-06-30',
        principal: 100_000,
        days: 15,
        outstanding: 100_000,
        interestOutstanding: 600,
      }),
    ]);
    expect(r.events.find((e) => e.kind === 'late-interest' && e.date === '2028-05-31')?.outstanding).toBeUndefined();
    expect(r).toMatchObject({ outstanding: 101_821, outstandingPrincipal: 101_200, outstandingInterest: 621 });
  });

  it("with 'principal-first' a payment pays the principal first, yet May's interest is still the oldest owed", () => {
    // 05-30: all 100,000 to May's principal (30 days late); its 1,200 of interest stays owed. 05-31: the oldest
    // amount still owed is May's interest (an owed amount of May, due 04-30): 1,200 to it, 98,800 to June,
    // leaving 1,200 of June open — the same money as 'civil-code' here, May's principal settled a day earlier
    // (30 days, not 31). Outstanding: principal 101,200, interest 21 + 600 = 621.
    const pf = contractTimeline(
      record,
      { asOf: '2028-07-15', until: '2028-07-31' },
      { paymentApplication: 'principal-first' },
    );
    expect(pf.events.filter((e) => e.kind === 'late-interest').map((e) => [e.dueDate, e.days, e.amount])).toEqual([
      ['2028-04-30', 30, 1200],
      ['2028-05-31', 45, 21],
      ['2028-06-30', 15, 600],
    ]);
    expect(pf).toMatchObject({ outstanding: 101_821, outstandingPrincipal: 101_200, outstandingInterest: 621 });
  });

  it('lists the payments among the events, each on its day', () => {
    expect(story(r.events, ['monthly-fee-due', 'late-interest']).filter((e) => e.includes('payment'))).toEqual([
      '2028-03-31 payment 100000 [25]',
      '2028-05-30 payment 100000 [25]',
      '2028-05-31 payment 100000 [25]',
    ]);
  });

  it("under act/act a day of 2028 is 1/366 of a year (I-10 'act/act')", () => {
    // May: 100,000 × 0.146 × 30 / 366 = 1,196.72… → 1,196 paid first on 05-30, 1,196 of principal left;
    // 05-31: 1,196 × 0.146 / 366 = 0.477… → 0, May settled; June keeps 1,196 open: × 45 / 366 = 21.46… → 21.
    // July: 100,000 × 0.146 × 15 / 366 = 598.36… → 598 (floor).
    const leap = contractTimeline(record, { asOf: '2028-07-15', until: '2028-07-31' }, { dayCount: 'act/act' });
    expect(leap.events.filter((e) => e.kind === 'late-interest').map((e) => e.amount)).toEqual([1196, 21, 598]);
    // Rounded up instead (I-06 'ceil'): May 1,197 on 05-30 leaves 1,197; on 05-31 0.477… → 1 more, so May's
    // interest is 1,198 and the 05-31 payment gives May 1 + 1,197, June 98,802, leaving 1,198 of June open:
    // 1,198 × 0.146 × 45 / 366 = 21.50… → 22. July 598.36… → 599.
    const up = contractTimeline(
      record,
      { asOf: '2028-07-15', until: '2028-07-31' },
      { dayCount: 'act/act', rounding: 'ceil' },
    );
    expect(up.events.filter((e) => e.kind === 'late-interest').map((e) => e.amount)).toEqual([1198, 22, 599]);
  });

  it('applies each payment to the oldest fee still open (民法488条4項)', () => {
    // One payment of 200,000 on 2028-05-30 settles April (due 03-31, 60 days late) and May (due 04-30, 30 days).
    // April: 100,000 × 0.146 × 60 / 365 = 2,400; May: 1,200.
    const late = contractTimeline(
      { ...record, payments: [{ date: '2028-05-30', amount: 200_000 }] },
      { asOf: '2028-05-30', until: '2028-05-30' },
    );
    expect(late.events.filter((e) => e.kind === 'late-interest').map((e) => [e.dueDate, e.days, e.amount])).toEqual([
      ['2028-03-31', 60, 2400],
      ['2028-04-30', 30, 1200],
    ]);
  });
});

describe('other endings and readings', () => {
  it('under next-expiry a notice not to renew given after the deadline counts at the next expiry (I-17, 「以後も同様」)', () => {
    // Term 1 ends 2028-03-31, deadline 2028-02-29; a notice of 2028-03-10 is late: the term renews to
    // 2029-03-31, whose deadline (2029-02-28) the notice meets, so the contract ends 2029-03-31.
    const r = contractTimeline(
      { ...base, termMonths: 12, notices: { nonRenewal: { by: 'customer', on: '2028-03-10' } } },
      { asOf: '2028-03-10' },
      { lateNonRenewal: 'next-expiry' },
    );
    expect(r).toMatchObject({ terminationDate: '2029-03-31', terminationCause: 'non-renewal' });
    expect(story(r.events).filter((e) => e.includes('renewal') || e.includes('termination'))).toEqual([
      '2028-02-29 non-renewal-notice-deadline [11.1]',
      '2028-04-01 renewal [11.1]',
      '2029-02-28 non-renewal-notice-deadline [11.1]',
      '2029-03-31 termination [11.1]',
    ]);
  });

  it('the company’s notice ends the contract at the end of the month it names (第14条2項)', () => {
    const r = contractTimeline(
      { ...base, termMonths: 12, notices: { companyTermination: { on: '2027-05-10', requestedDate: '2027-07-15' } } },
      { asOf: '2027-05-10' },
    );
    expect(r).toMatchObject({ terminationDate: '2027-07-31', terminationCause: 'company' });
    expectTermsError(
      () =>
        contractTimeline(
          {
            ...base,
            termMonths: 12,
            notices: { companyTermination: { on: '2027-05-10', requestedDate: '2027-05-31' } },
          },
          { asOf: '2027-05-10' },
          { lateCompanyNotice: 'refuse' },
        ),
      'notices.companyTermination.requestedDate',
      'NOT_ALLOWED_BY_TERMS',
    );
  });

  it('a notice given as an instant counts on its JST day (第3条, I-03)', () => {
    // 16:30 UTC on 05-31 is 01:30 on 06-01 in Japan: the notice arrived in June, asking for 06-30 — less than
    // a month after → 13.2: the end of the month after arrival, 2027-07-31.
    const r = contractTimeline(
      {
        ...base,
        termMonths: 12,
        notices: {
          customerTermination: { arrivedAt: '2027-05-31T16:30:00Z', method: 'email', requestedDate: '2027-06-30' },
        },
      },
      { asOf: '2027-06-05' },
    );
    expect(r.events.find((e) => e.kind === 'termination')).toMatchObject({
      date: '2027-07-31',
      deemed: true,
      basis: ['3.3', '13.1', '13.2'],
    });
  });

  it('the contract’s own settings prevail (第1条2項): no automatic renewal, or renewals of 6 months', () => {
    const fixed = contractTimeline(
      { ...base, termMonths: 12, overrides: { autoRenewal: false } },
      { asOf: '2027-06-01' },
    );
    expect(fixed.events.find((e) => e.kind === 'termination')).toMatchObject({
      date: '2028-03-31',
      cause: 'expiry',
      basis: ['11.1', '1.2'],
    });
    // 6-month renewals: 2028-04-01 … 2028-09-30 (I-01).
    const short = contractTimeline(
      { ...base, termMonths: 12, overrides: { renewalMonths: 6 } },
      { asOf: '2027-06-01', until: '2028-10-31' },
    );
    expect(short.events.filter((e) => e.kind === 'renewal').map((e) => [e.date, e.through, e.basis])).toEqual([
      ['2028-04-01', '2028-09-30', ['11.1', '1.2']],
      ['2028-10-01', '2029-03-31', ['11.1', '1.2']],
    ]);
    expect(short.basis).toContain('1.2');
  });

  it('an option is billed from its own start and may end alone (第9条7項, 第13条4項)', () => {
    // Backup at 8,000 from 2027-05-15: its first month bills 16–31 May = 16 days × 8,000 / 30 = 4,266.66… → 4,266,
    // due 04-30. Its notice of 2027-06-10 names no date → 13.2: 2027-07-31. June and July bill 8,000 (due 05-31, 06-30).
    const r = contractTimeline(
      {
        ...base,
        termMonths: 12,
        options: [
          { name: 'backup', monthlyFee: 8_000, scheduledStartDate: '2027-05-15', termination: { on: '2027-06-10' } },
        ],
      },
      { asOf: '2027-06-10', until: '2027-08-31' },
    );
    const backup = r.events.filter((e) => e.option === 'backup');
    expect(story(backup, [])).toEqual([
      '2027-04-30 first-month-fee 4266 [25.4 25.3]',
      '2027-05-15 billing-start [9.6 9.7]',
      '2027-05-31 monthly-fee-due 8000 [25.3]',
      '2027-06-30 monthly-fee-due 8000 [25.3]',
      '2027-07-31 termination [13.1 13.2 13.4]',
    ]);
    expect(r.terminationDate).toBeNull(); // the contract itself runs on
  });

  it('nothing falls due before formation: formed 2027-04-10 to start 04-15, April’s fee is due 04-30', () => {
    // 16–30 April = 15 days × 90,000 / 30 = 45,000; 25.3's 03-31 is before formation (our reading, docs/articles/article-25.md).
    const r = contractTimeline(
      { ...base, formationDate: '2027-04-10', scheduledStartDate: '2027-04-15', termMonths: 12 },
      { asOf: '2027-04-10' },
    );
    expect(r.events.find((e) => e.kind === 'first-month-fee')).toMatchObject({ date: '2027-04-30', amount: 45_000 });
  });

  it('a late start moves billing to the day the company was ready (第9条5項・6項)', () => {
    const r = contractTimeline({ ...base, readyDate: '2027-04-10', termMonths: 12 }, { asOf: '2027-04-10' });
    expect(r.events.find((e) => e.kind === 'billing-start')).toMatchObject({
      date: '2027-04-10',
      basis: ['9.5', '9.6'],
    });
    // The term of 12 months runs from the billing start: 2027-04-10 … 2028-04-09.
    expect(r.currentTerm).toEqual({ number: 1, start: '2027-04-10', end: '2028-04-09' });
  });

  it('the earliest ending wins: a discontinuation before the customer’s termination date ends it first', () => {
    const r = contractTimeline(
      {
        ...base,
        termMonths: 12,
        notices: {
          customerTermination: { on: '2027-05-20', requestedDate: '2027-07-31' },
          discontinuation: { date: '2027-06-20', on: '2027-05-10' },
        },
      },
      { asOf: '2027-06-01' },
    );
    expect(r).toMatchObject({ terminationDate: '2027-06-20', terminationCause: 'discontinuation' });
    expect(r.events.filter((e) => e.kind === 'termination')).toHaveLength(1);
  });
});
