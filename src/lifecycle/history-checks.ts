/**
 * The record's history checked (record.ts calls these): the changes of contract (第9条3項),
 * the stops (第23条, 第24条) and the other charges (第25条1項3号, 第22条4項) — each entry within
 * the contract's life and the history so far, every problem under the entry's own field.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import type { ParsedContract } from './contract.js';
import type { Problems } from './problems.js';
import { noticeOf } from './notices.js';
import { objectList, packedOf } from './line-reader.js';
import type { Yen } from '../core/money.js';
import type {
  TrustedChange,
  TrustedCharge,
  TrustedContract,
  TrustedCustomerNotice,
  TrustedOption,
  TrustedStop,
  TrustedTermsChange,
} from './record.js';

/**
 * The changes of contract (第9条3項): each formed on or after the contract and by `asOf`,
 * applying from no earlier than it was formed; in order of the day each applies from.
 */
export function changesOf(c: ParsedContract, asOf: CalendarDate, problems: Problems): TrustedChange[] | undefined {
  const given = c.changes;
  if (given === undefined || given.length === 0) return undefined;
  given.forEach((ch, i) => {
    const path = `changes.${i}`;
    if (ch.acceptanceSentOn.isBefore(c.formationDate)) {
      problems.order(
        'not-before',
        `${path}.acceptanceSentOn`,
        `expected a change accepted on or after formationDate (${c.formationDate.toString()}), got ${ch.acceptanceSentOn.toString()}`,
        'formationDate',
        c.formationDate,
        ch.acceptanceSentOn,
      );
    } else if (ch.acceptanceSentOn.isAfter(asOf)) {
      problems.order(
        'not-after',
        `${path}.acceptanceSentOn`,
        `expected a change accepted on or before asOf (${asOf.toString()}): the record holds the history so far, got ${ch.acceptanceSentOn.toString()}`,
        'asOf',
        asOf,
        ch.acceptanceSentOn,
      );
    }
    if (ch.effectiveDate.isBefore(c.formationDate)) {
      problems.order(
        'not-before',
        `${path}.effectiveDate`,
        `expected a change applying on or after formationDate (${c.formationDate.toString()}), got ${ch.effectiveDate.toString()}`,
        'formationDate',
        c.formationDate,
        ch.effectiveDate,
      );
    } else if (ch.effectiveDate.isBefore(ch.acceptanceSentOn)) {
      problems.order(
        'not-before',
        `${path}.effectiveDate`,
        `expected a change applying on or after it was formed (acceptanceSentOn ${ch.acceptanceSentOn.toString()}, 第9条3項), got ${ch.effectiveDate.toString()}`,
        `${path}.acceptanceSentOn`,
        ch.acceptanceSentOn,
        ch.effectiveDate,
      );
    }
  });
  // In date order, ties as given (the sort is stable); one kind of list (objectList), sorted only when out of order.
  const sorted = objectList<{ ch: NonNullable<ParsedContract['changes']>[number]; i: number }>();
  let inOrder = true;
  for (let i = 0; i < given.length; i++) {
    const ch = given[i] as NonNullable<ParsedContract['changes']>[number];
    if (i > 0 && ch.effectiveDate.epochDay < (given[i - 1] as typeof ch).effectiveDate.epochDay) inOrder = false;
    sorted.push({ ch, i });
  }
  if (!inOrder) sorted.sort((a, b) => a.ch.effectiveDate.epochDay - b.ch.effectiveDate.epochDay);
  return changedOptionsOf(c, sorted, problems);
}

/**
 * What each change changes (第9条3項): a fee, options added (named apart from the record's, and
 * starting on or after the acceptance, 9.7), options dropped (the record's, or added by a change
 * applying no later) — at least one; the trusted changes in the order given.
 */
