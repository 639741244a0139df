/**
 * 第16条（契約終了時のデータ、ソフトウェア等の扱い）
 *
 * 「当社は、利用契約が終了した場合、当社所定の手続・方法により、契約者に通知することなく、当社が保有する契約者の
 * データ、ソフトウェア等のすべての電磁的記録を削除します。これによる契約者の損失、損害に対して当社は一切の責任を
 * 負わないものとします。」
 *
 * I-01: the contract runs to the end of its termination date; what comes "after the contract ends" starts at 0:00
 * of the next day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_16, CalendarDate, dataDeletionOnTermination } from '../../src/index.js';
import { isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';

const d = (s: string) => CalendarDate.parse(s);

describe('第16条: the customer’s data may be deleted once the contract has ended, without notice', () => {
  it('a contract ending 2027-06-30: data may be deleted from 2027-07-01, with no notice and no liability', () => {
    expect(dataDeletionOnTermination({ terminationDate: '2027-06-30' })).toEqual({
      deletableFrom: '2027-07-01',
      notifyCustomer: false,
      companyLiable: false,
      basis: ['16'],
    });
  });

  it('across a year end and through February in leap and common years', () => {
    expect(dataDeletionOnTermination({ terminationDate: '2027-12-31' }).deletableFrom).toBe('2028-01-01');
    expect(dataDeletionOnTermination({ terminationDate: '2028-02-28' }).deletableFrom).toBe('2028-02-29');
    expect(dataDeletionOnTermination({ terminationDate: '2027-02-28' }).deletableFrom).toBe('2027-03-01');
  });

  it('deletion never starts on or before the last day of the contract, and starts the very next day', () => {
    fc.assert(
      fc.property(isoDate(), (terminationDate) => {
        const r = dataDeletionOnTermination({ terminationDate });
        expect(CalendarDate.daysBetween(d(terminationDate), d(r.deletableFrom))).toBe(1);
        expect(r.notifyCustomer).toBe(false);
      }),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => dataDeletionOnTermination({ terminationDate: '2027-06-31' }), 'terminationDate');
    expectTermsError(
      () => dataDeletionOnTermination({ terminationDate: new Date(2027, 5, 30) as never }),
      'terminationDate',
    );
  });

  it('the last supported day has no next day: out of range, naming terminationDate', () => {
    expectTermsError(
      () => dataDeletionOnTermination({ terminationDate: '2199-12-31' }),
      'terminationDate',
      'DATE_OUT_OF_RANGE',
    );
  });
});

describe('ARTICLE_16', () => {
  it('is a single paragraph, cited as 16', () => {
    expect(ARTICLE_16).toEqual({
      number: 16,
      title: '契約終了時のデータ、ソフトウェア等の扱い',
      provisions: ['16'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
