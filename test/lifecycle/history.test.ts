/**
 * A contract's history through `contractTimeline` (issue 16): changes of contract. Every
 * asserted date and amount is worked by hand from the terms and the interpretations in the
 * comments, never copied from a run.
 *
 * 第9条3項「利用契約の変更は、契約者が当社に書面により通知をし（当社所定の書式等がある場合はそれによるものとします。）、
 *   当社がこれに対し承諾の通知を発信したときに成立するものとします。なお、利用契約の変更に伴うサービス内容の変更時期、
 *   変更後の料金の適用時期等の詳細については、当社所定の方法により通知いたします。」
 * 第12条2項「…最低利用期間満了までの残余期間の利用料に相当する額を契約解除月の月末までに支払うものとしします。」
 * 第25条3項「…翌月利用分を当月末までに当社の指定する金融機関に振り込み支払うものとし…」
 * 第25条6項「当社は、既に支払われた料金等を払い戻す義務を一切負わないものとします。」
 * 第26条「…遅延期間につき年14.6%の割合による遅延損害金を…支払うものとし…」
 * I-19: from the 1st, the new fee bills from that month; from another day (`daily`) a higher
 * fee bills the difference / 30 per day through the month's end, due on 25.3's next date,
 * a lower fee applies from the next month; `whole-month`: any change from the next month.
 */