function changedOptionsOf(
  c: ParsedContract,
  sorted: readonly { ch: NonNullable<ParsedContract['changes']>[number]; i: number }[],
  problems: Problems,
): TrustedChange[] {
  const names = new Set((c.options ?? []).map((o) => o.name));
  // Loops into objectList, not `map`: the lists of every trusted contract are then of one kind.
  const out = objectList<TrustedChange>();
  for (const { ch, i } of sorted) {
    const path = `changes.${i}`;
    // No `?? []`: an empty literal is an array of another kind than the record's lists, and the
    // code reading both would be compiled again (docs/performance.md, round 7).
    const adds = ch.addOptions;
    const drops = ch.dropOptions;
    const dropCount = drops === undefined ? 0 : drops.length;
    if (ch.monthlyFee === undefined && (adds === undefined || adds.length === 0) && dropCount === 0) {
      problems.add(
        `${path}.monthlyFee`,
        'expected what the change changes: monthlyFee, addOptions or dropOptions (第9条3項)',
      );
    }
    const added = objectList<TrustedOption>();
    adds?.forEach((opt, j) => {
      if (names.has(opt.name)) {
        problems.add(`${path}.addOptions.${j}.name`, `expected a name no other option has, got '${opt.name}'`);
      }
      names.add(opt.name);
      if (opt.scheduledStartDate.isBefore(ch.acceptanceSentOn)) {
        problems.order(
          'not-before',
          `${path}.addOptions.${j}.scheduledStartDate`,
          `expected a start on or after the change was accepted (${ch.acceptanceSentOn.toString()}), got ${opt.scheduledStartDate.toString()}`,
          `${path}.acceptanceSentOn`,
          ch.acceptanceSentOn,
          opt.scheduledStartDate,
        );
      }
      added.push(
        trustedOption(
          opt.name,
          opt.monthlyFee,
          opt.scheduledStartDate,
          opt.readyDate ?? opt.scheduledStartDate,
          ch.acceptanceSentOn,
          undefined,
          undefined,
          true,
          undefined,
        ),
      );
    });
    drops?.forEach((name, j) => {
      if (!names.has(name)) {
        problems.add(`${path}.dropOptions.${j}`, `expected the name of an option the contract has, got '${name}'`);
      }
    });
    out.push({
      acceptanceSentOn: ch.acceptanceSentOn,
      effectiveDate: ch.effectiveDate,
      // All three always set (undefined when absent): one shape for every change.
      monthlyFee: ch.monthlyFee,
      addOptions: added.length === 0 ? undefined : added,
      dropOptions: dropCount === 0 ? undefined : drops,
    });
  }
  return out;
}

/**
 * A trusted option, its fields always in this order and all present (undefined when absent):
 * one shape for every option, so the code reading them is compiled once, for one hidden class.
 */
export function trustedOption(
  name: string,
  monthlyFee: Yen,
  scheduledStartDate: CalendarDate,
  readyDate: CalendarDate,
  formationDate: CalendarDate,
  termination: TrustedCustomerNotice | undefined,
  discontinuation: TrustedContract['discontinuation'],
  addedByChange: boolean | undefined,
  droppedFrom: CalendarDate | undefined,
): TrustedOption {
  return {
    name,
    monthlyFee,
    scheduledStartDate,
    readyDate,
    formationDate,
    termination,
    discontinuation,
    addedByChange,
    droppedFrom,
  };
}

/**
 * The contract's options with the changes' applied: each option added by a change after the
 * record's, and each option dropped marked with the day the drop applies from (the first drop).
 */
export function optionsWithChangesOf(
  options: readonly TrustedOption[],
  changes: readonly TrustedChange[] | undefined,
): readonly TrustedOption[] {
  if (changes === undefined || !changes.some((ch) => ch.addOptions !== undefined || ch.dropOptions !== undefined))
    return options;
  const out = packedOf(options);
  for (const ch of changes) {
    if (ch.addOptions !== undefined) out.push(...ch.addOptions);
    for (const name of ch.dropOptions ?? []) {
      const at = out.findIndex((o) => o.name === name);
      const opt = out[at];
      if (opt !== undefined && opt.droppedFrom === undefined)
        out[at] = trustedOption(
          opt.name,
          opt.monthlyFee,
          opt.scheduledStartDate,
          opt.readyDate,
          opt.formationDate,
          opt.termination,
          opt.discontinuation,
          opt.addedByChange,
          ch.effectiveDate,
        );
    }
  }
  return out;
}

