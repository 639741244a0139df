/**
 * One option discontinued alone (issue 16, item 8): the company's discontinuation of a part of
 * the service (第15条1項 「一部を廃止」) through `contractTimeline` and the billing run. Every
 * asserted date and amount is worked by hand in the comments, never copied from a run.
 *
 * 第15条1項「当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部を廃止するものとし、廃止日をもって
 *   利用契約の全部又は一部を解約することができるものとします。(1) 廃止日の 30 日前までに契約者に通知した場合 …」
 * 第15条2項「前項に基づき本サービスの全部又は一部を廃止する場合、当社は、既に支払われている利用料金等のうち、
 *   廃止する本サービスについて提供しない日数に対応する額を日割料金（月額料金の 30 分の 1 を 1 日分の料金として計算。）
 *   にて契約者に返還いたします。」
 * I-08: the discontinuation date is the last day of service; the refund is the days from the day after
 * it through the end of the paid period × fee / 30, never more than was paid for that period.
 * I-02: 「30日前までに」 — clear days: a discontinuation on 2027-06-20 needs notice by 2027-05-20.
 */
import { describe, expect, it } from 'vitest';
import { TermsError, billingRun, contractTimeline, type ContractRecord } from '../../src/index.js';

// 90,000 a month from 2027-04-01, with a backup option at 30,000 a month from the same day.
// Each month's 120,000 is due at the end of the month before (25.3) and paid on time.
const backup = {
  name: 'backup',
  monthlyFee: 30_000,
  scheduledStartDate: '2027-04-01',
  discontinuation: { date: '2027-06-20', on: '2027-05-15' },
} as const;
const record = {
  id: 'OD-1',
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90_000,
  options: [backup],
  payments: [
    { date: '2027-03-31', amount: 120_000 },
    { date: '2027-04-30', amount: 120_000 },
    { date: '2027-05-31', amount: 120_000 },
  ],
} satisfies ContractRecord;
const window = { asOf: '2027-06-25', until: '2027-07-31' } as const;

describe('the company discontinues one option alone (第15条)', () => {
  it('its notice deadline, its last day, and 15.2’s refund of 10 days of the option’s June fee', () => {
    // 30 days' notice (item 1): by 2027-05-20 (I-02); given 05-15, in time.
    // Refund: June 21 … 30 = 10 days × 30,000 / 30 = 10,000, within the 30,000 paid for June.
    const r = contractTimeline(record, window);
    const lines = r.events
      .filter((e) => e.option === 'backup' && e.date >= '2027-05-01')
      .map((e) => [e.date, e.kind, e.amount ?? null, e.basis.join(',')]);
    expect(lines).toEqual([
      ['2027-05-20', 'discontinuation-notice-deadline', null, '15.1.1'],
      ['2027-05-31', 'monthly-fee-due', 30_000, '25.3'],
      ['2027-06-20', 'discontinuation', null, '15.1,15.1.1'],
      ['2027-06-20', 'termination', null, '15.1'],
      ['2027-06-20', 'refund', 10_000, '15.2'],
    ]);
    const refund = r.events.find((e) => e.kind === 'refund');
    expect([refund?.serviceMonth, refund?.days]).toEqual(['2027-06', 10]);
    expect(r.events.find((e) => e.kind === 'termination')?.cause).toBe('discontinuation');
  });

  it('the contract goes on: July and August bill 90,000 alone, and the contract itself has no end', () => {
    const r = contractTimeline(record, window);
    const dues = r.events.filter((e) => e.kind === 'monthly-fee-due' && e.date >= '2027-06-01');
    expect(dues.map((e) => [e.date, e.amount, e.option ?? 'contract'])).toEqual([
      ['2027-06-30', 90_000, 'contract'],
      ['2027-07-31', 90_000, 'contract'],
    ]);
    expect(r.terminationDate).toBeNull();
    expect(r.events.filter((e) => e.kind === 'discontinuation' && e.option === undefined)).toEqual([]);
  });

  it('nothing paid towards June: nothing to refund (15.2 「既に支払われている利用料金等のうち」)', () => {
    const r = contractTimeline({ ...record, payments: record.payments.slice(0, 2) }, window);
    expect(r.events.filter((e) => e.kind === 'refund')).toEqual([]);
  });

  it('the billing run for June lists the refund with the option', () => {
    const [row] = [...billingRun([record], { month: '2027-06', asOf: '2027-06-25' })];
    expect(row?.ok).toBe(true);
    const refund = row?.ok ? row.lines.filter((l) => l.kind === 'refund') : [];
    expect(refund.map((l) => [l.date, l.amount, l.option])).toEqual([['2027-06-20', 10_000, 'backup']]);
  });

  it('before the customer’s own notice for the option takes effect, the discontinuation ends it', () => {
    // The customer's notice of 2027-05-10 ends the option at the end of June (13.4); the company
    // discontinues it on 06-20 first, so the option ends on 06-20 and 10 days are refunded.
    const options = [
      { ...backup, termination: { on: '2027-05-10', requestedDate: '2027-06-30' } },
    ] satisfies ContractRecord['options'];
    const r = contractTimeline({ ...record, options }, window);
    const ends = r.events.filter((e) => e.kind === 'termination').map((e) => [e.date, e.cause]);
    expect(ends).toEqual([['2027-06-20', 'discontinuation']]);
    expect(r.events.find((e) => e.kind === 'refund')?.amount).toBe(10_000);
  });

  it('a discontinuation after the contract has ended changes nothing', () => {
    // The customer ends the contract on 2027-05-31 (notice of 04-10): the option ends with it.
    const r = contractTimeline(
      { ...record, notices: { customerTermination: { on: '2027-04-10', requestedDate: '2027-05-31' } } },
      window,
    );
    expect(r.terminationDate).toBe('2027-05-31');
    expect(r.events.filter((e) => e.kind === 'discontinuation' || e.kind === 'refund')).toEqual([]);
  });

  it('a discontinuation before formation or a notice after asOf is named under the option', () => {
    const options = [
      {
        ...backup,
        discontinuation: { date: '2027-03-01', on: '2027-07-01' },
      },
    ] satisfies ContractRecord['options'];
    try {
      contractTimeline({ ...record, options }, window);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TermsError);
      expect((e as TermsError).issues.map((i) => i.path).sort()).toEqual([
        'options.0.discontinuation.date',
        'options.0.discontinuation.on',
      ]);
    }
  });
});