import { describe, expect, it } from 'vitest';
import {
  TermsError,
  contractFromCsvRow,
  contractTimeline,
  contractTimelines,
  type ContractRecord,
  type TimelineEvent,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

// Formed 2027-03-15, billing from 2027-04-01 (the 1st: April in full, 25.4), 90,000 yen a month.
const base = {
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90_000,
} as const satisfies ContractRecord;

/** The amounts due and the changes from May on, as `date kind amount serviceMonth`. */
function money(events: readonly TimelineEvent[]): string[] {
  return events
    .filter((e) => e.date >= '2027-05-01' && (e.amount !== undefined || e.kind === 'contract-change'))
    .map((e) =>
      e.kind === 'contract-change'
        ? `${e.date} contract-change ${e.monthlyFee} from ${e.serviceMonth}`
        : `${e.date} ${e.kind} ${e.amount}${e.serviceMonth === undefined ? '' : ` ${e.serviceMonth}`}`,
    );
}

const window = { asOf: '2027-08-15', until: '2027-08-31' } as const;

describe('a change of contract (第9条3項, I-19)', () => {
  it('a rise from the 10th bills the difference for the rest of the month, due with the next month’s fee', () => {
    // Accepted 2027-06-05, the new fee 120,000 from 2027-06-10 (not the 1st, higher, 'daily').
    // June 10–30 = 21 days; the difference 30,000 × 21 / 30 = 21,000, due on 25.3's next
    // date: July's fee is due by the end of June → 2027-06-30. July on: 120,000 a month.
    const r = contractTimeline(
      { ...base, changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: 120_000 }] },
      window,
    );
    expect(money(r.events)).toEqual([
      '2027-05-31 monthly-fee-due 90000 2027-06',
      '2027-06-10 contract-change 120000 from 2027-07',
      '2027-06-30 monthly-fee-due 120000 2027-07',
      '2027-06-30 fee-difference-due 21000 2027-06',
      '2027-07-31 monthly-fee-due 120000 2027-08',
      '2027-08-31 monthly-fee-due 120000 2027-09',
    ]);
    const difference = r.events.find((e) => e.kind === 'fee-difference-due');
    expect(difference?.days).toBe(21);
    expect(difference?.basis).toEqual(['9.3', '25.3']);
    expect(r.basis).toContain('9.3');
  });

  it('under whole-month the same rise bills nothing for June and applies from July', () => {
    // I-19's alternative: any change from a day other than the 1st applies from the month after.
    const r = contractTimeline(
      { ...base, changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: 120_000 }] },
      window,
      { midMonthChange: 'whole-month' },
    );
    expect(money(r.events)).toEqual([
      '2027-05-31 monthly-fee-due 90000 2027-06',
      '2027-06-10 contract-change 120000 from 2027-07',
      '2027-06-30 monthly-fee-due 120000 2027-07',
      '2027-07-31 monthly-fee-due 120000 2027-08',
      '2027-08-31 monthly-fee-due 120000 2027-09',
    ]);
  });

  it('a fall from the 10th applies from the next month: June stays billed in full (25.6)', () => {
    // 60,000 from 2027-06-10: June's 90,000 was due 2027-05-31 and is not paid back; July on 60,000.
    const r = contractTimeline(
      { ...base, changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: 60_000 }] },
      window,
    );
    expect(money(r.events)).toEqual([
      '2027-05-31 monthly-fee-due 90000 2027-06',
      '2027-06-10 contract-change 60000 from 2027-07',
      '2027-06-30 monthly-fee-due 60000 2027-07',
      '2027-07-31 monthly-fee-due 60000 2027-08',
      '2027-08-31 monthly-fee-due 60000 2027-09',
    ]);
  });

  it('a change from the 1st bills the new fee from that month, with no difference', () => {
    // 120,000 from 2027-07-01, accepted 2027-06-20: July's fee (due 2027-06-30) is the new one.
    const r = contractTimeline(
      { ...base, changes: [{ acceptanceSentOn: '2027-06-20', effectiveDate: '2027-07-01', monthlyFee: 120_000 }] },
      window,
    );
    expect(money(r.events)).toEqual([
      '2027-05-31 monthly-fee-due 90000 2027-06',
      '2027-06-30 monthly-fee-due 120000 2027-07',
      '2027-07-01 contract-change 120000 from 2027-07',
      '2027-07-31 monthly-fee-due 120000 2027-08',
      '2027-08-31 monthly-fee-due 120000 2027-09',
    ]);
  });

  it('the difference paid a month late bears 第26条 interest like any fee (I-15)', () => {
    // The rise of the first story. Paid: April 90,000 (due 03-31), May and June 90,000 each,
    // July's 120,000 on 06-30 designating July (so it does not share with the difference,
    // 民法488条1項), the 21,000 difference on 07-30 with its interest, August on 07-31.
    // Interest: 21,000 × 14.6 % × 30 / 365 = 21,000 × 0.012 = 252 (07-01 … 07-30, 30 days);
    // paid first (民法489条1項): 21,252 pays interest 252 and principal 21,000. Nothing owed.
    const r = contractTimeline(
      {
        ...base,
        changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: 120_000 }],
        payments: [
          { date: '2027-03-31', amount: 90_000 },
          { date: '2027-04-30', amount: 90_000 },
          { date: '2027-05-31', amount: 90_000 },
          { date: '2027-06-30', amount: 120_000, designation: { serviceMonth: '2027-07' } },
          { date: '2027-07-30', amount: 21_252, designation: { serviceMonth: '2027-06' } },
          { date: '2027-07-31', amount: 120_000 },
        ],
      },
      window,
    );
    const late = r.events.filter((e) => e.kind === 'late-interest');
    expect(late.map((e) => [e.date, e.amount, e.days, e.principal, e.serviceMonth])).toEqual([
      ['2027-07-30', 252, 30, 21_000, '2027-06'],
    ]);
    expect([r.outstanding, r.unappliedPayments]).toEqual([0, 0]);
  });
});

