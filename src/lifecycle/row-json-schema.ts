/**
 * The JSON Schemas of the compact rows the CLI writes for programs (issue 19 §2): a row of
 * `cloud-ops-terms --batch` (src/cli/compact.ts) and a row of `cloud-ops-terms bill`
 * (`billingRun`'s `BillRow`, and the totals row last). Written by hand beside the code that
 * makes the rows; test/cli/bill.test.ts and test/cli/cli.test.ts validate real output against
 * them. Internal: not exported from the package root.
 *
 * @module
 */
import { TERMINATION_CAUSES, TIMELINE_EVENT_KINDS } from './events.js';
import { BILL_LINE_KINDS } from './bill.js';

type Json = Record<string, unknown>;

const BASE = 'urn:cloud-ops-terms:schemas:';
const DATE = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };
const MONTH = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' };
const YEN = { type: 'integer' };
const BASIS = { type: 'array', items: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$' } };
const LINE = { type: 'integer', minimum: 1 };

const ERROR_ROW: Json = {
  type: 'object',
  required: ['line', 'ok', 'error'],
  additionalProperties: false,
  properties: {
    line: LINE,
    ok: { const: false },
    id: { type: 'string' },
    error: {
      type: 'object',
      required: ['code', 'message', 'issues'],
      additionalProperties: false,
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['path', 'message'],
            additionalProperties: false,
            properties: {
              path: { type: 'string' },
              message: { type: 'string' },
              kind: { type: 'string', description: 'The kind of problem (formatTermsError), absent: a rule.' },
              params: { type: 'object', description: "What the kind's sentence needs (bounds, what was received)." },
            },
          },
        },
      },
    },
  },
};

const NULLABLE = (schema: Json) => ({ anyOf: [schema, { type: 'null' }] });

/** An array of exactly these items, in order. */
const tuple = (items: readonly Json[]): Json => ({
  type: 'array',
  minItems: items.length,
  maxItems: items.length,
  prefixItems: items,
});

/** A compact event: date, kind, amount, service month, option. */
const EVENT_TUPLE: readonly Json[] = [
  DATE,
  { enum: [...TIMELINE_EVENT_KINDS] },
  NULLABLE(YEN),
  NULLABLE(MONTH),
  NULLABLE({ type: 'string' }),
];

/** A compact row of `--batch`: the timeline's head, events as tuples, the plain monthly fees as runs. */
export function compactRowJsonSchema(): Json {
  const ok: Json = {
    type: 'object',
    required: ['line', 'ok', 'asOf', 'until'],
    additionalProperties: false,
    properties: {
      line: LINE,
      ok: { const: true },
      id: { type: 'string' },
      asOf: DATE,
      until: DATE,
      status: { enum: ['not-started', 'running', 'ending', 'ended'] },
      billingStartDate: DATE,
      currentTerm: NULLABLE({
        type: 'object',
        required: ['number', 'start', 'end'],
        additionalProperties: false,
        properties: { number: { type: 'integer', minimum: 1 }, start: DATE, end: DATE },
      }),
      terminationDate: NULLABLE(DATE),
      terminationCause: NULLABLE({ enum: [...TERMINATION_CAUSES] }),
      paymentsRecorded: { type: 'boolean' },
      outstanding: YEN,
      outstandingPrincipal: YEN,
      outstandingInterest: YEN,
      unappliedPayments: YEN,
      basis: BASIS,
      events: {
        description:
          'Each event as [date, kind, amount?, serviceMonth?, option?]; null holds a place, trailing empties are dropped.',
        type: 'array',
        items: { anyOf: [2, 3, 4, 5].map((n) => tuple(EVENT_TUPLE.slice(0, n))) },
      },
      monthlyFees: {
        description:
          'Runs of plain monthly fees (第25条3項): the service months from…to, each due on its 25.3 date, the first and last of which are given.',
        type: 'array',
        items: {
          type: 'object',
          required: ['from', 'to', 'amount', 'firstDue', 'lastDue'],
          additionalProperties: false,
          properties: {
            from: MONTH,
            to: MONTH,
            amount: YEN,
            firstDue: DATE,
            lastDue: DATE,
            option: { type: 'string' },
          },
        },
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}compact-row.json`,
    title: 'cloud-ops-terms compact batch row',
    description:
      'One NDJSON line of `cloud-ops-terms --batch` (the default, compact row: no prose). `--fields full` writes batch-row.json rows instead.',
    oneOf: [ok, ERROR_ROW],
  };
}

/** A row of `bill`: a contract's bill for the month, an error row, or the month's totals (last). */
export function billRowJsonSchema(): Json {
  const line = {
    type: 'object',
    required: ['kind', 'date', 'amount', 'basis'],
    additionalProperties: false,
    properties: {
      kind: { enum: [...BILL_LINE_KINDS] },
      date: DATE,
      amount: YEN,
      option: { type: 'string' },
      serviceMonth: MONTH,
      dueDate: DATE,
      basis: BASIS,
    },
  };
  const ok: Json = {
    type: 'object',
    required: ['line', 'ok', 'month', 'carriedIn', 'lines', 'charges', 'refunds', 'total'],
    additionalProperties: false,
    properties: {
      line: LINE,
      ok: { const: true },
      id: { type: 'string' },
      month: MONTH,
      carriedIn: {
        type: 'object',
        required: ['principal', 'interest', 'credit'],
        additionalProperties: false,
        properties: { principal: YEN, interest: YEN, credit: YEN },
      },
      lines: { type: 'array', items: line },
      charges: YEN,
      refunds: YEN,
      total: YEN,
    },
  };
  const totals: Json = {
    type: 'object',
    required: ['totals', 'month', 'records', 'errors', 'carriedIn', 'charges', 'refunds', 'total'],
    additionalProperties: false,
    properties: {
      totals: { const: true },
      month: MONTH,
      records: { type: 'integer', minimum: 0 },
      errors: { type: 'integer', minimum: 0 },
      carriedIn: YEN,
      charges: YEN,
      refunds: YEN,
      total: YEN,
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}bill-row.json`,
    title: 'cloud-ops-terms bill row',
    description:
      "One NDJSON line of `cloud-ops-terms bill`: a contract's amounts for the month (billingRun's BillRow), an error row, or — last — the month's totals.",
    oneOf: [ok, ERROR_ROW, totals],
  };
}
