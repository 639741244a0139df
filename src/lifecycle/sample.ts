/**
 * The sample contract: what `npx cloud-ops-terms` shows with no arguments, and the
 * README's example record.
 *
 * @module
 */
import type { ContractRecord } from './contract.js';

/**
 * A sample contract record that meets most of the terms in eighteen months: formed on
 * 2025-03-10 to start on 2025-04-01 for a 6-month term with a 6-month minimum term
 * (第12条), 50,000 yen a month and a 100,000-yen initial fee, a backup option from
 * 2025-05-15 at 8,000 yen a month. The term renews on 2025-10-01 (第11条); a change of
 * contract accepted on 2025-10-10 raises the fee to 60,000 yen from 2025-10-16 (第9条3項,
 * I-19: October 16–31, 16 days of the 10,000-yen difference, 5,333 yen, due with November's
 * fees); the customer's notice of 2025-11-20 ends the contract on 2025-12-31 (第13条). Every
 * fee is paid, the August fees 20 days late, with their interest (第26条, I-15).
 *
 * @example
 * ```ts
 * import { SAMPLE_CONTRACT, contractTimeline } from 'cloud-ops-terms';
 * const r = contractTimeline(SAMPLE_CONTRACT, { asOf: '2026-01-15' });
 * [r.terminationDate, r.terminationCause, r.outstanding];
 * //=> ['2025-12-31', 'customer', 0]
 * r.events.filter((e) => e.kind === 'late-interest').map((e) => e.amount);
 * //=> [400, 64]
 * ```
 */
export const SAMPLE_CONTRACT: ContractRecord = Object.freeze({
  id: 'SAMPLE-001',
  formationDate: '2025-03-10',
  scheduledStartDate: '2025-04-01',
  termMonths: 6,
  minimumTermMonths: 6,
  monthlyFee: 50_000,
  initialFee: Object.freeze({ amount: 100_000, dueDate: '2025-03-31' }),
  options: Object.freeze([Object.freeze({ name: 'backup', monthlyFee: 8_000, scheduledStartDate: '2025-05-15' })]),
  changes: Object.freeze([
    Object.freeze({ acceptanceSentOn: '2025-10-10', effectiveDate: '2025-10-16', monthlyFee: 60_000 }),
  ]),
  notices: Object.freeze({
    customerTermination: Object.freeze({ on: '2025-11-20', requestedDate: '2025-12-31' }),
  }),
  payments: Object.freeze(
    (
      [
        ['2025-03-25', 100_000],
        ['2025-03-31', 50_000],
        ['2025-04-30', 54_266],
        ['2025-05-30', 58_000],
        ['2025-06-30', 58_000],
        ['2025-08-20', 58_464],
        ['2025-08-29', 58_000],
        ['2025-09-30', 58_000],
        ['2025-10-31', 73_333],
        ['2025-11-28', 68_000],
      ] as const
    ).map(([date, amount]) => Object.freeze({ date, amount })),
  ),
});