/** The stops (第23条, 第24条): each starting on or after formation and by `asOf`, ending on or after it starts. */
export function stopsOf(c: ParsedContract, asOf: CalendarDate, problems: Problems): TrustedStop[] | undefined {
  const given = c.stops;
  if (given === undefined || given.length === 0) return undefined;
  given.forEach((st, i) => {
    if (st.from.isBefore(c.formationDate)) {
      problems.order(
        'not-before',
        `stops.${i}.from`,
        `expected a stop starting on or after formationDate (${c.formationDate.toString()}), got ${st.from.toString()}`,
        'formationDate',
        c.formationDate,
        st.from,
      );
    } else if (st.from.isAfter(asOf)) {
      problems.order(
        'not-after',
        `stops.${i}.from`,
        `expected a stop that started on or before asOf (${asOf.toString()}): the record holds the history so far, got ${st.from.toString()}`,
        'asOf',
        asOf,
        st.from,
      );
    }
    if (st.to?.isBefore(st.from)) {
      problems.order(
        'not-before',
        `stops.${i}.to`,
        `expected a stop ending on or after it starts (from ${st.from.toString()}), got ${st.to.toString()}`,
        `stops.${i}.from`,
        st.from,
        st.to,
      );
    }
  });
  return given.map((st) => (st.to === undefined ? { provision: st.provision, from: st.from } : { ...st }));
}

/** The other charges: none due before the contract was formed. */
export function chargesOf(c: ParsedContract, problems: Problems): TrustedCharge[] | undefined {
  const given = c.charges;
  if (given === undefined || given.length === 0) return undefined;
  return given.map((ch, i) => {
    if (ch.dueDate.isBefore(c.formationDate)) {
      problems.order(
        'not-before',
        `charges.${i}.dueDate`,
        `expected a charge due on or after formationDate (${c.formationDate.toString()}), got ${ch.dueDate.toString()}`,
        'formationDate',
        c.formationDate,
        ch.dueDate,
      );
    }
    return { kind: ch.kind ?? 'agreed', description: ch.description, amount: ch.amount, dueDate: ch.dueDate };
  });
}

/**
 * The company's notices of changed terms at renewal (第11条2項): each taking effect (第3条, I-03)
 * on or after formation and by `asOf`, and changing something — the fee, the renewal length or
 * both; in the order they took effect (ties as listed).
 */
export function termsChangesOf(
  c: ParsedContract,
  asOf: CalendarDate,
  problems: Problems,
): TrustedTermsChange[] | undefined {
  const given = c.termsChanges;
  if (given === undefined || given.length === 0) return undefined;
  const out: TrustedTermsChange[] = [];
  given.forEach((tc, i) => {
    const path = `termsChanges.${i}`;
    if (tc.monthlyFee === undefined && tc.renewalMonths === undefined) {
      problems.add(
        `${path}.monthlyFee`,
        'expected the changed terms of the renewed contract: monthlyFee, renewalMonths or both (第11条2項)',
      );
    }
    const notice = noticeOf(tc, 'company', path, c.formationDate, asOf, problems);
    if (notice === undefined) return;
    out.push({
      notice,
      ...(tc.monthlyFee === undefined ? {} : { monthlyFee: tc.monthlyFee }),
      ...(tc.renewalMonths === undefined ? {} : { renewalMonths: tc.renewalMonths }),
    });
  });
  return out.sort((a, b) => a.notice.on.epochDay - b.notice.on.epochDay);
}
