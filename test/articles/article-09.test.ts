/**
 * 第9条（利用契約の成立）
 *
 * 「2 …利用契約申込者が、利用承諾書を受領したときに、本サービスについての利用契約が成立するものとします。
 * なお、利用申込書の記載と利用承諾書の記載が異なる場合は、利用承諾書が優先的に適用されるものとします。」
 * 「3 利用契約の変更は、契約者が当社に書面により通知をし（当社所定の書式等がある場合はそれによるものとします。）、
 * 当社がこれに対し承諾の通知を発信したときに成立するものとします。…」
 * 「4 当社は、前各項その他利用規約等の規定にかかわらず、本サービスの利用申込者及び契約者が次の各号のいずれかに
 * 該当する場合には、利用契約又は利用変更契約を締結しないことができます。この場合、当社は、締結しない理由を通知する
 * 義務を負いません。」 (1)–(7)
 * 「5 利用開始予定日までに本サービスの利用を開始できない場合には、当社はその旨及び利用が可能になる予定日を通知
 * いたします。」
 * 「6 料金は利用開始日（当社が本サービス提供の準備を整えた日。ただし、これが利用開始予定日より早い場合は、利用開始
 * 予定日を利用開始日とします。）から月額料金が発生するものとし、利用開始の遅延については、当社は、損害賠償その他
 * 何らの責任を負わないものとしします。」
 * 「7 オプションサービスの追加申し込みについても、本条の規定が準用されるものとします。」
 *
 * I-03: the 利用承諾書 counts on arrival (formation); a change is formed when the acceptance is sent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_9,
  CalendarDate,
  REFUSAL_GROUNDS,
  type RefusalGroundId,
  agreedTerms,
  billingStartDate,
  contractChangeFormation,
  contractFormation,
  refusalGrounds,
} from '../../src/index.js';
import { feeChangeOf } from '../../src/articles/article-09.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第9条2項: the contract is formed when the 利用承諾書 is received', () => {
  it('on the day the applicant received it', () => {
    expect(contractFormation({ acceptanceReceivedOn: '2027-03-15' })).toEqual({
      formationDate: '2027-03-15',
      basis: ['9.2'],
    });
    // Received on the last day of a leap February: formed that day.
    expect(contractFormation({ acceptanceReceivedOn: '2028-02-29' }).formationDate).toBe('2028-02-29');
  });

  it('an added option service is formed the same way (9.7)', () => {
    expect(contractFormation({ acceptanceReceivedOn: '2027-12-31', scope: 'option' })).toEqual({
      formationDate: '2027-12-31',
      basis: ['9.2', '9.7'],
    });
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => contractFormation({ acceptanceReceivedOn: '2027-13-01' }), 'acceptanceReceivedOn');
    expectTermsError(() => contractFormation({} as never), 'acceptanceReceivedOn');
    expectTermsError(() => contractFormation('2027-03-15' as never), 'input');
  });
});

describe('第9条2項なお書: the acceptance prevails over the application', () => {
  it('where the two differ, the acceptance’s value applies', () => {
    expect(
      agreedTerms({
        application: { plan: 'standard', monthlyFee: 90_000, scheduledStartDate: '2027-04-01' },
        acceptance: { monthlyFee: 95_000, scheduledStartDate: '2027-04-01', minimumTermMonths: 12 },
      }),
    ).toEqual({
      // plan: only in the application, kept; monthlyFee: differs, the acceptance's 95,000 applies;
      // scheduledStartDate: the same in both, no difference; minimumTermMonths: only in the acceptance, added.
      terms: { plan: 'standard', monthlyFee: 95_000, scheduledStartDate: '2027-04-01', minimumTermMonths: 12 },
      differences: [{ field: 'monthlyFee', application: 90_000, acceptance: 95_000 }],
      basis: ['9.2'],
    });
  });

  it('compares lists and records by value, and null is a stated value', () => {
    const r = agreedTerms({
      application: { options: ['backup', 'monitoring'], contact: { email: 'a@example.jp' }, note: 'x' },
      acceptance: { options: ['backup', 'monitoring'], contact: { email: 'b@example.jp' }, note: null },
      scope: 'option',
    });
    expect(r.differences.map((x) => x.field)).toEqual(['contact', 'note']);
    expect(r.terms).toEqual({ options: ['backup', 'monitoring'], contact: { email: 'b@example.jp' }, note: null });
    expect(r.basis).toEqual(['9.2', '9.7']);
  });

  it('a value differs when its kind, its length, a key or a nested value differs', () => {
    // Each pair: [application, acceptance]; the field differs in every one of them.
    const pairs: [unknown, unknown][] = [
      [['backup'], { 0: 'backup' }], // a list and a record with the same entries
      [{ 0: 'backup' }, ['backup']],
      [['backup'], 'backup'], // a list and a string
      [null, {}], // null and an empty record
      [{}, null],
      [['backup'], ['backup', 'monitoring']], // lengths differ
      [
        ['backup', 'monitoring'],
        ['monitoring', 'backup'],
      ], // order counts in a list
      [{ a: 1 }, { a: 1, b: 2 }], // key counts differ
      [
        { a: 1, b: 2 },
        { a: 1, c: 2 },
      ], // same count, another key
      [{ a: { b: [1, 2] } }, { a: { b: [1, 3] } }], // deep inside
    ];
    for (const [application, acceptance] of pairs) {
      const r = agreedTerms({ application: { x: application }, acceptance: { x: acceptance } } as never);
      expect(r.differences, JSON.stringify([application, acceptance])).toEqual([
        { field: 'x', application, acceptance },
      ]);
    }
  });

  it('equal lists and records, nested or not, are no difference', () => {
    const same: unknown[] = [[], {}, ['a', ['b', { c: null }]], { a: { b: [1, { c: true }] }, d: 'e' }];
    for (const value of same) {
      const r = agreedTerms({ application: { x: value }, acceptance: { x: structuredClone(value) } } as never);
      expect(r.differences, JSON.stringify(value)).toEqual([]);
    }
  });

  it('the agreed terms are an ordinary record: every field enumerable and writable', () => {
    const r = agreedTerms({ application: { plan: 'standard' }, acceptance: { monthlyFee: 95_000 } });
    for (const field of ['plan', 'monthlyFee']) {
      expect(Object.getOwnPropertyDescriptor(r.terms, field), field).toMatchObject({
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  });

  it('a field named __proto__ is an ordinary field, not a prototype', () => {
    const r = agreedTerms({ application: JSON.parse('{"__proto__": {"admin": true}}'), acceptance: {} });
    expect(Object.getPrototypeOf(r.terms)).toBe(Object.prototype);
    expect(Object.keys(r.terms)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses documents that are not records of JSON values, naming the field', () => {
    expectTermsError(() => agreedTerms({ application: [] as never, acceptance: {} }), 'application');
    expectTermsError(() => agreedTerms({ application: {}, acceptance: null as never }), 'acceptance');
    expectTermsError(() => agreedTerms({ application: { fee: Number.NaN }, acceptance: {} }), 'application.fee');
    expectTermsError(
      () => agreedTerms({ application: {}, acceptance: { start: new Date(0) as never } }),
      'acceptance.start',
    );
    expectTermsError(
      () => agreedTerms({ application: { a: [1, () => 1] as never }, acceptance: {} }),
      'application.a.1',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expectTermsError(
      () => agreedTerms({ application: { deep: deep as never }, acceptance: {} }),
      'application.deep.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0',
    );
  });

  it('every field of the result comes from the acceptance where it states one, else from the application', () => {
    const doc = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.oneof(fc.integer(), fc.string(), fc.boolean()));
    fc.assert(
      fc.property(doc, doc, (application, acceptance) => {
        const r = agreedTerms({ application, acceptance });
        for (const k of new Set([...Object.keys(application), ...Object.keys(acceptance)])) {
          expect(r.terms[k]).toEqual(k in acceptance ? acceptance[k] : application[k]);
        }
        expect(r.differences.every((x) => x.field in application && x.field in acceptance)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('第9条3項: a change of contract is formed when the company sends its acceptance', () => {
  it('on the day the acceptance was sent (I-03), not when it arrives', () => {
    expect(contractChangeFormation({ acceptanceSentOn: '2027-07-31' })).toEqual({
      changeFormedOn: '2027-07-31',
      basis: ['9.3'],
    });
    expect(contractChangeFormation({ acceptanceSentOn: '2027-07-31', scope: 'option' }).basis).toEqual(['9.3', '9.7']);
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(
      () => contractChangeFormation({ acceptanceSentOn: '2027-07-31T10:00:00+09:00' }),
      'acceptanceSentOn',
    );
  });
});

describe('第9条3項なお書: when a changed fee bills (I-19)', () => {
  const d = CalendarDate.parse;
  // Months as year × 12 + month − 1: June 2027 = 2027 × 12 + 5 = 24329.
  const june = 2027 * 12 + 5;

  it('from the 1st: the new fee bills from that month, rise or fall, under either option', () => {
    for (const mode of ['daily', 'whole-month'] as const) {
      expect(feeChangeOf(d('2027-06-01'), 90_000, 120_000, mode, 'floor')).toEqual({ firstMonthIndex: june });
      expect(feeChangeOf(d('2027-06-01'), 90_000, 60_000, mode, 'floor')).toEqual({ firstMonthIndex: june });
    }
  });

  it('a rise from mid-month under daily bills the difference by days through the month end, the new fee from the next month', () => {
    // From 2027-06-10: June 10–30 is 21 days; 30,000 × 21 / 30 = 21,000; July on at the new fee.
    expect(feeChangeOf(d('2027-06-10'), 90_000, 120_000, 'daily', 'floor')).toEqual({
      firstMonthIndex: june + 1,
      difference: { days: 21, amount: 21_000 },
    });
  });

  it('a rise on the last day of a month bills one day, rounded as the option says', () => {
    // 10,000 more from 2027-06-30: 1 day, 10,000 / 30 = 333.33… → 333 (floor), 334 (ceil).
    expect(feeChangeOf(d('2027-06-30'), 90_000, 100_000, 'daily', 'floor').difference).toEqual({
      days: 1,
      amount: 333,
    });
    expect(feeChangeOf(d('2027-06-30'), 90_000, 100_000, 'daily', 'ceil').difference?.amount).toBe(334);
  });

  it('a fall from mid-month, or any change under whole-month, applies from the next month with no difference (25.6)', () => {
    expect(feeChangeOf(d('2027-06-10'), 90_000, 60_000, 'daily', 'floor')).toEqual({ firstMonthIndex: june + 1 });
    expect(feeChangeOf(d('2027-06-10'), 90_000, 120_000, 'whole-month', 'floor')).toEqual({
      firstMonthIndex: june + 1,
    });
  });

  it('the difference is never more than the whole difference, and is 0 only for an equal fee', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (day, before, after) => {
          const r = feeChangeOf(day, before, after, 'daily', 'floor');
          const month = day.year * 12 + day.month - 1;
          expect(r.firstMonthIndex).toBe(day.day === 1 ? month : month + 1);
          if (r.difference !== undefined) {
            expect(after).toBeGreaterThan(before);
            expect(r.difference.days).toBe(day.daysInMonth() - day.day + 1);
            expect(r.difference.amount).toBeLessThanOrEqual(((after - before) * 31) / 30);
            expect(r.difference.amount).toBe(Math.floor(((after - before) * r.difference.days) / 30));
          }
        },
      ),
    );
  });
});

describe('第9条4項: the company may refuse on seven grounds, without giving a reason', () => {
  const ids = REFUSAL_GROUNDS.map((g) => g.id);

  it('lists the seven items with the terms’ own text', () => {
    const items = readTermsStructure().filter((p) => /^9\.4\.\d+$/.test(p.ref));
    expect(REFUSAL_GROUNDS.map((g) => g.ref)).toEqual(items.map((p) => p.ref));
    expect(REFUSAL_GROUNDS.map((g) => g.ja)).toEqual(
      items.map((p) => p.lines.join('').replace(/^-?\s*\(\d+\)\s*/, '')),
    );
    expect(new Set(ids).size).toBe(7);
    expect(REFUSAL_GROUNDS.every((g) => g.en.length > 0)).toBe(true);
  });

  it('no ground: the company may not refuse under 9.4', () => {
    expect(refusalGrounds({})).toEqual({ mayRefuse: false, grounds: [], reasonRequired: false, basis: ['9.4'] });
  });

  it('a payment delay is a ground (9.4.2), and the reason need not be given', () => {
    expect(refusalGrounds({ paymentDelayOrRisk: true, falseStatement: false })).toEqual({
      mayRefuse: true,
      grounds: ['paymentDelayOrRisk'],
      reasonRequired: false,
      basis: ['9.4', '9.4.2'],
    });
  });

  it('applies to a change of contract and to an added option service (9.7)', () => {
    expect(refusalGrounds({ defectiveApplication: true, request: 'change' }).basis).toEqual(['9.4', '9.4.3']);
    expect(refusalGrounds({ antisocialForces: true, scope: 'option' }).basis).toEqual(['9.4', '9.4.5', '9.7']);
  });

  it('the company may refuse exactly when some ground applies, and cites each one', () => {
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (yes, no) => {
        const facts: Partial<Record<RefusalGroundId, boolean>> = {};
        for (const id of no) facts[id] = false;
        for (const id of yes) facts[id] = true;
        const r = refusalGrounds(facts);
        const expected = REFUSAL_GROUNDS.filter((g) => yes.includes(g.id));
        expect(r.mayRefuse).toBe(yes.length > 0);
        expect(r.grounds).toEqual(expected.map((g) => g.id));
        expect(r.basis).toEqual(['9.4', ...expected.map((g) => g.ref)]);
        expect(r.reasonRequired).toBe(false);
      }),
    );
  });

  it('refuses a fact that is not a boolean, and a key that is not a ground', () => {
    expectTermsError(() => refusalGrounds({ falseStatement: 'yes' as never }), 'falseStatement');
    expectTermsError(() => refusalGrounds({ falseStatment: true } as never), 'input', 'INVALID_INPUT', /falseStatment/);
    expectTermsError(() => refusalGrounds({ request: 'renewal' as never }), 'request');
    expectTermsError(() => refusalGrounds(null as never), 'input');
  });
});