describe('options added and dropped by a change of contract (第9条3項, 7項)', () => {
  // A backup option at 30,000 a month from 2027-04-01. The company accepts a change on 2027-06-05.
  const withBackup = {
    ...base,
    options: [{ name: 'backup', monthlyFee: 30_000, scheduledStartDate: '2027-04-01' }],
  } satisfies ContractRecord;
  const optionLines = (events: readonly TimelineEvent[]) =>
    events
      .filter((e) => e.option !== undefined && e.date >= '2027-05-01')
      .map(
        (e) => `${e.date} ${e.kind} ${e.option}${e.amount === undefined ? '' : ` ${e.amount}`} [${e.basis.join(',')}]`,
      );

  it('from 07-01 the backup is dropped (last day 06-30) and monitoring added, billed in full for July', () => {
    // backup: June billed 05-31; nothing for July (it would be due 06-30). monitoring starts on the
    // 1st, so 25.4 bills July in full, 20,000, due by the end of June (25.3); August on 07-31.
    const r = contractTimeline(
      {
        ...withBackup,
        changes: [
          {
            acceptanceSentOn: '2027-06-05',
            effectiveDate: '2027-07-01',
            addOptions: [{ name: 'monitoring', monthlyFee: 20_000, scheduledStartDate: '2027-07-01' }],
            dropOptions: ['backup'],
          },
        ],
      },
      { asOf: '2027-06-15', until: '2027-07-31' },
    );
    expect(optionLines(r.events)).toEqual([
      '2027-05-31 monthly-fee-due backup 30000 [25.3]',
      '2027-06-30 first-month-fee monitoring 20000 [25.4,25.3]',
      '2027-06-30 termination backup [9.3]',
      '2027-07-01 billing-start monitoring [9.3,9.6,9.7]',
      '2027-07-31 monthly-fee-due monitoring 20000 [25.3]',
    ]);
    // The contract's own fee is unchanged: no contract-change event.
    expect(r.events.filter((e) => e.kind === 'contract-change')).toEqual([]);
  });

  it('dropped from the 10th, June stays billed in full (25.6) and the backup ends on 06-09', () => {
    const r = contractTimeline(
      {
        ...withBackup,
        changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', dropOptions: ['backup'] }],
      },
      { asOf: '2027-06-15', until: '2027-07-31' },
    );
    expect(optionLines(r.events)).toEqual([
      '2027-05-31 monthly-fee-due backup 30000 [25.3]',
      '2027-06-09 termination backup [9.3]',
    ]);
  });

  it('a change that changes nothing, an unknown option dropped, a name taken: each named in one round', () => {
    const paths = issuePaths(() =>
      contractTimeline(
        {
          ...withBackup,
          changes: [
            { acceptanceSentOn: '2027-06-05', effectiveDate: '2027-07-01' },
            { acceptanceSentOn: '2027-06-05', effectiveDate: '2027-07-01', dropOptions: ['backpu'] },
            {
              acceptanceSentOn: '2027-06-05',
              effectiveDate: '2027-07-01',
              addOptions: [{ name: 'backup', monthlyFee: 1, scheduledStartDate: '2027-06-01' }],
            },
          ],
        },
        window,
      ),
    );
    expect(paths).toEqual([
      'changes.0.monthlyFee',
      'changes.1.dropOptions.0',
      'changes.2.addOptions.0.name',
      'changes.2.addOptions.0.scheduledStartDate',
    ]);
  });
});

describe('第12条2項 at the fee in force for each remaining month (I-19)', () => {
  // Minimum term 12 months from 2027-03-15: its last day 2028-03-15 (I-01). The customer's
  // notice of 2027-08-20 asks for 2027-09-30. Remaining: 2027-10-01 … 2028-03-15 — October
  // to February (5 whole months) and 15 days of March (I-09).
  const ending = {
    ...base,
    minimumTermMonths: 12,
    notices: { customerTermination: { on: '2027-08-20', requestedDate: '2027-09-30' } },
  } as const;
  const fee = (r: ReturnType<typeof contractTimeline>) =>
    r.events.find((e) => e.kind === 'early-termination-fee-due')?.amount;

  it('a rise before the termination: every remaining month at the new fee', () => {
    // 120,000 from 2027-07-01: 5 × 120,000 + 120,000 × 15 / 30 = 600,000 + 60,000 = 660,000
    // (90,000 throughout would be 495,000).
    const r = contractTimeline(
      { ...ending, changes: [{ acceptanceSentOn: '2027-06-20', effectiveDate: '2027-07-01', monthlyFee: 120_000 }] },
      { asOf: '2027-08-20' },
    );
    expect(fee(r)).toBe(660_000);
  });

  it('a fall agreed for after the termination counts for the months it would have covered', () => {
    // 60,000 from 2027-12-01 (accepted 2027-06-20): October and November at 90,000 (180,000),
    // December–February at 60,000 (180,000), March 1–15 at 60,000 × 15 / 30 (30,000) = 390,000.
    // The change bills nothing itself: the contract ends on 2027-09-30 before it applies.
    const r = contractTimeline(
      { ...ending, changes: [{ acceptanceSentOn: '2027-06-20', effectiveDate: '2027-12-01', monthlyFee: 60_000 }] },
      { asOf: '2027-08-20' },
    );
    expect(fee(r)).toBe(390_000);
    expect(r.events.some((e) => e.kind === 'contract-change')).toBe(false);
  });
});

