/**
 * 第4条（変更）
 *
 * 「1 当社は、本約款を随時変更することがあります。なお、この場合には、契約者の利用条件その他利用契約の内容は、
 * 変更後の新たな約款を適用するものとします。」
 * 「2 当社は、前項の変更を行う場合には、変更後の約款を当社ホームページに掲載し、その旨を契約者に電子メールにて
 * 通知するものとします。」
 * 制定・改定日: 「2017 年 3 月 1 日 制定」「2019 年 6 月 1 日 一部改訂（第 17 条 3 項追記）」
 *
 * I-14: enacted 2017-03-01; revised 2019-06-01 (17.3 added); a revision applies to existing contracts from its
 * date; a date before 2017-03-01 has no terms.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ARTICLE_4,
  type ArticleNumber,
  CalendarDate,
  PROVISIONS,
  TERMS_CHANGE_ANNOUNCEMENT,
  articleInfo,
  provisionInForce,
  termsVersionOn,
} from '../../src/index.js';
import { isoDate } from '../support/arbitraries.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('termsVersionOn (第4条1項, 制定・改定日; I-14)', () => {
  it('the enactment applies from 2017-03-01', () => {
    expect(termsVersionOn({ date: '2017-03-01' })).toEqual({ version: '2017-03-01', basis: ['4.1', 'history'] });
  });

  it('the day before the revision is still the 2017 version; the revision day is the 2019 version', () => {
    expect(termsVersionOn({ date: '2019-05-31' }).version).toBe('2017-03-01');
    expect(termsVersionOn({ date: '2019-06-01' }).version).toBe('2019-06-01');
    expect(termsVersionOn({ date: '2027-04-01' }).version).toBe('2019-06-01');
  });

  it('there are no terms before 2017-03-01: TERMS_NOT_IN_FORCE, naming the date', () => {
    const e = expectTermsError(() => termsVersionOn({ date: '2017-02-28' }), 'date', 'TERMS_NOT_IN_FORCE');
    expect(e.message).toContain('2017-03-01');
    expectTermsError(() => termsVersionOn({ date: '1990-01-01' }), 'date', 'TERMS_NOT_IN_FORCE');
  });

  it('the version is the latest one that took effect on or before the date', () => {
    fc.assert(
      fc.property(isoDate(2017, 2199), (date) => {
        if (date < '2017-03-01') return;
        expect(termsVersionOn({ date }).version).toBe(date >= '2019-06-01' ? '2019-06-01' : '2017-03-01');
      }),
    );
  });

  it('types the version as the two dates of the terms (its public signature)', () => {
    expectTypeOf(termsVersionOn({ date: '2027-04-01' }).version).toEqualTypeOf<'2017-03-01' | '2019-06-01'>();
  });

  it('accepts a CalendarDate and refuses a date that is not one', () => {
    expect(termsVersionOn({ date: CalendarDate.parse('2019-06-01') }).version).toBe('2019-06-01');
    expectTermsError(() => termsVersionOn({ date: '2019-06-31' }), 'date');
    expectTermsError(() => termsVersionOn({} as never), 'date');
  });
});

describe('provisionInForce: 17.3 only from 2019-06-01, everything else from 2017-03-01', () => {
  it('17.3 is not in force on 2019-05-31 and is on 2019-06-01, for existing contracts too (4.1)', () => {
    expect(provisionInForce({ ref: '17.3', date: '2019-05-31' })).toEqual({
      inForce: false,
      version: '2017-03-01',
      basis: ['4.1', 'history'],
    });
    expect(provisionInForce({ ref: '17.3', date: '2019-06-01' })).toEqual({
      inForce: true,
      version: '2019-06-01',
      basis: ['4.1', 'history'],
    });
  });

  it('every other provision is in force in both versions', () => {
    for (const ref of PROVISIONS.filter((r) => r !== '17.3')) {
      expect(provisionInForce({ ref, date: '2017-03-01' }).inForce, ref).toBe(true);
      expect(provisionInForce({ ref, date: '2019-06-01' }).inForce, ref).toBe(true);
    }
  });

  it('refuses a ref that is not a provision, and a date before the terms', () => {
    expectTermsError(
      () => provisionInForce({ ref: '17.5' as never, date: '2020-01-01' }),
      'ref',
      'INVALID_INPUT',
      /dotted form/,
    );
    expectTermsError(() => provisionInForce({ ref: '17.3', date: '2016-12-31' }), 'date', 'TERMS_NOT_IN_FORCE');
  });
});

describe('第4条2項: a change is posted on the website and notified by e-mail', () => {
  it('says so', () => {
    expect(TERMS_CHANGE_ANNOUNCEMENT).toMatchObject({ publishOn: 'website', notifyBy: 'email', ref: '4.2' });
    expectVerbatim([TERMS_CHANGE_ANNOUNCEMENT]);
  });
});

describe('the versions in which each article exists', () => {
  it('the revision added a paragraph and removed nothing: every article exists in both versions', () => {
    for (let n = 1; n <= 30; n++)
      expect(articleInfo(n as ArticleNumber).versions, `第${n}条`).toEqual(['2017-03-01', '2019-06-01']);
    expect(articleInfo('spec').versions).toEqual(['2017-03-01', '2019-06-01']);
  });

  it('ARTICLE_4 names the article and its paragraphs', () => {
    expect(ARTICLE_4).toEqual({
      number: 4,
      title: '変更',
      provisions: ['4', '4.1', '4.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
