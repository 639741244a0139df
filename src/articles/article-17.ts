/**
 * 第17条（本サービスの内容等） — what the service is, the duty of care, reports, and faults.
 *
 * > 1 当社が一般的に提供する本サービスの種類及びその内容は別紙サービス仕様書に定めるとおりとし、
 * > 契約者が具体的に利用できる本サービスの種類等は、利用契約にて定めるものとします。
 * > 2 当社は、善良なる管理者の注意をもって本サービスを提供します。
 * > 3 当社は、契約者から本サービスの遂行状況についての報告を求められた場合、すみやかに、合理的な
 * > 範囲で報告を行います。但し、当社は、契約者から本サービスの提供に直接関与しないデータ等
 * > （アクセスログを含む。）を契約者に提供する義務を負いません。なお、アクセスログは当社社内規定に
 * > 従い、または当社の判断により、随時削除します。
 * > 4 契約者は以下の事項を了承の上、本サービスを利用するものとします。
 * > (1) 第 30 条（免責）第 1 項各号に掲げる場合を含め、本サービスに当社に起因しない不具合が生じる場合があること
 * > (2) 当社に起因しない本サービスの不具合については、当社は一切その責を免れること
 *
 * 17.3 was added by the revision of 2019-06-01 (I-14).
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo, versionsOf, type TermsVersion } from '../core/provisions.js';
import { booleanField, dateField, parseInput, type DateInput } from '../core/schema.js';
import { versionOn } from './article-04.js';
import { provisionList, provisionPhrase } from './provision-list.js';

/** 第17条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_17 = articleInfo(17);

/** 17.2: the company provides the service with the care of a good manager (善管注意義務, 民法644条). */
export const STANDARD_OF_CARE = provisionPhrase({
  ref: '17.2',
  ja: '善良なる管理者の注意',
  en: "the care of a prudent manager (the Civil Code's duty of due care, 民法644条)",
} as const);

/** 17.4: what the customer accepts in using the service (items 1 and 2). */
export const CUSTOMER_ACKNOWLEDGEMENTS = provisionList([
  {
    id: 'faults-may-occur',
    ref: '17.4.1',
    ja: '第 30 条（免責）第 1 項各号に掲げる場合を含め、本サービスに当社に起因しない不具合が生じる場合があること',
    en: 'That faults not caused by the company may occur in the service, including in the cases listed in 第30条1項.',
  },
  {
    id: 'no-responsibility-for-others-faults',
    ref: '17.4.2',
    ja: '当社に起因しない本サービスの不具合については、当社は一切その責を免れること',
    en: 'That the company bears no responsibility at all for faults of the service not caused by it.',
  },
] as const);

export interface ReportOnRequestInput {
  /** The day the customer asked for a report on how the service is being performed. */
  readonly requestedOn: DateInput;
}

/** 17.3 in force: what the company owes when asked. */
export interface ReportDutyInForce extends WithBasis {
  readonly reportDuty: true;
  readonly version: TermsVersion;
  /** 「すみやかに」. */
  readonly promptly: true;
  /** 「合理的な範囲で」. */
  readonly withinReasonableScope: true;
  /** 「提供に直接関与しないデータ等（アクセスログを含む。）を契約者に提供する義務を負いません」. */
  readonly mustProvideUnrelatedData: false;
  /** 「アクセスログは…随時削除します」. */
  readonly accessLogsMayBeDeleted: true;
}

/** 17.3 not yet in force (a request before 2019-06-01). */
export interface ReportDutyNotInForce extends WithBasis {
  readonly reportDuty: false;
  readonly version: TermsVersion;
}

export type ReportOnRequestResult = ReportDutyInForce | ReportDutyNotInForce;

const ReportOnRequestInput = z.object({ requestedOn: dateField });

/**
 * 第17条3項: asked for a report on how the service is being performed, the
 * company reports promptly and within a reasonable scope; it need not hand
 * over data not directly involved in providing the service (access logs
 * included), and it deletes access logs from time to time.
 *
 * 17.3 exists from the revision of 2019-06-01 (I-14), and under 4.1 applies
 * to existing contracts from that date. For a request before it the result
 * is `reportDuty: false`: the terms of that version impose no duty to report
 * (whether the Civil Code's rule for mandates, 民法645条 with 656条, does is
 * outside this library). A request before 2017-03-01 is `TERMS_NOT_IN_FORCE`.
 *
 * @example
 * ```ts
 * import { reportOnRequest } from 'cloud-ops-terms';
 * reportOnRequest({ requestedOn: '2019-05-31' });
 * //=> { reportDuty: false, version: '2017-03-01', basis: ['4.1', 'history'] }
 * reportOnRequest({ requestedOn: '2019-06-01' });
 * //=> { reportDuty: true, version: '2019-06-01', promptly: true, withinReasonableScope: true, mustProvideUnrelatedData: false, accessLogsMayBeDeleted: true, basis: ['17.3'] }
 * ```
 */
export function reportOnRequest(input: ReportOnRequestInput): ReportOnRequestResult {
  const { requestedOn } = parseInput(ReportOnRequestInput, input);
  const version = versionOn(requestedOn, 'requestedOn');
  if (!versionsOf('17.3').includes(version)) return { reportDuty: false, version, basis: basis('4.1', 'history') };
  return {
    reportDuty: true,
    version,
    promptly: true,
    withinReasonableScope: true,
    mustProvideUnrelatedData: false,
    accessLogsMayBeDeleted: true,
    basis: basis('17.3'),
  };
}

export interface FaultResponsibilityInput {
  /** Whether the fault in the service is attributable to the company (当社に起因する). */
  readonly causedByCompany: boolean;
}

export interface FaultResponsibilityResult extends WithBasis {
  /** True when 17.4(2) frees the company: the fault is not the company's. */
  readonly companyExempt: boolean;
}

const FaultResponsibilityInput = z.object({ causedByCompany: booleanField });

/**
 * 第17条4項: the customer accepts that faults not caused by the company may
 * occur (item 1, the causes of 第30条1項 among them) and that the company is
 * wholly free of responsibility for them (item 2). A fault the company caused
 * is not covered by 17.4: the company's liability is then that of 第29条.
 *
 * @example
 * ```ts
 * import { faultResponsibility } from 'cloud-ops-terms';
 * faultResponsibility({ causedByCompany: false });
 * //=> { companyExempt: true, basis: ['17.4.1', '17.4.2'] }
 * faultResponsibility({ causedByCompany: true });
 * //=> { companyExempt: false, basis: ['17.4.2', '29'] }
 * ```
 */
export function faultResponsibility(input: FaultResponsibilityInput): FaultResponsibilityResult {
  const { causedByCompany } = parseInput(FaultResponsibilityInput, input);
  return causedByCompany
    ? { companyExempt: false, basis: basis('17.4.2', '29') }
    : { companyExempt: true, basis: basis('17.4.1', '17.4.2') };
}
