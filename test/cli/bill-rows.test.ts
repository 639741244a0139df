/**
 * The bill's CSV rows written into bytes (bill-rows.ts `billCsvBytes`): the same bytes as the
 * string rows (`billCsvRows`), formula-looking and quoted texts included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BillRow } from '../../src/index.js';
import { billCsvBytes, billCsvRows } from '../../src/cli/bill-rows.js';
import { RowBytes } from '../../src/cli/row-bytes.js';

const bytesOf = (row: BillRow): string => {
  const out = new RowBytes(16);
  billCsvBytes(out, row);
  return out.take().toString('utf8');
};

const okRow = (over: Partial<Extract<BillRow, { ok: true }>> = {}): BillRow => ({
  line: 7,
  ok: true,
  id: 'C7',
  month: '2030-12',
  carriedIn: { principal: 0, interest: 0, credit: 0 },
  lines: [],
  charges: 0,
  refunds: 0,
  total: 0,
  ...over,
});

describe('billCsvBytes', () => {
  it('writes a carried-in row, a line and the total in the twelve columns', () => {
    // carried in: 402,000 principal + 1,200 interest − 2,000 credit = 401,200;
    // the line: 12 cells (line,id,kind,option,serviceMonth,date,dueDate,amount,basis + 3 empty error cells).
    const row = okRow({
      carriedIn: { principal: 402_000, interest: 1_200, credit: 2_000 },
      lines: [
        { kind: 'monthly-fee', date: '2030-11-30', amount: 381_000, serviceMonth: '2030-12', basis: ['25-3', '25-2'] },
      ] as never,
      total: 782_200,
    });
    const expected =
      '7,C7,carried-in,,,,,401200,,,,\r\n' +
      '7,C7,monthly-fee,,2030-12,2030-11-30,,381000,25-3 25-2,,,\r\n' +
      '7,C7,total,,,,,782200,,,,\r\n';
    expect(bytesOf(row)).toBe(expected);
    expect(billCsvRows(row)).toBe(expected);
  });

  it('guards and quotes texts as the string rows do', () => {
    const row = okRow({
      id: '=HYPERLINK("x")',
      lines: [{ kind: 'refund', date: '2030-12-01', amount: -500, option: 'a,b', basis: ['-1', '契約'] }] as never,
      total: -500,
    });
    expect(bytesOf(row)).toBe(
      `7,"'=HYPERLINK(""x"")",refund,"a,b",,2030-12-01,,-500,'-1 契約,,,\r\n` +
        `7,"'=HYPERLINK(""x"")",total,,,,,-500,,,,\r\n`,
    );
  });

  it('equals the string rows for any texts and amounts (property)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('', '=1', '+', '@a', '\t', 'a"b'),
    );
    // 0 too: no carried-in row, so a record's first row is a line's or the total's (its `line,id` written, not copied).
    const amount = fc.oneof(fc.constant(0), fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: false }));
    const line = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('monthly-fee', 'late-interest', 'refund'), text),
        date: text,
        amount,
        option: text,
        serviceMonth: text,
        dueDate: text,
        basis: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: ['kind', 'date', 'amount', 'basis'] },
    );
    fc.assert(
      fc.property(
        fc.option(text, { nil: undefined }),
        fc.array(line, { maxLength: 4 }),
        amount,
        amount,
        (id, lines, principal, total) => {
          const row = okRow({
            ...(id === undefined ? {} : { id }),
            lines: lines as never,
            total,
            carriedIn: { principal, interest: 0, credit: 0 },
          });
          expect(bytesOf(row)).toBe(billCsvRows(row));
        },
      ),
    );
  });

  it('writes an error row as the string rows do', () => {
    const row: BillRow = {
      line: 3,
      ok: false,
      id: '@x',
      error: { code: 'INVALID_INPUT', message: 'bad', issues: [{ path: 'monthlyFee', message: 'a, b' }] },
    } as never;
    expect(bytesOf(row)).toBe(`3,'@x,error,,,,,,,INVALID_INPUT,monthlyFee,"a, b"\r\n`);
  });
});