/** The paths of the issues a call throws. */
function issuePaths(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TermsError);
    return (e as TermsError).issues.map((i) => i.path).sort();
  }
  throw new Error('expected a TermsError');
}

describe('a change is checked with the rest of the record, in one round', () => {
  it('before formation, accepted after asOf, applying before its acceptance: every path named', () => {
    const paths = issuePaths(() =>
      contractTimeline(
        {
          ...base,
          changes: [
            { acceptanceSentOn: '2027-03-01', effectiveDate: '2027-03-10', monthlyFee: 100_000 },
            { acceptanceSentOn: '2027-09-01', effectiveDate: '2027-09-01', monthlyFee: 100_000 },
            { acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-01', monthlyFee: 100_000 },
          ],
        },
        window,
      ),
    );
    expect(paths).toEqual([
      'changes.0.acceptanceSentOn',
      'changes.0.effectiveDate',
      'changes.1.acceptanceSentOn',
      'changes.2.effectiveDate',
    ]);
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, changes: [{ acceptanceSentOn: '2027-09-01', effectiveDate: '2027-09-01', monthlyFee: 1 }] },
          window,
        ),
      'changes.0.acceptanceSentOn',
      'INVALID_INPUT',
      /on or before asOf \(2027-08-15\)/,
    );
  });

  it('a bad fee is reported beside a missing term', () => {
    const { termMonths: _, ...noTerm } = base;
    const paths = issuePaths(() =>
      contractTimeline(
        { ...noTerm, changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: -1 }] },
        window,
      ),
    );
    expect(paths).toEqual(['changes.0.monthlyFee', 'termEndDate']);
  });
});

/**
 * Late notices (issue 16, item 5).
 * 第14条2項「当社は、契約者に対し、解約を希望する月の前月末日までに書面により通知することにより…解約することが
 *   できるものとします。ただし、解約日は、当社が本サービスを解約しようとする月の月末とします。」
 * 第11条1項「…期間満了1か月前までに契約者又は当社から当社所定の方法による別段の意思表示がないときは、利用契約は
 *   期間満了の翌日からさらに1年間自動的に更新されるものとし…」
 * 第13条2項「…当該書面が当社に到達した日の翌月末日を契約者の解約希望日とみなすものとします。」
 */
describe('a company notice too late for the month it names (I-16)', () => {
  const late = { ...base, notices: { companyTermination: { on: '2027-05-10', requestedDate: '2027-05-31' } } };

  it('ends the contract at the end of the first month it is in time for, marked deemed', () => {
    // Sent 2027-05-10 for May: not by the end of April, so not for May. The first month it is
    // in time for is June (notice by the end of May) → 2027-06-30. June's fee (due 05-31) is
    // billed, July's is not; data may be deleted from 07-01 (第16条).
    const r = contractTimeline(late, { asOf: '2027-05-10' });
    expect([r.terminationDate, r.terminationCause]).toEqual(['2027-06-30', 'company']);
    const end = r.events.find((e) => e.kind === 'termination');
    expect([end?.date, end?.deemed, end?.basis]).toEqual(['2027-06-30', true, ['14.2']]);
    expect(r.events.filter((e) => e.kind === 'monthly-fee-due').map((e) => e.serviceMonth)).toEqual([
      '2027-05',
      '2027-06',
    ]);
    expect(r.events.find((e) => e.kind === 'data-deletion')?.date).toBe('2027-07-01');
  });

  it("under 'refuse' it is a TermsError naming the requested date", () => {
    expectTermsError(
      () => contractTimeline(late, { asOf: '2027-05-10' }, { lateCompanyNotice: 'refuse' }),
      'notices.companyTermination.requestedDate',
      'NOT_ALLOWED_BY_TERMS',
    );
  });
});

