/**
 * Changed terms at renewal through `contractTimeline` (issue 16, item 2). Every asserted date
 * and amount is worked by hand from the terms and the interpretations in the comments, never
 * copied from a run.
 *
 * 第11条2項「当社は、本サービスの利用期間満了の前々月末日までに、契約者に利用契約の変更内容を通知することにより、
 *   更新後における本サービスの種類、内容及び利用料金その他利用契約内容を変更することができるものとしします。」
 * 第11条1項「…期間満了の翌日からさらに1年間自動的に更新されるものとし、以後も同様としします。」
 * 第3条2項: the company's notice by e-mail counts when sent; a letter on arrival (I-03).
 * 第25条3項「…翌月利用分を当月末までに…振り込み支払うものとし…」
 * I-20: a notice by the `terms-change-notice-deadline` applies from the first day of the renewed
 * term; a late one cannot change that renewal — by default it applies from the renewal after
 * (`lateTermsChange: 'next-renewal'`), or not at all (`'no-effect'`).
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
import { STORIES } from '../support/stories.js';

// Formed 2027-03-15, billing from 2027-04-01, term 1: 2027-04-01 … 2028-03-31, 90,000 yen a month.
// The expiry is in March 2028: 前々月末日 = 2028-01-31, the terms-change-notice-deadline.
const base = {
  formationDate: '2027-03-15',
  scheduledStartDate: '2027-04-01',
  termMonths: 12,
  monthlyFee: 90_000,
} as const satisfies ContractRecord;

/** The fees due and the renewals and changed terms between `from` and `to`. */
function around(events: readonly TimelineEvent[], from: string, to: string): string[] {
  return events
    .filter((e) => e.date >= from && e.date <= to)
    .flatMap((e) => {
      if (e.kind === 'monthly-fee-due' || e.kind === 'fee-difference-due')
        return [`${e.date} ${e.kind} ${e.amount} ${e.serviceMonth}`];
      if (e.kind === 'renewal') return [`${e.date} renewal ${e.term} through ${e.through}`];
      if (e.kind === 'terms-change') {
        const what = [e.monthlyFee ?? '-', e.renewalMonths ?? '-', e.late ?? 'timely'].join(' ');
        return [`${e.date} terms-change ${e.term} ${what} [${e.basis.join(',')}]`];
      }
      return [];
    });
}

