/**
 * 第10条（変更通知）
 *
 * 「1 契約者は、その商号若しくは名称、本店所在地若しくは住所、連絡先その他利用申込書の契約者に
 * かかわる事項に変更があるときは、変更予定日の7日前までに当社に書面により通知するものとしします。
 * なお、当社所定の書式等がある場合はそれによるものとしします。」
 * 「2 当社は、契約者が前項に従った通知を怠ったこと又は前項の通知が到達しなかったことにより契約者が
 * 当社からの通知の不到達その他の事由により損害を被った場合であっても、一切責任を負わないものとしします。」
 *
 * I-02: 「7日前までに」 leaves seven clear days by default (civil-code); naive subtracts 7 days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_10, CalendarDate, changeNoticeFailureLiability, changeNotificationDeadline } from '../../src/index.js';
import { isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

describe('第10条1項: notice of a change 7 days before it', () => {
  it('a change on 2027-04-10 must be notified by 2027-04-02 (the interpretation register’s example)', () => {
    // Seven clear days 2027-04-03 … 2027-04-09 lie between the notice and the change.
    expect(changeNotificationDeadline({ changeDate: '2027-04-10' })).toEqual({
      deadline: '2027-04-02',
      basis: ['10.1'],
    });
  });

  it('with naive counting it is the change date minus 7 days: 2027-04-03', () => {
    expect(changeNotificationDeadline({ changeDate: '2027-04-10' }, { deadlineCounting: 'naive' }).deadline).toBe(
      '2027-04-03',
    );
  });

  it('crosses a month end: a change on 2027-05-03 → 2027-04-25 (naive 2027-04-26)', () => {
    // Clear days 04-26 … 05-02: 5 in April + 2 in May = 7.
    expect(changeNotificationDeadline({ changeDate: '2027-05-03' }).deadline).toBe('2027-04-25');
    expect(changeNotificationDeadline({ changeDate: '2027-05-03' }, { deadlineCounting: 'naive' }).deadline).toBe(
      '2027-04-26',
    );
  });

  it('counts 29 February in a leap year: a change on 2028-03-05 → 2028-02-26', () => {
    // Clear days 02-27, 02-28, 02-29, 03-01 … 03-04 = 3 + 4 = 7.
    expect(changeNotificationDeadline({ changeDate: '2028-03-05' }).deadline).toBe('2028-02-26');
    // In 2027 February has 28 days: clear days 02-26 … 03-04 → deadline 2027-02-25.
    expect(changeNotificationDeadline({ changeDate: '2027-03-05' }).deadline).toBe('2027-02-25');
  });

  it('crosses a year end: a change on 2028-01-03 → 2027-12-26', () => {
    // Clear days 12-27 … 12-31 (5) and 01-01, 01-02 (2).
    expect(changeNotificationDeadline({ changeDate: '2028-01-03' }).deadline).toBe('2027-12-26');
  });

  it('accepts a CalendarDate as well as a string', () => {
    expect(changeNotificationDeadline({ changeDate: CalendarDate.parse('2027-04-10') }).deadline).toBe('2027-04-02');
  });

  it('a deadline is never after its event and leaves exactly 7 clear days (civil-code)', () => {
    fc.assert(
      fc.property(isoDate(), (changeDate) => {
        const { deadline } = changeNotificationDeadline({ changeDate });
        const days = CalendarDate.daysBetween(CalendarDate.parse(deadline), CalendarDate.parse(changeDate));
        expect(days - 1).toBe(7);
      }),
    );
  });

  it('naive counting is always one day later than civil-code counting', () => {
    fc.assert(
      fc.property(isoDate(), (changeDate) => {
        const civil = CalendarDate.parse(changeNotificationDeadline({ changeDate }).deadline);
        const naive = CalendarDate.parse(
          changeNotificationDeadline({ changeDate }, { deadlineCounting: 'naive' }).deadline,
        );
        expect(CalendarDate.daysBetween(civil, naive)).toBe(1);
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => changeNotificationDeadline({ changeDate: '2027-02-30' }), 'changeDate');
    expectTermsError(() => changeNotificationDeadline({} as never), 'changeDate');
    expectTermsError(() => changeNotificationDeadline(null as never), 'input');
    expectTermsError(
      () => changeNotificationDeadline({ changeDate: '2027-04-10' }, { deadlineCounting: 'lenient' as never }),
      'options.deadlineCounting',
    );
  });
});

describe('第10条2項: no liability for a missed or undelivered change notice', () => {
  it('the company is never liable', () => {
    expect(changeNoticeFailureLiability()).toEqual({ companyLiable: false, basis: ['10.2'] });
  });
});

describe('ARTICLE_10', () => {
  it('names the article, its paragraphs and its versions', () => {
    expect(ARTICLE_10).toEqual({
      number: 10,
      title: '変更通知',
      provisions: ['10', '10.1', '10.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第10条1項 at the edge of the supported years (issue 11)', () => {
  it('a deadline before 1900 is out of range, naming changeDate', () => {
    // Seven clear days before 1900-01-05 leave the deadline on 1899-12-28.
    expectTermsError(() => changeNotificationDeadline({ changeDate: '1900-01-05' }), 'changeDate', 'DATE_OUT_OF_RANGE');
  });
});
