/**
 * Hostile input (issue 11): every function the package exports — found by
 * enumerating src/index.ts, so that a new export cannot be forgotten — is fed
 * junk and near-valid input by fast-check. The only acceptable outcomes are a
 * valid result (plain JSON, finite numbers, real dates, a `basis` of existing
 * provisions) or a TermsError whose message names a field. Nothing else may be
 * thrown, no call may hang, and Object.prototype must stay as it was.
 *
 * The fields of a function of one object parameter are found by probing: an
 * empty object gives the required fields (the paths of its TermsError
 * issues), a symbol put in each field gives its kind (the message: a date, a
 * month, an amount of yen, one of a list …); OPTIONAL_FIELDS adds the fields a
 * function accepts without. Inputs are then built from those fields with
 * mostly valid values, so the valid path runs too (each function must return a
 * valid result in a good share of the runs).
 *
 * Cases per function: HOSTILE_RUNS (default 1,000; the file takes about 5 s).
 * .ci/run runs the full number under TZ=UTC and HOSTILE_RUNS=200 under the two
 * other time zones. HOSTILE_REPORT=1 prints how many cases of each function
 * returned a result and how many were refused.
 *
 * Full-width digits (`２０２７-０４-０１`, `１００`) are refused, never normalised:
 * see "full-width digits" at the end.
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import type { TermsRecord } from '../../src/index.js';
import {
  type Field,
  type Kind,
  LIFECYCLE_FUNCTIONS,
  POLLUTERS,
  checkError,
  checkResult,
  checkValue,
  fieldPaths,
  junk,
  nearValid,
  objectOf,
  optionsArbitrary,
  probeInput,
  prototypeGuard,
  outcome,
  type Tally,
  minimumShares,
} from './hostile.js';

const api = await import('../../src/index.js');
const { CalendarDate, Dec, Instant, TermsError, YearMonth } = api;

const RUNS = Number(process.env.HOSTILE_RUNS ?? 1_000);

type Fn = (...args: unknown[]) => unknown;
type ValueClass = { readonly name: string; [Symbol.hasInstance](value: unknown): boolean };
const isClass = (v: unknown): v is Fn =>
  typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
const ids = (list: readonly { id: string }[]) => list.map((g) => g.id);

// ---------------------------------------------------------------------------------------
// Functions of one object parameter (the articles and the calendar)

/** Fields a function accepts without, by object path ('' for the input itself); probing finds only required ones. */
const OPTIONAL_FIELDS: Record<string, Record<string, readonly string[]>> = {
  mergeContractSettings: { '': ['contract'] },
  noticeEffective: { '': ['method', 'sentAt', 'arrivedAt'] },
  assignmentPermitted: { '': ['consentBeforeAssignment'] },
  contractFormation: { '': ['scope'] },
  agreedTerms: { '': ['scope'] },
  contractChangeFormation: { '': ['scope'] },
  refusalGrounds: { '': [...ids(api.REFUSAL_GROUNDS), 'request', 'scope'] },
  billingStartDate: { '': ['scope'] },
  customerTermination: { '': ['requestedDate', 'scope'] },
  unpaidFeesOnCustomerNotice: { '': ['scope'] },
  terminationExtension: { '': ['scope'] },
  immediateTerminationGrounds: { '': ids(api.IMMEDIATE_TERMINATION_GROUNDS) },
  companyTermination: { '': ['requestedDate'] },
  discontinuationGrounds: { '': ids(api.DISCONTINUATION_GROUNDS) },
  workRequestAuthority: { '': ['designatedWithCompanyConsent'] },
  interruptionRefundLimit: { '': ['proposedRefund'] },
  invoiceLines: { contract: ['terminationDate', 'extensionMonths'] },
  lateInterestWithPayments: { '': ['asOf'] },
  isConfidential: { '': ['writtenSpecificationOn', 'exclusions'] },
  personalInformationUse: { '': ['concerning'] },
  companyLiability: { '': ['cause', 'dataLoss'] },
  isSupportOpen: { '': ['service'] },
  nextSupportOpening: { '': ['service'] },
};

/** Kinds probing cannot read from a message (a field typed `unknown` that a later check reads). */
const KIND_OVERRIDES: Record<string, Record<string, Kind>> = {
  noticeEffective: {
    method: { t: 'enum', values: [...new Set([...api.COMPANY_NOTICE_METHODS, ...api.CUSTOMER_NOTICE_METHODS])] },
  },
  provisionInForce: { ref: { t: 'enum', values: api.PROVISIONS } },
  invoiceLines: { 'contract.extensionMonths': { t: 'int', min: 1, max: 24 } },
  // 第13条1項: a termination date is a month end; other days are refused before anything is computed.
  terminationExtension: { terminationDate: { t: 'date', monthEnd: true } },
  severance: { 'invalid.0': { t: 'enum', values: ['2', '13.2', '29', 'spec.1.5', '25.4'] } },
};

