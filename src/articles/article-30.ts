/**
 * 第30条（免責） — causes for which the company bears no liability.
 *
 * > 1 当社は、以下の事由により契約者に発生した損害については、債務不履行責任、不法行為責任、
 * > その他法律上の請求原因の如何を問わずいかなる責任も負わないものとします。(1)〜(9)
 * >
 * > 2 当社は、本サービスのトラブル、停止等により本件サーバー内の電磁的記録が破損又は滅失した
 * > 場合においても、その損害について、原因の如何を問わず、一切の責任を負わないものとします。
 * > 契約者は、第 21 条（バックアップ）のとおり自らの責任でデータ等のバックアップをするものと
 * > します。
 *
 * I-13 (revised): a cause listed in 30.1 means no liability unless the item itself keeps
 * it — item 2 for intent or gross negligence (its proviso), items 7 and 9 for any fault
 * (they cover only damage without fault: 「当社に過失などの帰責事由がない場合」,
 * 「当社の責に帰すべからざる事由」). Option `exemptions` (default `'restrictive'`): no
 * exemption of this article (any item of 1項, and 2項) covers the company's willful
 * misconduct or gross negligence (民法90条, 信義則); `'as-written'` reads the items as the
 * terms word them. {@link companyLiability} combines this article with 第29条 for one claim.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { Yen } from '../core/money.js';
import { optionsFor, type Exemptions, type OptionsFor } from '../core/options.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { booleanField, enumField, parseInput, yenField, type YenInput } from '../core/schema.js';
import { groundTable, type Ground } from './shared.js';
import {
  DAMAGE_KINDS,
  FAULT_KINDS,
  faultAttributable,
  faultLiftsLimits,
  liabilityCapOf,
  type DamageKind,
  type LiabilityCapAmount,
  type Fault,
} from './article-29.js';

/** 第30条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_30 = articleInfo(30);

/** The ids of the nine causes of 30.1, in the terms' order. */
export const EXEMPTION_CAUSE_IDS = [
  'force-majeure',
  'unauthorized-access',
  'customer-noncompliance',
  'third-party-software',
  'third-party-hardware',
  'compulsory-legal-process',
  'subcontractor-without-fault',
  'cloud-provider-outage',
  'not-attributable',
] as const;
export type ExemptionCauseId = (typeof EXEMPTION_CAUSE_IDS)[number];

/**
 * One cause of 30.1: a {@link Ground} like the item lists of chapter 2 (`id`, `ref`
 * `'30.1.1'` … `'30.1.9'`, `ja` — the item's text without its number — and `en`, an
 * English gloss), plus the faults the item keeps liability for.
 */
export interface ExemptionCause extends Ground<ExemptionCauseId> {
  /**
   * The faults for which the item itself, in its own words, keeps the company liable
   * (I-13): item 2 by its proviso 「ただし、当社に故意又は重大な過失がある場合を除きます」
   * (gross negligence, intent); items 7 and 9 for every fault but `'none'`, because they
   * only cover damage without fault of the company (「当社に過失などの帰責事由がない場合」,
   * 「当社の責に帰すべからざる事由」). Empty for the other items. The `exemptions` option
   * adds intent and gross negligence to every item by default ({@link causeExempts}).
   */
  readonly keepsLiabilityFor: readonly Fault[];
}

const LIFTING_FAULTS: readonly Fault[] = Object.freeze(['gross-negligence', 'willful']);
const ANY_FAULT: readonly Fault[] = Object.freeze(FAULT_KINDS.filter(faultAttributable));
const NONE: readonly Fault[] = Object.freeze([]);

