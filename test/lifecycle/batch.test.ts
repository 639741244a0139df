/**
 * The batch path (src/lifecycle/batch.ts): one row out for every record in, bad records as
 * error rows with their line and the TermsError issues, NDJSON and RFC 4180 CSV read line by
 * line, lazily.
 *
 * 第13条1項「…解約を希望する月の前月末日までに当社に書面をもって通知をすることにより、本サービスを解約すること
 * ができるものとします。」 — the rows below carry such notices; the rules are the timeline's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_MAX_RECORD_LINES,
  SAMPLE_CONTRACT,
  TermsError,
  contractFromCsvRow,
  contractTimeline,
  contractTimelines,
  contractTimelinesAsync,
  type TimelineBatchRow,
} from '../../src/index.js';
import { parseCsvRecord } from '../../src/lifecycle/batch.js';
import { AS_OF, contracts } from '../bench/contracts.js';
import { expectTermsError } from '../support/assert.js';
import { schemaErrors } from '../support/json-schema.js';

const asOf = '2027-06-01';
const good = (id: string) =>
  JSON.stringify({
    id,
    formationDate: '2027-03-15',
    scheduledStartDate: '2027-04-01',
    termMonths: 12,
    monthlyFee: 90000,
  });
const summary = (rows: readonly TimelineBatchRow[]) =>
  rows.map((r) =>
    r.ok ? `${r.line} ok ${r.id ?? ''}` : `${r.line} ${r.error.code} ${r.error.issues.map((i) => i.path).join(',')}`,
  );

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('contractTimelines over records', () => {
  it('gives each record its timeline, numbered from 1, in order', () => {
    const rows = [...contractTimelines([SAMPLE_CONTRACT, JSON.parse(good('B'))], { asOf: '2026-01-15' })];
    expect(summary(rows)).toEqual(['1 ok SAMPLE-001', '2 ok B']);
    const first = rows[0];
    expect(first?.ok && first.timeline).toEqual(contractTimeline(SAMPLE_CONTRACT, { asOf: '2026-01-15' }));
  });

  it('turns a bad record into an error row and goes on: rows out = records in', () => {
    const rows = [
      ...contractTimelines([JSON.parse(good('A')), { id: 'B', monthlyFee: -1 }, 42, JSON.parse(good('D'))], { asOf }),
    ];
    expect(summary(rows)).toEqual([
      '1 ok A',
      // Every problem in one round: the fields, and the term that is missing (第11条1項).
      '2 INVALID_INPUT formationDate,scheduledStartDate,monthlyFee,termEndDate',
      '3 INVALID_INPUT contract',
      '4 ok D',
    ]);
    // The record's id, when it has one, is in its error row too.
    expect(rows[1]?.id).toBe('B');
  });

  it('keeps an article’s own error code in the row', () => {
    const extended = {
      ...JSON.parse(good('X')),
      notices: { customerTermination: { on: '2027-05-20', extensionMonths: 0 } },
    };
    const [row] = [...contractTimelines([extended], { asOf })];
    expect(row).toMatchObject({ line: 1, ok: false, id: 'X', error: { code: 'EXTENSION_NOT_WHOLE_MONTHS' } });
  });

  it('is lazy: nothing is computed before a row is asked for, and an endless source is fine', () => {
    let made = 0;
    function* endless() {
      for (;;) {
        made += 1;
        yield JSON.parse(good(`C${made}`)) as unknown;
      }
    }
    const rows = contractTimelines(endless(), { asOf });
    expect(made).toBe(0);
    const first = rows.next();
    expect(first.value).toMatchObject({ line: 1, ok: true, id: 'C1' });
    expect(made).toBe(1);
  });

  it('checks the window, the options and the source at once', () => {
    expectTermsError(() => contractTimelines([], { asOf: 'today' }), 'asOf');
    expectTermsError(() => contractTimelines([], { asOf, input: 'xml' as never }), 'input');
    expectTermsError(() => contractTimelines([], { asOf }, { rounding: 'up' as never }), 'options.rounding');
    expectTermsError(() => contractTimelines(42 as never, { asOf }), 'source');
    expectTermsError(() => contractTimelinesAsync({} as never, { asOf }), 'source');
    // A string is iterable, but its items are characters: a file's whole text is refused, with a hint.
    const text = '{"formationDate":"2027-03-15"}\n{"formationDate":"2027-03-16"}';
    expect(() => contractTimelines(text as never, { asOf, input: 'ndjson' })).toThrow(
      `source: expected an iterable of records or lines, got a string (${text.length} characters): split a file's text into lines`,
    );
    expectTermsError(() => contractTimelinesAsync(text as never, { asOf, input: 'ndjson' }), 'source');
    expectTermsError(() => contractTimelines([], null as never), 'window');
  });

  it('every row validates against docs/schemas/batch-row.json', () => {
    const rows = [...contractTimelines([SAMPLE_CONTRACT, { id: 'B' }, 'x'], { asOf: '2026-01-15' })];
    for (const row of rows) expect(schemaErrors('batch-row', JSON.parse(JSON.stringify(row)))).toEqual([]);
  });
});

describe('notes: false leaves the English notes out, and nothing else', () => {
  /** A row with every event's `note` removed. */
  const withoutNotes = (row: TimelineBatchRow) =>
    row.ok ? { ...row, timeline: { ...row.timeline, events: row.timeline.events.map(({ note: _, ...e }) => e) } } : row;

  it('the sample contract: the formation event without its note, every other field as by default', () => {
    const [plain] = [...contractTimelines([SAMPLE_CONTRACT], { asOf: '2026-01-15' }, { notes: false })];
    const [noted] = [...contractTimelines([SAMPLE_CONTRACT], { asOf: '2026-01-15' })];
    // 第9条2項: the contract is formed when the 利用承諾書 reaches the customer — the default
    // row says so in English (rendering.ts's NOTES.formation); the row without notes has no `note` field at all.
    expect(noted?.ok && noted.timeline.events[0]).toMatchObject({
      kind: 'formation',
      note: 'contract formed: the 利用承諾書 reached the customer',
    });
    expect(plain?.ok && Object.keys(plain.timeline.events[0] ?? {})).toEqual(['date', 'kind', 'basis']);
    expect(plain).toEqual(withoutNotes(noted as TimelineBatchRow));
  });

  it('the benchmark contracts (notices, payments, late interest, changes, stops): the same rows but for the notes', async () => {
    const records = [...contracts(300)];
    const lines = records.map((r) => JSON.stringify(r));
    const noted = [...contractTimelines(lines, { asOf: AS_OF, input: 'ndjson' })];
    const plain = await collect(contractTimelinesAsync(lines, { asOf: AS_OF, input: 'ndjson' }, { notes: false }));
    const events = (rows: TimelineBatchRow[]) => rows.flatMap((r) => (r.ok ? r.timeline.events : []));
    // Not vacuous: the default rows carry notes, those without carry none, and rows are the same in number.
    expect(events(noted).filter((e) => e.note !== undefined).length).toBeGreaterThan(1000);
    expect(events(plain).some((e) => 'note' in e)).toBe(false);
    expect(plain).toEqual(noted.map(withoutNotes));
    // The options beside it are read as before.
    const [ceil] = [
      ...contractTimelines(lines.slice(0, 40), { asOf: AS_OF, input: 'ndjson' }, { notes: false, rounding: 'ceil' }),
    ];
    const [ceilNoted] = [
      ...contractTimelines(lines.slice(0, 40), { asOf: AS_OF, input: 'ndjson' }, { rounding: 'ceil' }),
    ];
    expect(ceil).toEqual(withoutNotes(ceilNoted as TimelineBatchRow));
  });

  it('notes: true and notes absent give the same rows; anything but a boolean is refused, naming options.notes', () => {
    const rows = (options?: { notes?: boolean }) => [
      ...contractTimelines([SAMPLE_CONTRACT], { asOf: '2026-01-15' }, options),
    ];
    expect(rows({ notes: true })).toEqual(rows());
    expectTermsError(() => contractTimelines([], { asOf }, { notes: 'no' as never }), 'options.notes');
    expectTermsError(() => contractTimelinesAsync([], { asOf }, { notes: 0 as never }), 'options.notes');
    // An unknown option beside it is still refused.
    expectTermsError(
      () => contractTimelines([], { asOf }, { notes: false, roundng: 'ceil' } as never),
      'options.roundng',
    );
  });
});

