/**
 * Other charges: agreed charges (第25条1項3号 「必要に応じて当社より見積りを提示し、合意の上で
 * お支払いいただきます」) and the costs of handling the customer's breach (第22条4項), each due on
 * the date the company set (第25条2項 「当社が別に定める期日までに」). Each is an amount of the
 * ledger like a fee: payments apply to it under I-15, and it bears 第26条's interest when late.
 *
 * @module
 */
import { type Timeline, cite } from './assembly.js';
import { designationKey } from './ledger.js';
import type { TrustedContract } from './record.js';
import { NOTES, dayText } from './rendering.js';

/** The `charge-due` events of the record's charges, each an amount due in the ledger. */
export function chargeDues(t: Timeline, k: TrustedContract): void {
  const charges = k.charges;
  if (charges === undefined) return;
  charges.forEach((ch, i) => {
    const event = {
      date: dayText(ch.dueDate),
      kind: 'charge-due',
      basis: ch.kind === 'cost' ? cite('22.4', '25.2') : cite('25.1.3', '25.2'),
      amount: ch.amount,
      description: ch.description,
    } as const;
    t.due(ch.dueDate, event, -1, designationKey({ charge: i }), t.notes && NOTES.charge(ch.kind, ch.description));
  });
}
