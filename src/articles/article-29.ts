/**
 * 第29条（損害賠償の制限） — the limit of the company's liability.
 *
 * > 債務不履行責任、不法行為責任、その他法律上の請求原因の如何を問わず、本サービス又は
 * > 利用契約等に関して、当社が契約者に対して負う損害賠償責任の範囲は、当社の責に帰すべき
 * > 事由により又は当社が利用契約等に違反したことが直接の原因で契約者に現実に発生した通常の
 * > 損害に限定され、損害賠償の額は契約者の月額料金の1か月分を超えないものとします。ただし、
 * > 当社の故意又は重大な過失による場合はこの限りではありません。
 *
 * I-13 (revised): only ordinary damages (通常の損害), up to one month of the contract's
 * monthly fee; willful misconduct (故意) or gross negligence (重大な過失) lifts both the
 * cap and the ordinary-damage limit. Without any fault of the company (`none`: no
 * 「当社の責に帰すべき事由」) nothing is owed under this article.
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { Yen } from '../core/money.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput, yenField, type YenInput } from '../core/schema.js';

/** 第29条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_29 = articleInfo(29);

/**
 * The company's fault behind a damage (I-13, revised): `'none'` is no fault at all
 * (帰責事由なし); `'ordinary'` is ordinary negligence (軽過失); `'gross-negligence'` is
 * 重大な過失; `'willful'` is 故意.
 */
export const FAULT_KINDS = ['none', 'ordinary', 'gross-negligence', 'willful'] as const;
export type Fault = (typeof FAULT_KINDS)[number];

/**
 * True when the company is at fault at all: 第29条 covers only damage 「当社の責に帰すべき
 * 事由により又は当社が利用契約等に違反したことが直接の原因で」 arising (I-13).
 */
export function faultAttributable(fault: Fault): boolean {
  return fault !== 'none';
}

/** 通常の損害 (`'ordinary'`) or 特別の損害 (`'special'`, damages from special circumstances, 民法416条2項). */
export const DAMAGE_KINDS = ['ordinary', 'special'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** True for the faults that lift 第29条's limits: 「当社の故意又は重大な過失による場合はこの限りではありません」. */
export function faultLiftsLimits(fault: Fault): boolean {
  return fault === 'gross-negligence' || fault === 'willful';
}

export interface LiabilityCapInput {
  /** 契約者の月額料金: the contract's monthly fee, whole yen — the cap is one month of it. */
  readonly monthlyFee: YenInput;
  /** The damages claimed (and proven), whole yen. */
  readonly claimedDamages: YenInput;
  /** The company's fault. */
  readonly fault: Fault;
  /** Ordinary or special damages. */
  readonly damageKind: DamageKind;
}

/** What {@link liabilityCapOf} computes. */
export interface LiabilityCapAmount {
  /** What the company pays on the claim, whole yen. */
  readonly payable: Yen;
  /** True when the one-month cap cut the claim down. */
  readonly capApplied: boolean;
  /** The cap that applied (one month's fee), or `null` when the fault lifted it. */
  readonly cap: Yen | null;
  /** True when the claim was refused because only ordinary damages are recoverable. */
  readonly specialDamagesExcluded: boolean;
  /** True when the company had no fault (`fault: 'none'`): nothing is owed under 第29条 (I-13). */
  readonly noFault: boolean;
}

export interface LiabilityCapResult extends LiabilityCapAmount, WithBasis {}

/** The trusted core of {@link liabilityCap} (no validation). Exported for tests, not from the package root. */
export function liabilityCapOf(
  monthlyFee: Yen,
  claimedDamages: Yen,
  fault: Fault,
  damageKind: DamageKind,
): LiabilityCapAmount {
  if (!faultAttributable(fault)) {
    return { payable: 0, capApplied: false, cap: null, specialDamagesExcluded: false, noFault: true };
  }
  if (faultLiftsLimits(fault)) {
    return { payable: claimedDamages, capApplied: false, cap: null, specialDamagesExcluded: false, noFault: false };
  }
  if (damageKind === 'special') {
    return { payable: 0, capApplied: false, cap: monthlyFee, specialDamagesExcluded: true, noFault: false };
  }
  return {
    payable: Math.min(claimedDamages, monthlyFee),
    capApplied: claimedDamages > monthlyFee,
    cap: monthlyFee,
    specialDamagesExcluded: false,
    noFault: false,
  };
}

const LiabilityCapInput = z.object({
  monthlyFee: yenField,
  claimedDamages: yenField,
  fault: enumField(FAULT_KINDS),
  damageKind: enumField(DAMAGE_KINDS),
});

/**
 * The most the company pays on a damages claim under 第29条 (I-13), whatever the
 * legal ground (債務不履行, 不法行為 …):
 *
 * - fault `'none'`: nothing (`noFault`): the article answers only for damage caused by
 *   「当社の責に帰すべき事由」 or a breach of the contract by the company;
 * - fault `'ordinary'`: special damages → 0; ordinary damages → at most one month's
 *   fee (`capApplied` when the claim was larger);
 * - `'gross-negligence'` or `'willful'`: neither limit applies — the whole claim,
 *   ordinary or special.
 *
 * 第30条's exemption clauses are not looked at here; {@link companyLiability} in
 * article-30 combines both. `options` are accepted for uniformity (none changes this
 * answer: no amount is rounded).
 *
 * @example
 * ```ts
 * import { liabilityCap } from 'cloud-ops-terms';
 * liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary' });
 * //=> { payable: 90000, capApplied: true, cap: 90000, specialDamagesExcluded: false, noFault: false, basis: ['29'] }
 * liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'gross-negligence', damageKind: 'special' }).payable;
 * //=> 500000
 * liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'none', damageKind: 'ordinary' }).payable;
 * //=> 0
 * ```
 */
export function liabilityCap(input: LiabilityCapInput, options?: OptionsFor<'liabilityCap'>): LiabilityCapResult {
  const { monthlyFee, claimedDamages, fault, damageKind } = parseInput(LiabilityCapInput, input);
  optionsFor('liabilityCap', options);
  // Fields named one by one: V8 spreads an object into a literal with more fields about
  // fifty times as slowly (docs/performance.md).
  const r = liabilityCapOf(monthlyFee, claimedDamages, fault, damageKind);
  return {
    payable: r.payable,
    capApplied: r.capApplied,
    cap: r.cap,
    specialDamagesExcluded: r.specialDamagesExcluded,
    noFault: r.noFault,
    basis: basis('29'),
  };
}
