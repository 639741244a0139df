/**
 * 別紙 サービス仕様書 — the services, their hours, the contact channels and the options, as data.
 *
 * > 第1 本サービスの内容
 * > 1 当社は、契約者に対し、以下に定める業務を行います。(1) … (4)
 * > 2 本件クラウド環境の構築作業 …
 * > 3 本件クラウド環境内のサーバーの保守 対応時間：24 時間 365 日 …
 * > 4 クラウド環境内サーバーアプリケーションの設定変更、インストール代行 対応時間：当社営業日 … 午前 10 時から午後 7 時 …
 * > 5 1(4)その他当社の契約者対応の提供時間は次のとおりとします。…
 * > 6 各種連絡先 …
 * > 第2 オプションサービス …
 *
 * Whether support is open at an instant is computed by the calendar layer
 * (`isSupportOpen`, `nextSupportOpening`, I-12) from {@link SPEC_BUSINESS_HOURS}'s
 * rule; this module holds the specification's data.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, provisionPhrase, type IdOf } from './provision-list.js';

/** The service specification — its provisions and the versions of the terms it exists in. */
export const ARTICLE_SPEC = articleInfo('spec');

/** When a service is handled: around the clock, in business hours, or not stated by the specification. */
export type ServiceHours = 'always' | 'business-hours' | 'not-stated';

/** 第1 1 (1)–(4): the four services, each with the paragraph that describes it and its hours. */
export const SPEC_SERVICES = provisionList([
  {
    id: 'build',
    ref: 'spec.1.1.1',
    ja: '本件クラウド環境の構築作業',
    en: 'Building the cloud environment: the servers are set up as agreed with the customer.',
    detail: 'spec.1.2',
    hours: 'not-stated',
  },
  {
    id: 'server-maintenance',
    ref: 'spec.1.1.2',
    ja: '本件クラウド環境内のサーバーの保守',
    en: 'Maintaining the servers in the cloud environment, with monitoring around the clock.',
    detail: 'spec.1.3',
    hours: 'always',
  },
  {
    id: 'application-work',
    ref: 'spec.1.1.3',
    ja: 'クラウド環境内サーバーアプリケーションの設定変更、インストール代行',
    en: 'Changing the settings of, and installing, server applications in the cloud environment.',
    detail: 'spec.1.4',
    hours: 'business-hours',
  },
  {
    id: 'operation-guidance',
    ref: 'spec.1.1.4',
    ja: '本件クラウド環境内サーバー利用における操作説明',
    en: 'Explaining how to operate the servers in the cloud environment.',
    detail: 'spec.1.5',
    hours: 'business-hours',
  },
] as const);

/** The id of a service of 第1 1. */
export type SpecServiceId = IdOf<typeof SPEC_SERVICES>;

/** 第1 2: how the build is done. */
export const SPEC_BUILD = provisionPhrase({
  ref: 'spec.1.2',
  ja: '当社は、本件サーバーについて、契約者と設定内容を合意の上、構築作業を実施します。',
  en: 'The company builds the servers after agreeing their settings with the customer.',
} as const);

/** 第1 3: what the monitoring server watches. */
const MONITORED_KINDS = provisionList([
  { id: 'alive', ref: 'spec.1.3', ja: '死活監視', en: 'alive (up/down) monitoring' },
  { id: 'port', ref: 'spec.1.3', ja: 'ポート監視', en: 'port monitoring' },
  { id: 'process', ref: 'spec.1.3', ja: '各種プロセス監視', en: 'monitoring of processes' },
  { id: 'url', ref: 'spec.1.3', ja: 'URL 監視', en: 'URL monitoring' },
  { id: 'other-services', ref: 'spec.1.3', ja: '他サービス監視', en: 'monitoring of other services' },
  { id: 'resources', ref: 'spec.1.3', ja: 'リソース監視', en: 'resource monitoring' },
] as const);

/** 第1 3: server maintenance runs 24 hours a day, 365 days a year, with the company's monitoring server watching these. */
export const SPEC_MONITORING = provisionPhrase({
  ref: 'spec.1.3',
  hours: 'always',
  ja: '対応時間：24 時間 365 日',
  en: 'Handled 24 hours a day, 365 days a year.',
  kinds: MONITORED_KINDS,
} as const);

/**
 * 第1 4 and 5: business hours (当社営業日 午前10時から午後7時) — weekdays that are
 * neither national holidays nor company holidays, from 10:00 (inclusive) to
 * 19:00 (exclusive), JST (I-12). They govern application work (第1 4),
 * operation guidance and every other dealing with the customer (第1 5).
 */
export const SPEC_BUSINESS_HOURS = provisionPhrase({
  ref: 'spec.1.5',
  ja: '当社営業日（国民の祝日及び当社休業日を除く平日）午前 10 時から午後 7 時',
  en: "The company's business days (weekdays other than national holidays and the company's own holidays), 10:00 to 19:00 JST.",
  excludedDays: ['saturday', 'sunday', 'national-holiday', 'company-holiday'],
  opensAtHour: 10,
  closesAtHour: 19,
  timeZone: 'Asia/Tokyo',
} as const);