describe('a notice of changed terms for the renewed contract (第11条2項, I-20)', () => {
  it('a notice on the deadline raises the fee from the renewed term: April 2028 bills 100,000', () => {
    // 2028-01-31 is the 前々月末日 itself (「までに」 includes it): term 2 (2028-04-01 …) is at 100,000.
    // March is still term 1 (90,000, due 02-29); April's fee is due by the end of March (25.3).
    const r = contractTimeline(
      { ...base, termsChanges: [{ on: '2028-01-31', monthlyFee: 100_000 }] },
      { asOf: '2028-02-10', until: '2028-05-31' },
    );
    expect(around(r.events, '2028-02-01', '2028-05-31')).toEqual([
      '2028-02-29 monthly-fee-due 90000 2028-03',
      '2028-03-31 monthly-fee-due 100000 2028-04',
      '2028-04-01 renewal 2 through 2029-03-31',
      '2028-04-01 terms-change 2 100000 - timely [11.2]',
      '2028-04-30 monthly-fee-due 100000 2028-05',
      '2028-05-31 monthly-fee-due 100000 2028-06',
    ]);
    expect(r.basis).toContain('11.2');
  });

  it('a day late, by default it cannot change that renewal and applies from the one after (2029-04-01)', () => {
    // 2028-02-01 > 2028-01-31: term 2 (2028-04-01 … 2029-03-31) keeps 90,000; term 3 from 2029-04-01
    // bills 100,000 — April 2029's fee due 2029-03-31.
    const r = contractTimeline(
      { ...base, termsChanges: [{ on: '2028-02-01', monthlyFee: 100_000 }] },
      { asOf: '2028-02-10', until: '2029-04-30' },
    );
    expect(around(r.events, '2028-03-01', '2028-04-30')).toEqual([
      '2028-03-31 monthly-fee-due 90000 2028-04',
      '2028-04-01 renewal 2 through 2029-03-31',
      '2028-04-30 monthly-fee-due 90000 2028-05',
    ]);
    expect(around(r.events, '2029-02-01', '2029-04-30')).toEqual([
      '2029-02-28 monthly-fee-due 90000 2029-03',
      '2029-03-31 monthly-fee-due 100000 2029-04',
      '2029-04-01 renewal 3 through 2030-03-31',
      '2029-04-01 terms-change 3 100000 - next-renewal [11.2]',
      '2029-04-30 monthly-fee-due 100000 2029-05',
    ]);
  });

  it("under 'no-effect' the late notice changes nothing: shown at the renewal it missed, every fee 90,000", () => {
    const r = contractTimeline(
      { ...base, termsChanges: [{ on: '2028-02-01', monthlyFee: 100_000 }] },
      { asOf: '2028-02-10', until: '2029-04-30' },
      { lateTermsChange: 'no-effect' },
    );
    expect(around(r.events, '2028-04-01', '2028-04-01')).toEqual([
      '2028-04-01 renewal 2 through 2029-03-31',
      '2028-04-01 terms-change 2 100000 - no-effect [11.2]',
    ]);
    const fees = r.events.filter((e) => e.kind === 'monthly-fee-due').map((e) => e.amount);
    expect(new Set(fees)).toEqual(new Set([90_000]));
    expect(r.events.filter((e) => e.kind === 'terms-change')).toHaveLength(1);
  });

  it("the company's e-mail counts when sent, a letter on arrival (第3条, I-03): 23:30 JST on the 31st is in time, a letter arriving 02-01 is not", () => {
    const sent = contractTimeline(
      { ...base, termsChanges: [{ sentAt: '2028-01-31T23:30:00+09:00', monthlyFee: 100_000 }] },
      { asOf: '2028-02-10', until: '2028-04-30' },
    );
    const change = sent.events.find((e) => e.kind === 'terms-change');
    expect(change?.date).toBe('2028-04-01');
    // 3.1: the company notifies by e-mail; 3.2: effective when sent.
    expect(change?.basis).toEqual(['3.1', '3.2', '11.2']);
    const letter = contractTimeline(
      {
        ...base,
        termsChanges: [
          {
            sentAt: '2028-01-29T10:00:00+09:00',
            arrivedAt: '2028-02-01T10:00:00+09:00',
            method: 'letter',
            monthlyFee: 100_000,
          },
        ],
      },
      { asOf: '2028-02-10', until: '2028-04-30' },
    );
    expect(letter.events.filter((e) => e.kind === 'terms-change')).toEqual([]);
    expect(letter.events.find((e) => e.kind === 'monthly-fee-due' && e.serviceMonth === '2028-04')?.amount).toBe(
      90_000,
    );
  });

  it('of two notices for one renewal the later prevails; each is shown', () => {
    // 95,000 then 100,000 and renewals of 24 months: term 2 is 2028-04-01 … 2030-03-31 at 100,000.
    const r = contractTimeline(
      {
        ...base,
        termsChanges: [
          { on: '2028-01-15', monthlyFee: 100_000, renewalMonths: 24 },
          { on: '2027-12-01', monthlyFee: 95_000 },
        ],
      },
      { asOf: '2028-02-10', until: '2028-04-30' },
    );
    expect(around(r.events, '2028-03-31', '2028-04-30')).toEqual([
      '2028-03-31 monthly-fee-due 100000 2028-04',
      '2028-04-01 renewal 2 through 2030-03-31',
      '2028-04-01 terms-change 2 95000 - timely [11.2]',
      '2028-04-01 terms-change 2 100000 24 timely [11.2]',
      '2028-04-30 monthly-fee-due 100000 2028-05',
    ]);
  });

  it('a rise at a renewal on the 15th bills the difference by days for the rest of the month (I-19 daily)', () => {
    // Billing from 2027-04-15: term 1 is 2027-04-15 … 2028-04-14; the expiry is in April, so the
    // deadline is 2028-02-29. From 2028-04-15, 120,000: April 15–30 is 16 days; 30,000 × 16 / 30 =
    // 16,000, due on 25.3's next date — with May's fee, 2028-04-30. April itself was billed 90,000.
    const r = contractTimeline(
      { ...base, scheduledStartDate: '2027-04-15', termsChanges: [{ on: '2028-02-20', monthlyFee: 120_000 }] },
      { asOf: '2028-02-20', until: '2028-05-31' },
    );
    expect(around(r.events, '2028-03-31', '2028-05-31')).toEqual([
      '2028-03-31 monthly-fee-due 90000 2028-04',
      '2028-04-15 renewal 2 through 2029-04-14',
      '2028-04-15 terms-change 2 120000 - timely [11.2]',
      '2028-04-30 monthly-fee-due 120000 2028-05',
      '2028-04-30 fee-difference-due 16000 2028-04',
      '2028-05-31 monthly-fee-due 120000 2028-06',
    ]);
    expect(r.events.find((e) => e.kind === 'fee-difference-due')?.basis).toEqual(['11.2', '25.3']);
  });
});

