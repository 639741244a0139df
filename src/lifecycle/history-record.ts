/**
 * The parts of the contract record that carry a contract's history (issue 16): changes of
 * contract (第9条3項), stops and interruptions (第23条, 第24条) and other charges (第25条1項3号,
 * 第22条4項) — their fields and their schemas, used by contract.ts's record schema.
 *
 * @module
 */
import * as z from 'zod/mini';
import { dateField, enumField, yenField, type DateInput, type YenInput } from '../core/schema.js';
import { SERVICE_STOP_REFS, type SuspensionGround } from '../articles/article-25.js';
import { DATE_JSON, YEN_JSON, enumJson, hinted } from './json-hints.js';

const date = (description: string) => hinted(dateField, DATE_JSON, description);
const yen = (description: string) => hinted(yenField, YEN_JSON, description);

/** An option service a change of contract adds (第9条3項, 7項): formed with the change. */
export interface ChangeOptionRecord {
  readonly name: string;
  /** Its monthly fee, whole yen. */
  readonly monthlyFee: YenInput;
  /** 利用開始予定日 of the option (第9条7項); not before the change was accepted. */
  readonly scheduledStartDate: DateInput;
  /** The day the company was ready to provide it; default `scheduledStartDate`. */
  readonly readyDate?: DateInput | undefined;
}

/**
 * A change of contract (利用変更契約, 第9条3項): formed when the company sent its acceptance
 * (I-03); the new monthly fee applies from the day the company notified (9.3 なお書, I-19).
 * It may instead (or also) add options (`addOptions`, formed with it, 第9条7項) or drop them
 * (`dropOptions`: by name, the last day of each the day before `effectiveDate`). An option
 * may still be an entry of `options` with its own `formationDate`, and end on the customer's
 * notice (`termination`, 第13条4項).
 */
export interface ContractChangeRecord {
  /** The JST day the company sent its acceptance of the change (第9条3項: formed when sent). */
  readonly acceptanceSentOn: DateInput;
  /** The day the change applies from, as the company notified it (9.3 なお書). */
  readonly effectiveDate: DateInput;
  /** The monthly fee from then on, whole yen (第25条1項2号). */
  readonly monthlyFee?: YenInput | undefined;
  /** Options the change adds. */
  readonly addOptions?: readonly ChangeOptionRecord[] | undefined;
  /** Options the change drops, by name: each ends the day before `effectiveDate`. */
  readonly dropOptions?: readonly string[] | undefined;
}

/**
 * A period the service was stopped or interrupted (第23条, 第24条): the provision the company
 * relied on and its first and last day. The fees stay due (25.5 for 第23条 and 24.3; for
 * 24.1 and 24.2 no provision reduces them, 25.1(2), 25.6).
 */
export interface StopRecord {
  /** `23.1` (or an item `23.1.1`–`23.1.4`), `24.1` (or `24.1.1`–`24.1.6`), `24.2` or `24.3`. */
  readonly provision: SuspensionGround;
  /** The first day the service was stopped. */
  readonly from: DateInput;
  /** The last day it was stopped; absent while it lasts. */
  readonly to?: DateInput | undefined;
}

/**
 * Another charge: an agreed charge (第25条1項3号 「その他、特に定められたもの」, estimated and
 * agreed) or a claim for the costs of handling the customer's breach (第22条4項), with the due
 * date the company set (25.2). It enters the ledger like a fee (I-15, 第26条).
 */
export interface ChargeRecord {
  /** `agreed` (25.1(3), the default) or `cost` (22.4). */
  readonly kind?: 'agreed' | 'cost' | undefined;
  /** What it is for, as the invoice says. */
  readonly description: string;
  readonly amount: YenInput;
  /** The due date the company set (第25条2項). */
  readonly dueDate: DateInput;
}

export const ChangeSchema = z.strictObject({
  acceptanceSentOn: date(
    'The JST day the company sent its acceptance of the change; it is formed then (第9条3項, I-03).',
  ),
  effectiveDate: date('The day the change applies from, as the company notified it (第9条3項なお書, I-19).'),
  monthlyFee: z.optional(yen('The monthly fee from the effectiveDate on, whole yen (第25条1項2号).')),
  addOptions: z.optional(
    z
      .array(
        z.strictObject({
          name: z.string().check(z.minLength(1), z.maxLength(100)),
          monthlyFee: yen('The option’s monthly fee, whole yen.'),
          scheduledStartDate: date('利用開始予定日 of the option (第9条7項); not before acceptanceSentOn.'),
          readyDate: z.optional(
            date('The day the company was ready to provide the option; default scheduledStartDate.'),
          ),
        }),
      )
      .check(z.maxLength(100)),
  ),
  dropOptions: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(100))),
});

export const StopSchema = z.strictObject({
  provision: hinted(
    enumField(SERVICE_STOP_REFS),
    enumJson(SERVICE_STOP_REFS),
    'The provision of the stop or interruption: 23.1 (or its item), 24.1 (or its item), 24.2 or 24.3.',
  ),
  from: date('The first day the service was stopped (第23条, 第24条).'),
  to: z.optional(date('The last day it was stopped; absent while it lasts.')),
});

/** The kinds of other charges: 第25条1項3号's agreed charges, 第22条4項's cost claims. */
export const CHARGE_KINDS = ['agreed', 'cost'] as const;

export const ChargeSchema = z.strictObject({
  kind: z.optional(
    hinted(enumField(CHARGE_KINDS), enumJson(CHARGE_KINDS), 'agreed (第25条1項3号, default) or cost (第22条4項).'),
  ),
  description: z.string().check(z.minLength(1), z.maxLength(200)),
  amount: yen('The amount, whole yen.'),
  dueDate: date('The due date the company set (第25条2項).'),
});