/** Functions whose inputs are all optional: a valid result is the common case, even for `{}`. */
const ALL_OPTIONAL = new Set(['immediateTerminationGrounds', 'discontinuationGrounds', 'refusalGrounds']);

// ---------------------------------------------------------------------------------------
// Functions of positional parameters (the core's helpers), and the static factories of classes

interface Positional {
  /** One arbitrary per argument (near-valid values mixed with junk). */
  readonly args: readonly fc.Arbitrary<unknown>[];
  /** Throws unless the returned value is valid. */
  readonly result: (value: unknown) => void;
}

/** Mostly `valid`, sometimes junk. */
const arg = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: junk });
const DATE: Kind = { t: 'date' };
const dateValue = nearValid(DATE).map((v) => {
  const r = typeof v === 'string' ? CalendarDate.tryParse(v) : v;
  return typeof r === 'string' ? v : r;
});
const label = arg(fc.constantFrom('date', 'monthlyFee', 'contract.terminationDate', ''));
const length = arg(
  fc.oneof(
    fc.record({ days: nearValid({ t: 'int', min: 0, max: 400 }) }),
    fc.record({ months: nearValid({ t: 'int', min: 0, max: 120 }) }),
    fc.record({ years: nearValid({ t: 'int', min: 0, max: 10 }) }),
  ),
);
const smallInt = arg(fc.integer({ min: -5, max: 70 }));
const ref = arg(fc.constantFrom(...api.PROVISIONS));
const realZodError = fc
  .constantFrom<unknown>({}, { a: 1 }, { a: 'x', b: [1, 'y'] }, null)
  .map((input) => z.safeParse(z.object({ a: z.string(), b: z.optional(z.array(z.number())) }), input).error);

const is = (type: string) => (v: unknown) => {
  if (typeof v !== type) throw new Error(`expected a ${type}, got ${typeof v}`);
  checkValue(v);
};
const isA = (cls: ValueClass) => (v: unknown) => {
  if (!(v instanceof cls)) throw new Error(`expected a ${cls.name}`);
};
const isTermsErrorNamingItsField = (v: unknown) => {
  checkError(v);
};
const isTermsResult = (v: unknown) => {
  checkResult(v);
};

