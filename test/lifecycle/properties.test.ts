/**
 * Properties of every timeline, over generated contract records (valid by construction):
 * events in order, none after `until`, every `basis` a real provision, the same input
 * giving the same output, plain JSON that validates against the shipped schema — and, for
 * any junk at all, a `TermsError` and nothing else.
 *
 * 第1条2項「当社と契約者との間には、個別の利用契約の他、本約款が適用されるものとします。」 — each event cites the
 * provisions of the terms it applies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarDate,
  TIMELINE_EVENT_KINDS,
  TermsError,
  contractTimeline,
  isProvisionRef,
  PROVISIONS,
  type ContractRecord,
  type Options,
} from '../../src/index.js';
import { calendarDate } from '../support/arbitraries.js';
import { schemaErrors } from '../support/json-schema.js';

const day = (from: CalendarDate, min: number, max: number) => fc.integer({ min, max }).map((n) => from.addDays(n));

/** A valid record and a window for it: notices and payments on or before asOf, after formation. */
const contractCase = calendarDate(2000, 2080).chain((formed) =>
  fc
    .record({
      start: day(formed, 0, 60),
      asOfOffset: fc.integer({ min: 0, max: 2_000 }),
      term: fc.oneof(
        fc.record({ termMonths: fc.integer({ min: 1, max: 36 }) }),
        fc.record({ termEndMonths: fc.integer({ min: 1, max: 36 }) }),
      ),
      minimumTermMonths: fc.constantFrom(0, 6, 12, 24),
      monthlyFee: fc.integer({ min: 0, max: 1_000_000 }),
      ready: fc.option(fc.integer({ min: -10, max: 25 }), { nil: undefined }),
      initialFee: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
      options: fc.array(
        fc.record({
          fee: fc.integer({ min: 0, max: 50_000 }),
          offset: fc.integer({ min: 0, max: 120 }),
          ends: fc.boolean(),
        }),
        { maxLength: 2 },
      ),
      notice: fc.constantFrom('none', 'customer', 'company', 'nonRenewal', 'discontinuation'),
      noticeAt: fc.double({ min: 0, max: 1, noNaN: true }),
      requested: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      extension: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      payments: fc.option(
        fc.array(
          fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), amount: fc.integer({ min: 0, max: 1_000_000 }) }),
          { maxLength: 15 },
        ),
        {
          nil: undefined,
        },
      ),
      until: fc.option(fc.integer({ min: -400, max: 1_500 }), { nil: undefined }),
    })
    .map((g) => {
      const asOf = formed.addDays(g.asOfOffset);
      const within = (at: number) => formed.addDays(Math.floor(at * g.asOfOffset));
      const on = within(g.noticeAt);
      const record: Record<string, unknown> = {
        id: `P-${formed.toString()}`,
        formationDate: formed.toString(),
        scheduledStartDate: g.start.toString(),
        monthlyFee: g.monthlyFee,
        minimumTermMonths: g.minimumTermMonths,
        ...('termMonths' in g.term
          ? { termMonths: g.term.termMonths }
          : { termEndDate: g.start.addMonths(g.term.termEndMonths).endOfMonth().toString() }),
        ...(g.ready === undefined ? {} : { readyDate: g.start.addDays(g.ready).toString() }),
        ...(g.initialFee === undefined
          ? {}
          : { initialFee: { amount: g.initialFee, dueDate: formed.endOfMonth().toString() } }),
      };
      if (g.options.length > 0) {
        record.options = g.options.map((o, i) => ({
          name: `option-${i}`,
          monthlyFee: o.fee,
          scheduledStartDate: g.start.addDays(o.offset).toString(),
          ...(o.ends ? { termination: { on: on.toString() } } : {}),
        }));
      }
      const requested = g.requested === undefined ? undefined : on.addDays(g.requested).toString();
      if (g.notice === 'customer') {
        record.notices = {
          customerTermination: {
            on: on.toString(),
            ...(requested ? { requestedDate: requested } : {}),
            ...(g.extension ? { extensionMonths: g.extension } : {}),
          },
        };
      } else if (g.notice === 'company') {
        // 第14条2項: a requested date in a later month than the notice's.
        record.notices = {
          companyTermination: {
            on: on.toString(),
            ...(g.requested === undefined
              ? {}
              : {
                  requestedDate: on
                    .endOfMonth()
                    .addDays(1 + g.requested)
                    .toString(),
                }),
          },
        };
      } else if (g.notice === 'nonRenewal') {
        record.notices = { nonRenewal: { by: g.noticeAt < 0.5 ? 'customer' : 'company', on: on.toString() } };
      } else if (g.notice === 'discontinuation') {
        record.notices = {
          discontinuation: {
            date: formed.addDays(60 + Math.floor(g.noticeAt * 1_500)).toString(),
            ground: g.noticeAt < 0.5 ? 'notice' : 'force-majeure',
          },
        };
      }
      if (g.payments !== undefined)
        record.payments = g.payments.map((p) => ({ date: within(p.at).toString(), amount: p.amount }));
      const until = g.until === undefined ? undefined : asOf.addDays(g.until).toString();
      return {
        record: record as unknown as ContractRecord,
        window: { asOf: asOf.toString(), ...(until === undefined ? {} : { until }) },
      };
    }),
);

