/**
 * 第27条（秘密保持）
 *
 * 「1 契約者及び当社は、本サービスの遂行その他利用契約に関連して知り得た相手方の情報のうち、相手方が書面により秘密である
 * 旨指定して開示した情報、又は口頭により秘密である旨を示して開示した情報で開示後3日以内に書面により内容を特定した情報
 * （以下あわせて「秘密情報」という。）を第三者に漏えいしてはならないものとします。ただし、次の各号のいずれかに該当する
 * 情報については、この限りではありません。
 * (1) 秘密保持義務を負うことなく既に保有している情報
 * (2) 秘密保持義務を負うことなく第三者から正当に入手した情報
 * (3) 相手方から提供を受けた情報に関係なく、独自に開発した情報
 * (4) 本契約に違反することなく、かつ、相手方からの受領の前後を問わず公知となった情報」
 * 「2 法令により開示が義務づけられた情報を必要最小限度において開示を行う場合は、前項の規定は適用されないものとします。
 * ただし、当該開示前に（ただし、事前の通知が法令に反する等により不可能な場合に限り、開示後すみやかに）相手方に通知し、
 * 開示につき可能な限り相手方の指示に従うものとします。」
 * 「3 本条の規定は、利用契約終了後も1年間有効に存続するものとします。」
 *
 * I-01: "3日以内" counts from the day after the disclosure (disclosed 2027-04-01 → in writing by 2027-04-04);
 * "利用契約終了後も1年間" starts at 0:00 of the day after the termination date (2027-03-31 → 2028-03-31).
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ARTICLE_27,
  CONFIDENTIALITY_EXCLUSIONS,
  CalendarDate,
  confidentialityInForce,
  confidentialitySurvivesUntil,
  isConfidential,
  legallyRequiredDisclosure,
} from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第27条1項: what is confidential', () => {
  it('information designated secret in writing is confidential', () => {
    expect(isConfidential({ designation: 'written', disclosedOn: '2027-04-01' })).toEqual({
      confidential: true,
      basis: ['27.1'],
    });
  });

  it('oral designation: disclosed 2027-04-01, specified in writing on 2027-04-04 — in time', () => {
    // 3 days from the day after: 04-02, 04-03, 04-04.
    expect(
      isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-04-04' }),
    ).toEqual({
      confidential: true,
      writtenSpecificationDeadline: '2027-04-04',
      basis: ['27.1'],
    });
  });

  it('oral designation: specified in writing on 2027-04-05 — too late, not confidential', () => {
    expect(
      isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-04-05' })
        .confidential,
    ).toBe(false);
  });

  it('oral designation specified the same day is in time; never specified is not confidential', () => {
    expect(
      isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-04-01' })
        .confidential,
    ).toBe(true);
    expect(isConfidential({ designation: 'oral', disclosedOn: '2027-04-01' })).toEqual({
      confidential: false,
      writtenSpecificationDeadline: '2027-04-04',
      basis: ['27.1'],
    });
  });

  it('the three days run across a month and a leap day: disclosed 2028-02-27 → by 2028-03-01', () => {
    // 02-28, 02-29, 03-01.
    expect(isConfidential({ designation: 'oral', disclosedOn: '2028-02-27' }).writtenSpecificationDeadline).toBe(
      '2028-03-01',
    );
    // 2027 has no 02-29: 02-28, 03-01, 03-02.
    expect(isConfidential({ designation: 'oral', disclosedOn: '2027-02-27' }).writtenSpecificationDeadline).toBe(
      '2027-03-02',
    );
  });

  it('the deadline is always the disclosure date plus three days', () => {
    fc.assert(
      fc.property(calendarDate(2017, 2190), (d) => {
        const r = isConfidential({ designation: 'oral', disclosedOn: d, writtenSpecificationOn: d.addDays(3) });
        expect(r.writtenSpecificationDeadline).toBe(d.addDays(3).toString());
        expect(r.confidential).toBe(true);
        expect(
          isConfidential({ designation: 'oral', disclosedOn: d, writtenSpecificationOn: d.addDays(4) }).confidential,
        ).toBe(false);
      }),
    );
  });

  it('lists the four exclusions word for word', () => {
    expect(CONFIDENTIALITY_EXCLUSIONS.map((x) => [x.id, x.ref])).toEqual([
      ['already-held', '27.1.1'],
      ['obtained-from-third-party', '27.1.2'],
      ['independently-developed', '27.1.3'],
      ['public', '27.1.4'],
    ]);
    expectVerbatim(CONFIDENTIALITY_EXCLUSIONS);
  });

  it('any exclusion makes designated information not confidential, citing its item', () => {
    for (const { id, ref } of CONFIDENTIALITY_EXCLUSIONS) {
      expect(isConfidential({ designation: 'written', disclosedOn: '2027-04-01', exclusions: [id] })).toEqual({
        confidential: false,
        basis: ['27.1', ref],
      });
    }
    const r = isConfidential({
      designation: 'oral',
      disclosedOn: '2027-04-01',
      writtenSpecificationOn: '2027-04-02',
      exclusions: ['public', 'already-held'],
    });
    expect(r.confidential).toBe(false);
    expect(r.basis).toEqual(['27.1', '27.1.1', '27.1.4']);
  });

  it('has its fixed public signature', () => {
    expectTypeOf(isConfidential).parameter(0).toHaveProperty('designation').toEqualTypeOf<'written' | 'oral'>();
    expectTypeOf(
      isConfidential({ designation: 'written', disclosedOn: '2027-04-01' }).confidential,
    ).toEqualTypeOf<boolean>();
    expectTypeOf(confidentialitySurvivesUntil({ terminationDate: '2027-03-31' }).until).toEqualTypeOf<string>();
  });

  it('refuses a written specification before the disclosure, and unknown designations or exclusions', () => {
    expectTermsError(
      () => isConfidential({ designation: 'oral', disclosedOn: '2027-04-01', writtenSpecificationOn: '2027-03-31' }),
      'writtenSpecificationOn',
    );
    expectTermsError(() => isConfidential({ designation: 'email', disclosedOn: '2027-04-01' } as never), 'designation');
    expectTermsError(
      () => isConfidential({ designation: 'written', disclosedOn: '2027-04-01', exclusions: ['trivial'] } as never),
      'exclusions.0',
    );
    expectTermsError(() => isConfidential({ designation: 'written' } as never), 'disclosedOn');
  });
});

describe('第27条2項: disclosure required by law', () => {
  it('within the minimum: permitted, with notice before it', () => {
    expect(legallyRequiredDisclosure({ requiredByLaw: true, withinMinimum: true, priorNoticePossible: true })).toEqual({
      permitted: true,
      notify: 'before-disclosure',
      followInstructions: 'as-far-as-possible',
      basis: ['27.2'],
    });
  });

  it('where prior notice is impossible (forbidden by law): promptly after', () => {
    const r = legallyRequiredDisclosure({ requiredByLaw: true, withinMinimum: true, priorNoticePossible: false });
    expect(r.permitted && r.notify).toBe('promptly-after-disclosure');
  });

  it('beyond the minimum, or not required by law: 27.1 forbids it', () => {
    expect(legallyRequiredDisclosure({ requiredByLaw: true, withinMinimum: false, priorNoticePossible: true })).toEqual(
      {
        permitted: false,
        basis: ['27.1', '27.2'],
      },
    );
    expect(
      legallyRequiredDisclosure({ requiredByLaw: false, withinMinimum: true, priorNoticePossible: true }).permitted,
    ).toBe(false);
  });
});

describe('第27条3項: one year after the contract ends (I-01)', () => {
  it('terminated 2027-03-31: binds until 2028-03-31', () => {
    // The year starts 2027-04-01 at 0:00 and ends the day before 2028-04-01.
    expect(confidentialitySurvivesUntil({ terminationDate: '2027-03-31' })).toEqual({
      until: '2028-03-31',
      basis: ['27.3'],
    });
  });

  it('a year starting on 29 February ends on 28 February: terminated 2028-02-28 → 2029-02-28', () => {
    expect(confidentialitySurvivesUntil({ terminationDate: '2028-02-28' }).until).toBe('2029-02-28');
    // Starts 2028-03-01 → ends 2029-02-28; starts 2027-03-01 → ends 2028-02-29.
    expect(confidentialitySurvivesUntil({ terminationDate: '2028-02-29' }).until).toBe('2029-02-28');
    expect(confidentialitySurvivesUntil({ terminationDate: '2027-02-28' }).until).toBe('2028-02-29');
  });

  it('mid-month: terminated 2027-06-15 → 2028-06-15', () => {
    // Starts 2027-06-16; the day before 2028-06-16.
    expect(confidentialitySurvivesUntil({ terminationDate: '2027-06-15' }).until).toBe('2028-06-15');
  });

  it('in force on its last day, not the day after', () => {
    expect(confidentialityInForce({ terminationDate: '2027-03-31', on: '2028-03-31' })).toEqual({
      inForce: true,
      until: '2028-03-31',
      basis: ['27.3'],
    });
    expect(confidentialityInForce({ terminationDate: '2027-03-31', on: '2028-04-01' }).inForce).toBe(false);
    expect(confidentialityInForce({ terminationDate: '2027-03-31', on: '2026-01-01' }).inForce).toBe(true);
  });

  it('always ends 365 or 366 days after the termination date, and in the following year', () => {
    fc.assert(
      fc.property(calendarDate(2017, 2190), (t) => {
        const until = CalendarDate.parse(confidentialitySurvivesUntil({ terminationDate: t }).until);
        expect([365, 366]).toContain(CalendarDate.daysBetween(t, until));
        expect(until.year).toBe(t.year + 1);
      }),
    );
  });

  it('refuses a bad date', () => {
    expectTermsError(() => confidentialitySurvivesUntil({ terminationDate: '2027-13-01' }), 'terminationDate');
    expectTermsError(() => confidentialityInForce({ terminationDate: '2027-03-31' } as never), 'on');
  });
});

describe('ARTICLE_27', () => {
  it('has three paragraphs and four items', () => {
    expect(ARTICLE_27.provisions).toEqual(['27', '27.1', '27.1.1', '27.1.2', '27.1.3', '27.1.4', '27.2', '27.3']);
  });
});

describe('第27条 at the edge of the supported years (issue 11)', () => {
  it('an oral disclosure whose confirmation deadline passes 2199 is out of range, naming disclosedOn', () => {
    expectTermsError(
      () => isConfidential({ designation: 'oral', disclosedOn: '2199-12-31' }),
      'disclosedOn',
      'DATE_OUT_OF_RANGE',
    );
  });

  it('survival past 2199 is out of range, naming terminationDate', () => {
    // 第27条3項: one year from the day after 2199-06-01 ends in 2200.
    expectTermsError(
      () => confidentialitySurvivesUntil({ terminationDate: '2199-06-01' }),
      'terminationDate',
      'DATE_OUT_OF_RANGE',
    );
    expectTermsError(
      () => confidentialityInForce({ terminationDate: '2199-06-01', on: '2199-07-01' }),
      'terminationDate',
      'DATE_OUT_OF_RANGE',
    );
  });
});
