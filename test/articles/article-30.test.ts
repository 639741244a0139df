/**
 * 第30条（免責）
 *
 * 「1 当社は、以下の事由により契約者に発生した損害については、債務不履行責任、不法行為責任、その他
 * 法律上の請求原因の如何を問わずいかなる責任も負わないものとします。」
 * 「(2) 第三者による不正アクセス、クラッキング、通信経路での傍受、コンピュータウイルスの侵入等（以下、
 * あわせて「不正アクセス等」という。）。ただし、当社に故意又は重大な過失がある場合を除きます。」
 * 「(7) 再委託先の業務に関するもので、再委託先の選任・監督につき当社に過失などの帰責事由がない場合」
 * 「(9) その他当社の責に帰すべからざる事由によるもの」
 * 「2 当社は、本サービスのトラブル、停止等により本件サーバー内の電磁的記録が破損又は滅失した場合に
 * おいても、その損害について、原因の如何を問わず、一切の責任を負わないものとします。契約者は、
 * 第 21 条（バックアップ）のとおり自らの責任でデータ等のバックアップをするものとします。」
 *
 * (Items (1)–(9) are compared with docs/terms/terms-ja.txt below.)
 * I-13 (revised): fault is `none`, `ordinary`, `gross-negligence` or `willful`. Items (7) and (9)
 * exempt only at `none` (their own words: 「過失などの帰責事由がない場合」, 「責に帰すべからざる事由」);
 * item (2) keeps liability for 故意又は重大な過失 (its proviso). Option `exemptions`: by default
 * (`restrictive`) no exemption of 第30条 — any item of 1項, and 2項 — covers willful misconduct or
 * gross negligence (民法90条, 信義則); `as-written` reads the clause as worded. Then 第29条 applies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_30,
  DAMAGE_KINDS,
  EXEMPTION_CAUSES,
  EXEMPTION_CAUSE_IDS,
  FAULT_KINDS,
  companyLiability,
  dataLossLiability,
  isExempt,
  isExemptionCauseId,
  liabilityCap,
} from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { readTermsStructure } from '../support/terms-structure.js';

const structure = readTermsStructure();

describe('第30条1項: the nine causes', () => {
  it('lists the nine items in order, each with its ref', () => {
    expect(EXEMPTION_CAUSES.map((c) => c.ref)).toEqual([
      '30.1.1',
      '30.1.2',
      '30.1.3',
      '30.1.4',
      '30.1.5',
      '30.1.6',
      '30.1.7',
      '30.1.8',
      '30.1.9',
    ]);
    expect(EXEMPTION_CAUSES.map((c) => c.id)).toEqual([...EXEMPTION_CAUSE_IDS]);
  });

  it.each(EXEMPTION_CAUSES.map((c) => [c.ref, c] as const))('%s quotes the terms verbatim', (ref, cause) => {
    const item = structure.find((p) => p.ref === ref);
    expect(item).toBeDefined();
    const text = (item?.lines ?? []).join('').replace(/^-\s*\(\d\)\s*/, '');
    expect(cause.ja).toBe(text);
    expect(cause.en.length).toBeGreaterThan(20);
  });

  it('recognises the cause ids', () => {
    expect(isExemptionCauseId('force-majeure')).toBe(true);
    expect(isExemptionCauseId('act-of-god')).toBe(false);
    expect(isExemptionCauseId(undefined)).toBe(false);
  });

  it('force majeure (item 1) exempts without fault and with ordinary negligence', () => {
    for (const fault of ['none', 'ordinary'] as const) {
      expect(isExempt({ cause: 'force-majeure', fault })).toEqual({ exempt: true, basis: ['30.1.1'] });
    }
  });

  it('by default (restrictive) force majeure does not cover intent or gross negligence; as written it does', () => {
    // I-13: 「いかなる責任も負わない」 cannot shield 故意・重大な過失 (民法90条, 信義則) — unless the caller
    // asks for the clause as written, where item 1 has no proviso of its own.
    for (const fault of ['gross-negligence', 'willful'] as const) {
      expect(isExempt({ cause: 'force-majeure', fault })).toEqual({ exempt: false, basis: ['30.1.1'] });
      expect(isExempt({ cause: 'force-majeure', fault }, { exemptions: 'as-written' }).exempt).toBe(true);
    }
  });

  it('unauthorized access (item 2) exempts an ordinary fault but not intent or gross negligence', () => {
    expect(isExempt({ cause: 'unauthorized-access', fault: 'ordinary' })).toEqual({ exempt: true, basis: ['30.1.2'] });
    expect(isExempt({ cause: 'unauthorized-access', fault: 'gross-negligence' })).toEqual({
      exempt: false,
      basis: ['30.1.2'],
    });
    expect(isExempt({ cause: 'unauthorized-access', fault: 'willful' }).exempt).toBe(false);
  });

  it('items 7 and 9 exempt only at none: 「当社に過失などの帰責事由がない場合」「当社の責に帰すべからざる事由」', () => {
    for (const cause of ['subcontractor-without-fault', 'not-attributable'] as const) {
      for (const exemptions of ['restrictive', 'as-written'] as const) {
        expect(isExempt({ cause, fault: 'none' }, { exemptions }).exempt).toBe(true);
        // Ordinary negligence is a 帰責事由: the item does not apply, 第29条's cap governs.
        expect(isExempt({ cause, fault: 'ordinary' }, { exemptions }).exempt).toBe(false);
        expect(isExempt({ cause, fault: 'gross-negligence' }, { exemptions }).exempt).toBe(false);
        expect(isExempt({ cause, fault: 'willful' }, { exemptions }).exempt).toBe(false);
      }
    }
  });

  it('unauthorized access (item 2) keeps liability for intent or gross negligence even as written', () => {
    expect(isExempt({ cause: 'unauthorized-access', fault: 'willful' }, { exemptions: 'as-written' }).exempt).toBe(
      false,
    );
    expect(isExempt({ cause: 'unauthorized-access', fault: 'none' }, { exemptions: 'as-written' }).exempt).toBe(true);
  });

  it('the other items keep no liability in their own words', () => {
    const always = EXEMPTION_CAUSES.filter((c) => c.keepsLiabilityFor.length === 0).map((c) => c.ref);
    expect(always).toEqual(['30.1.1', '30.1.3', '30.1.4', '30.1.5', '30.1.6', '30.1.8']);
    for (const cause of EXEMPTION_CAUSES.filter((c) => c.keepsLiabilityFor.length === 0)) {
      expect(isExempt({ cause: cause.id, fault: 'willful' }, { exemptions: 'as-written' }).exempt).toBe(true);
      expect(isExempt({ cause: cause.id, fault: 'willful' }).exempt).toBe(false);
      expect(isExempt({ cause: cause.id, fault: 'ordinary' }).exempt).toBe(true);
    }
  });

  it('refuses an unknown cause or fault naming the field', () => {
    expectTermsError(() => isExempt({ cause: 'act-of-god' as never, fault: 'ordinary' }), 'cause');
    expectTermsError(() => isExempt({ cause: 'force-majeure', fault: 'reckless' as never }), 'fault');
    expectTermsError(
      () => isExempt({ cause: 'force-majeure', fault: 'none' }, { exemptions: 'never' } as never),
      'options.exemptions',
      'INVALID_INPUT',
      /I-13/,
    );
  });
});