/** The nine causes of 第30条1項, in order, with the terms' words and a gloss. */
export const EXEMPTION_CAUSES: readonly ExemptionCause[] = groundTable(
  (
    [
      [
        'force-majeure',
        '30.1.1',
        '天災地変、騒乱、暴動等の不可抗力',
        'Force majeure: natural disasters, civil disturbance, riots and the like.',
        NONE,
      ],
      [
        'unauthorized-access',
        '30.1.2',
        '第三者による不正アクセス、クラッキング、通信経路での傍受、コンピュータウイルスの侵入等（以下、あわせて「不正アクセス等」という。）。ただし、当社に故意又は重大な過失がある場合を除きます。',
        'Unauthorized access, cracking, interception on the line, computer viruses and the like by third parties ("unauthorized access etc."), except where the company acted with intent or gross negligence.',
        LIFTING_FAULTS,
      ],
      [
        'customer-noncompliance',
        '30.1.3',
        '当社が定める手順・セキュリティ手段等を契約者が遵守しないことに起因する不具合、不正アクセス等',
        "Faults and unauthorized access etc. caused by the customer not following the company's procedures and security measures.",
        NONE,
      ],
      [
        'third-party-software',
        '30.1.4',
        '本サービス用設備のうち当社の製造に係らないソフトウェア（OS を含む。）及びデータベース等に起因する不具合、不正アクセス等',
        'Faults and unauthorized access etc. caused by software (including the OS), databases and the like in the service equipment that the company did not make.',
        NONE,
      ],
      [
        'third-party-hardware',
        '30.1.5',
        '本サービス用設備のうち当社の製造に係らないハードウェアに起因する不具合、不正アクセス等',
        'Faults and unauthorized access etc. caused by hardware in the service equipment that the company did not make.',
        NONE,
      ],
      [
        'compulsory-legal-process',
        '30.1.6',
        '刑事訴訟法第 218 条（令状による差押え・捜索・検証）、犯罪捜査のための通信傍受に関する法律の定めに基づく強制の処分その他裁判所の命令又は法令に基づく強制的な処分',
        'Compulsory measures under Article 218 of the Code of Criminal Procedure (seizure, search and inspection by warrant) or the Act on Wiretapping for Criminal Investigation, and any other court order or compulsory measure under law.',
        NONE,
      ],
      [
        'subcontractor-without-fault',
        '30.1.7',
        '再委託先の業務に関するもので、再委託先の選任・監督につき当社に過失などの帰責事由がない場合',
        "Matters of a subcontractor's work, where the company is not at fault (negligence or other attributable cause) in choosing or supervising the subcontractor.",
        ANY_FAULT,
      ],
      [
        'cloud-provider-outage',
        '30.1.8',
        'クラウドサービス事業者のサービス中断、停止等',
        "Interruptions, stoppages and the like of the cloud service provider's service.",
        NONE,
      ],
      [
        'not-attributable',
        '30.1.9',
        'その他当社の責に帰すべからざる事由によるもの',
        'Any other cause for which the company is not responsible.',
        ANY_FAULT,
      ],
    ] as const
  ).map(([id, ref, ja, en, keepsLiabilityFor]): ExemptionCause => ({ id, ref, ja, en, keepsLiabilityFor })),
);

const BY_ID: ReadonlyMap<ExemptionCauseId, ExemptionCause> = new Map(EXEMPTION_CAUSES.map((c) => [c.id, c]));

/** The cause with this id (trusted: the id is one of {@link EXEMPTION_CAUSE_IDS}). */
function causeOf(id: ExemptionCauseId): ExemptionCause {
  return BY_ID.get(id) as ExemptionCause;
}

/** True for a string that is one of the nine cause ids. */
export function isExemptionCauseId(value: unknown): value is ExemptionCauseId {
  return typeof value === 'string' && BY_ID.has(value as ExemptionCauseId);
}

/**
 * Whether an exemption of 第30条 still stands at this fault under the `exemptions`
 * reading (I-13): `'restrictive'` (default) lets none cover intent or gross negligence
 * — 故意・重大な過失 cannot be contracted away (民法90条, 信義則); `'as-written'` keeps
 * the clause's words.
 */
function survivesFault(fault: Fault, exemptions: Exemptions): boolean {
  return exemptions === 'as-written' || !faultLiftsLimits(fault);
}

/**
 * Trusted core of {@link isExempt}: does `cause` free the company from a damage caused
 * with `fault`, under the `exemptions` reading (default `'restrictive'`, I-13)?
 */
export function causeExempts(cause: ExemptionCauseId, fault: Fault, exemptions: Exemptions = 'restrictive'): boolean {
  return !causeOf(cause).keepsLiabilityFor.includes(fault) && survivesFault(fault, exemptions);
}

/** Trusted: does 30.2 free the company from a loss of data caused with `fault` (I-13)? */
export function dataLossExempts(fault: Fault, exemptions: Exemptions = 'restrictive'): boolean {
  return survivesFault(fault, exemptions);
}

export interface IsExemptInput {
  /** The 30.1 cause the damage arose from. */
  readonly cause: ExemptionCauseId;
  /** The company's fault (see `FAULT_KINDS`). */
  readonly fault: Fault;
}

export interface IsExemptResult extends WithBasis {
  /** True when 30.1 frees the company from liability for the damage. */
  readonly exempt: boolean;
}

const IsExemptInput = z.object({ cause: enumField(EXEMPTION_CAUSE_IDS), fault: enumField(FAULT_KINDS) });

