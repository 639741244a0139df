/**
 * 第3条（通知）
 *
 * 「1 当社から契約者への通知は、利用契約等に特段の定めのない限り、通知内容を利用申込書（第9条1項に定義する
 * もの。）に契約者の連絡先として記載された電子メールアドレス又は第10条1項に基づき通知を受けた電子メール
 * アドレス宛に電子メールを送信する方法により行います。ただし、電子メールが到達しない場合その他の理由により
 * 当社が相当と判断する場合は、当社のホームページへ掲載する方法又は書面を契約者の連絡先に送付（ファックス
 * による場合を含みます。）する方法による場合があります。」
 * 「2 前項の規定に基づき、当社から契約者への通知を電子メールの送信又は当社のホームページへの掲載の方法により
 * 行う場合には、契約者に対する当該通知は、それぞれ電子メールの送信又はホームページへの掲載がなされた時点から
 * 効力を生じるものとします。」
 * 「3 本約款に基づく契約者から当社への書面による通知は、電子メール及びファックスによる場合を含むものとします。
 * ただし、当該手続につき当社が通知方法を別途定めている場合及び利用契約等に別段の定めがある場合は、それに
 * よるものとします。」
 *
 * I-03: company e-mail / website → effective when sent / posted; customer writing (letter, e-mail, fax) →
 * on arrival (民法97条1項), the JST date of arrival. Company letter / fax: 3.2 is silent → arrival (民法97条).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_3,
  COMPANY_NOTICE_METHODS,
  CUSTOMER_NOTICE_METHODS,
  Instant,
  noticeEffective,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('第3条1項・3項: the methods', () => {
  it('the company notifies by e-mail, or by website, letter or fax (3.1)', () => {
    expect(COMPANY_NOTICE_METHODS).toEqual(['email', 'website', 'letter', 'fax']);
  });

  it('the customer’s writing includes e-mail and fax (3.3), but not the website', () => {
    expect(CUSTOMER_NOTICE_METHODS).toEqual(['letter', 'email', 'fax']);
    expectTermsError(
      () => noticeEffective({ sender: 'customer', method: 'website', arrivedAt: '2027-04-01T10:00:00+09:00' } as never),
      'method',
    );
  });
});

describe('第3条2項: the company’s e-mail and website notices take effect when sent or posted', () => {
  it('an e-mail sent at 23:50 JST on 31 March is effective then, on 31 March', () => {
    expect(noticeEffective({ sender: 'company', method: 'email', sentAt: '2027-03-31T23:50:00+09:00' })).toEqual({
      rule: 'on-sending',
      effectiveAt: '2027-03-31T23:50:00+09:00',
      effectiveOn: '2027-03-31',
      basis: ['3.1', '3.2'],
    });
  });

  it('a website posting is effective when posted, whenever the customer reads it', () => {
    const r = noticeEffective({
      sender: 'company',
      method: 'website',
      sentAt: '2027-06-30T15:00:00Z',
      arrivedAt: '2027-07-02T09:00:00+09:00',
    });
    // 15:00 UTC on 30 June is 00:00 JST on 1 July: the posting counts on 1 July, not on the later reading.
    expect(r).toEqual({
      rule: 'on-posting',
      effectiveAt: '2027-07-01T00:00:00+09:00',
      effectiveOn: '2027-07-01',
      basis: ['3.1', '3.2'],
    });
  });

  it('needs the instant of sending', () => {
    expectTermsError(
      () => noticeEffective({ sender: 'company', method: 'email', arrivedAt: '2027-04-01T10:00:00+09:00' }),
      'sentAt',
      'INVALID_INPUT',
      /when sent/,
    );
  });
});

describe('I-03: the customer’s notices, and the company’s letters and faxes, take effect on arrival (民法97条1項)', () => {
  it('a customer’s fax that arrives at 16:30 UTC on 31 March counts on 1 April (JST)', () => {
    expect(noticeEffective({ sender: 'customer', method: 'fax', arrivedAt: '2027-03-31T16:30:00Z' })).toEqual({
      rule: 'on-arrival',
      effectiveAt: '2027-04-01T01:30:00+09:00',
      effectiveOn: '2027-04-01',
      basis: ['3.3'],
    });
  });

  it('a customer’s e-mail sent on 31 March but arriving on 1 April counts on 1 April', () => {
    const r = noticeEffective({
      sender: 'customer',
      method: 'email',
      sentAt: '2027-03-31T23:59:00+09:00',
      arrivedAt: '2027-04-01T00:01:00+09:00',
    });
    expect(r.effectiveOn).toBe('2027-04-01');
  });

  it('a customer’s letter needs its arrival, not its sending', () => {
    expectTermsError(
      () => noticeEffective({ sender: 'customer', method: 'letter', sentAt: '2027-04-01T10:00:00+09:00' }),
      'arrivedAt',
    );
  });

  it('the company’s letter or fax, which 3.2 does not cover, also counts on arrival', () => {
    for (const method of ['letter', 'fax'] as const) {
      expect(
        noticeEffective({
          sender: 'company',
          method,
          sentAt: '2027-04-01T18:00:00+09:00',
          arrivedAt: '2027-04-02T11:00:00+09:00',
        }),
      ).toEqual({
        rule: 'on-arrival',
        effectiveAt: '2027-04-02T11:00:00+09:00',
        effectiveOn: '2027-04-02',
        basis: ['3.1'],
      });
    }
  });

  it('accepts a Date and an Instant as well as a string', () => {
    const at = new Date(Date.UTC(2027, 2, 31, 16, 30));
    expect(noticeEffective({ sender: 'customer', method: 'letter', arrivedAt: at }).effectiveOn).toBe('2027-04-01');
    expect(
      noticeEffective({ sender: 'customer', method: 'letter', arrivedAt: Instant.parse('2027-04-01T09:00:00+09:00') })
        .effectiveAt,
    ).toBe('2027-04-01T09:00:00+09:00');
  });

  it('the date that counts is always the JST date of the instant that counts', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2017-03-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const jst = new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
          expect(noticeEffective({ sender: 'customer', method: 'fax', arrivedAt: d }).effectiveOn).toBe(jst);
          expect(noticeEffective({ sender: 'company', method: 'email', sentAt: d }).effectiveOn).toBe(jst);
        },
      ),
    );
  });
});

describe('bad input', () => {
  it('refuses an arrival before the sending, an unknown sender or method, and instants without an offset', () => {
    expectTermsError(
      () =>
        noticeEffective({
          sender: 'customer',
          method: 'fax',
          sentAt: '2027-04-02T10:00:00+09:00',
          arrivedAt: '2027-04-01T10:00:00+09:00',
        }),
      'arrivedAt',
    );
    expectTermsError(() => noticeEffective({ sender: 'lawyer', method: 'fax' } as never), 'sender');
    expectTermsError(() => noticeEffective({ sender: 'company', method: 'carrier-pigeon' } as never), 'method');
    expectTermsError(
      () => noticeEffective({ sender: 'customer', method: 'fax', arrivedAt: '2027-04-01T10:00:00' }),
      'arrivedAt',
    );
    expectTermsError(() => noticeEffective(undefined as never), 'input');
  });
});

describe('ARTICLE_3', () => {
  it('names the article and its paragraphs', () => {
    expect(ARTICLE_3).toEqual({
      number: 3,
      title: '通知',
      provisions: ['3', '3.1', '3.2', '3.3'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
