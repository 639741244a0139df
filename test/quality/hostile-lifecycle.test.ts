/**
 * Hostile input for the lifecycle layer (issue 11): `contractTimeline`, the batch
 * functions and `contractFromCsvRow` take several parameters and return timelines,
 * generators and records, so they have their own arbitraries here; the outcomes are
 * judged by the same rules as every other export (hostile-input.test.ts): a valid result
 * — plain JSON, finite numbers, real dates, every event's `basis` a non-empty list of
 * existing provisions — or a TermsError whose message names a field. A batch never
 * throws for a bad record: it yields an error row (count in = count out).
 *
 * hostile-input.test.ts checks that every function export is in one of the two files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { spreadsheetCell } from '../../src/lifecycle/readers.js';
import {
  LIFECYCLE_FUNCTIONS,
  checkBasis,
  checkError,
  checkValue,
  junk,
  nearValid,
  optionsArbitrary,
  prototypeGuard,
  outcome,
  type Tally,
  minimumShares,
} from './hostile.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 1_000);

const DATE = nearValid({ t: 'date' });
const YEN = nearValid({ t: 'yen' });
const months = (max: number) => nearValid({ t: 'int', min: 1, max });

/** `undefined` n − 1 times in n, a value of `arbitrary` once. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, n: number) =>
  fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

/** Mostly `valid`, sometimes junk. */
const arg = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: junk });

/**
 * A plausible contract record and a window to read it at: valid dates in order most of
 * the time (payments and notices on or before `asOf`, as the record requires), near
 * misses and junk in single fields.
 */
const contractCase: fc.Arbitrary<{ record: unknown; window: unknown }> = fc
  .record({
    formed: fc
      .integer({ min: 0, max: 40_000 })
      .map((n) => api.CalendarDate.fromEpochDay(api.CalendarDate.parse('2000-01-01').epochDay + n)),
    startAfter: fc.integer({ min: 0, max: 60 }),
    termMonths: fc.integer({ min: 1, max: 36 }),
    minimumTermMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: undefined }),
    monthlyFee: fc.integer({ min: 0, max: 2_000_000 }),
    terminateAfterMonths: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    paid: fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 500_000 })), { maxLength: 4 }),
    asOfAfter: fc.integer({ min: 0, max: 1_500 }),
    untilAfter: fc.option(fc.integer({ min: 0, max: 1_500 }), { nil: undefined }),
    brokenWindow: rarely(fc.record({ asOf: DATE, until: DATE }, { requiredKeys: ['asOf'] }), 6),
    broken: rarely(
      fc.tuple(
        fc.constantFrom(
          'formationDate',
          'scheduledStartDate',
          'termMonths',
          'monthlyFee',
          'minimumTermMonths',
          'notices',
          'payments',
          'options',
          'overrides',
          '__proto__',
          'constructor',
          'extra',
        ),
        fc.oneof(junk, DATE, YEN, months(1000)),
      ),
      3,
    ),
  })
  .map((c) => {
    const start = c.formed.addDays(c.startAfter);
    const asOf = c.formed.addDays(c.asOfAfter);
    const onOrBeforeAsOf = (d: api.CalendarDate) => (d.isAfter(asOf) ? asOf : d);
    const record: Record<string, unknown> = {
      id: 'H-1',
      formationDate: c.formed.toString(),
      scheduledStartDate: start.toString(),
      termMonths: c.termMonths,
      monthlyFee: c.monthlyFee,
      payments: c.paid.map(([d, amount]) => ({ date: onOrBeforeAsOf(c.formed.addDays(d)).toString(), amount })),
    };
    if (c.minimumTermMonths !== undefined) record.minimumTermMonths = c.minimumTermMonths;
    if (c.terminateAfterMonths !== undefined && !start.addMonths(c.terminateAfterMonths).isAfter(asOf)) {
      record.notices = {
        customerTermination: { on: start.addMonths(c.terminateAfterMonths).toString() },
      };
    }
    if (c.broken !== undefined) {
      const [key, value] = c.broken;
      Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    }
    const window =
      c.brokenWindow ??
      (c.untilAfter === undefined
        ? { asOf: asOf.toString() }
        : { asOf: asOf.toString(), until: asOf.addDays(c.untilAfter).toString() });
    return { record, window };
  });

/** The record alone, for the batch functions (which take one window for all). */
const contract: fc.Arbitrary<unknown> = contractCase.map((c) => c.record);

