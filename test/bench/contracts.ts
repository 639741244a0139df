/**
 * Generated contracts for the batch benchmark (test/bench/timeline-batch.ts): a portfolio
 * on AS_OF — contracts formed over the four years before it, with varied terms, minimum
 * terms, options, notices (customer with and without a requested date and extensions,
 * company, non-renewal, discontinuation), for half of them a payment per month, one in ten
 * late, for a fifth a change of contract (第9条3項), for a tenth a stop (第23条). Deterministic (a seeded mulberry32), generated one at a time.
 */
import { CalendarDate, type ContractRecord } from '../../src/index.js';

/** The day the portfolio is computed for. */
export const AS_OF = '2031-01-01';

/** mulberry32: a fixed pseudo-random sequence, so every run sees the same contracts. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` generated contracts, made one at a time (nothing is held). */
export function* contracts(count: number, seed = 20_270_401): Generator<ContractRecord> {
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  // A portfolio on asOf: contracts formed over the four years before it.
  const first = CalendarDate.parse('2027-01-01').epochDay;
  const last = CalendarDate.parse('2030-12-15').epochDay;
  const asOf = CalendarDate.parse(AS_OF);
  for (let i = 0; i < count; i++) {
    const formed = CalendarDate.fromEpochDay(int(first, last));
    const start = formed.addDays(int(0, 60));
    const fee = int(10, 500) * 1_000;
    const noticeOn = (from: CalendarDate) => CalendarDate.fromEpochDay(int(from.epochDay, asOf.epochDay)).toString();
    const record: Record<string, unknown> = {
      id: `C${i}`,
      formationDate: formed.toString(),
      scheduledStartDate: start.toString(),
      ...(random() < 0.2 ? { readyDate: start.addDays(int(-5, 20)).toString() } : {}),
      ...(random() < 0.8
        ? { termMonths: pick([1, 3, 6, 12, 12, 12, 24, 36]) }
        : { termEndDate: start.addMonths(int(6, 24)).endOfMonth().toString() }),
      minimumTermMonths: pick([0, 0, 6, 12, 24]),
      monthlyFee: fee,
      ...(random() < 0.5 ? { initialFee: { amount: fee * 2, dueDate: formed.endOfMonth().toString() } } : {}),
    };
    let monthly = fee;
    if (random() < 0.3) {
      const options = Array.from({ length: int(1, 2) }, (_, k) => ({
        name: `option-${k}`,
        monthlyFee: int(1, 50) * 1_000,
        scheduledStartDate: start.addDays(int(0, 90)).toString(),
      }));
      for (const o of options) monthly += o.monthlyFee;
      record.options = options;
    }
    const notices: Record<string, unknown> = {};
    const roll = random();
    if (roll < 0.3) {
      const on = noticeOn(formed);
      notices.customerTermination = {
        on,
        ...(random() < 0.6 ? { requestedDate: CalendarDate.parse(on).addDays(int(0, 120)).toString() } : {}),
        ...(random() < 0.2 ? { extensionMonths: int(1, 3) } : {}),
      };
    } else if (roll < 0.35) {
      notices.companyTermination = { on: noticeOn(formed) };
    } else if (roll < 0.4) {
      notices.discontinuation = {
        date: formed.addDays(int(60, 2_000)).toString(),
        ground: pick(['notice', 'force-majeure']),
      };
    } else if (roll < 0.5) {
      notices.nonRenewal = { by: pick(['customer', 'company']), on: noticeOn(formed) };
    }
    if (Object.keys(notices).length > 0) record.notices = notices;
    if (random() < 0.5) {
      // The initial fee when due, then the month's fees (contract and options) on (or, one
      // time in ten, some days after) each month end until asOf.
      const payments: { date: string; amount: number }[] = [];
      const initial = record.initialFee as { amount: number; dueDate: string } | undefined;
      if (initial !== undefined) payments.push({ date: initial.dueDate, amount: initial.amount });
      let due = start.startOfMonth().addDays(-1);
      for (let m = 0; m < 150 && due.isBefore(asOf); m++) {
        const paid = random() < 0.1 ? due.addDays(int(1, 40)) : due;
        if (paid.isOnOrBefore(asOf)) payments.push({ date: paid.toString(), amount: monthly });
        due = due.addDays(1).addMonths(1).addDays(-1);
      }
      record.payments = payments;
    }
    if (random() < 0.2) {
      // A change of contract (第9条3項, I-19): accepted on a day by asOf, applying from then or
      // up to 40 days later, the fee up or down by up to half.
      const accepted = CalendarDate.fromEpochDay(int(formed.epochDay, asOf.epochDay));
      record.changes = [
        {
          acceptanceSentOn: accepted.toString(),
          effectiveDate: accepted.addDays(int(0, 40)).toString(),
          monthlyFee: Math.round((fee * int(50, 150)) / 100_000) * 1_000,
        },
      ];
    }
    if (random() < 0.1) {
      // A stop for non-payment (第23条1項3号) of up to a month, started by asOf.
      const from = CalendarDate.fromEpochDay(int(Math.min(start.epochDay, asOf.epochDay), asOf.epochDay));
      record.stops = [{ provision: '23.1.3', from: from.toString(), to: from.addDays(int(0, 30)).toString() }];
    }
    yield record as unknown as ContractRecord;
  }
}
