/**
 * 第29条（損害賠償の制限）
 *
 * 「債務不履行責任、不法行為責任、その他法律上の請求原因の如何を問わず、本サービス又は利用契約等に
 * 関して、当社が契約者に対して負う損害賠償責任の範囲は、当社の責に帰すべき事由により又は当社が
 * 利用契約等に違反したことが直接の原因で契約者に現実に発生した通常の損害に限定され、損害賠償の額は
 * 契約者の月額料金の1か月分を超えないものとします。ただし、当社の故意又は重大な過失による場合は
 * この限りではありません。」
 *
 * I-13 (revised): ordinary damages only, capped at one month's fee; intent or gross negligence lifts
 * both; with no fault of the company (`none`) nothing is owed — the article covers only damage
 * 「当社の責に帰すべき事由により又は当社が利用契約等に違反したことが直接の原因で」.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_29,
  DAMAGE_KINDS,
  FAULT_KINDS,
  faultAttributable,
  faultLiftsLimits,
  liabilityCap,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

describe('第29条: ordinary damages only, at most one month of the fee', () => {
  it('an ordinary damage above one month’s fee is cut to the fee: 500,000 claimed, 90,000 a month → 90,000', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary' }),
    ).toEqual({
      payable: 90_000,
      capApplied: true,
      cap: 90_000,
      specialDamagesExcluded: false,
      noFault: false,
      basis: ['29'],
    });
  });

  it('an ordinary damage below the cap is paid in full: 50,000 of a 90,000 cap', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 50_000, fault: 'ordinary', damageKind: 'ordinary' }),
    ).toEqual({
      payable: 50_000,
      capApplied: false,
      cap: 90_000,
      specialDamagesExcluded: false,
      noFault: false,
      basis: ['29'],
    });
  });

  it('a claim of exactly one month’s fee is paid in full and the cap does not cut it ("超えない")', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 90_000, fault: 'ordinary', damageKind: 'ordinary' }),
    ).toMatchObject({ payable: 90_000, capApplied: false });
  });

  it('one yen over the cap is cut by one yen', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 90_001, fault: 'ordinary', damageKind: 'ordinary' }),
    ).toMatchObject({ payable: 90_000, capApplied: true });
  });

  it('special damages are not recoverable without intent or gross negligence', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 50_000, fault: 'ordinary', damageKind: 'special' }),
    ).toEqual({
      payable: 0,
      capApplied: false,
      cap: 90_000,
      specialDamagesExcluded: true,
      noFault: false,
      basis: ['29'],
    });
  });

  it('gross negligence lifts the cap: the whole 500,000 ordinary damage', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'gross-negligence', damageKind: 'ordinary' }),
    ).toEqual({
      payable: 500_000,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      noFault: false,
      basis: ['29'],
    });
  });

  it('gross negligence lifts the ordinary-damage limit too: special damages are paid', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'gross-negligence', damageKind: 'special' })
        .payable,
    ).toBe(500_000);
  });

  it('intent (willful misconduct) lifts both limits', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 2_000_000, fault: 'willful', damageKind: 'ordinary' }).payable,
    ).toBe(2_000_000);
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 2_000_000, fault: 'willful', damageKind: 'special' }).payable,
    ).toBe(2_000_000);
  });

  it('without any fault of the company nothing is owed: 500,000 claimed → 0 (「当社の責に帰すべき事由により」)', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'none', damageKind: 'ordinary' }),
    ).toEqual({
      payable: 0,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      noFault: true,
      basis: ['29'],
    });
    // Special damages too: nothing is owed at all, so neither limit is what refused it.
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 500_000, fault: 'none', damageKind: 'special' }),
    ).toMatchObject({ payable: 0, specialDamagesExcluded: false, noFault: true });
  });

  it('ordinary negligence is a fault: the damage is owed up to the cap, not refused', () => {
    expect(
      liabilityCap({ monthlyFee: 90_000, claimedDamages: 30_000, fault: 'ordinary', damageKind: 'ordinary' }),
    ).toMatchObject({ payable: 30_000, noFault: false });
  });

  it('the four levels of fault, in order; only none is without fault', () => {
    expect(FAULT_KINDS).toEqual(['none', 'ordinary', 'gross-negligence', 'willful']);
    expect(FAULT_KINDS.filter((f) => !faultAttributable(f))).toEqual(['none']);
  });

  it('handles amounts up to 10^12 yen exactly', () => {
    expect(
      liabilityCap({
        monthlyFee: '999999999999',
        claimedDamages: '1000000000000',
        fault: 'ordinary',
        damageKind: 'ordinary',
      }),
    ).toMatchObject({ payable: 999_999_999_999, capApplied: true });
  });

  it('a contract with a fee of 0 caps ordinary damages at 0', () => {
    expect(liabilityCap({ monthlyFee: 0, claimedDamages: 1, fault: 'ordinary', damageKind: 'ordinary' })).toMatchObject(
      {
        payable: 0,
        capApplied: true,
      },
    );
  });

  it('only intent and gross negligence lift the limits', () => {
    expect(FAULT_KINDS.filter(faultLiftsLimits)).toEqual(['gross-negligence', 'willful']);
  });

  describe('properties', () => {
    const yen = fc.integer({ min: 0, max: 10 ** 12 });
    const fault = fc.constantFrom(...FAULT_KINDS);
    const kind = fc.constantFrom(...DAMAGE_KINDS);

    it('the payable amount never exceeds the claim, nor the cap unless the fault lifts it', () => {
      fc.assert(
        fc.property(yen, yen, fault, kind, (monthlyFee, claimedDamages, f, k) => {
          const r = liabilityCap({ monthlyFee, claimedDamages, fault: f, damageKind: k });
          expect(r.payable).toBeLessThanOrEqual(claimedDamages);
          if (f === 'none') expect(r.payable).toBe(0);
          if (faultLiftsLimits(f)) expect(r.payable).toBe(claimedDamages);
          else expect(r.payable).toBeLessThanOrEqual(monthlyFee);
          expect(r.capApplied).toBe(f === 'ordinary' && k === 'ordinary' && claimedDamages > monthlyFee);
          expect(r.noFault).toBe(f === 'none');
        }),
      );
    });
  });

  it('refuses bad input naming the field', () => {
    const ok = { monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary' } as const;
    expectTermsError(() => liabilityCap({ ...ok, monthlyFee: -1 }), 'monthlyFee');
    expectTermsError(() => liabilityCap({ ...ok, monthlyFee: 90_000.5 }), 'monthlyFee');
    expectTermsError(() => liabilityCap({ ...ok, claimedDamages: Number.NaN }), 'claimedDamages');
    expectTermsError(() => liabilityCap({ ...ok, claimedDamages: 1e21 }), 'claimedDamages');
    expectTermsError(
      () => liabilityCap({ ...ok, fault: 'negligent' as never }),
      'fault',
      'INVALID_INPUT',
      /'negligent'/,
    );
    expectTermsError(() => liabilityCap({ ...ok, damageKind: 'indirect' as never }), 'damageKind');
    expectTermsError(() => liabilityCap({ ...ok, fault: undefined as never }), 'fault');
    expectTermsError(() => liabilityCap(ok, { rounding: 'up' as never }), 'options.rounding');
  });
});

describe('ARTICLE_29', () => {
  it('names the article: a single paragraph', () => {
    expect(ARTICLE_29).toEqual({
      number: 29,
      title: '損害賠償の制限',
      provisions: ['29'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