const window = arg(fc.record({ asOf: DATE, until: DATE }, { requiredKeys: ['asOf'] }));

/** Throws unless `value` is a timeline a billing system can store: JSON, dates real, every basis non-empty. */
function checkTimeline(value: unknown, path = 'result'): void {
  checkValue(value, path);
  const events = (value as { events?: unknown }).events;
  if (!Array.isArray(events)) throw new Error(`${path}.events: not a list`);
  events.forEach((e, i) => {
    checkBasis((e as { basis?: unknown }).basis, `${path}.events.${i}.basis`);
  });
  const json = JSON.stringify(value);
  if (JSON.stringify(JSON.parse(json)) !== json) throw new Error(`${path}: JSON does not round-trip`);
}

/** Throws unless every row is a timeline or an error row naming its line and a field. */
function checkRows(rows: unknown, count?: number): void {
  if (!Array.isArray(rows)) throw new Error('rows: not a list');
  if (count !== undefined && rows.length !== count) throw new Error(`rows: ${rows.length} rows for ${count} records`);
  rows.forEach((row, i) => {
    const r = row as { line?: unknown; ok?: unknown; timeline?: unknown; error?: { issues?: unknown } };
    if (typeof r.line !== 'number' || r.line < 1) throw new Error(`rows.${i}.line: ${String(r.line)}`);
    if (r.ok === true) checkTimeline(r.timeline, `rows.${i}.timeline`);
    else {
      checkValue(r.error, `rows.${i}.error`);
      const issues = r.error?.issues;
      if (!Array.isArray(issues) || issues.length === 0) throw new Error(`rows.${i}.error: no issues`);
    }
  });
}

/**
 * Throws unless `value` is a plain JSON record built from the row: the cells come back as
 * given (the record is checked later, by contractTimeline's schema, so a cell '2027-02-29'
 * stays text here), numbers are finite and never -0, and no prototype is touched.
 */
function checkCsvRecord(value: unknown, cells: readonly string[], path = 'result'): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Object.is(value, -0)) throw new Error(`${path}: ${value}`);
    return;
  }
  if (typeof value === 'string') {
    // A date or an amount as a spreadsheet saves it comes back in the record's own form.
    const key = path.split('.').at(-1) ?? '';
    if (!cells.includes(value) && !cells.some((c) => spreadsheetCell(key, c) === value))
      throw new Error(`${path}: '${value}' is not a cell of the row`);
    return;
  }
  if (typeof value !== 'object' || value === null) throw new Error(`${path}: a ${typeof value}`);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      checkCsvRecord(v, cells, `${path}.${i}`);
    });
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${path}: not a plain object`);
  for (const [k, v] of Object.entries(value)) checkCsvRecord(v, cells, `${path}.${k}`);
}

const source = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(fc.oneof({ weight: 6, arbitrary: contract }, { weight: 1, arbitrary: junk }), { maxLength: 4 }),
  },
  { weight: 1, arbitrary: junk },
);

/** The near-valid inputs reach the computation, and the junk reaches the checks (HOSTILE_REPORT=1 prints the counts). */
function expectBothPaths(tally: Tally): void {
  if (process.env.HOSTILE_REPORT)
    console.log(`${expect.getState().currentTestName}: ${tally.valid} valid, ${tally.refused} refused`);
  expect(tally.valid, 'valid results').toBeGreaterThanOrEqual(minimumShares(RUNS).valid);
  expect(tally.refused, 'refusals').toBeGreaterThanOrEqual(minimumShares(RUNS).refused);
}

it('covers the functions hostile-input.test.ts leaves to it', () => {
  const exports: Record<string, unknown> = { ...api };
  for (const name of LIFECYCLE_FUNCTIONS) expect(exports[name], name).toBeTypeOf('function');
});

describe('contractTimeline: junk and near-valid arguments', () => {
  it(`returns a valid timeline or throws a TermsError naming a field (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 8, arbitrary: contractCase },
          { weight: 1, arbitrary: fc.record({ record: junk, window }) },
          { weight: 1, arbitrary: fc.record({ record: contract, window: junk }) },
        ),
        optionsArbitrary(),
        ({ record: c, window: w }, o) => {
          outcome(
            () => api.contractTimeline(c as api.ContractRecord, w as api.TimelineWindow, o as api.Options),
            checkTimeline,
            undefined,
            tally,
          );
        },
      ),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

