/**
 * The contract record: what a billing or CRM service knows about one contract, as one
 * JSON object — the dates of 第9条, the term of 第11条, the minimum term of 第12条, the
 * fees of 第25条, the notices given so far (第13条–第15条, 第11条) and the payments made.
 *
 * {@link ContractRecordSchema} (record-schema.ts) validates it (zod/mini) and turns its strings into value
 * objects; `docs/schemas/contract.json` is its JSON Schema, generated from the same schema
 * for services not written in TypeScript.
 *
 * @module
 */
import type { DateInput, InstantInput, YenInput } from '../core/schema.js';
import type { ImmediateTerminationGroundId } from '../articles/article-14.js';
import type { DiscontinuationGroundName } from '../articles/article-15.js';
import type { ChargeRecord, ContractChangeRecord, StopRecord } from './history-record.js';

export { CHARGE_KINDS, type ChargeRecord, type ContractChangeRecord, type StopRecord } from './history-record.js';

// ---------------------------------------------------------------------------------------
// The record as callers write it

/**
 * When a notice took effect (第3条, I-03): either the JST day itself (`on`), or the
 * instants it was sent and arrived, from which 第3条 picks the moment — a customer's notice
 * counts when it reaches the company (3.3), the company's e-mail or website notice when
 * sent or posted (3.2), its letter or fax on arrival.
 */
export interface NoticeTiming {
  /** The JST day the notice took effect. Give this, or `sentAt` / `arrivedAt`. */
  readonly on?: DateInput | undefined;
  /** When the notice was sent or posted (ISO 8601 with an offset). */
  readonly sentAt?: InstantInput | undefined;
  /** When the notice arrived (ISO 8601 with an offset). */
  readonly arrivedAt?: InstantInput | undefined;
  /** How it was given: `letter`, `email`, `fax` (either party) or `website` (the company). Default: a customer's `letter`, the company's `email`. */
  readonly method?: 'letter' | 'email' | 'fax' | 'website' | undefined;
}

/** The customer's written notice of termination (第13条), and an extension agreed later (13.5). */
export interface CustomerTerminationNotice extends NoticeTiming {
  /** 解約希望日 as written in the notice; absent when it names none (13.2). */
  readonly requestedDate?: DateInput | undefined;
  /** Whole months the company agreed to extend the termination date by (13.5). */
  readonly extensionMonths?: number | undefined;
}

/** The company's written notice of termination (第14条2項). */
export interface CompanyTerminationNotice extends NoticeTiming {
  /** The day the company wants the contract to end; absent for the earliest the terms allow. */
  readonly requestedDate?: DateInput | undefined;
}

/**
 * The company's termination without notice (第14条1項): the day it declared it (its notice's
 * effective moment, I-03) and its ground, an item of 14.1. The contract ends that day; the
 * month it falls in is billed in full and nothing after it (I-18).
 */
export interface ImmediateTerminationRecord extends NoticeTiming {
  /** The item of 14.1 the company relied on, by its id (e.g. `paymentsSuspendedOrInsolvent`). */
  readonly ground: ImmediateTerminationGroundId;
}

/** A notice not to renew the term (第11条1項 「別段の意思表示」). */
export interface NonRenewalNotice extends NoticeTiming {
  /** Who gave it. */
  readonly by: 'customer' | 'company';
}

/** A ground of 第15条1項, by its id. */
export type DiscontinuationGround = DiscontinuationGroundName;

/** The company's discontinuation of the service (第15条); the timing fields describe its notice, if any. */
export interface DiscontinuationRecord extends NoticeTiming {
  /** 廃止日: the last day of service (I-08); the contract ends on it. */
  readonly date: DateInput;
  /** The ground of 15.1: `notice` (item 1, the default), `cannot-provide` (item 2), `force-majeure` (item 3). */
  readonly ground?: DiscontinuationGround | undefined;
}

/**
 * The company's notice of changed terms for the renewed contract (第11条2項): when it took
 * effect (第3条; the company's e-mail counts when sent, I-03) and what it changes — the monthly
 * fee, the length of each renewal, or both. Timely (by the `terms-change-notice-deadline`,
 * 前々月末日) it applies from the first day of the renewed term after the expiry it meets first;
 * late, from the renewal after (I-20, option `lateTermsChange`).
 */
export interface TermsChangeRecord extends NoticeTiming {
  /** The monthly fee of the renewed contract, whole yen (第25条1項2号). */
  readonly monthlyFee?: YenInput | undefined;
  /** The length of each renewal from then on, in months (第11条1項's 「さらに1年間」 changed). */
  readonly renewalMonths?: number | undefined;
}

/** The notices given so far. */
export interface ContractNotices {
  readonly customerTermination?: CustomerTerminationNotice | undefined;
  readonly companyTermination?: CompanyTerminationNotice | undefined;
  /** The company's termination without notice (第14条1項). */
  readonly companyImmediateTermination?: ImmediateTerminationRecord | undefined;
  readonly nonRenewal?: NonRenewalNotice | undefined;
  readonly discontinuation?: DiscontinuationRecord | undefined;
}