/** 第1 4 ※: some application work cannot be done, depending on what the cloud service used provides. */
export const SPEC_APPLICATION_WORK_CAVEAT = provisionPhrase({
  ref: 'spec.1.4',
  ja: '※使用クラウドサービスの提供内容により対応できないものもあります。',
  en: 'Some work cannot be handled, depending on what the cloud service in use provides.',
} as const);

/** 第1 6: how to reach the company, and when each channel is handled. */
export const SPEC_CONTACT_CHANNELS = provisionList([
  {
    id: 'phone',
    ref: 'spec.1.6',
    ja: '電話 03-6418-2205（営業時間内）',
    en: 'Telephone, within business hours.',
    address: '03-6418-2205',
    accepts: 'business-hours',
    handled: 'business-hours',
  },
  {
    id: 'fax',
    ref: 'spec.1.6',
    ja: 'FAX 03-6418-2206（24 時間受付、対応は翌営業日となります。）',
    en: 'Fax, received at any hour; handled on the next business day (翌営業日), from its opening at 10:00 (I-12; see faxHandlingStart).',
    address: '03-6418-2206',
    accepts: 'always',
    handled: 'next-business-day',
  },
  {
    id: 'email',
    ref: 'spec.1.6',
    ja: 'E メールアドレス support@directorz.co.jp',
    en: 'E-mail; handled within business hours, like every dealing with the customer (第1 5).',
    address: 'support@directorz.co.jp',
    accepts: 'always',
    handled: 'business-hours',
  },
] as const);

/** The id of a contact channel of 第1 6. */
export type SpecContactChannelId = IdOf<typeof SPEC_CONTACT_CHANNELS>;

/** 第2: the option services, with the guarantees the specification disclaims. */
export const SPEC_OPTION_SERVICES = provisionList([
  {
    id: 'backup',
    ref: 'spec.2',
    ja: 'バックアップ（ただし、当社は電磁的記録の保全を保証するものではありません。）',
    en: 'Backup — the company does not guarantee that electronic records are preserved.',
    disclaims: 'preservation-of-records',
  },
  {
    id: 'domain-and-ssl',
    ref: 'spec.2',
    ja: 'ドメイン取得管理・SSL 取得代行',
    en: 'Registering and managing domains; obtaining SSL certificates.',
    disclaims: 'nothing',
  },
  { id: 'additional-ip', ref: 'spec.2', ja: '追加 IP の付与', en: 'Additional IP addresses.', disclaims: 'nothing' },
  {
    id: 'dedicated-firewall',
    ref: 'spec.2',
    ja: '専用ファイアウォール等機器の設置',
    en: 'Installing a dedicated firewall or similar device.',
    disclaims: 'nothing',
  },
  {
    id: 'security-software',
    ref: 'spec.2',
    ja: '有償セキュリティソフトの導入（ただし、当社は不正アクセス等が生じないことを保証するものではありません。）',
    en: 'Installing paid security software — the company does not guarantee that no unauthorised access occurs.',
    disclaims: 'absence-of-unauthorised-access',
  },
  {
    id: 'paid-os',
    ref: 'spec.2',
    ja: '有償 OS の導入',
    en: 'Installing a paid operating system.',
    disclaims: 'nothing',
  },
] as const);

/** The id of an option service of 第2. */
export type SpecOptionServiceId = IdOf<typeof SPEC_OPTION_SERVICES>;

/** 第2 ※: some options cannot be provided, depending on what the cloud service used provides. */
export const SPEC_OPTION_CAVEAT = provisionPhrase({
  ref: 'spec.2',
  ja: '※使用クラウドサービスの提供内容により提供できないものもあります。',
  en: 'Some options cannot be provided, depending on what the cloud service in use provides.',
} as const);

export interface ServiceHoursInput {
  readonly service: SpecServiceId;
}

export interface ServiceHoursResult extends WithBasis {
  /** `'always'` (24 時間 365 日), `'business-hours'` ({@link SPEC_BUSINESS_HOURS}) or `'not-stated'`. */
  readonly hours: ServiceHours;
}

const ServiceHoursInput = z.object({ service: enumField(idsOf(SPEC_SERVICES)) });

/**
 * When a service of the specification is handled: server maintenance around
 * the clock (第1 3); application work (第1 4) and operation guidance (第1 5)
 * in business hours; the build (第1 2) has no hours in the specification.
 *
 * @example
 * ```ts
 * import { serviceHours } from 'cloud-ops-terms';
 * serviceHours({ service: 'server-maintenance' });
 * //=> { hours: 'always', basis: ['spec.1.1.2', 'spec.1.3'] }
 * serviceHours({ service: 'application-work' }).hours;
 * //=> 'business-hours'
 * ```
 */
export function serviceHours(input: ServiceHoursInput): ServiceHoursResult {
  const { service } = parseInput(ServiceHoursInput, input);
  const { ref, detail, hours } = itemById(SPEC_SERVICES, service);
  const refs: ProvisionRef[] = [ref, detail];
  return { hours, basis: basis(...refs) };
}
