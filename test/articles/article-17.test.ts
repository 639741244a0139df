/**
 * 第17条（本サービスの内容等）
 *
 * 「1 当社が一般的に提供する本サービスの種類及びその内容は別紙サービス仕様書に定めるとおりとし、契約者が具体的に
 * 利用できる本サービスの種類等は、利用契約にて定めるものとします。」
 * 「2 当社は、善良なる管理者の注意をもって本サービスを提供します。」
 * 「3 当社は、契約者から本サービスの遂行状況についての報告を求められた場合、すみやかに、合理的な範囲で報告を
 * 行います。但し、当社は、契約者から本サービスの提供に直接関与しないデータ等（アクセスログを含む。）を契約者に
 * 提供する義務を負いません。なお、アクセスログは当社社内規定に従い、または当社の判断により、随時削除します。」
 * 「4 契約者は以下の事項を了承の上、本サービスを利用するものとします。
 * (1) 第 30 条（免責）第 1 項各号に掲げる場合を含め、本サービスに当社に起因しない不具合が生じる場合があること
 * (2) 当社に起因しない本サービスの不具合については、当社は一切その責を免れること」
 *
 * I-14: 17.3 was added on 2019-06-01 and applies to existing contracts from that date.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_17,
  CUSTOMER_ACKNOWLEDGEMENTS,
  STANDARD_OF_CARE,
  faultResponsibility,
  reportOnRequest,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第17条2項: the duty of care', () => {
  it('is the care of a good manager (善良なる管理者の注意)', () => {
    expect(STANDARD_OF_CARE.ja).toBe('善良なる管理者の注意');
    expect(STANDARD_OF_CARE.ref).toBe('17.2');
    expectVerbatim([STANDARD_OF_CARE]);
  });
});

describe('第17条3項: reports on request, from 2019-06-01', () => {
  it('a request on 2019-06-01 is owed a prompt report within a reasonable scope', () => {
    expect(reportOnRequest({ requestedOn: '2019-06-01' })).toEqual({
      reportDuty: true,
      version: '2019-06-01',
      promptly: true,
      withinReasonableScope: true,
      mustProvideUnrelatedData: false,
      accessLogsMayBeDeleted: true,
      basis: ['17.3'],
    });
  });

  it('a request on 2019-05-31 is not: the version then in force has no 17.3', () => {
    expect(reportOnRequest({ requestedOn: '2019-05-31' })).toEqual({
      reportDuty: false,
      version: '2017-03-01',
      basis: ['4.1', 'history'],
    });
  });

  it('the revision reaches contracts formed before it: what counts is the day of the request', () => {
    expect(reportOnRequest({ requestedOn: '2027-04-01' }).reportDuty).toBe(true);
  });

  it('a request before the terms existed is TERMS_NOT_IN_FORCE, naming requestedOn', () => {
    expectTermsError(() => reportOnRequest({ requestedOn: '2017-02-28' }), 'requestedOn', 'TERMS_NOT_IN_FORCE');
  });

  it('refuses a bad date', () => {
    expectTermsError(() => reportOnRequest({ requestedOn: '2019/06/01' }), 'requestedOn');
  });
});

describe('第17条4項: faults not caused by the company', () => {
  it('lists the two things the customer accepts, word for word', () => {
    expect(CUSTOMER_ACKNOWLEDGEMENTS.map((a) => a.ref)).toEqual(['17.4.1', '17.4.2']);
    expectVerbatim(CUSTOMER_ACKNOWLEDGEMENTS);
  });

  it('a fault not caused by the company: the company is exempt', () => {
    expect(faultResponsibility({ causedByCompany: false })).toEqual({
      companyExempt: true,
      basis: ['17.4.1', '17.4.2'],
    });
  });

  it('a fault the company caused: 17.4 does not exempt it, 第29条 governs', () => {
    expect(faultResponsibility({ causedByCompany: true })).toEqual({ companyExempt: false, basis: ['17.4.2', '29'] });
  });

  it('refuses a fact that is not a boolean', () => {
    expectTermsError(() => faultResponsibility({ causedByCompany: 'no' } as never), 'causedByCompany');
  });
});

describe('ARTICLE_17', () => {
  it('names the article, exists in both versions, and its 3項 only in the second', () => {
    expect(ARTICLE_17).toEqual({
      number: 17,
      title: '本サービスの内容等',
      provisions: ['17', '17.1', '17.2', '17.3', '17.4', '17.4.1', '17.4.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