const POSITIONAL: Record<string, Positional | { readonly excluded: string }> = {
  fromZodError: { args: [arg(realZodError), label], result: isTermsErrorNamingItsField },
  describeValue: { args: [junk], result: is('string') },
  invalidInput: { args: [label, arg(fc.string())], result: isTermsErrorNamingItsField },
  isTermsError: {
    args: [arg(fc.constantFrom(new TermsError('INVALID_INPUT', []), new Error('x')))],
    result: is('boolean'),
  },
  daysInMonth: {
    args: [arg(fc.integer({ min: 1900, max: 2199 })), arg(fc.integer({ min: 1, max: 12 }))],
    result: is('number'),
  },
  isLeapYear: { args: [arg(fc.integer({ min: 1900, max: 2199 }))], result: is('boolean') },
  deadlineBefore: {
    args: [
      dateValue,
      length,
      arg(fc.constantFrom('event', 'expiry')),
      arg(fc.constantFrom('civil-code', 'naive', undefined)),
    ],
    result: isA(CalendarDate),
  },
  periodEnd: {
    args: [dateValue, length, arg(fc.constantFrom('next-day', 'same-day', undefined))],
    result: isA(CalendarDate),
  },
  Dec: {
    excluded:
      "decimal.js's own constructor (a clone with 40 digits), re-exported so that callers can build roundYen's argument; it throws decimal.js's errors by design",
  },
  dailyProrated: {
    args: [nearValid({ t: 'yen' }), nearValid({ t: 'int', min: 0, max: 31 })],
    result: (v) => void Dec.isDecimal(v),
  },
  parseYen: { args: [nearValid({ t: 'yen' }), label], result: is('number') },
  roundYen: {
    args: [
      arg(fc.double({ min: -1e6, max: 1e9, noNaN: true }).map((n) => new Dec(n))),
      arg(fc.constantFrom('floor', 'half-up', 'ceil')),
      label,
    ],
    result: is('number'),
  },
  tryParseYen: {
    args: [nearValid({ t: 'yen' })],
    result: (v) => (typeof v === 'number' ? checkValue(v) : is('string')(v)),
  },
  resolveOptions: { args: [optionsArbitrary()], result: (v) => checkValue(v, 'options', [], [CalendarDate]) },
  optionsFor: {
    args: [
      arg(
        fc.constantFrom<unknown>(
          'lateInterest',
          'isSupportOpen',
          'customerTermination',
          'contractTimeline',
          'toString',
        ),
      ),
      optionsArbitrary(),
    ],
    result: (v) => checkValue(v, 'options', [], [CalendarDate]),
  },
  formatTermsError: {
    args: [
      arg(
        fc.constantFrom<unknown>(
          new TermsError('INVALID_INPUT', [{ path: 'a', message: 'm', kind: 'date', params: { received: 'nothing' } }]),
          new TermsError('INVALID_INPUT', [{ path: 'b', message: 'm', kind: 'one-of', params: { values: ['x'] } }]),
          new TermsError('DATE_OUT_OF_RANGE', [{ path: 'date', message: 'm' }]),
          new TermsError('NOT_ALLOWED_BY_TERMS', [{ path: 'c', message: 'm', kind: 'rule' }]),
        ),
      ),
      arg(
        fc.record(
          { lang: fc.constantFrom<unknown>('ja', 'en', 'fr', 1), source: fc.string(), detail: fc.boolean() },
          { requiredKeys: [] },
        ),
      ),
    ],
    result: is('string'),
  },
  articleInfo: {
    args: [arg(fc.constantFrom<unknown>(...Array.from({ length: 30 }, (_, i) => i + 1), 'spec'))],
    result: (v) => checkValue(v),
  },
  citeJa: { args: [ref], result: is('string') },
  isProvisionRef: { args: [ref], result: is('boolean') },
  versionsOf: { args: [ref], result: (v) => checkValue(v) },
  basis: { args: [ref, ref, ref], result: (v) => checkValue(v) },
  isExemptionCauseId: { args: [arg(fc.constantFrom(...api.EXEMPTION_CAUSE_IDS))], result: is('boolean') },
  isFeeBearingSuspension: { args: [arg(fc.constantFrom(...api.SERVICE_STOP_REFS))], result: is('boolean') },
  faultLiftsLimits: { args: [arg(fc.constantFrom(...api.FAULT_KINDS))], result: is('boolean') },
  faultAttributable: { args: [arg(fc.constantFrom(...api.FAULT_KINDS))], result: is('boolean') },
  // No parameters: the extra arguments are junk that must be ignored.
  changeNoticeFailureLiability: { args: [junk], result: isTermsResult },
  companyTerminationLiability: { args: [junk], result: isTermsResult },
  cloudProviderCharges: { args: [junk], result: isTermsResult },
  // An optional input ({ fault }, I-13): junk is refused naming the field, or ignored when undefined.
  dataLossLiability: { args: [junk], result: isTermsResult },
};

/** The static factory and parse methods of the exported classes; their other statics take trusted value objects. */
const STATICS: Record<string, Record<string, Positional | { readonly excluded: string }>> = {
  TermsError: {},
  CalendarDate: {
    parse: { args: [nearValid(DATE), label], result: isA(CalendarDate) },
    tryParse: { args: [nearValid(DATE)], result: (v) => (typeof v === 'string' ? undefined : isA(CalendarDate)(v)) },
    of: {
      args: [smallInt.map((n) => (typeof n === 'number' ? n + 1990 : n)), smallInt, smallInt, label],
      result: isA(CalendarDate),
    },
    fromEpochDay: { args: [arg(fc.integer({ min: -30_000, max: 90_000 }))], result: isA(CalendarDate) },
  },
  YearMonth: {
    parse: { args: [nearValid({ t: 'month' }), label], result: isA(YearMonth) },
    tryParse: {
      args: [nearValid({ t: 'month' })],
      result: (v) => (typeof v === 'string' ? undefined : isA(YearMonth)(v)),
    },
    of: { args: [dateValue], result: isA(YearMonth) },
  },
  Instant: {
    parse: { args: [nearValid({ t: 'instant' }), label], result: isA(Instant) },
    tryParse: {
      args: [nearValid({ t: 'instant' })],
      result: (v) => (typeof v === 'string' ? undefined : isA(Instant)(v)),
    },
    fromJst: {
      args: [dateValue, smallInt, smallInt, smallInt, arg(fc.integer({ min: -1, max: 1000 }))],
      result: isA(Instant),
    },
  },
};
const TRUSTED_STATICS = new Set(['compare', 'daysBetween', 'min', 'max']);

