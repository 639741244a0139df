/**
 * 第4条（変更） — changes to the terms, and which version applies on a date (I-14).
 *
 * > 1 当社は、本約款を随時変更することがあります。なお、この場合には、契約者の利用条件その他
 * > 利用契約の内容は、変更後の新たな約款を適用するものとします。
 * >
 * > 2 当社は、前項の変更を行う場合には、変更後の約款を当社ホームページに掲載し、その旨を
 * > 契約者に電子メールにて通知するものとします。
 *
 * 制定・改定日: 「2017 年 3 月 1 日 制定」「2019 年 6 月 1 日 一部改訂（第 17 条 3 項追記）」.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { TermsError, describeValue, invalidInput } from '../core/errors.js';
import {
  TERMS_VERSIONS,
  articleInfo,
  isProvisionRef,
  versionsOf,
  type ProvisionRef,
  type TermsVersion,
} from '../core/provisions.js';
import { dateField, parseInput, type DateInput } from '../core/schema.js';
import { provisionPhrase } from './provision-list.js';

/** 第4条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_4 = articleInfo(4);

/**
 * 4.2: how the company announces a change — the new terms posted on its
 * website, and the customer told so by e-mail.
 */
export const TERMS_CHANGE_ANNOUNCEMENT = provisionPhrase({
  publishOn: 'website',
  notifyBy: 'email',
  ref: '4.2',
  ja: '変更後の約款を当社ホームページに掲載し、その旨を契約者に電子メールにて通知するものとします。',
  en: 'The company posts the changed terms on its website and tells the customer so by e-mail.',
} as const);

export interface TermsVersionOnInput {
  /** Any date from 2017-03-01. */
  readonly date: DateInput;
}

export interface TermsVersionOnResult extends WithBasis {
  /** The version in force on the date, named by the date it took effect. */
  readonly version: TermsVersion;
}

const TermsVersionOnInput = z.object({ date: dateField });

/**
 * The version of the terms in force on a date (trusted input). Throws
 * `TERMS_NOT_IN_FORCE` before 2017-03-01.
 */
export function versionOn(date: CalendarDate, field = 'date'): TermsVersion {
  const day = date.toString();
  const version = [...TERMS_VERSIONS].reverse().find((v) => v <= day);
  if (version === undefined) {
    throw new TermsError('TERMS_NOT_IN_FORCE', [
      { path: field, message: `the terms were enacted on ${TERMS_VERSIONS[0]}; there are no terms on ${day}` },
    ]);
  }
  return version;
}

/**
 * The version of the terms that applies on a date (第4条1項, 制定・改定日; I-14):
 * `'2017-03-01'` from its enactment, `'2019-06-01'` from the revision that
 * added 第17条3項. Under 4.1 a revision applies to existing contracts too, from
 * its date, so the answer depends on the date alone, not on when a contract
 * was formed. Before 2017-03-01 there are no terms: a `TermsError` with code
 * `TERMS_NOT_IN_FORCE`.
 *
 * @example
 * ```ts
 * import { termsVersionOn } from 'cloud-ops-terms';
 * termsVersionOn({ date: '2019-05-31' });
 * //=> { version: '2017-03-01', basis: ['4.1', 'history'] }
 * termsVersionOn({ date: '2019-06-01' }).version;
 * //=> '2019-06-01'
 * ```
 */
export function termsVersionOn(input: TermsVersionOnInput): TermsVersionOnResult {
  const { date } = parseInput(TermsVersionOnInput, input);
  return { version: versionOn(date), basis: basis('4.1', 'history') };
}

export interface ProvisionInForceInput {
  /** A provision in dotted form (`'17.3'`, `'14.1.9'`, `'spec.1.5'`). */
  readonly ref: ProvisionRef;
  /** Any date from 2017-03-01. */
  readonly date: DateInput;
}

export interface ProvisionInForceResult extends WithBasis {
  /** True when the provision is part of the version in force on the date. */
  readonly inForce: boolean;
  /** The version in force on the date. */
  readonly version: TermsVersion;
}

const ProvisionInForceInput = z.object({ ref: z.unknown(), date: dateField });

/**
 * Whether a provision is in force on a date (第4条1項, I-14): every provision
 * from 2017-03-01, except 第17条3項, which the revision of 2019-06-01 added.
 * Before 2017-03-01: `TERMS_NOT_IN_FORCE`.
 *
 * @example
 * ```ts
 * import { provisionInForce } from 'cloud-ops-terms';
 * provisionInForce({ ref: '17.3', date: '2019-05-31' });
 * //=> { inForce: false, version: '2017-03-01', basis: ['4.1', 'history'] }
 * provisionInForce({ ref: '17.3', date: '2019-06-01' }).inForce;
 * //=> true
 * ```
 */
export function provisionInForce(input: ProvisionInForceInput): ProvisionInForceResult {
  const { ref, date } = parseInput(ProvisionInForceInput, input);
  if (!isProvisionRef(ref)) {
    throw invalidInput(
      'ref',
      `expected a provision of the terms in dotted form, such as '17.3' or '14.1.9', got ${describeValue(ref)}`,
      'provision',
      { received: describeValue(ref) },
    );
  }
  const version = versionOn(date);
  return { inForce: versionsOf(ref).includes(version), version, basis: basis('4.1', 'history') };
}