describe('NDJSON lines', () => {
  it('reads one record a line, skips blank lines, and reports bad lines by their number', () => {
    const lines = [good('A'), '', 'not json', '   ', good('E'), '{"id":"F","monthlyFee":1}', '[1,2]', `${good('H')}\r`];
    const rows = [...contractTimelines(lines, { asOf, input: 'ndjson' })];
    expect(summary(rows)).toEqual([
      '1 ok A',
      '3 INVALID_INPUT input',
      '5 ok E',
      '6 INVALID_INPUT formationDate,scheduledStartDate,termEndDate',
      '7 INVALID_INPUT contract',
      '8 ok H',
    ]);
    expect(rows[1]).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('expected a line of JSON') },
    });
  });

  it('an item that is not text is an error row, not a crash', () => {
    expect(summary([...contractTimelines([good('A'), 7], { asOf, input: 'ndjson' })])).toEqual([
      '1 ok A',
      '2 INVALID_INPUT input',
    ]);
  });

  it('streams from an async source, one row per record', async () => {
    async function* source() {
      yield good('A');
      yield '{';
      yield good('C');
    }
    const rows = await collect(contractTimelinesAsync(source(), { asOf, input: 'ndjson' }));
    expect(summary(rows)).toEqual(['1 ok A', '2 INVALID_INPUT input', '3 ok C']);
  });

  it('property: rows out = non-blank lines in, whatever the lines hold', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(good('G')), fc.string(), fc.constant('')), { maxLength: 12 }),
        (lines) => {
          const rows = [...contractTimelines(lines, { asOf, input: 'ndjson' })];
          expect(rows.map((r) => r.line)).toEqual(lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1])));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('CSV (RFC 4180)', () => {
  it('splits fields at commas; a quoted field holds commas, doubled quotes and line breaks', () => {
    expect(parseCsvRecord('a,b,,d')).toEqual(['a', 'b', '', 'd']);
    expect(parseCsvRecord('"a,1","say ""hi""",')).toEqual(['a,1', 'say "hi"', '']);
    expect(parseCsvRecord('""')).toEqual(['']);
    expect(parseCsvRecord('"two\nlines",x')).toEqual(['two\nlines', 'x']);
    expect(parseCsvRecord('"open')).toBe('open');
    expect(parseCsvRecord('"a"b,c')).toEqual({ error: expect.stringContaining('after the closing quote of field 1') });
    expect(parseCsvRecord('a"b,c')).toEqual({ error: expect.stringContaining('a quote inside unquoted field 1') });
  });

  it('property: a row written the RFC 4180 way is read back as it was', () => {
    const quote = (field: string) => (/[",\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', '円') }), {
          minLength: 1,
          maxLength: 6,
        }),
        (fields) => {
          expect(parseCsvRecord(fields.map(quote).join(','))).toEqual(fields);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the fields in its header; nested by dots, list items by index; empty cells are absent', () => {
    const header = [
      'id',
      'formationDate',
      'scheduledStartDate',
      'termMonths',
      'monthlyFee',
      'notices.customerTermination.on',
      'payments.0.date',
      'payments.0.amount',
      'overrides.autoRenewal',
    ];
    expect(
      contractFromCsvRow(header, ['A', '2027-03-15', '2027-04-01', '12', '90000', '', '2027-03-31', '90000', 'false']),
    ).toEqual({
      id: 'A',
      formationDate: '2027-03-15',
      scheduledStartDate: '2027-04-01',
      termMonths: 12,
      monthlyFee: '90000',
      payments: [{ date: '2027-03-31', amount: '90000' }],
      overrides: { autoRenewal: false },
    });
  });

  it('a column may hold a whole structure as JSON', () => {
    expect(contractFromCsvRow(['payments'], ['[{"date":"2027-03-31","amount":90000}]'])).toEqual({
      payments: [{ date: '2027-03-31', amount: 90000 }],
    });
    expectTermsError(() => contractFromCsvRow(['payments'], ['[{']), 'payments');
  });

  it('refuses headers that are not fields, or that clash', () => {
    expectTermsError(() => contractFromCsvRow(['__proto__.x'], ['1']), 'header');
    expectTermsError(() => contractFromCsvRow(['a', 'a'], ['1', '2']), 'header');
    expectTermsError(() => contractFromCsvRow(['0'], ['1']), 'header');
    expectTermsError(() => contractFromCsvRow(['payments', 'payments.0.date'], ['x', '2027-01-01']), 'payments.0.date');
    expectTermsError(() => contractFromCsvRow(['a'], ['1', '2']), 'input');
    expectTermsError(() => contractFromCsvRow('a' as never, []), 'input');
  });

  it('a file with bad lines in the middle: every good line processed, the bad ones reported by line number', () => {
    const lines = [
      'id,formationDate,scheduledStartDate,termMonths,monthlyFee,notices.customerTermination.on', // 1: header
      'A,2027-03-15,2027-04-01,12,90000,', // 2
      'B,2027-03-15,2027-04-01,twelve,90000,', // 3: not a number
      '"C,1",2027-03-15,2027-04-01,12,90000,2027-05-20', // 4: a quoted comma, a notice
      'D,2027-03-15,2027-04-01,12', // 5: too few fields
      '', // 6: blank, no record
      '"E"x,2027-03-15,2027-04-01,12,90000,', // 7: text after a closing quote
      'F,2027-03-15,2027-04-01,12,90000,', // 8
      '"G,2027-03-15,2027-04-01,12,90000,', // 9: a quote that never closes
      'H,2027-03-15,2027-04-01,12,90000,', // 10: read again after 9 is given up
    ];
    const rows = [...contractTimelines(lines, { asOf, input: 'csv' })];
    expect(summary(rows)).toEqual([
      '2 ok A',
      '3 INVALID_INPUT termMonths',
      '4 ok C,1',
      '5 INVALID_INPUT input',
      '7 INVALID_INPUT input',
      '8 ok F',
      '9 INVALID_INPUT input',
      '10 ok H',
    ]);
    const c = rows[2];
    expect(c?.ok && c.timeline.terminationDate).toBe('2027-06-30'); // 13.2: the end of the month after 05-20
  });

  it('a record may span lines inside quotes; it is numbered by its first line', () => {
    const rows = [
      ...contractTimelines(
        [
          'id,formationDate,scheduledStartDate,termMonths,monthlyFee',
          '"two',
          'lines",2027-03-15,2027-04-01,12,90000',
          'X,2027-03-15,2027-04-01,12,90000',
        ],
        { asOf, input: 'csv' },
      ),
    ];
    expect(summary(rows)).toEqual(['2 ok two\nlines', '4 ok X']);
  });

  it(`gives up on a quoted field after ${CSV_MAX_RECORD_LINES} lines and reads the lines after its first again`, () => {
    const lines = [
      'id,formationDate,scheduledStartDate,termMonths,monthlyFee',
      '"never closed,2027-03-15,2027-04-01,12,90000',
      ...Array.from({ length: 120 }, (_, i) => `R${i},2027-03-15,2027-04-01,12,90000`),
    ];
    const rows = [...contractTimelines(lines, { asOf, input: 'csv' })];
    expect(rows).toHaveLength(121);
    expect(summary(rows.slice(0, 2))).toEqual(['2 INVALID_INPUT input', '3 ok R0']);
    expect(rows.filter((r) => r.ok)).toHaveLength(120);
  });

  it('a header that cannot be used makes every row an error row naming the header', () => {
    const rows = [...contractTimelines(['id,,x', 'A,b,c', 'D,e,f'], { asOf, input: 'csv' })];
    expect(summary(rows)).toEqual(['2 INVALID_INPUT header', '3 INVALID_INPUT header']);
  });

  it('strips a byte-order mark and a CR at the end of a line', () => {
    const rows = [
      ...contractTimelines(
        ['\uFEFFid,formationDate,scheduledStartDate,termMonths,monthlyFee\r', 'A,2027-03-15,2027-04-01,12,90000\r'],
        { asOf, input: 'csv' },
      ),
    ];
    expect(summary(rows)).toEqual(['2 ok A']);
  });

  it('property: rows out = records in, whatever the lines hold', () => {
    const header = 'id,formationDate,scheduledStartDate,termMonths,monthlyFee';
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant('A,2027-03-15,2027-04-01,12,90000'),
            fc.string({ unit: fc.constantFrom('a', ',', '"', '1') }),
          ),
          { maxLength: 10 },
        ),
        (body) => {
          const rows = [...contractTimelines([header, ...body], { asOf, input: 'csv' })];
          const numbers = rows.map((r) => r.line);
          // Strictly increasing line numbers, each a line of the body that is not blank.
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          expect(new Set(numbers).size).toBe(numbers.length);
          expect(numbers.every((n) => n >= 2 && n <= body.length + 1 && (body[n - 2] ?? '').trim() !== '')).toBe(true);
          // Every non-blank line that is a plain good row comes out ok.
          const plain = body.flatMap((l, i) =>
            l === 'A,2027-03-15,2027-04-01,12,90000' && !body.slice(0, i).some((x) => x.includes('"')) ? [i + 2] : [],
          );
          for (const n of plain) expect(rows.find((r) => r.line === n)?.ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('errors thrown by the caller’s own iterable pass through', () => {
  it('are not turned into rows', () => {
    function* broken() {
      yield JSON.parse(good('A')) as unknown;
      throw new RangeError('disk on fire');
    }
    const rows = contractTimelines(broken(), { asOf });
    expect(rows.next().value).toMatchObject({ ok: true });
    expect(() => rows.next()).toThrow(RangeError);
    expect(TermsError).toBeDefined();
  });
});