describe('the worked story drawn in the docs (STORY-8)', () => {
  it('an e-mail of 2028-01-20, before the 2028-01-31 deadline: 100,000 from April 2028, due 2028-03-31', () => {
    const story = STORIES.find((x) => x.slug === 'terms-change-at-renewal');
    if (story === undefined) throw new Error('missing story');
    const r = contractTimeline(story.record, story.window, story.options);
    expect(around(r.events, '2028-03-01', '2028-04-30')).toEqual([
      '2028-03-31 monthly-fee-due 100000 2028-04',
      '2028-04-01 renewal 2 through 2029-03-31',
      '2028-04-01 terms-change 2 100000 - timely [3.1,3.2,11.2]',
      '2028-04-30 monthly-fee-due 100000 2028-05',
    ]);
  });
});

describe('a new renewal length moves the later terms, deadlines and endings', () => {
  // Notified 2028-01-10 (in time): each renewal runs 6 months. Term 2: 2028-04-01 … 2028-09-30
  // (6 months counting 04-01, I-01); term 3: 2028-10-01 … 2029-03-31. Before the expiry
  // 2028-09-30: 11.2's deadline is the end of July (2028-07-31); 11.1's is 2028-08-31 (a month
  // from 09-01 ends on 09-30, I-02).
  const record = { ...base, termsChanges: [{ on: '2028-01-10', renewalMonths: 6 }] } satisfies ContractRecord;

  it('the renewed terms are six months long, with their deadlines', () => {
    const r = contractTimeline(record, { asOf: '2028-02-10', until: '2029-04-30' });
    const dated = (kind: string) => r.events.filter((e) => e.kind === kind).map((e) => e.date);
    expect(around(r.events, '2028-04-01', '2029-04-01').filter((l) => !l.includes('fee'))).toEqual([
      '2028-04-01 renewal 2 through 2028-09-30',
      '2028-04-01 terms-change 2 - 6 timely [11.2]',
      '2028-10-01 renewal 3 through 2029-03-31',
      '2029-04-01 renewal 4 through 2029-09-30',
    ]);
    expect(dated('terms-change-notice-deadline')).toEqual(['2028-01-31', '2028-07-31', '2029-01-31']);
    expect(dated('non-renewal-notice-deadline')).toEqual(['2028-02-29', '2028-08-31', '2029-02-28']);
    expect(r.events.find((e) => e.kind === 'renewal' && e.term === 3)?.basis).toEqual(['11.1', '11.2']);
  });

  it("a customer's notice not to renew of 2028-08-20 is in time for the 6-month term: it ends on 2028-09-30", () => {
    const r = contractTimeline(
      { ...record, notices: { nonRenewal: { by: 'customer', on: '2028-08-20' } } },
      { asOf: '2028-08-20' },
    );
    expect([r.terminationDate, r.terminationCause]).toEqual(['2028-09-30', 'non-renewal']);
  });

  it('one of 2028-09-10 is late for 2028-09-30 and is read as a 第13条 notice: the end of October, deemed (I-17)', () => {
    // Arrived 09-10, after 08-31: 13.2 — the end of the month after arrival, 2028-10-31.
    const r = contractTimeline(
      { ...record, notices: { nonRenewal: { by: 'customer', on: '2028-09-10' } } },
      { asOf: '2028-09-10' },
    );
    expect([r.terminationDate, r.terminationCause]).toEqual(['2028-10-31', 'customer']);
    expect(r.events.find((e) => e.kind === 'termination')?.deemed).toBe(true);
  });
});