// ---------------------------------------------------------------------------------------
// The runner

const entries = Object.entries(api);
const functions = entries.filter(([, v]) => typeof v === 'function' && !isClass(v)) as [string, Fn][];
const classes = entries.filter(([, v]) => isClass(v)) as [string, Fn & Record<string, unknown>][];
const elsewhere = new Set<string>(LIFECYCLE_FUNCTIONS);
const objectFunctions = functions.filter(([name]) => !(name in POSITIONAL) && !elsewhere.has(name));

describe('every export is covered', () => {
  it('the package exports functions and classes (the enumeration works)', () => {
    expect(functions.length).toBeGreaterThan(90);
    expect(classes.map(([n]) => n).sort()).toEqual(['CalendarDate', 'Instant', 'TermsError', 'YearMonth']);
  });

  it('every function of positional parameters has an entry, and every entry is an export', () => {
    for (const name of Object.keys(POSITIONAL))
      expect(
        functions.map(([n]) => n),
        name,
      ).toContain(name);
  });

  it('every static method of an exported class is in the table or a trusted value-object operation', () => {
    for (const [name, cls] of classes) {
      const statics = Object.getOwnPropertyNames(cls).filter((k) => typeof cls[k] === 'function');
      const table = STATICS[name];
      expect(table, `add ${name} to STATICS`).toBeDefined();
      for (const s of statics) expect(s in (table ?? {}) || TRUSTED_STATICS.has(s), `${name}.${s}`).toBe(true);
    }
  });

  it('the tables of optional fields and overrides name existing functions', () => {
    const names = new Set(objectFunctions.map(([n]) => n));
    for (const name of [...Object.keys(OPTIONAL_FIELDS), ...Object.keys(KIND_OVERRIDES), ...ALL_OPTIONAL]) {
      expect(names.has(name), name).toBe(true);
    }
  });
});