describe('a notice not to renew that arrives late (I-17)', () => {
  // Term 1: 2027-04-01 … 2028-03-31; the deadline to decline its renewal 2028-02-29 (I-02).
  // A notice of 2028-03-10 is late for that expiry. Minimum term 24 months from 2027-03-15:
  // its last day 2029-03-15 (I-01).
  const record = (by: 'customer' | 'company') =>
    ({ ...base, minimumTermMonths: 24, notices: { nonRenewal: { by, on: '2028-03-10' } } }) as const;

  it("convert: the customer's is read as a 第13条 notice — 13.2's date, and 12.2 inside the minimum term", () => {
    // As a termination notice arriving 2028-03-10 for the expiry 2028-03-31: less than a month
    // → 13.2, the end of the month after arrival: 2028-04-30 (deemed). The term renewed on
    // 04-01, so April is billed. Inside the minimum term → 12.2: 2028-05-01 … 2029-03-15 =
    // May 2028 – February 2029 (10 months × 90,000 = 900,000) + 15 days × 3,000 (45,000)
    // = 945,000, due by the end of the termination month, 2028-04-30.
    const r = contractTimeline(record('customer'), { asOf: '2028-03-10' });
    expect([r.terminationDate, r.terminationCause]).toEqual(['2028-04-30', 'customer']);
    const end = r.events.find((e) => e.kind === 'termination');
    expect([end?.deemed, end?.basis]).toEqual([true, ['11.1', '13.1', '13.2']]);
    const fee = r.events.find((e) => e.kind === 'early-termination-fee-due');
    expect([fee?.date, fee?.amount]).toEqual(['2028-04-30', 945_000]);
    expect(r.events.some((e) => e.kind === 'renewal' && e.date === '2028-04-01')).toBe(true);
  });

  it("convert: the company's is read as a 14.2 notice — too late for March, so the end of April (I-16), no 12.2 fee", () => {
    const r = contractTimeline(record('company'), { asOf: '2028-03-10' });
    expect([r.terminationDate, r.terminationCause]).toEqual(['2028-04-30', 'company']);
    expect(r.events.find((e) => e.kind === 'termination')?.basis).toEqual(['11.1', '14.2']);
    expect(r.events.some((e) => e.kind === 'early-termination-fee-due')).toBe(false);
  });

  it('no-effect: the late notice is ignored and the contract keeps renewing', () => {
    const r = contractTimeline(
      record('customer'),
      { asOf: '2028-03-10', until: '2030-06-30' },
      {
        lateNonRenewal: 'no-effect',
      },
    );
    expect([r.terminationDate, r.terminationCause]).toEqual([null, null]);
    expect(r.events.filter((e) => e.kind === 'renewal').map((e) => e.date)).toEqual([
      '2028-04-01',
      '2029-04-01',
      '2030-04-01',
    ]);
  });

  it('a notice in time is not touched by the option: it ends the contract at the expiry', () => {
    // 2028-02-20 is by the deadline 2028-02-29: the term ends 2028-03-31 and does not renew.
    const r = contractTimeline(
      { ...base, notices: { nonRenewal: { by: 'customer', on: '2028-02-20' } } },
      { asOf: '2028-02-20' },
    );
    expect([r.terminationDate, r.terminationCause]).toEqual(['2028-03-31', 'non-renewal']);
  });
});

/**
 * The company's termination without notice and amounts due at once (I-18).
 * 第14条1項「当社は、契約者が次の各号のいずれかに該当すると判断した場合、契約者への事前の通知又は催告を要することなく
 *   利用契約の全部又は一部を解約することができるものとします。(2) 支払停止又は支払不能となった場合」
 * 第14条3項 / 第13条3項「…未払いの利用料金等がある場合には、直ちにこれを支払うものとします。」
 */