/** An option service (オプションサービス) added to the contract (第9条7項, サービス仕様書 第2). */
export interface OptionRecord {
  /** Its name, as the contract calls it (e.g. `'backup'`). */
  readonly name: string;
  /** Its monthly fee, whole yen. */
  readonly monthlyFee: YenInput;
  /** 利用開始予定日 of the option. */
  readonly scheduledStartDate: DateInput;
  /** The day the company was ready to provide it; default `scheduledStartDate`. */
  readonly readyDate?: DateInput | undefined;
  /** The day the option was added (its 利用承諾書 received); default the contract's `formationDate`. */
  readonly formationDate?: DateInput | undefined;
  /** The customer's notice ending this option alone (第13条4項). */
  readonly termination?: (NoticeTiming & { readonly requestedDate?: DateInput | undefined }) | undefined;
  /**
   * The company's discontinuation of this option alone (第15条1項 「本サービスの…一部を廃止」):
   * its last day (`date`), ground and notice as for the whole service; 15.2 refunds what was
   * paid for the days after it.
   */
  readonly discontinuation?: DiscontinuationRecord | undefined;
}

/**
 * What a payment says it pays (民法488条1項, I-15): the fees of one service month — the
 * contract's own, or an option's — or the initial fee, or 第12条2項's fee for the rest of the
 * minimum term. Give `serviceMonth` (with `option` for an option's month) or `fee`.
 */
export interface PaymentDesignation {
  /** The month of service whose fees the payment pays, `'YYYY-MM'`. */
  readonly serviceMonth?: string | undefined;
  /** With `serviceMonth`: the option whose fee it pays (its `name`); absent: the contract's own. */
  readonly option?: string | undefined;
  /** `initial`: the initial fee (第25条1項1号); `early-termination`: 第12条2項's fee. */
  readonly fee?: 'initial' | 'early-termination' | undefined;
  /** Another charge (第25条1項3号, 第22条4項): its index in the record's `charges`, from 0. */
  readonly charge?: number | undefined;
}

/** A payment received from the customer. */
export interface PaymentRecord {
  readonly date: DateInput;
  readonly amount: YenInput;
  /**
   * What the payer said it pays (民法488条1項, I-15); that amount takes it first, the rest
   * goes by the default order. Absent: the oldest due date first (488条4項).
   */
  readonly designation?: PaymentDesignation | undefined;
}

/**
 * Where the individual contract departs from the terms (第1条2項: the contract prevails).
 * Each setting left out keeps the terms' value.
 */
export interface ContractOverrides {
  /** 第11条1項 renews the term automatically; `false` when the contract says it ends at expiry. */
  readonly autoRenewal?: boolean | undefined;
  /** The length of each renewal in months (the terms: 12, 「さらに1年間」). */
  readonly renewalMonths?: number | undefined;
  /** Months before expiry a notice not to renew is due (the terms: 1, 「期間満了1か月前までに」). */
  readonly nonRenewalNoticeMonths?: number | undefined;
}

/**
 * One contract, as a billing or CRM service records it. Dates are `'YYYY-MM-DD'` (JST
 * calendar days), instants ISO 8601 with an offset, money whole yen.
 */
export interface ContractRecord {
  /** Your identifier; echoed in results and batch rows. */
  readonly id?: string | undefined;
  /** 利用契約の成立日: the day the customer received the 利用承諾書 (第9条2項). */
  readonly formationDate: DateInput;
  /** 利用開始予定日 (第9条2項); not before `formationDate`. */
  readonly scheduledStartDate: DateInput;
  /** The day the company was ready to provide the service (第9条6項); default `scheduledStartDate`. */
  readonly readyDate?: DateInput | undefined;
  /** The last day of the term the contract sets (第11条1項). Give this or `termMonths`. */
  readonly termEndDate?: DateInput | undefined;
  /** The term in months, from the billing start date (利用開始日) (第11条1項). */
  readonly termMonths?: number | undefined;
  /** 最低利用期間 in months, counted from formation (第12条); 0 or absent for none. */
  readonly minimumTermMonths?: number | undefined;
  /** 月額料金, whole yen (第25条1項2号). */
  readonly monthlyFee: YenInput;
  /** 初期費用 and the due date the company set for it (第25条1項1号, 2項). */
  readonly initialFee?: { readonly amount: YenInput; readonly dueDate: DateInput } | undefined;
  /** Option services added to the contract. */
  readonly options?: readonly OptionRecord[] | undefined;
  /** The notices given so far. */
  readonly notices?: ContractNotices | undefined;
  /** The payments received so far, in any order. */
  readonly payments?: readonly PaymentRecord[] | undefined;
  /** Other charges (第25条1項3号, 第22条4項), in any order. */
  readonly charges?: readonly ChargeRecord[] | undefined;
  /** Stops and interruptions of the service (第23条, 第24条), in any order. */
  readonly stops?: readonly StopRecord[] | undefined;
  /** Changes of contract (第9条3項, I-19), in any order. */
  readonly changes?: readonly ContractChangeRecord[] | undefined;
  /** The company's notices of changed terms at renewal (第11条2項, I-20), in any order. */
  readonly termsChanges?: readonly TermsChangeRecord[] | undefined;
  /** Where the contract departs from the terms (第1条2項). */
  readonly overrides?: ContractOverrides | undefined;
}

export {
  BOOLEAN_FIELDS,
  DISCONTINUATION_GROUND_IDS,
  IMMEDIATE_TERMINATION_GROUND_IDS,
  ContractRecordSchema,
  DESIGNATED_FEES,
  MAX_TERM_MONTHS,
  NUMBER_FIELDS,
  contractRecordIssues,
  parseContractRecord,
  type ParsedContract,
  type ParsedTiming,
} from './record-schema.js';
