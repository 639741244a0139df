/**
 * The compact row (issue 19 §2) is written as text directly (compact.ts), not as an object
 * passed to JSON.stringify: these tests hold the text to the object's JSON, byte for byte,
 * over a varied book and over ids and option names that JSON must escape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTimelines, type TimelineBatchRow } from '../../src/index.js';
import { TIMELINE_FIELDS, compactRow, compactRowObject, fieldsOf } from '../../src/cli/compact.js';
import { AS_OF, contracts } from '../bench/contracts.js';

const ALL = new Set(TIMELINE_FIELDS);

function rowsOf(records: readonly unknown[]): TimelineBatchRow[] {
  return [...contractTimelines(records, { asOf: AS_OF })];
}

describe('compact rows written directly', () => {
  it('are the same text as JSON.stringify of the compact row object, for every record of a varied book', () => {
    const rows = rowsOf([...contracts(200)]);
    expect(rows.filter((r) => r.ok).length).toBeGreaterThan(150);
    for (const row of rows) expect(compactRow(row, ALL)).toBe(JSON.stringify(compactRowObject(row, ALL)));
  });

  it('are the same text for any choice of --fields', () => {
    const rows = rowsOf([...contracts(20)]);
    fc.assert(
      fc.property(fc.subarray([...TIMELINE_FIELDS], { minLength: 1 }), (names) => {
        const fields = fieldsOf(names.join(','));
        if (fields === 'full') throw new Error('a list of fields is never full');
        for (const row of rows) expect(compactRow(row, fields)).toBe(JSON.stringify(compactRowObject(row, fields)));
      }),
      { numRuns: 40 },
    );
  });

  it('escape ids and option names as JSON does (quotes, backslashes, control characters, lone surrogates)', () => {
    const [base] = [...contracts(1, 7)] as Record<string, unknown>[];
    const options = base?.options as { name: string }[] | undefined;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.string({ unit: 'binary', minLength: 1 }),
        (id, name) => {
          const record = { ...base, id, options: options?.map((o, i) => ({ ...o, name: `${name}${i}` })) };
          const [row] = rowsOf([record]);
          if (row === undefined) throw new Error('one record gives one row');
          const text = compactRow(row, ALL);
          expect(text).toBe(JSON.stringify(compactRowObject(row, ALL)));
          expect((JSON.parse(text) as { id?: string }).id).toBe(row.ok ? id : row.id);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leave a bad record as the library wrote it', () => {
    const [row] = rowsOf([{ id: 'B', monthlyFee: -1 }]);
    if (row === undefined) throw new Error('one record gives one row');
    expect(row.ok).toBe(false);
    expect(compactRow(row, ALL)).toBe(JSON.stringify(row));
  });
});