describe('第30条2項: lost or damaged data', () => {
  it('is not the company’s liability as the clause words it; the customer backs up (第21条)', () => {
    expect(dataLossLiability()).toEqual({ companyLiable: false, customerBacksUp: true, basis: ['30.2', '21'] });
    expect(dataLossLiability({ fault: 'ordinary' }).companyLiable).toBe(false);
    expect(dataLossLiability({ fault: 'none' }).companyLiable).toBe(false);
  });

  it('by default 30.2 does not cover intent or gross negligence; as written 「原因の如何を問わず」 it does', () => {
    expect(dataLossLiability({ fault: 'gross-negligence' })).toEqual({
      companyLiable: true,
      customerBacksUp: true,
      basis: ['30.2', '21'],
    });
    expect(dataLossLiability({ fault: 'willful' }).companyLiable).toBe(true);
    expect(dataLossLiability({ fault: 'willful' }, { exemptions: 'as-written' }).companyLiable).toBe(false);
    expectTermsError(() => dataLossLiability({ fault: 'careless' as never }), 'fault');
  });
});

describe('第30条 then 第29条: what the company owes on a claim', () => {
  const claim = { monthlyFee: 90_000, claimedDamages: 500_000, fault: 'ordinary', damageKind: 'ordinary' } as const;

  it('without a 30.1 cause, 第29条 caps an ordinary damage at one month: 90,000', () => {
    expect(companyLiability(claim)).toEqual({
      payable: 90_000,
      exempt: false,
      capApplied: true,
      cap: 90_000,
      specialDamagesExcluded: false,
      outcome: 'capped',
      basis: ['29'],
    });
  });

  it('a cloud-provider outage (item 8) is exempt: nothing is owed', () => {
    expect(companyLiability({ ...claim, cause: 'cloud-provider-outage' })).toEqual({
      payable: 0,
      exempt: true,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      outcome: 'exempt',
      basis: ['30.1.8'],
    });
  });

  it('unauthorized access with gross negligence: item 2 keeps liability and 第29条 lifts the cap', () => {
    expect(companyLiability({ ...claim, fault: 'gross-negligence', cause: 'unauthorized-access' })).toEqual({
      payable: 500_000,
      exempt: false,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      outcome: 'limits-lifted',
      basis: ['30.1.2', '29'],
    });
  });

  it('unauthorized access with ordinary fault is exempt under item 2', () => {
    expect(companyLiability({ ...claim, cause: 'unauthorized-access' })).toMatchObject({
      payable: 0,
      outcome: 'exempt',
      basis: ['30.1.2'],
    });
  });

  it('a special damage with ordinary fault and no cause: 第29条 excludes it', () => {
    expect(companyLiability({ ...claim, damageKind: 'special' })).toMatchObject({
      payable: 0,
      exempt: false,
      specialDamagesExcluded: true,
      outcome: 'special-damages-excluded',
      basis: ['29'],
    });
  });

  it('a claim within the cap is paid: 40,000 → 40,000', () => {
    expect(companyLiability({ ...claim, claimedDamages: 40_000 })).toMatchObject({
      payable: 40_000,
      capApplied: false,
      outcome: 'within-cap',
    });
  });

  it('data loss with ordinary fault is exempt under 30.2, even with a 30.1 cause that would not exempt', () => {
    expect(companyLiability({ ...claim, dataLoss: true })).toMatchObject({
      payable: 0,
      exempt: true,
      outcome: 'exempt',
      basis: ['30.2', '21'],
    });
    // Item 9 does not cover ordinary negligence, but 30.2 「原因の如何を問わず」 does.
    expect(companyLiability({ ...claim, cause: 'not-attributable', dataLoss: true }).basis).toEqual(['30.2', '21']);
    expect(companyLiability({ ...claim, dataLoss: false }).basis).toEqual(['29']);
  });

  it('data loss through willful misconduct: restrictive → 30.2 gives way and 第29条 lifts its limits; as written → 0', () => {
    expect(companyLiability({ ...claim, fault: 'willful', dataLoss: true })).toEqual({
      payable: 500_000,
      exempt: false,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      outcome: 'limits-lifted',
      basis: ['30.2', '29'],
    });
    expect(
      companyLiability({ ...claim, fault: 'willful', dataLoss: true }, { exemptions: 'as-written' }),
    ).toMatchObject({ payable: 0, exempt: true, basis: ['30.2', '21'] });
    expect(
      companyLiability({ ...claim, fault: 'gross-negligence', cause: 'unauthorized-access', dataLoss: true }).basis,
    ).toEqual(['30.2', '30.1.2', '29']);
  });

  it('a subcontractor’s failure with ordinary negligence: item 7 does not apply, 第29条 caps at 90,000', () => {
    // Before the revision of I-13 this paid 0: a negligent company escaped the month's cap.
    expect(companyLiability({ ...claim, cause: 'subcontractor-without-fault' })).toEqual({
      payable: 90_000,
      exempt: false,
      capApplied: true,
      cap: 90_000,
      specialDamagesExcluded: false,
      outcome: 'capped',
      basis: ['30.1.7', '29'],
    });
    expect(companyLiability({ ...claim, fault: 'none', cause: 'subcontractor-without-fault' })).toMatchObject({
      payable: 0,
      exempt: true,
      basis: ['30.1.7'],
    });
  });

  it('no fault and no cause of 30.1: 第29条 owes nothing (outcome no-fault)', () => {
    expect(companyLiability({ ...claim, fault: 'none' })).toEqual({
      payable: 0,
      exempt: false,
      capApplied: false,
      cap: null,
      specialDamagesExcluded: false,
      outcome: 'no-fault',
      basis: ['29'],
    });
  });

  it('force majeure with gross negligence: restrictive → the whole 500,000; as written → 0', () => {
    expect(companyLiability({ ...claim, fault: 'gross-negligence', cause: 'force-majeure' })).toMatchObject({
      payable: 500_000,
      outcome: 'limits-lifted',
      basis: ['30.1.1', '29'],
    });
    expect(
      companyLiability({ ...claim, fault: 'gross-negligence', cause: 'force-majeure' }, { exemptions: 'as-written' }),
    ).toMatchObject({ payable: 0, exempt: true, basis: ['30.1.1'] });
  });

  it('the payable amount never exceeds the cap unless the fault lifts it, and equals 第29条 when not exempt', () => {
    const yen = fc.integer({ min: 0, max: 10 ** 12 });
    fc.assert(
      fc.property(
        yen,
        yen,
        fc.constantFrom(...FAULT_KINDS),
        fc.constantFrom(...DAMAGE_KINDS),
        fc.option(fc.constantFrom(...EXEMPTION_CAUSE_IDS), { nil: undefined }),
        (monthlyFee, claimedDamages, fault, damageKind, cause) => {
          const input = { monthlyFee, claimedDamages, fault, damageKind, ...(cause ? { cause } : {}) };
          const r = companyLiability(input);
          if (fault === 'ordinary') expect(r.payable).toBeLessThanOrEqual(monthlyFee);
          if (fault === 'none') expect(r.payable).toBe(0);
          // Restrictive: intent or gross negligence is never exempt.
          if (fault === 'gross-negligence' || fault === 'willful') expect(r.exempt).toBe(false);
          const asWritten = companyLiability(input, { exemptions: 'as-written' });
          expect(asWritten.payable).toBeLessThanOrEqual(r.payable);
          expect(r.payable).toBeLessThanOrEqual(claimedDamages);
          if (!r.exempt)
            expect(r.payable).toBe(liabilityCap({ monthlyFee, claimedDamages, fault, damageKind }).payable);
          expect(r.basis.at(-1)).toBe(r.exempt ? EXEMPTION_CAUSES.find((c) => c.id === cause)?.ref : '29');
        },
      ),
    );
  });

  it('refuses bad input naming the field', () => {
    expectTermsError(() => companyLiability({ ...claim, cause: 'war' as never }), 'cause');
    expectTermsError(() => companyLiability({ ...claim, dataLoss: 'yes' as never }), 'dataLoss');
    expectTermsError(() => companyLiability({ ...claim, monthlyFee: -90_000 }), 'monthlyFee');
    expectTermsError(() => companyLiability({ ...claim, claimedDamages: 0.5 }), 'claimedDamages');
    expectTermsError(() => companyLiability({ ...claim, fault: 'careless' as never }), 'fault');
  });
});

describe('ARTICLE_30', () => {
  it('names the article, its paragraphs and items', () => {
    expect(ARTICLE_30.title).toBe('免責');
    expect(ARTICLE_30.provisions).toEqual([
      '30',
      '30.1',
      '30.1.1',
      '30.1.2',
      '30.1.3',
      '30.1.4',
      '30.1.5',
      '30.1.6',
      '30.1.7',
      '30.1.8',
      '30.1.9',
      '30.2',
    ]);
  });
});
