/**
 * 別紙 サービス仕様書
 *
 * 「第1 本サービスの内容
 * 1 当社は、契約者に対し、以下に定める業務を行います。
 * (1) 本件クラウド環境の構築作業 (2) 本件クラウド環境内のサーバーの保守
 * (3) クラウド環境内サーバーアプリケーションの設定変更、インストール代行 (4) 本件クラウド環境内サーバー利用における操作説明
 * 2 本件クラウド環境の構築作業 当社は、本件サーバーについて、契約者と設定内容を合意の上、構築作業を実施します。
 * 3 本件クラウド環境内のサーバーの保守 対応時間：24 時間 365 日
 * 当社監視サーバーによる死活監視、ポート監視、各種プロセス監視、URL 監視、他サービス監視、リソース監視付き
 * 4 クラウド環境内サーバーアプリケーションの設定変更、インストール代行
 * 対応時間：当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時
 * ※使用クラウドサービスの提供内容により対応できないものもあります。
 * 5 1(4)その他当社の契約者対応の提供時間は次のとおりとします。
 * 当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時
 * 6 各種連絡先 電話 03-6418-2205（営業時間内） FAX 03-6418-2206（24 時間受付、対応は翌営業日となります。）
 * E メールアドレス support@directorz.co.jp
 * 第2 オプションサービス ・バックアップ（ただし、当社は電磁的記録の保全を保証するものではありません。） …
 * ※使用クラウドサービスの提供内容により提供できないものもあります。」
 *
 * I-12: business days exclude weekends, national holidays and company holidays; 10:00 inclusive to 19:00 exclusive,
 * JST; monitoring runs 24/365; a fax is handled from the next opening.
 */
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SPEC,
  SPEC_APPLICATION_WORK_CAVEAT,
  SPEC_BUILD,
  SPEC_BUSINESS_HOURS,
  SPEC_CONTACT_CHANNELS,
  SPEC_MONITORING,
  SPEC_OPTION_CAVEAT,
  SPEC_OPTION_SERVICES,
  SPEC_SERVICES,
  serviceHours,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第1 1: the four services', () => {
  it('are four, cited spec.1.1.1 … spec.1.1.4, word for word, each with the paragraph that describes it', () => {
    expect(SPEC_SERVICES.map((s) => [s.id, s.ref, s.detail])).toEqual([
      ['build', 'spec.1.1.1', 'spec.1.2'],
      ['server-maintenance', 'spec.1.1.2', 'spec.1.3'],
      ['application-work', 'spec.1.1.3', 'spec.1.4'],
      ['operation-guidance', 'spec.1.1.4', 'spec.1.5'],
    ]);
    expectVerbatim(SPEC_SERVICES);
  });

  it('the build is done after agreeing the settings (第1 2)', () => {
    expectVerbatim([SPEC_BUILD]);
    expect(SPEC_BUILD.ja).toContain('設定内容を合意の上');
  });
});

describe('hours: 24/365 maintenance, business hours for the rest', () => {
  it('server maintenance runs around the clock (第1 3)', () => {
    expect(serviceHours({ service: 'server-maintenance' })).toEqual({
      hours: 'always',
      basis: ['spec.1.1.2', 'spec.1.3'],
    });
  });

  it('application work and operation guidance in business hours (第1 4, 5)', () => {
    expect(serviceHours({ service: 'application-work' })).toEqual({
      hours: 'business-hours',
      basis: ['spec.1.1.3', 'spec.1.4'],
    });
    expect(serviceHours({ service: 'operation-guidance' })).toEqual({
      hours: 'business-hours',
      basis: ['spec.1.1.4', 'spec.1.5'],
    });
  });

  it('the build has no hours in the specification', () => {
    expect(serviceHours({ service: 'build' })).toEqual({ hours: 'not-stated', basis: ['spec.1.1.1', 'spec.1.2'] });
  });

  it('refuses a service the specification does not list', () => {
    expectTermsError(() => serviceHours({ service: 'consulting' } as never), 'service');
  });

  it('monitoring watches six kinds of things, word for word', () => {
    expect(SPEC_MONITORING.hours).toBe('always');
    expect(SPEC_MONITORING.kinds.map((k) => k.id)).toEqual([
      'alive',
      'port',
      'process',
      'url',
      'other-services',
      'resources',
    ]);
    expectVerbatim(SPEC_MONITORING.kinds);
    expectVerbatim([SPEC_MONITORING]);
  });

  it('business hours are 10:00 to 19:00 JST on weekdays that are not national or company holidays (I-12)', () => {
    expect(SPEC_BUSINESS_HOURS).toMatchObject({
      opensAtHour: 10,
      closesAtHour: 19,
      timeZone: 'Asia/Tokyo',
      excludedDays: ['saturday', 'sunday', 'national-holiday', 'company-holiday'],
    });
    expectVerbatim([SPEC_BUSINESS_HOURS, { ref: 'spec.1.4', ja: SPEC_BUSINESS_HOURS.ja }]);
  });

  it('application work carries the caveat that some work cannot be done on some clouds', () => {
    expectVerbatim([SPEC_APPLICATION_WORK_CAVEAT]);
  });
});

describe('第1 6: the contact channels', () => {
  it('phone in business hours; fax received at any hour and handled from the next opening; e-mail', () => {
    expect(SPEC_CONTACT_CHANNELS.map((c) => [c.id, c.address, c.accepts, c.handled])).toEqual([
      ['phone', '03-6418-2205', 'business-hours', 'business-hours'],
      ['fax', '03-6418-2206', 'always', 'next-business-day'],
      ['email', 'support@directorz.co.jp', 'always', 'business-hours'],
    ]);
    expectVerbatim(SPEC_CONTACT_CHANNELS);
  });
});

describe('第2: the option services', () => {
  it('are six, word for word', () => {
    expect(SPEC_OPTION_SERVICES.map((o) => o.id)).toEqual([
      'backup',
      'domain-and-ssl',
      'additional-ip',
      'dedicated-firewall',
      'security-software',
      'paid-os',
    ]);
    expectVerbatim(SPEC_OPTION_SERVICES);
  });

  it('backup does not guarantee preservation, security software does not guarantee the absence of unauthorised access', () => {
    expect(SPEC_OPTION_SERVICES.filter((o) => o.disclaims !== 'nothing').map((o) => [o.id, o.disclaims])).toEqual([
      ['backup', 'preservation-of-records'],
      ['security-software', 'absence-of-unauthorised-access'],
    ]);
  });

  it('some options cannot be provided on some clouds', () => {
    expectVerbatim([SPEC_OPTION_CAVEAT]);
  });
});

describe('ARTICLE_SPEC', () => {
  it('names the specification and its parts', () => {
    expect(ARTICLE_SPEC).toEqual({
      number: 'spec',
      title: 'サービス仕様書',
      provisions: [
        'spec',
        'spec.1',
        'spec.1.1',
        'spec.1.1.1',
        'spec.1.1.2',
        'spec.1.1.3',
        'spec.1.1.4',
        'spec.1.2',
        'spec.1.3',
        'spec.1.4',
        'spec.1.5',
        'spec.1.6',
        'spec.2',
      ],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