const optionsArb: fc.Arbitrary<Options> = fc.record(
  {
    rounding: fc.constantFrom('floor', 'half-up', 'ceil'),
    deadlineCounting: fc.constantFrom('civil-code', 'naive'),
    extensionFee: fc.constantFrom('replaces', 'in-addition'),
    firstMonthDays: fc.constantFrom('literal', 'inclusive'),
    dayCount: fc.constantFrom('act/365-fixed', 'act/act'),
  },
  { requiredKeys: [] },
);

const ORDER = new Map<string, number>(TIMELINE_EVENT_KINDS.map((k, i) => [k, i]));
const INDEX = new Map<string, number>(PROVISIONS.map((r, i) => [r, i]));

describe('every timeline', () => {
  it('is sorted by date, ties in the documented kind order, and shows nothing after until', () => {
    fc.assert(
      fc.property(contractCase, optionsArb, ({ record, window }, options) => {
        const r = contractTimeline(record, window, options);
        for (let i = 1; i < r.events.length; i++) {
          const a = r.events[i - 1] as { date: string; kind: string };
          const b = r.events[i] as { date: string; kind: string };
          expect(a.date < b.date || (a.date === b.date && (ORDER.get(a.kind) ?? 0) <= (ORDER.get(b.kind) ?? 0))).toBe(
            true,
          );
        }
        expect(r.events.every((e) => e.date <= r.until)).toBe(true);
        if (window.until !== undefined) expect(r.until).toBe(window.until);
      }),
      { numRuns: 150 },
    );
  });

  it('cites real provisions for every event, and lists them all (with 9.6 for billingStartDate), in the terms’ order, in its basis', () => {
    fc.assert(
      fc.property(contractCase, ({ record, window }) => {
        const r = contractTimeline(record, window);
        for (const e of r.events) {
          expect(e.basis.length).toBeGreaterThan(0);
          expect(e.basis.every(isProvisionRef)).toBe(true);
        }
        // billingStartDate (9.6) is in every result, so its provision is in every basis, events or not.
        const cited = [...new Set([...r.events.flatMap((e) => e.basis), '9.6'])].sort(
          (a, b) => (INDEX.get(a) ?? 0) - (INDEX.get(b) ?? 0),
        );
        expect(r.basis).toEqual(cited);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same output for the same input, as plain JSON valid under docs/schemas/timeline.json', () => {
    fc.assert(
      fc.property(contractCase, optionsArb, ({ record, window }, options) => {
        const a = contractTimeline(record, window, options);
        const b = contractTimeline(structuredClone(record), { ...window }, { ...options });
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(schemaErrors('timeline', a)).toEqual([]);
        for (const e of a.events)
          if (e.amount !== undefined) expect(Number.isSafeInteger(e.amount) && e.amount >= 0).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('ends at most once, and then shows data deletion the next day (第16条)', () => {
    fc.assert(
      fc.property(contractCase, ({ record, window }) => {
        const r = contractTimeline(record, { asOf: window.asOf });
        const ends = r.events.filter((e) => e.kind === 'termination' && e.option === undefined);
        if (r.terminationDate === null) {
          expect(ends).toEqual([]);
        } else {
          expect(ends.map((e) => e.date)).toEqual([r.terminationDate]);
          const next = CalendarDate.parse(r.terminationDate).addDays(1).toString();
          expect(r.events.find((e) => e.kind === 'data-deletion')?.date).toBe(next);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('validates against docs/schemas/contract.json when it is a valid record', () => {
    fc.assert(
      fc.property(contractCase, ({ record }) => {
        expect(schemaErrors('contract', record)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('hostile input', () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
      '２０２７-０４-０１',
      '2027-02-29',
      '2027-13-01',
      '2027-04-01T00:00',
    ),
    fc.record({
      formationDate: fc.anything(),
      scheduledStartDate: fc.anything(),
      monthlyFee: fc.anything(),
      termMonths: fc.anything(),
      notices: fc.anything(),
      payments: fc.anything(),
    }),
  );

  it('any junk as the record, the window or the options gives a TermsError naming a field, nothing else', () => {
    fc.assert(
      fc.property(
        junk,
        fc.oneof(junk, fc.constant({ asOf: '2027-06-01' })),
        fc.oneof(fc.constant(undefined), junk),
        (record, window, options) => {
          try {
            const r = contractTimeline(record as never, window as never, options as never);
            expect(schemaErrors('timeline', r)).toEqual([]);
          } catch (e) {
            expect(e).toBeInstanceOf(TermsError);
            expect((e as TermsError).issues.length).toBeGreaterThan(0);
            expect((e as TermsError).message).toContain((e as TermsError).issues[0]?.path);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves Object.prototype alone', () => {
    const record = JSON.parse(
      '{"__proto__":{"polluted":1},"formationDate":"2027-03-15","scheduledStartDate":"2027-04-01","termMonths":12,"monthlyFee":1}',
    );
    expect(() => contractTimeline(record, { asOf: '2027-06-01' })).toThrow(TermsError);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
