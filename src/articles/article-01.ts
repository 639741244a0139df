/**
 * 第1条（適用） — the terms apply, and the individual contract prevails.
 *
 * > 1 当社は、本利用約款（以下「本約款」といいます。）に基づき、本サービスを提供します。
 * >
 * > 2 当社と契約者との間には、個別の利用契約の他、本約款が適用されるものとします。ただし、
 * > 本約款と個別の利用契約の規定が異なるときは、個別の利用契約の規定が本約款に優先して
 * > 適用されるものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { TermsError, type TermsIssue } from '../core/errors.js';
import { articleInfo } from '../core/provisions.js';
import { parseInput } from '../core/schema.js';
import { jsonProblem } from './shared.js';

/** 第1条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_1 = articleInfo(1);

/** What an individual contract may set: any of the defaults' keys, each optional (`undefined` = not set). */
export type ContractSettings<T extends object> = { readonly [K in keyof T]?: T[K] | undefined };

export interface MergeContractSettingsInput<T extends object> {
  /** The terms' defaults (本約款の規定), one key per setting. */
  readonly defaults: T;
  /** The individual contract's own settings (個別の利用契約の規定); absent or `undefined` keys are not set. */
  readonly contract?: ContractSettings<T> | undefined;
}

export interface MergeContractSettingsResult<T extends object> extends WithBasis {
  /** Every setting, the contract's value where it gives one, the terms' default elsewhere. */
  readonly settings: T;
  /** The keys the contract set (in the order of `defaults`): there the contract prevails. */
  readonly overridden: (keyof T & string)[];
}

const Settings = z.record(z.string(), z.unknown());
const MergeContractSettingsInput = z.object({ defaults: Settings, contract: z.optional(Settings) });

/**
 * Trusted merge: the contract's value wins wherever it is not `undefined`.
 * Exported for the lifecycle layer and tests; callers validate first.
 */
export function applyPrecedence<T extends object>(
  defaults: T,
  contract: ContractSettings<T>,
): { settings: T; overridden: (keyof T & string)[] } {
  const settings: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  const overridden: (keyof T & string)[] = [];
  for (const key of Object.keys(defaults) as (keyof T & string)[]) {
    const value = (contract as Record<string, unknown>)[key];
    if (value !== undefined && Object.hasOwn(contract, key)) {
      settings[key] = value;
      overridden.push(key);
    }
  }
  return { settings: settings as T, overridden };
}

/**
 * 第1条2項: the terms apply besides the individual contract, but 「本約款と個別の
 * 利用契約の規定が異なるときは、個別の利用契約の規定が本約款に優先して適用される」.
 *
 * `defaults` holds the terms' settings and `contract` the individual
 * contract's; the result takes the contract's value wherever it gives one
 * (anything but `undefined` — `null`, `0` and `false` are values) and lists
 * those keys in `overridden`. A key the contract sets to the same value as
 * the default still counts as the contract's: it is the contract's own
 * provision that applies. A contract key that is not one of the defaults' is
 * refused as bad input (`contract.<key>`), since a misspelt setting would
 * otherwise be silently ignored. The settings come back in the result, so
 * each value must be a JSON value (a string, a finite number, a boolean,
 * null, a list or a plain record); anything else is refused naming it
 * (`defaults.<key>`).
 *
 * @example
 * ```ts
 * import { mergeContractSettings } from 'cloud-ops-terms';
 * mergeContractSettings({
 *   defaults: { minimumTermMonths: 0, renewalMonths: 12, monthlyFee: 50000 },
 *   contract: { minimumTermMonths: 6, monthlyFee: undefined },
 * });
 * //=> { settings: { minimumTermMonths: 6, renewalMonths: 12, monthlyFee: 50000 }, overridden: ['minimumTermMonths'], basis: ['1.2'] }
 * ```
 */
export function mergeContractSettings<T extends object>(
  input: MergeContractSettingsInput<T>,
): MergeContractSettingsResult<T> {
  const { defaults, contract = {} } = parseInput(MergeContractSettingsInput, input);
  const known = Object.keys(defaults).map((k) => `'${k}'`);
  const expected = known.length > 0 ? `expected one of ${known.join(', ')}` : 'the defaults have no settings';
  const unknownKeys: TermsIssue[] = Object.keys(contract)
    .filter((key) => !Object.hasOwn(defaults, key))
    .map((key) => ({
      path: `contract.${key}`,
      message: `'${key}' is not a setting of the terms' defaults (${expected})`,
    }));
  if (unknownKeys.length > 0) throw new TermsError('INVALID_INPUT', unknownKeys);
  // The settings come back in the result, which is JSON: a value that is not one is bad input.
  const notJson = [
    ...Object.entries(defaults).map(([key, value]) => value !== undefined && jsonProblem(value, `defaults.${key}`)),
    ...Object.entries(contract).map(([key, value]) => value !== undefined && jsonProblem(value, `contract.${key}`)),
  ].filter((issue): issue is TermsIssue => issue !== undefined && issue !== false);
  if (notJson.length > 0) throw new TermsError('INVALID_INPUT', notJson);
  const { settings, overridden } = applyPrecedence(defaults as T, contract as ContractSettings<T>);
  return { settings, overridden, basis: basis('1.2') };
}