describe('第9条5項・6項: billing starts on the day the company is ready, never before the scheduled date', () => {
  it('ready before the scheduled date: billing waits for the scheduled date', () => {
    expect(billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-03-25' })).toEqual({
      billingStartDate: '2027-04-01',
      delayed: false,
      companyLiableForDelay: false,
      basis: ['9.6'],
    });
  });

  it('ready on the scheduled date: billing starts that day, no delay', () => {
    expect(billingStartDate({ scheduledStartDate: '2027-04-15', readyDate: '2027-04-15' }).billingStartDate).toBe(
      '2027-04-15',
    );
  });

  it('ready late: billing starts when ready; the delay was to be notified (9.5) and costs the company nothing', () => {
    expect(billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-04-10' })).toEqual({
      billingStartDate: '2027-04-10',
      delayed: true,
      companyLiableForDelay: false,
      basis: ['9.5', '9.6'],
    });
  });

  it('across month ends, February and a year end', () => {
    expect(billingStartDate({ scheduledStartDate: '2028-02-28', readyDate: '2028-02-29' }).billingStartDate).toBe(
      '2028-02-29',
    );
    expect(billingStartDate({ scheduledStartDate: '2027-12-31', readyDate: '2028-01-04' }).billingStartDate).toBe(
      '2028-01-04',
    );
    expect(billingStartDate({ scheduledStartDate: '2028-01-01', readyDate: '2027-12-28', scope: 'option' })).toEqual({
      billingStartDate: '2028-01-01',
      delayed: false,
      companyLiableForDelay: false,
      basis: ['9.6', '9.7'],
    });
  });

  it('the billing start date is the later of the two dates, never before the scheduled date', () => {
    fc.assert(
      fc.property(calendarDate(), calendarDate(), (scheduled, ready) => {
        const r = billingStartDate({ scheduledStartDate: scheduled, readyDate: ready });
        const start = d(r.billingStartDate);
        expect(start.isOnOrAfter(scheduled)).toBe(true);
        expect(start.isOnOrAfter(ready)).toBe(true);
        expect(start.equals(scheduled) || start.equals(ready)).toBe(true);
        expect(r.delayed).toBe(ready.isAfter(scheduled));
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(
      () => billingStartDate({ scheduledStartDate: '2027-04-01', readyDate: '2027-04-31' }),
      'readyDate',
    );
    expectTermsError(() => billingStartDate({ readyDate: '2027-04-01' } as never), 'scheduledStartDate');
  });
});

describe('ARTICLE_9', () => {
  it('names the article, its paragraphs, items and versions', () => {
    expect(ARTICLE_9.title).toBe('利用契約の成立');
    expect(ARTICLE_9.provisions).toEqual([
      '9',
      '9.1',
      '9.2',
      '9.3',
      '9.4',
      '9.4.1',
      '9.4.2',
      '9.4.3',
      '9.4.4',
      '9.4.5',
      '9.4.6',
      '9.4.7',
      '9.5',
      '9.6',
      '9.7',
    ]);
    expect(ARTICLE_9.versions).toEqual(['2017-03-01', '2019-06-01']);
  });
});