describe('contractTimelines: junk and near-valid records', () => {
  it(`yields one valid row per record, or refuses the call itself with a TermsError (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(source, window, optionsArbitrary(), (s, w, o) => {
        const count = Array.isArray(s) ? s.length : undefined;
        outcome(
          () => [...api.contractTimelines(s as Iterable<unknown>, w as api.BatchWindow, o as api.Options)],
          (rows) => checkRows(rows, count),
          undefined,
          tally,
        );
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

/** Throws unless every row is a bill or an error row naming its line and a field. */
function checkBillRows(rows: unknown, count?: number): void {
  if (!Array.isArray(rows)) throw new Error('rows: not a list');
  if (count !== undefined && rows.length !== count) throw new Error(`rows: ${rows.length} rows for ${count} records`);
  rows.forEach((row, i) => {
    const r = row as { line?: unknown; ok?: unknown; lines?: unknown; total?: unknown; error?: { issues?: unknown } };
    if (typeof r.line !== 'number' || r.line < 1) throw new Error(`rows.${i}.line: ${String(r.line)}`);
    checkValue(row, `rows.${i}`);
    if (r.ok === true) {
      if (!Array.isArray(r.lines) || !Number.isSafeInteger(r.total)) throw new Error(`rows.${i}: not a bill`);
      r.lines.forEach((l, k) => {
        checkBasis((l as { basis?: unknown }).basis, `rows.${i}.lines.${k}.basis`);
      });
    } else {
      const issues = r.error?.issues;
      if (!Array.isArray(issues) || issues.length === 0) throw new Error(`rows.${i}.error: no issues`);
    }
  });
}

const billWindow = arg(
  fc.record(
    { month: fc.oneof(fc.constantFrom('2027-04', '2027-06', '2028-01'), nearValid({ t: 'month' })), asOf: DATE },
    { requiredKeys: ['month'] },
  ),
);

describe('billingRun: junk and near-valid records', () => {
  it(`yields one valid row per record, or refuses the call itself with a TermsError (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(source, billWindow, optionsArbitrary(), (s, w, o) => {
        const count = Array.isArray(s) ? s.length : undefined;
        outcome(
          () => [...api.billingRun(s as Iterable<unknown>, w as api.BillingWindow, o as api.Options)],
          (rows) => checkBillRows(rows, count),
          undefined,
          tally,
        );
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

describe('billingRunAsync: junk and near-valid records', () => {
  it(`yields one valid row per record, or refuses the call itself with a TermsError (${RUNS} cases)`, async () => {
    const tally: Tally = { valid: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(source, billWindow, optionsArbitrary(), async (s, w, o) => {
        let rows: unknown[] | undefined;
        try {
          rows = [];
          for await (const row of api.billingRunAsync(s as Iterable<unknown>, w as api.BillingWindow, o as api.Options))
            rows.push(row);
        } catch (e) {
          rows = undefined;
          checkError(e);
          tally.refused++;
        }
        if (rows !== undefined) {
          checkBillRows(rows, Array.isArray(s) ? s.length : undefined);
          tally.valid++;
        }
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

describe('contractTimelinesAsync: junk and near-valid records', () => {
  it(`yields one valid row per record, or refuses the call itself with a TermsError (${RUNS} cases)`, async () => {
    const tally: Tally = { valid: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(source, window, optionsArbitrary(), async (s, w, o) => {
        const unchanged = prototypeGuard();
        let rows: unknown[] | undefined;
        try {
          rows = [];
          for await (const row of api.contractTimelinesAsync(
            s as Iterable<unknown>,
            w as api.BatchWindow,
            o as api.Options,
          ))
            rows.push(row);
        } catch (e) {
          rows = undefined;
          checkError(e);
          tally.refused++;
        }
        unchanged();
        if (rows !== undefined) {
          checkRows(rows, Array.isArray(s) ? s.length : undefined);
          tally.valid++;
        }
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

/** Throws unless every row is a comparison or an error row, and the sync and async forms agree. */
function checkCompareRows(rows: unknown, count?: number): void {
  if (!Array.isArray(rows)) throw new Error('rows: not a list');
  if (count !== undefined && rows.length !== count) throw new Error(`rows: ${rows.length} rows for ${count} records`);
  rows.forEach((row, i) => {
    checkValue(row, `rows.${i}`);
    const r = row as api.CompareRow;
    if (typeof r.line !== 'number' || r.line < 1) throw new Error(`rows.${i}.line: ${String(r.line)}`);
    if (!r.ok) {
      if (r.error.issues.length === 0) throw new Error(`rows.${i}.error: no issues`);
      return;
    }
    r.changes.forEach((c, k) => {
      checkBasis(c.basis, `rows.${i}.changes.${k}.basis`);
    });
    if (r.changed !== r.changes.length > 0) throw new Error(`rows.${i}.changed: ${r.changed}`);
    if (r.difference !== r.alternative.net - r.base.net) throw new Error(`rows.${i}.difference: ${r.difference}`);
  });
}

describe('compareTimelines and compareTimelinesAsync: junk and near-valid records', () => {
  it(`yield the same rows, one valid row per record, or refuse the call with a TermsError (${RUNS} cases)`, async () => {
    const tally: Tally = { valid: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(source, window, optionsArbitrary(), optionsArbitrary(), async (s, w, a, b) => {
        const unchanged = prototypeGuard();
        let rows: unknown[] | undefined;
        try {
          rows = [
            ...api.compareTimelines(s as Iterable<unknown>, w as api.BatchWindow, a as api.Options, b as api.Options),
          ];
        } catch (e) {
          checkError(e);
          expect(() =>
            api.compareTimelinesAsync(s as Iterable<unknown>, w as api.BatchWindow, a as api.Options, b as api.Options),
          ).toThrow(api.TermsError);
          tally.refused++;
        }
        if (rows !== undefined) {
          checkCompareRows(rows, Array.isArray(s) ? s.length : undefined);
          const streamed: unknown[] = [];
          for await (const row of api.compareTimelinesAsync(
            s as Iterable<unknown>,
            w as api.BatchWindow,
            a as api.Options,
            b as api.Options,
          ))
            streamed.push(row);
          expect(streamed).toEqual(rows);
          tally.valid++;
        }
        unchanged();
      }),
      { numRuns: Math.ceil(RUNS / 4), includeErrorInReport: true },
    );
    if (process.env.HOSTILE_REPORT)
      console.log(`${expect.getState().currentTestName}: ${tally.valid} valid, ${tally.refused} refused`);
    expect(tally.valid, 'valid results').toBeGreaterThanOrEqual(minimumShares(Math.ceil(RUNS / 4)).valid);
    expect(tally.refused, 'refusals').toBeGreaterThanOrEqual(minimumShares(Math.ceil(RUNS / 4)).refused);
  });
});

describe('optionDifferences: junk and near-valid options', () => {
  it(`lists the options that differ, or throws a TermsError naming the option (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(optionsArbitrary(), optionsArbitrary(), (a, b) => {
        outcome(
          () => api.optionDifferences(a as api.Options, b as api.Options),
          (v) => {
            checkValue(v);
            if (!Array.isArray(v)) throw new Error('not a list');
          },
          undefined,
          tally,
        );
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});

describe('contractFromCsvRow: junk and near-valid rows', () => {
  const COLUMNS = [
    'id',
    'formationDate',
    'scheduledStartDate',
    'termMonths',
    'monthlyFee',
    'payments.0.date',
    'payments.0.amount',
  ];
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      'A-1',
      '2027-03-15',
      '2027-04-01',
      '12',
      '90000',
      '２０２７-０４-０１',
      '2027-02-29',
      '1e3',
      '-0',
      '2027/3/15',
      '90,000',
      '90,000円',
      '0 ',
    ),
    fc.string({ maxLength: 20 }),
  );
  const header = arg(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(COLUMNS) },
      {
        weight: 1,
        arbitrary: fc.array(fc.oneof(fc.constantFrom(...COLUMNS, '__proto__', 'constructor', 'x.y'), fc.string()), {
          maxLength: 8,
        }),
      },
    ),
  );
  const GOOD_ROW = ['A-1', '2027-03-15', '2027-04-01', '12', '90000', '2027-03-31', '90000'];
  // A good row with up to two cells replaced, or a row of any cells.
  const row = arg(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.tuple(fc.nat({ max: GOOD_ROW.length - 1 }), cell), { maxLength: 2 }).map((edits) => {
          const r = [...GOOD_ROW];
          for (const [i, c] of edits) r[i] = c;
          return r;
        }),
      },
      { weight: 1, arbitrary: fc.array(cell, { minLength: 0, maxLength: 8 }) },
    ),
  );

  it(`returns a plain record or throws a TermsError naming a field (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(header, row, (h, r) => {
        outcome(
          () => api.contractFromCsvRow(h as string[], r as string[]),
          (v) => checkCsvRecord(v, r as string[]),
          undefined,
          tally,
        );
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expectBothPaths(tally);
  });
});