describe('第13条5項 and 第12条2項 at the fee in force', () => {
  it("an extension after a renewal at 100,000 costs twice 100,000 (「通常料金の2倍」), not twice the record's 90,000", () => {
    // Timely notice: 100,000 from term 2 (2028-04-01). The customer's notice of 2028-04-20 asks for
    // 2028-05-31 (in time: by the end of April, 13.1); extended 1 month to 2028-06-30 (13.5).
    // June is an extension month: 2 × 100,000 = 200,000 (I-05 replaces), due by the end of May (25.3).
    const r = contractTimeline(
      {
        ...base,
        termsChanges: [{ on: '2028-01-31', monthlyFee: 100_000 }],
        notices: { customerTermination: { on: '2028-04-20', requestedDate: '2028-05-31', extensionMonths: 1 } },
      },
      { asOf: '2028-04-20' },
    );
    expect(r.terminationDate).toBe('2028-06-30');
    expect(around(r.events, '2028-04-30', '2028-06-30')).toEqual(['2028-04-30 monthly-fee-due 100000 2028-05']);
    const x = r.events.find((e) => e.kind === 'extension-fee-due');
    expect([x?.date, x?.amount, x?.serviceMonth]).toEqual(['2028-05-31', 200_000, '2028-06']);
  });
});

describe('the notices are checked with the rest of the record, in one round', () => {
  const window = { asOf: '2028-02-10' } as const;
  function issuePaths(fn: () => unknown): string[] {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(TermsError);
      return (e as TermsError).issues.map((i) => i.path).sort();
    }
    throw new Error('expected a TermsError');
  }

  it('before formation, after asOf, changing nothing: each named beside a bad fee and a stop ending before it starts', () => {
    const paths = issuePaths(() =>
      contractTimeline(
        {
          ...base,
          monthlyFee: -1,
          stops: [{ provision: '24.2', from: '2027-06-10', to: '2027-06-01' }],
          termsChanges: [
            { on: '2027-03-01', monthlyFee: 100_000 },
            { on: '2028-03-01', monthlyFee: 100_000 },
            { on: '2028-01-10' },
          ],
        },
        window,
      ),
    );
    expect(paths).toEqual([
      'monthlyFee',
      'stops.0.to',
      'termsChanges.0.on',
      'termsChanges.1.on',
      'termsChanges.2.monthlyFee',
    ]);
  });

  it('a renewal length outside 1–1200 months or a fee that is not whole yen is named by its path', () => {
    const paths = issuePaths(() =>
      contractTimeline(
        {
          ...base,
          termsChanges: [
            { on: '2028-01-10', renewalMonths: 0 },
            { on: '2028-01-10', monthlyFee: 1.5 },
          ],
        },
        window,
      ),
    );
    expect(paths).toEqual(['termsChanges.0.renewalMonths', 'termsChanges.1.monthlyFee']);
  });
});

describe('the batch path and CSV take termsChanges like the rest of the record', () => {
  it('a termsChanges column holding JSON gives the same timeline as the record', () => {
    const header = ['id', 'formationDate', 'scheduledStartDate', 'termMonths', 'monthlyFee', 'termsChanges'];
    const row = ['T-1', '2027-03-15', '2027-04-01', '12', '90000', '[{"on":"2028-01-31","monthlyFee":100000}]'];
    const window = { asOf: '2028-02-10', until: '2028-04-30' };
    const [fromCsv] = [...contractTimelines([contractFromCsvRow(header, row)], window)];
    const direct = contractTimeline(
      { id: 'T-1', ...base, termsChanges: [{ on: '2028-01-31', monthlyFee: 100_000 }] },
      window,
    );
    expect(fromCsv?.ok && fromCsv.timeline).toEqual(direct);
    // April 2028 at the renewed fee (worked above): 100,000 due 2028-03-31.
    expect(direct.events.find((e) => e.kind === 'monthly-fee-due' && e.serviceMonth === '2028-04')?.amount).toBe(
      100_000,
    );
  });
});
