/**
 * 第14条（当社からの利用契約の解約）
 *
 * 「1 当社は、契約者が次の各号のいずれかに該当すると判断した場合、契約者への事前の通知又は催告を要することなく
 * 利用契約の全部又は一部を解約することができるものとします。」 (1)–(10)
 * 「2 当社は、解約を希望する月の前月末日までに契約者に書面をもって通知をすることにより、本サービスを解約すること
 * ができるものとします。ただし、利用契約の解約日は、当社が本サービスを解約しようとする月の月末とします。」
 * 「3 契約者は、前2項による利用契約の解約があった時点において未払いの利用料金等又は支払遅延損害金がある場合には、
 * 直ちにこれを支払うものとします。」
 * 「4 当社が行う利用契約の解約に伴って、契約者が被ったいかなる損害についても、当社は一切の責任を負わないものと
 * します。」
 *
 * I-03: the company's notice counts when sent. 14.2 has no deemed date: with no requested date we take the
 * earliest month end the terms allow (our reading).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companyTerminationOf } from '../../src/articles/article-14.js';
import {
  ARTICLE_14,
  CalendarDate,
  IMMEDIATE_TERMINATION_GROUNDS,
  type ImmediateTerminationGroundId,
  companyTermination,
  companyTerminationLiability,
  immediateTerminationGrounds,
  unpaidAmountsOnCompanyTermination,
} from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第14条1項: immediate termination on ten grounds, without notice or demand', () => {
  const ids = IMMEDIATE_TERMINATION_GROUNDS.map((g) => g.id);

  it('lists the ten items with the terms’ own text', () => {
    const items = readTermsStructure().filter((p) => /^14\.1\.\d+$/.test(p.ref));
    expect(items).toHaveLength(10);
    expect(IMMEDIATE_TERMINATION_GROUNDS.map((g) => g.ref)).toEqual(items.map((p) => p.ref));
    expect(IMMEDIATE_TERMINATION_GROUNDS.map((g) => g.ja)).toEqual(
      items.map((p) => p.lines.join('').replace(/^-?\s*\(\d+\)\s*/, '')),
    );
    expect(new Set(ids).size).toBe(10);
  });

  it('the end of the customer’s contract with the cloud provider is a ground (14.1.9)', () => {
    expect(immediateTerminationGrounds({ cloudProviderContractEnded: true })).toEqual({
      mayTerminate: true,
      grounds: ['cloudProviderContractEnded'],
      priorNoticeRequired: false,
      basis: ['14.1', '14.1.9'],
    });
  });

  it('several grounds are all cited, in the terms’ order', () => {
    expect(
      immediateTerminationGrounds({
        performanceDifficult: true,
        paymentsSuspendedOrInsolvent: true,
        uncuredBreach: false,
      }),
    ).toEqual({
      mayTerminate: true,
      grounds: ['paymentsSuspendedOrInsolvent', 'performanceDifficult'],
      priorNoticeRequired: false,
      basis: ['14.1', '14.1.2', '14.1.10'],
    });
  });

  it('no ground: no immediate termination', () => {
    expect(immediateTerminationGrounds({})).toEqual({
      mayTerminate: false,
      grounds: [],
      priorNoticeRequired: false,
      basis: ['14.1'],
    });
  });

  it('the company may terminate at once exactly when some ground applies', () => {
    fc.assert(
      fc.property(fc.subarray(ids), (yes) => {
        const facts: Partial<Record<ImmediateTerminationGroundId, boolean>> = {};
        for (const id of ids) facts[id] = yes.includes(id);
        const r = immediateTerminationGrounds(facts);
        expect(r.mayTerminate).toBe(yes.length > 0);
        expect(r.basis).toEqual([
          '14.1',
          ...IMMEDIATE_TERMINATION_GROUNDS.filter((g) => yes.includes(g.id)).map((g) => g.ref),
        ]);
      }),
    );
  });

  it('refuses a fact that is not a boolean and a key that is not a ground', () => {
    expectTermsError(() => immediateTerminationGrounds({ uncuredBreach: 1 as never }), 'uncuredBreach');
    expectTermsError(
      () => immediateTerminationGrounds({ bankrupt: true } as never),
      'input',
      'INVALID_INPUT',
      /bankrupt/,
    );
  });
});

