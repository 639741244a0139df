/**
 * 第1条（適用）
 *
 * 「1 当社は、本利用約款（以下「本約款」といいます。）に基づき、本サービスを提供します。」
 * 「2 当社と契約者との間には、個別の利用契約の他、本約款が適用されるものとします。ただし、本約款と
 * 個別の利用契約の規定が異なるときは、個別の利用契約の規定が本約款に優先して適用されるものとします。」
 *
 * Reading (lead): a typed merge of the contract's settings over the terms' defaults; the contract's
 * value wins wherever it is given (not undefined), and the keys it gave are reported.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ARTICLE_1, mergeContractSettings } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

const DEFAULTS = { minimumTermMonths: 0, renewalMonths: 12, monthlyFee: 50_000, backupOption: false };

describe('第1条2項: the individual contract prevails over the terms', () => {
  it('takes the contract’s value where it gives one and the terms’ default elsewhere', () => {
    expect(
      mergeContractSettings({ defaults: DEFAULTS, contract: { minimumTermMonths: 6, backupOption: true } }),
    ).toEqual({
      settings: { minimumTermMonths: 6, renewalMonths: 12, monthlyFee: 50_000, backupOption: true },
      overridden: ['minimumTermMonths', 'backupOption'],
      basis: ['1.2'],
    });
  });

  it('an undefined value is no provision: the default stands and the key is not reported', () => {
    const r = mergeContractSettings({ defaults: DEFAULTS, contract: { monthlyFee: undefined, renewalMonths: 6 } });
    expect(r.settings.monthlyFee).toBe(50_000);
    expect(r.overridden).toEqual(['renewalMonths']);
  });

  it('0, false and null are values the contract gives, and they prevail', () => {
    const r = mergeContractSettings({
      defaults: { fee: 100 as number | null, renew: true, months: 12 },
      contract: { fee: null, renew: false, months: 0 },
    });
    expect(r.settings).toEqual({ fee: null, renew: false, months: 0 });
    expect(r.overridden).toEqual(['fee', 'renew', 'months']);
  });

  it('a value equal to the default still counts as the contract’s own provision', () => {
    expect(mergeContractSettings({ defaults: DEFAULTS, contract: { renewalMonths: 12 } }).overridden).toEqual([
      'renewalMonths',
    ]);
  });

  it('without a contract, or with an empty one, the terms apply as they stand (1.1, 1.2 first sentence)', () => {
    expect(mergeContractSettings({ defaults: DEFAULTS })).toEqual({
      settings: DEFAULTS,
      overridden: [],
      basis: ['1.2'],
    });
    expect(mergeContractSettings({ defaults: DEFAULTS, contract: {} }).overridden).toEqual([]);
  });

  it('reports overridden keys in the order of the defaults, and never changes its inputs', () => {
    const contract = { backupOption: true, minimumTermMonths: 3 };
    const defaults = { ...DEFAULTS };
    const r = mergeContractSettings({ defaults, contract });
    expect(r.overridden).toEqual(['minimumTermMonths', 'backupOption']);
    expect(defaults).toEqual(DEFAULTS);
    expect(contract).toEqual({ backupOption: true, minimumTermMonths: 3 });
  });

  it('for any settings: every key is the contract’s where given, the default otherwise', () => {
    const keys = ['a', 'b', 'c', 'd', 'e'] as const;
    const value = fc.oneof(fc.integer(), fc.boolean(), fc.string(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(keys.map((k) => [k, value])) as Record<(typeof keys)[number], fc.Arbitrary<unknown>>,
        ),
        fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(value, { nil: undefined })])), { requiredKeys: [] }),
        (defaults, contract) => {
          const r = mergeContractSettings({ defaults, contract: contract as Partial<typeof defaults> });
          for (const k of keys) {
            const given = (contract as Record<string, unknown>)[k];
            expect(r.settings[k]).toEqual(given === undefined ? defaults[k] : given);
            expect(r.overridden.includes(k)).toBe(given !== undefined);
          }
        },
      ),
    );
  });

  it('is typed by the defaults: the settings keep their types and a contract may set only known keys', () => {
    const r = mergeContractSettings({ defaults: DEFAULTS, contract: { monthlyFee: 60_000 } });
    expectTypeOf(r.settings).toEqualTypeOf<typeof DEFAULTS>();
    expectTypeOf(r.overridden).toEqualTypeOf<
      ('minimumTermMonths' | 'renewalMonths' | 'monthlyFee' | 'backupOption')[]
    >();
    const misspelt = () =>
      // @ts-expect-error a contract key the defaults do not have
      mergeContractSettings({ defaults: DEFAULTS, contract: { monthlyfee: 1 } });
    expectTypeOf(misspelt).toBeFunction();
  });

  it('refuses a contract key the defaults do not know, naming it (a misspelt setting is not silently ignored)', () => {
    const e = expectTermsError(
      () => mergeContractSettings({ defaults: DEFAULTS, contract: { monthlyfee: 60_000 } as never }),
      'contract.monthlyfee',
    );
    expect(e.message).toContain("'monthlyFee'");
  });

  it('refuses input that is not a pair of plain objects', () => {
    expectTermsError(() => mergeContractSettings(null as never), 'input');
    expectTermsError(() => mergeContractSettings({} as never), 'defaults');
    expectTermsError(() => mergeContractSettings({ defaults: [1, 2] } as never), 'defaults');
    expectTermsError(() => mergeContractSettings({ defaults: DEFAULTS, contract: 'x' } as never), 'contract');
    expectTermsError(() => mergeContractSettings({ defaults: {}, contract: { a: 1 } } as never), 'contract.a');
  });
});

describe('ARTICLE_1', () => {
  it('names the article, its paragraphs and its versions', () => {
    expect(ARTICLE_1).toEqual({
      number: 1,
      title: '適用',
      provisions: ['1', '1.1', '1.2'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});

describe('第1条: the settings come back in a JSON result, so they must be JSON values (issue 11)', () => {
  it('refuses a value that is not JSON, naming its key under defaults or contract', () => {
    expectTermsError(
      () => mergeContractSettings({ defaults: { startedAt: new Date(0) } }),
      'defaults.startedAt',
      'INVALID_INPUT',
      'plain record',
    );
    expectTermsError(
      () => mergeContractSettings({ defaults: { fee: 1 }, contract: { fee: Number.NaN } }),
      'contract.fee',
      'INVALID_INPUT',
      'finite number',
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => mergeContractSettings({ defaults: { plan: {} }, contract: { plan: cyclic } })).toThrow(
      /^contract\.plan\.self\.self\..*: expected at most 32 levels of nesting$/,
    );
  });

  it('still takes undefined in the contract as "not set"', () => {
    expect(mergeContractSettings({ defaults: { fee: 1 }, contract: { fee: undefined } }).overridden).toEqual([]);
  });
});