/**
 * Whether a 30.1 cause frees the company from liability, given its fault (I-13, revised):
 *
 * - items 7 and 9 only cover damage without the company's fault: exempt at `'none'`
 *   alone (with `'ordinary'` fault 第29条's cap governs instead);
 * - item 2 (unauthorized access) keeps liability for intent or gross negligence;
 * - the others: by default (`exemptions: 'restrictive'`) no item covers intent or gross
 *   negligence; with `'as-written'` they exempt whatever the fault.
 *
 * @example
 * ```ts
 * import { isExempt } from 'cloud-ops-terms';
 * isExempt({ cause: 'unauthorized-access', fault: 'ordinary' });
 * //=> { exempt: true, basis: ['30.1.2'] }
 * isExempt({ cause: 'unauthorized-access', fault: 'gross-negligence' });
 * //=> { exempt: false, basis: ['30.1.2'] }
 * isExempt({ cause: 'not-attributable', fault: 'ordinary' }).exempt;
 * //=> false
 * isExempt({ cause: 'force-majeure', fault: 'willful' }).exempt;
 * //=> false
 * isExempt({ cause: 'force-majeure', fault: 'willful' }, { exemptions: 'as-written' }).exempt;
 * //=> true
 * ```
 */
export function isExempt(input: IsExemptInput, options?: OptionsFor<'isExempt'>): IsExemptResult {
  const { cause, fault } = parseInput(IsExemptInput, input);
  const { exemptions } = optionsFor('isExempt', options);
  return { exempt: causeExempts(cause, fault, exemptions), basis: basis(causeOf(cause).ref) };
}

export interface DataLossLiabilityInput {
  /** The company's fault behind the loss; without it, the clause as the terms word it. */
  readonly fault?: Fault;
}

export interface DataLossLiabilityResult extends WithBasis {
  /**
   * `false` as the clause says: 「原因の如何を問わず、一切の責任を負わないものとします」;
   * `true` only for intent or gross negligence under `exemptions: 'restrictive'` (I-13).
   */
  readonly companyLiable: boolean;
  /** Always `true`: the customer backs up its own data (第21条). */
  readonly customerBacksUp: true;
}

const DataLossLiabilityInput = z.optional(z.object({ fault: z.optional(enumField(FAULT_KINDS)) }));

/**
 * 30.2: damage to or loss of the electronic records on the customer's server, from
 * trouble or a stoppage of the service, is not the company's liability, whatever the
 * cause; the customer backs its data up itself under 第21条. By default
 * (`exemptions: 'restrictive'`, I-13) the clause does not cover the company's intent or
 * gross negligence: pass `fault` to have that looked at.
 *
 * @example
 * ```ts
 * import { dataLossLiability } from 'cloud-ops-terms';
 * dataLossLiability();
 * //=> { companyLiable: false, customerBacksUp: true, basis: ['30.2', '21'] }
 * dataLossLiability({ fault: 'gross-negligence' }).companyLiable;
 * //=> true
 * dataLossLiability({ fault: 'gross-negligence' }, { exemptions: 'as-written' }).companyLiable;
 * //=> false
 * ```
 */
export function dataLossLiability(
  input?: DataLossLiabilityInput,
  options?: OptionsFor<'dataLossLiability'>,
): DataLossLiabilityResult {
  const fault = parseInput(DataLossLiabilityInput, input)?.fault;
  const { exemptions } = optionsFor('dataLossLiability', options);
  const companyLiable = fault !== undefined && !dataLossExempts(fault, exemptions);
  return { companyLiable, customerBacksUp: true, basis: basis('30.2', '21') };
}

/** How a claim was decided (`'no-fault'`: the company had no fault, so 第29条 owes nothing). */
export type LiabilityOutcome =
  | 'exempt'
  | 'no-fault'
  | 'special-damages-excluded'
  | 'capped'
  | 'within-cap'
  | 'limits-lifted';

export interface CompanyLiabilityInput {
  /** The contract's monthly fee, whole yen (第29条's cap is one month of it). */
  readonly monthlyFee: YenInput;
  /** The damages claimed (and proven), whole yen. */
  readonly claimedDamages: YenInput;
  /** The company's fault. */
  readonly fault: Fault;
  /** Ordinary or special damages. */
  readonly damageKind: DamageKind;
  /** The 30.1 cause the damage arose from, if any. */
  readonly cause?: ExemptionCauseId;
  /** True when the damage is the damage to or loss of data on the server (30.2). */
  readonly dataLoss?: boolean;
}