describe.each(objectFunctions)('%s: junk and near-valid input', (name, fn) => {
  const shape: Record<string, Field> = probeInput((i) => fn(i), OPTIONAL_FIELDS[name], KIND_OVERRIDES[name]);
  const fields = fieldPaths(shape);

  it('has fields, each of a known kind', () => {
    const unknown = fields.filter((p) => {
      const kindAt = (f: Record<string, Field>, parts: string[]): Kind | undefined => {
        const [head, ...rest] = parts;
        const k = f[head ?? '']?.kind;
        if (k === undefined || rest.length === 0) return k;
        if (k.t === 'object') return kindAt(k.fields, rest);
        if (k.t === 'list')
          return rest.length === 1 ? k.of : k.of.t === 'object' ? kindAt(k.of.fields, rest.slice(1)) : undefined;
        return undefined;
      };
      return kindAt(shape, p.split('.'))?.t === 'unknown';
    });
    expect(unknown, 'add these to KIND_OVERRIDES').toEqual([]);
    if (!ALL_OPTIONAL.has(name)) expect(Object.values(shape).some((f) => f.required)).toBe(true);
  });

  it(`returns a valid result or throws a TermsError naming a field (${RUNS} cases)`, () => {
    const tally: Tally = { valid: 0, refused: 0 };
    const input = fc.oneof({ weight: 12, arbitrary: objectOf(shape) }, { weight: 1, arbitrary: junk });
    fc.assert(
      fc.property(input, optionsArbitrary(), (i, o) => {
        outcome(() => fn(i, o), checkResult, fields, tally);
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    if (process.env.HOSTILE_REPORT) console.log(`${name}: ${tally.valid} valid, ${tally.refused} refused`);
    // The near-valid inputs reach the computation, and the junk reaches the checks.
    expect(tally.valid, 'valid results').toBeGreaterThanOrEqual(minimumShares(RUNS).valid);
    expect(tally.refused, 'refusals').toBeGreaterThanOrEqual(minimumShares(RUNS).refused);
  });
});

describe.each(objectFunctions.filter(([, fn]) => fn.length >= 2))(
  '%s: an option it does not read is never ignored (issue 18 §2)',
  (name, fn) => {
    const shape: Record<string, Field> = probeInput((i) => fn(i), OPTIONAL_FIELDS[name], KIND_OVERRIDES[name]);
    const reads: readonly string[] = (api.OPTIONS_READ as Readonly<Record<string, readonly string[]>>)[name] ?? [];
    const unread = [
      ...Object.keys(api.OPTION_INTERPRETATIONS).filter((k) => !reads.includes(k)),
      'roundng',
      'colour',
      '__proto__',
      'constructor',
    ];

    it('refuses it with a TermsError, never returns a result', () => {
      fc.assert(
        fc.property(
          objectOf(shape),
          fc.constantFrom(...unread),
          fc.constantFrom<unknown>('floor', 'civil-code', 'x', 1, [], {}),
          (input, key, value) => {
            const options = {};
            Object.defineProperty(options, key, { value, enumerable: true, writable: true, configurable: true });
            let returned = false;
            try {
              fn(input, options);
              returned = true;
            } catch (e) {
              expect(api.isTermsError(e), String(e)).toBe(true);
            }
            expect(returned, `${name} returned a result with options.${key}`).toBe(false);
          },
        ),
        { numRuns: Math.min(RUNS, 200) },
      );
    });
  },
);

const positional = Object.entries(POSITIONAL).filter((e): e is [string, Positional] => 'args' in e[1]);
const statics = Object.entries(STATICS).flatMap(([cls, table]) =>
  Object.entries(table)
    .filter((e): e is [string, Positional] => 'args' in e[1])
    .map(
      ([method, p]) =>
        [`${cls}.${method}`, p, (api as unknown as Record<string, Record<string, Fn>>)[cls]?.[method]] as const,
    ),
);

describe.each([
  ...positional.map(([name, p]) => [name, p, (api as unknown as Record<string, Fn>)[name]] as const),
  ...statics,
])('%s: junk and near-valid arguments', (name, p, fn) => {
  it(`returns a valid value or throws a TermsError naming a field (${RUNS} cases)`, () => {
    expect(fn, name).toBeTypeOf('function');
    const call = fn as Fn;
    const owner = name.includes('.')
      ? (api as unknown as Record<string, unknown>)[name.split('.')[0] ?? '']
      : undefined;
    const tally: Tally = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(fc.tuple(...p.args), (args) => {
        outcome(() => call.apply(owner, args), p.result, undefined, tally);
      }),
      { numRuns: RUNS, includeErrorInReport: true },
    );
    expect(tally.valid, 'valid results').toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------
// Decisions, pinned

describe('full-width digits are refused, never normalised', () => {
  it("a date '２０２７-０４-０１' is refused, naming the field", () => {
    expect(() => api.customerTermination({ noticeReceivedOn: '２０２７-０４-０１' })).toThrow(
      /noticeReceivedOn: expected a date written 'YYYY-MM-DD'/,
    );
    expect(CalendarDate.tryParse('２０２７-０４-０１')).toMatch(/^expected a date/);
  });

  it("an amount '１００' or '１０００００' is refused, naming the field", () => {
    expect(() => api.firstMonthFee({ billingStartDate: '2027-04-01', monthlyFee: '１０００００' })).toThrow(
      /monthlyFee: expected an amount of yen/,
    );
    expect(api.tryParseYen('１００')).toMatch(/^expected an amount of yen/);
  });

  it("a month '２０２７-０４' and an instant '２０２７-０４-０１T10:00:00+09:00' are refused", () => {
    expect(() => api.monthlyFeeDueDate({ serviceMonth: '２０２７-０４' })).toThrow(/serviceMonth: expected a month/);
    expect(() => api.isSupportOpen({ at: '２０２７-０４-０１T10:00:00+09:00' })).toThrow(/^at: expected an instant/);
  });

  it('a mix of full-width and ASCII digits is refused too', () => {
    expect(() => api.lateInterest({ amount: 100_000, dueDate: '2027-0４-30', paidOn: '2027-05-31' })).toThrow(
      /dueDate: expected a date/,
    );
  });
});

describe('prototype pollution', () => {
  it.each(POLLUTERS)('documents and settings parsed from %s reach no prototype', (json) => {
    const unchanged = prototypeGuard();
    const doc = () => JSON.parse(json) as TermsRecord;
    const merged = api.mergeContractSettings({ defaults: doc(), contract: doc() });
    expect(Object.getPrototypeOf(merged.settings)).toBe(Object.prototype);
    const agreed = api.agreedTerms({ application: doc(), acceptance: doc() });
    expect(Object.getPrototypeOf(agreed.terms)).toBe(Object.prototype);
    expect(Object.keys(agreed.terms)).toEqual(Object.keys(doc()));
    unchanged();
  });
});