describe('the company terminates without notice (第14条1項, I-18) and what is unpaid falls due at once', () => {
  // April (due 03-31) and May (due 04-30) paid; June (due 05-31) and July (due 06-30) not.
  const unpaid = {
    ...base,
    payments: [
      { date: '2027-03-31', amount: 90_000 },
      { date: '2027-04-30', amount: 90_000 },
    ],
  } as const;

  it('ends on the day declared, bills that month in full and nothing after, and lists the unpaid amounts', () => {
    // Declared 2027-07-10 on item 2 (支払停止): the contract ends that day (I-03, I-18); July's
    // fee (due 06-30) stands, August's (due 07-31) is never billed.
    // 14.3 on 07-10: unpaid 90,000 (June) + 90,000 (July) = 180,000; interest at 14.6 %:
    // June 06-01 … 07-10 = 40 days: 90,000 × 0.146 × 40 / 365 = 1,440; July 07-01 … 07-10 =
    // 10 days: 360. Payable at once: 181,800. On asOf 07-15: June 45 days → 1,620, July 15
    // days → 540: outstanding 180,000 + 2,160 = 182,160.
    const r = contractTimeline(
      {
        ...unpaid,
        notices: { companyImmediateTermination: { on: '2027-07-10', ground: 'paymentsSuspendedOrInsolvent' } },
      },
      { asOf: '2027-07-15' },
    );
    expect([r.terminationDate, r.terminationCause]).toEqual(['2027-07-10', 'company']);
    expect(r.events.find((e) => e.kind === 'termination')?.basis).toEqual(['14.1', '14.1.2']);
    expect(r.events.filter((e) => e.kind === 'monthly-fee-due').map((e) => e.serviceMonth)).toEqual([
      '2027-05',
      '2027-06',
      '2027-07',
    ]);
    const atOnce = r.events.filter((e) => e.kind === 'due-at-once');
    expect(atOnce.map((e) => [e.date, e.amount, e.outstanding, e.interestOutstanding, e.basis])).toEqual([
      ['2027-07-10', 181_800, 180_000, 1_800, ['14.3']],
    ]);
    expect([r.outstandingPrincipal, r.outstandingInterest]).toEqual([180_000, 2_160]);
    expect(r.events.find((e) => e.kind === 'data-deletion')?.date).toBe('2027-07-11');
  });

  it("the customer's notice makes what is then unpaid payable at once; later fees keep their due dates (13.3)", () => {
    // Notice arriving 2027-07-10 with no date: 13.2, the end of August. 13.3 on 07-10: the same
    // 180,000 and 1,800 of interest; August's fee (due 07-31) is not in it.
    const r = contractTimeline(
      { ...unpaid, notices: { customerTermination: { on: '2027-07-10' } } },
      { asOf: '2027-07-15' },
    );
    expect(r.terminationDate).toBe('2027-08-31');
    expect(r.events.filter((e) => e.kind === 'due-at-once').map((e) => [e.date, e.amount, e.basis])).toEqual([
      ['2027-07-10', 181_800, ['13.3']],
    ]);
  });

  it('nothing unpaid, or no payments recorded: no event', () => {
    const r = contractTimeline(
      { ...base, notices: { companyImmediateTermination: { on: '2027-07-10', ground: 'uncuredBreach' } } },
      { asOf: '2027-07-15' },
    );
    expect(r.events.some((e) => e.kind === 'due-at-once')).toBe(false);
    expect(r.events.find((e) => e.kind === 'termination')?.basis).toEqual(['14.1', '14.1.8']);
  });

  it('an unknown ground or a declaration after asOf is named by its path', () => {
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, notices: { companyImmediateTermination: { on: '2027-07-10', ground: 'late' as never } } },
          { asOf: '2027-07-15' },
        ),
      'notices.companyImmediateTermination.ground',
    );
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, notices: { companyImmediateTermination: { on: '2027-07-20', ground: 'uncuredBreach' } } },
          { asOf: '2027-07-15' },
        ),
      'notices.companyImmediateTermination.on',
    );
  });
});

/**
 * Stops and interruptions (issue 16, item 4).
 * 第23条1項「当社は、次の各号のいずれかに該当する場合、本サービスの全部又は一部の提供を停止することができるものと
 *   します。(3) 契約者が、料金等の支払を怠り、その他利用契約等に違反したとき」
 * 第25条5項「契約者は、第23条（提供の停止）又は第24条（一時的な中断及び提供停止）3項の規定により、本サービスの提供を
 *   停止された場合であっても、停止期間中における利用料金を支払わなければなりません。」
 */