describe('第14条2項: termination by the company’s notice', () => {
  it('a notice by the end of the month before ends the contract at the end of the requested month', () => {
    // Notice 2027-04-15 for 2027-06-10: April is before June → the end of June.
    expect(companyTermination({ noticeGivenOn: '2027-04-15', requestedDate: '2027-06-10' })).toEqual({
      terminationDate: '2027-06-30',
      defaulted: false,
      deemed: false,
      basis: ['14.2'],
    });
  });

  it('no one-month rule: a notice sent on the last day of a month may end the contract at the end of the next month', () => {
    // Notice 2027-04-30 (effective when sent, I-03) for 2027-05-01: given by the end of April → 2027-05-31.
    expect(companyTermination({ noticeGivenOn: '2027-04-30', requestedDate: '2027-05-01' }).terminationDate).toBe(
      '2027-05-31',
    );
  });

  it('with no requested date, the end of the month after the notice (the earliest the terms allow)', () => {
    expect(companyTermination({ noticeGivenOn: '2027-04-15' })).toEqual({
      terminationDate: '2027-05-31',
      defaulted: true,
      deemed: false,
      basis: ['14.2'],
    });
    expect(companyTermination({ noticeGivenOn: '2027-12-15', requestedDate: null }).terminationDate).toBe('2028-01-31');
  });

  it('February in leap and common years', () => {
    expect(companyTermination({ noticeGivenOn: '2028-01-31' }).terminationDate).toBe('2028-02-29');
    expect(companyTermination({ noticeGivenOn: '2027-01-31' }).terminationDate).toBe('2027-02-28');
    expect(companyTermination({ noticeGivenOn: '2027-01-31', requestedDate: '2027-02-01' }).terminationDate).toBe(
      '2027-02-28',
    );
  });

  it('a notice too late for the month it names ends the contract at the end of the next month, deemed (I-16)', () => {
    // Notice 2027-04-15 for 2027-04-30: not by the end of March, so not for April; the first
    // month it is in time for is May (notice by the end of April) → 2027-05-31.
    expect(companyTermination({ noticeGivenOn: '2027-04-15', requestedDate: '2027-04-30' })).toEqual({
      terminationDate: '2027-05-31',
      defaulted: false,
      deemed: true,
      basis: ['14.2'],
    });
    // Sent on the last day of April for that day: still the end of May.
    expect(companyTermination({ noticeGivenOn: '2027-04-30', requestedDate: '2027-04-30' }).terminationDate).toBe(
      '2027-05-31',
    );
  });

  it("under lateCompanyNotice 'refuse' a requested date in the month of the notice is not allowed by the terms", () => {
    const refuse = { lateCompanyNotice: 'refuse' } as const;
    expectTermsError(
      () => companyTermination({ noticeGivenOn: '2027-04-15', requestedDate: '2027-04-30' }, refuse),
      'requestedDate',
      'NOT_ALLOWED_BY_TERMS',
      /2027-05/,
    );
    expectTermsError(
      () => companyTermination({ noticeGivenOn: '2027-04-30', requestedDate: '2027-04-30' }, refuse),
      'requestedDate',
      'NOT_ALLOWED_BY_TERMS',
    );
  });

  it('a requested date before the notice is bad input, as in 第13条', () => {
    expectTermsError(
      () => companyTermination({ noticeGivenOn: '2027-04-15', requestedDate: '2027-03-31' }),
      'requestedDate',
      'INVALID_INPUT',
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => companyTermination({ noticeGivenOn: '2027-04-31' }), 'noticeGivenOn');
    expectTermsError(() => companyTermination({ noticeGivenOn: 20270415 as never }), 'noticeGivenOn');
  });

  it('a termination date is always a month end, after the notice’s month, and never before the requested date', () => {
    fc.assert(
      fc.property(
        calendarDate(1990, 2100),
        fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
        (notice, gap) => {
          const requested = gap === undefined ? undefined : notice.addDays(gap);
          const allowed =
            requested === undefined || (requested.year - notice.year) * 12 + (requested.month - notice.month) >= 1;
          if (!allowed) {
            expectTermsError(
              () =>
                companyTermination(
                  { noticeGivenOn: notice, requestedDate: requested },
                  { lateCompanyNotice: 'refuse' },
                ),
              'requestedDate',
              'NOT_ALLOWED_BY_TERMS',
            );
          }
          const r = companyTermination({ noticeGivenOn: notice, requestedDate: requested });
          const t = d(r.terminationDate);
          expect(t.isEndOfMonth()).toBe(true);
          expect((t.year - notice.year) * 12 + (t.month - notice.month)).toBeGreaterThanOrEqual(1);
          if (requested) expect(t.isOnOrAfter(requested)).toBe(true);
          expect(r.defaulted).toBe(requested === undefined);
          // I-16: a late notice ends it at the end of the month after the notice, and only then.
          expect(r.deemed).toBe(!allowed);
          if (!allowed) expect((t.year - notice.year) * 12 + (t.month - notice.month)).toBe(1);
        },
      ),
    );
  });

  it('the trusted core gives the same answer', () => {
    expect(companyTerminationOf(d('2027-04-15'), undefined).terminationDate.toString()).toBe('2027-05-31');
    expect(companyTerminationOf(d('2027-04-15'), d('2027-09-01')).terminationDate.toString()).toBe('2027-09-30');
  });
});

describe('第14条3項・4項: what falls due at once, and no liability', () => {
  it('unpaid fees and late-payment interest fall due when the company terminates', () => {
    expect(unpaidAmountsOnCompanyTermination({ terminationDeclaredOn: '2027-04-30' })).toEqual({
      dueOn: '2027-04-30',
      includes: ['fees', 'late-payment-interest'],
      basis: ['14.3'],
    });
    expectTermsError(
      () => unpaidAmountsOnCompanyTermination({ terminationDeclaredOn: 'today' }),
      'terminationDeclaredOn',
    );
  });

  it('the company is never liable for a termination it makes', () => {
    expect(companyTerminationLiability()).toEqual({ companyLiable: false, basis: ['14.4'] });
  });
});

describe('ARTICLE_14', () => {
  it('names the article, its paragraphs and items', () => {
    expect(ARTICLE_14.title).toBe('当社からの利用契約の解約');
    expect(ARTICLE_14.provisions).toEqual([
      '14',
      '14.1',
      '14.1.1',
      '14.1.2',
      '14.1.3',
      '14.1.4',
      '14.1.5',
      '14.1.6',
      '14.1.7',
      '14.1.8',
      '14.1.9',
      '14.1.10',
      '14.2',
      '14.3',
      '14.4',
    ]);
  });
});

describe('第14条2項 at the edge of the supported years (issue 11)', () => {
  it('a termination after 2199 is out of range, naming noticeGivenOn', () => {
    // Notice on 2199-12-05: the earliest termination is the end of 2200-01.
    expectTermsError(() => companyTermination({ noticeGivenOn: '2199-12-05' }), 'noticeGivenOn', 'DATE_OUT_OF_RANGE');
  });
});
