/**
 * 第21条（バックアップ）
 *
 * 「契約者は、本サービスにおいて保存、伝送等するデータ等については、自らの責任でバックアップを行うものとし、利用契約に
 * 基づき当社がデータ等のバックアップに関するオプションサービスを提供する場合を除き、当社はかかるデータ等の保存、
 * バックアップ等に関して、一切の責任を負わないものとします。」
 * サービス仕様書 第2: 「・バックアップ（ただし、当社は電磁的記録の保全を保証するものではありません。）」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_21, backupResponsibility } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('第21条: backup is the customer’s responsibility', () => {
  it('without the backup option the company bears no responsibility for the data', () => {
    expect(backupResponsibility({ backupOptionContracted: false })).toEqual({
      customerMustBackUp: true,
      companyExempt: true,
      preservationGuaranteed: false,
      basis: ['21'],
    });
  });

  it('with the backup option 第21条 no longer exempts the company — but preservation is still not guaranteed (spec.2)', () => {
    expect(backupResponsibility({ backupOptionContracted: true })).toEqual({
      customerMustBackUp: true,
      companyExempt: false,
      preservationGuaranteed: false,
      basis: ['21', 'spec.2'],
    });
  });

  it('refuses a missing fact', () => {
    expectTermsError(() => backupResponsibility({} as never), 'backupOptionContracted');
  });
});

describe('ARTICLE_21', () => {
  it('is a single-paragraph article', () => {
    expect(ARTICLE_21).toEqual({
      number: 21,
      title: 'バックアップ',
      provisions: ['21'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