export interface CompanyLiabilityResult extends WithBasis {
  /** What the company owes on the claim, whole yen. */
  readonly payable: Yen;
  /** True when 第30条 freed the company from the claim. */
  readonly exempt: boolean;
  /** True when 第29条's one-month cap cut the claim down. */
  readonly capApplied: boolean;
  /** The cap that applied (one month's fee), or `null` when exempt or when the fault lifted it. */
  readonly cap: Yen | null;
  /** True when the claim was refused because only ordinary damages are recoverable (第29条). */
  readonly specialDamagesExcluded: boolean;
  /** The decision in one word. */
  readonly outcome: LiabilityOutcome;
}

const CompanyLiabilityInput = z.object({
  monthlyFee: yenField,
  claimedDamages: yenField,
  fault: enumField(FAULT_KINDS),
  damageKind: enumField(DAMAGE_KINDS),
  cause: z.optional(enumField(EXEMPTION_CAUSE_IDS)),
  dataLoss: z.optional(booleanField),
});

function exemptResult(refs: ProvisionRef[]): CompanyLiabilityResult {
  return {
    payable: 0,
    exempt: true,
    capApplied: false,
    cap: null,
    specialDamagesExcluded: false,
    outcome: 'exempt',
    basis: basis(...refs),
  };
}

/** The outcome of a claim that no exemption stopped: 第29条's reading of the fault and the damage. */
function outcomeUnder29(fault: Fault, capped: LiabilityCapAmount): LiabilityOutcome {
  if (capped.noFault) return 'no-fault';
  if (faultLiftsLimits(fault)) return 'limits-lifted';
  if (capped.specialDamagesExcluded) return 'special-damages-excluded';
  return capped.capApplied ? 'capped' : 'within-cap';
}

/**
 * What the company owes on one damages claim: 第30条 first, then 第29条 (I-13, revised).
 *
 * 1. Data damaged or lost on the server (`dataLoss: true`) → nothing (30.2,
 *    「原因の如何を問わず」; basis `['30.2', '21']`) — except, by default
 *    (`exemptions: 'restrictive'`), with intent or gross negligence, where 30.2 gives
 *    way and 第29条 decides.
 * 2. A 30.1 `cause` that exempts at this fault → nothing (basis `['30.1.n']`): items 7
 *    and 9 only at `'none'`; item 2 not with intent or gross negligence; by default no
 *    item with intent or gross negligence (`'as-written'`: the others whatever the fault).
 * 3. Otherwise 第29条: nothing without fault (`'no-fault'`); special damages nothing and
 *    ordinary damages at most one month's fee, unless intent or gross negligence lifts
 *    both limits (basis ends with `'29'`, after the provisions of 第30条 that were
 *    looked at and did not exempt).
 *
 * @example
 * ```ts
 * import { companyLiability } from 'cloud-ops-terms';
 * // A cloud-provider outage: exempt under 30.1.8.
 * companyLiability({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary', cause: 'cloud-provider-outage' }).basis;
 * //=> ['30.1.8']
 * // Unauthorized access with gross negligence: item 2 keeps liability, and 29 lifts its cap.
 * companyLiability({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'gross-negligence', damageKind: 'ordinary', cause: 'unauthorized-access' });
 * //=> { payable: 500000, exempt: false, capApplied: false, cap: null, specialDamagesExcluded: false, outcome: 'limits-lifted', basis: ['30.1.2', '29'] }
 * // Item 9 covers only damage without fault: with ordinary negligence 第29条 caps it.
 * companyLiability({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary', cause: 'not-attributable' }).payable;
 * //=> 90000
 * ```
 */
export function companyLiability(
  input: CompanyLiabilityInput,
  options?: OptionsFor<'companyLiability'>,
): CompanyLiabilityResult {
  const { monthlyFee, claimedDamages, fault, damageKind, cause, dataLoss } = parseInput(CompanyLiabilityInput, input);
  const { exemptions } = optionsFor('companyLiability', options);
  const looked: ProvisionRef[] = [];
  if (dataLoss === true) {
    if (dataLossExempts(fault, exemptions)) return exemptResult(['30.2', '21']);
    looked.push('30.2');
  }
  if (cause !== undefined) {
    const { ref } = causeOf(cause);
    if (causeExempts(cause, fault, exemptions)) return exemptResult([ref]);
    looked.push(ref);
  }
  const capped = liabilityCapOf(monthlyFee, claimedDamages, fault, damageKind);
  return {
    payable: capped.payable,
    exempt: false,
    capApplied: capped.capApplied,
    cap: capped.cap,
    specialDamagesExcluded: capped.specialDamagesExcluded,
    outcome: outcomeUnder29(fault, capped),
    basis: basis(...looked, '29'),
  };
}