describe('stops and interruptions (第23条, 第24条)', () => {
  it('a stop for non-payment: its first and last day, the fees running under 25.5', () => {
    // Stopped under 23.1(3) from 2027-06-15 through 2027-07-05: July's fee (due 06-30, a day
    // inside the stop) is billed as ever, 90,000; the events cite 23.1.3 and 25.5.
    const r = contractTimeline(
      { ...base, stops: [{ provision: '23.1.3', from: '2027-06-15', to: '2027-07-05' }] },
      { asOf: '2027-07-15', until: '2027-07-31' },
    );
    expect(
      r.events
        .filter((e) => e.date >= '2027-06-15' && e.date <= '2027-07-05')
        .map((e) => `${e.date} ${e.kind} ${e.amount ?? ''} [${e.basis.join(' ')}]`.replace('  ', ' ')),
    ).toEqual([
      '2027-06-15 stop-start [23.1.3 25.5]',
      '2027-06-30 monthly-fee-due 90000 [25.3]',
      '2027-07-05 stop-end [23.1.3 25.5]',
    ]);
    expect(r.events.find((e) => e.kind === 'stop-start')?.through).toBe('2027-07-05');
  });

  it('an interruption for maintenance (24.2): fees due because no provision reduces them (25.1.2)', () => {
    const r = contractTimeline(
      { ...base, stops: [{ provision: '24.2', from: '2027-07-20' }] },
      { asOf: '2027-07-20', until: '2027-07-31' },
    );
    const stop = r.events.filter((e) => e.kind === 'stop-start' || e.kind === 'stop-end');
    expect(stop.map((e) => [e.date, e.kind, e.basis, e.through])).toEqual([
      ['2027-07-20', 'stop-start', ['24.2', '25.1.2'], undefined],
    ]);
  });

  it('a stop that ends before it starts, or starts after asOf or before formation: each named, in one round', () => {
    let paths: string[] = [];
    try {
      contractTimeline(
        {
          ...base,
          stops: [
            { provision: '24.3', from: '2027-07-10', to: '2027-07-01' },
            { provision: '23.1', from: '2027-08-01' },
            { provision: '24.1.1', from: '2027-03-01', to: '2027-03-02' },
          ],
        },
        { asOf: '2027-07-15' },
      );
    } catch (e) {
      paths = (e as TermsError).issues.map((i) => i.path).sort();
    }
    expect(paths).toEqual(['stops.0.to', 'stops.1.from', 'stops.2.from']);
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, stops: [{ provision: '25.5' as never, from: '2027-07-10' }] },
          { asOf: '2027-07-15' },
        ),
      'stops.0.provision',
    );
  });
});

/**
 * Other charges (issue 16, item 7).
 * 第25条1項「(3) その他、特に定められたもの 必要に応じて当社より見積りを提示し、合意の上でお支払いいただきます。」
 * 第25条2項「契約者は、第1項(1)(3)の料金について、当社が別に定める期日までに…振り込み支払うものとします。」
 * 第22条4項「…契約者の違反行為に対しての苦情対応等に要した稼働等の費用を契約者に請求することができるものとします。」
 */
/** A migration agreed at 200,000 due 2027-07-01 (25.1.3) and a cost claim of 30,000 due 2027-07-20 (22.4). */
const CHARGES = [
  { description: 'data migration', amount: 200_000, dueDate: '2027-07-01' },
  { kind: 'cost', description: 'complaint handling', amount: 30_000, dueDate: '2027-07-20' },
] as const satisfies ContractRecord['charges'];

/** The fees for April–July (90,000 each, due 03-31 … 06-30), each paid on its due date. */
const FEES_PAID_TO_JULY = [
  { date: '2027-03-31', amount: 90_000 },
  { date: '2027-04-30', amount: 90_000 },
  { date: '2027-05-31', amount: 90_000 },
  { date: '2027-06-30', amount: 90_000 },
] as const;

