/**
 * 第16条（契約終了時のデータ、ソフトウェア等の扱い） — the customer's data when the
 * contract ends.
 *
 * > 当社は、利用契約が終了した場合、当社所定の手続・方法により、契約者に通知することなく、
 * > 当社が保有する契約者のデータ、ソフトウェア等のすべての電磁的記録を削除します。これに
 * > よる契約者の損失、損害に対して当社は一切の責任を負わないものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import type { CalendarDate } from '../core/calendar-date.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { articleInfo } from '../core/provisions.js';
import { atField, dateField, parseInput, type DateInput } from '../core/schema.js';

/** 第16条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_16 = articleInfo(16);

export interface DataDeletionOnTerminationInput {
  /** The day the contract ends (解約日 or 廃止日): the last day of the contract. */
  readonly terminationDate: DateInput;
}

export interface DataDeletionOnTerminationResult extends WithBasis {
  /** The first day the company may delete all of the customer's data and software, `'YYYY-MM-DD'`. */
  readonly deletableFrom: string;
  /** Always false: 「契約者に通知することなく」. */
  readonly notifyCustomer: false;
  /** Always false: 「これによる契約者の損失、損害に対して当社は一切の責任を負わない」. */
  readonly companyLiable: false;
}

const DataDeletionOnTerminationInput = z.object({ terminationDate: dateField });

/**
 * The trusted core of {@link dataDeletionOnTermination}: the first day after the contract's
 * last day (I-01). Exported from this module for the lifecycle layer and tests, not from
 * the package root.
 */
export function dataDeletableFromOf(terminationDate: CalendarDate): CalendarDate {
  return terminationDate.addDays(1);
}

/**
 * When the company may delete the customer's data (第16条): once the contract
 * has ended, it deletes every electronic record of the customer's data and
 * software that it holds, by its own procedure, **without notice**
 * (`notifyCustomer: false`), and owes nothing for the loss
 * (`companyLiable: false`).
 *
 * The contract runs to the end of its termination date, so it has ended from
 * 0:00 of the next day — the first day of a period "after the contract ends"
 * (I-01): `deletableFrom` is the day after `terminationDate`. Take a backup
 * before then (第21条 leaves backups to the customer).
 *
 * @example
 * ```ts
 * import { dataDeletionOnTermination } from 'cloud-ops-terms';
 * dataDeletionOnTermination({ terminationDate: '2027-12-31' });
 * //=> { deletableFrom: '2028-01-01', notifyCustomer: false, companyLiable: false, basis: ['16'] }
 * ```
 */
export function dataDeletionOnTermination(
  input: DataDeletionOnTerminationInput,
  options?: OptionsFor<'dataDeletionOnTermination'>,
): DataDeletionOnTerminationResult {
  const { terminationDate } = parseInput(DataDeletionOnTerminationInput, input);
  optionsFor('dataDeletionOnTermination', options);
  try {
    return {
      deletableFrom: dataDeletableFromOf(terminationDate).toString(),
      notifyCustomer: false,
      companyLiable: false,
      basis: basis('16'),
    };
  } catch (e) {
    throw atField(e, 'terminationDate');
  }
}