describe('other charges (第25条1項3号, 第22条4項) enter the ledger like fees', () => {
  it('an agreed charge paid late bears 第26条 interest; a cost claim cites 22.4', () => {
    // The fees April–July (90,000 each, due 03-31 … 06-30) are paid on their due dates. A
    // migration agreed at 200,000 due 2027-07-01 and a cost claim of 30,000 due 2027-07-20,
    // both paid by one payment on 2027-07-30 — the older first (民法488条4項), interest first:
    // 200,000 × 0.146 × 29 / 365 = 2,320 (07-02 … 07-30, 29 days);
    // 30,000 × 0.146 × 10 / 365 = 120 (07-21 … 07-30, 10 days);
    // 202,320 + 30,120 = 232,440 settles both.
    const r = contractTimeline(
      {
        ...base,
        charges: CHARGES,
        payments: [...FEES_PAID_TO_JULY, { date: '2027-07-30', amount: 232_440 }],
      },
      { asOf: '2027-07-30', until: '2027-07-30' },
    );
    const charges = r.events.filter((e) => e.kind === 'charge-due');
    expect(charges.map((e) => [e.date, e.amount, e.basis, e.description])).toEqual([
      ['2027-07-01', 200_000, ['25.1.3', '25.2'], 'data migration'],
      ['2027-07-20', 30_000, ['22.4', '25.2'], 'complaint handling'],
    ]);
    expect(
      r.events.filter((e) => e.kind === 'late-interest').map((e) => [e.date, e.amount, e.days, e.principal]),
    ).toEqual([
      ['2027-07-30', 2_320, 29, 200_000],
      ['2027-07-30', 120, 10, 30_000],
    ]);
    expect([r.outstanding, r.unappliedPayments]).toEqual([0, 0]);
  });

  it('a payment designating a charge pays it first (民法488条1項, I-15), interest first within it', () => {
    // The same charges; on 2027-07-25 the customer pays 30,060 naming the cost claim (charges.1).
    // Its interest: 30,000 × 0.146 × 5 / 365 = 60 (07-21 … 07-25), then its 30,000: settled.
    // The older migration charge stays unpaid: 200,000 × 0.146 × 24 / 365 = 1,920 (07-02 … 07-25).
    // Without the designation the 30,060 would have gone to the migration first (488条4項).
    const record = {
      ...base,
      charges: CHARGES,
      payments: [...FEES_PAID_TO_JULY, { date: '2027-07-25', amount: 30_060, designation: { charge: 1 } }],
    } satisfies ContractRecord;
    const r = contractTimeline(record, { asOf: '2027-07-25', until: '2027-07-25' });
    const interest = r.events.filter((e) => e.kind === 'late-interest');
    expect(
      interest.map((e) => [e.principal, e.amount, e.days, e.outstanding ?? null, e.interestOutstanding ?? null]),
    ).toEqual([
      [200_000, 1_920, 24, 200_000, 1_920],
      [30_000, 60, 5, null, null],
    ]);
    expect(r.outstanding).toBe(201_920);
    expectTermsError(
      () =>
        contractTimeline(
          { ...record, payments: [{ date: '2027-07-25', amount: 1, designation: { charge: 2 } }] },
          { asOf: '2027-07-25' },
        ),
      'payments.0.designation.charge',
      'INVALID_INPUT',
      /index of one of the record's charges \(0 to 1\), got 2/,
    );
  });

  it('a charge due before formation is named by its path', () => {
    expectTermsError(
      () =>
        contractTimeline(
          { ...base, charges: [{ description: 'x', amount: 1, dueDate: '2027-03-01' }] },
          { asOf: '2027-07-15' },
        ),
      'charges.0.dueDate',
    );
  });
});

describe('the batch path takes the history like the rest of the record', () => {
  it('a CSV row with the history as JSON columns gives the same timeline as the record', () => {
    const header = [
      'id',
      'formationDate',
      'scheduledStartDate',
      'termMonths',
      'monthlyFee',
      'changes',
      'stops',
      'charges',
    ];
    const row = [
      'H-1',
      '2027-03-15',
      '2027-04-01',
      '12',
      '90000',
      '[{"acceptanceSentOn":"2027-06-05","effectiveDate":"2027-06-10","monthlyFee":120000}]',
      '[{"provision":"24.2","from":"2027-07-20"}]',
      '[{"description":"migration","amount":200000,"dueDate":"2027-07-01"}]',
    ];
    const window = { asOf: '2027-07-20', until: '2027-07-31' };
    const [fromCsv] = [...contractTimelines([contractFromCsvRow(header, row)], window)];
    const direct = contractTimeline(
      {
        id: 'H-1',
        ...base,
        changes: [{ acceptanceSentOn: '2027-06-05', effectiveDate: '2027-06-10', monthlyFee: 120_000 }],
        stops: [{ provision: '24.2', from: '2027-07-20' }],
        charges: [{ description: 'migration', amount: 200_000, dueDate: '2027-07-01' }],
      },
      window,
    );
    expect(fromCsv?.ok).toBe(true);
    expect(fromCsv?.ok && fromCsv.timeline).toEqual(direct);
    // The difference (21,000), the charge (200,000) and the stop are there.
    expect(
      direct.events.filter((e) => ['fee-difference-due', 'charge-due', 'stop-start'].includes(e.kind)).length,
    ).toBe(3);
  });
});
