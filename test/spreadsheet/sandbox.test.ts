/**
 * dist/sheets/Code.js run the way Apps Script runs it: evaluated in a bare
 * `node:vm` context (no require, no process, no module system), every custom
 * function called as a sheet calls it — with date cells, serial numbers, text,
 * empty cells, garbage and column ranges — and every answer compared with the
 * public library function's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarDate,
  discontinuationRefund,
  earlyTerminationFee,
  firstMonthFee,
  lateInterest,
} from '../../src/index.js';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { CASES, cellsOf, type Case, type CellStyle } from './cases.js';
import { isoDate } from '../support/arbitraries.js';
import { isDate, jstMidnight, loadSandbox, sheetsDir } from './sandbox.js';

const sandbox = loadSandbox();

/** What the sheet should show for a library answer: a Date at midnight JST for a date. */
function expectCell(actual: unknown, c: Case, where: string): void {
  if (c.isDate) {
    expect(isDate(actual), `${where}: a Date`).toBe(true);
    expect((actual as Date).getTime(), where).toBe(jstMidnight(c.expected as string));
  } else {
    expect(actual, where).toBe(c.expected);
  }
}

const specOf = (name: string) => {
  const spec = SHEET_FUNCTION_SPECS.find((s) => s.name === name);
  if (!spec) throw new Error(`no spec ${name}`);
  return spec;
};

describe('the script in a bare V8 context', () => {
  it('has no module system and no Node.js globals to lean on', () => {
    for (const name of ['require', 'process', 'module', 'exports', 'Buffer', 'setTimeout', 'TextEncoder', 'URL']) {
      expect(runInContext(`typeof ${name}`, sandbox.context), name).toBe('undefined');
    }
  });

  it('declares every custom function as a top-level function, with @customfunction help', () => {
    for (const spec of SHEET_FUNCTION_SPECS) {
      expect(typeof (sandbox.context as Record<string, unknown>)[spec.name], spec.name).toBe('function');
      const params = spec.args.map((a) => a.key).join(', ');
      // A top-level declaration (column 0), right after its JSDoc comment.
      expect(sandbox.code).toContain(` * @customfunction\n */\nfunction ${spec.name}(${params}) {`);
    }
    const declared = [...sandbox.code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(declared).toEqual(SHEET_FUNCTION_SPECS.map((s) => s.name));
  });

  it('is one script: no import, export or require', () => {
    expect(sandbox.code).not.toMatch(/\brequire\s*\(/);
    expect(sandbox.code).not.toMatch(/^\s*(import|export)\b/m);
    expect(sandbox.code).not.toMatch(/\bimport\s*\(/);
  });

  it('writes the manifest: Tokyo time, the V8 runtime', () => {
    const manifest = JSON.parse(readFileSync(join(sheetsDir(), 'appsscript.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ timeZone: 'Asia/Tokyo', runtimeVersion: 'V8' });
  });
});

describe.each<CellStyle>(['cells', 'serial', 'text'])(
  'every custom function answers as the library does (%s)',
  (style) => {
    it.each(CASES.map((c, i) => [c.name, i, c] as const))('%s (case %i)', (name, _i, c) => {
      expectCell(sandbox.call(name, ...cellsOf(c.row, style, sandbox.date)), c, `${name} ${style}`);
    });
  },
);

describe('empty cells and garbage', () => {
  const firstCase = (name: string) => CASES.find((c) => c.name === name) as Case;

  it.each(SHEET_FUNCTION_SPECS.map((s) => [s.name] as const))('%s: an empty row gives an empty cell', (name) => {
    const spec = specOf(name);
    const empties = spec.args.filter((a) => !a.optional).map((_, i) => (i % 2 === 0 ? '' : null));
    expect(sandbox.call(name, ...empties)).toBe('');
  });

  it.each(SHEET_FUNCTION_SPECS.map((s) => [s.name] as const))(
    '%s: each bad cell is named in Japanese, with what was expected',
    (name) => {
      const spec = specOf(name);
      const c = firstCase(name);
      const cells = cellsOf(c.row, 'cells', sandbox.date);
      for (const [i, arg] of spec.args.entries()) {
        if (arg.list) continue;
        const bad = [...cells];
        bad[i] = 'あいう?!';
        const answer = sandbox.call(name, ...bad);
        expect(typeof answer, `${name} ${arg.key}`).toBe('string');
        // What was expected (…にしてください), and what the cell held; the months of 第13条5項 have the terms' own message.
        expect(answer as string, `${name} ${arg.key}`).toMatch(
          arg.key === 'months'
            ? /^#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）$/
            : new RegExp(
                `^#入力エラー: ${arg.label}(は.+にしてください（.*「あいう\\?!」は.+として読めません）|は .+ のいずれかにしてください)$`,
              ),
        );
        bad[i] = '#N/A';
        expect(sandbox.call(name, ...bad), `${name} ${arg.key}`).toBe(`#N/A: ${arg.label}のセルが #N/A です`);
      }
    },
  );

  it.each(SHEET_FUNCTION_SPECS.map((s) => [s.name] as const))(
    '%s: a missing required cell beside filled ones is named',
    (name) => {
      const spec = specOf(name);
      const required = spec.args.filter((a) => !a.optional);
      if (required.length < 2) return;
      const cells = cellsOf(firstCase(name).row, 'cells', sandbox.date);
      cells[1] = '';
      expect(sandbox.call(name, ...cells)).toBe(`#入力エラー: ${required[1]?.label}が空です`);
    },
  );

  it('never answers NaN, a stack trace or an exception for odd values in a cell', () => {
    const odd: unknown[] = [
      NaN,
      Infinity,
      -1,
      1e300,
      true,
      false,
      {},
      sandbox.date(Number.NaN),
      '2027-02-30',
      '２０２７年１３月１日',
      -0.5,
    ];
    for (const spec of SHEET_FUNCTION_SPECS) {
      const cells = cellsOf(firstCase(spec.name).row, 'cells', sandbox.date);
      for (const [i, arg] of spec.args.entries()) {
        for (const value of odd) {
          const row = [...cells];
          row[i] = arg.list ? [[value]] : value;
          const answer = sandbox.call(spec.name, ...row);
          if (typeof answer === 'number') expect(Number.isSafeInteger(answer), `${spec.name} ${arg.key}`).toBe(true);
          if (typeof answer === 'string' && answer.startsWith('#')) {
            expect(answer, `${spec.name} ${arg.key} ${String(value)}`).toMatch(/^#(入力|範囲|約款)エラー: [^\n]+$/);
          }
        }
      }
    }
  });
});

describe('column ranges', () => {
  it.each(SHEET_FUNCTION_SPECS.map((s) => [s.name] as const))(
    '%s: a range in gives a column out, row by row',
    (name) => {
      const spec = specOf(name);
      const cases = CASES.filter(
        (c) => c.name === name && c.row.length === CASES.find((x) => x.name === name)?.row.length,
      );
      const rows = cases.map((c) => cellsOf(c.row, 'cells', sandbox.date));
      const width = rows[0]?.length ?? 0;
      // The sample rows, then an empty row, then a row with garbage in its first cell.
      const column = (i: number) => {
        const values = rows.map((r) => r[i]);
        const blank = spec.args[i]?.list ? values[0] : '';
        const garbage = spec.args[i]?.list ? values[0] : i === 0 ? 'garbage' : values[0];
        return spec.args[i]?.list ? values[0] : [...values, blank, garbage].map((x) => [x]);
      };
      const answer = sandbox.call(name, ...Array.from({ length: width }, (_, i) => column(i))) as unknown[][];
      expect(answer).toHaveLength(cases.length + 2);
      cases.forEach((c, r) => {
        expect(answer[r]).toHaveLength(1);
        expectCell(answer[r]?.[0], c, `${name} row ${r}`);
      });
      expect(answer[cases.length]).toEqual(['']);
      expect(answer[cases.length + 1]?.[0]).toMatch(new RegExp(`^#入力エラー: ${spec.args[0]?.label}`));
    },
  );

  it('applies a single cell beside a range to every row', () => {
    const answer = sandbox.call('TERMS_LATE_INTEREST', [[100_000], [200_000]], '2027-04-30', '2027-05-30');
    // 100,000 × 0.146 × 30 / 365 = 1,200; twice the amount, twice the interest.
    expect(answer).toEqual([[1200], [2400]]);
  });

  it('throws, with a Japanese message, for ranges of different lengths or wider than one column', () => {
    expect(() => sandbox.call('TERMS_LATE_INTEREST', [[1], [2]], [['2027-04-30']], '2027-05-30')).toThrow(
      '#入力エラー: 範囲の行数がそろっていません（延滞額 2行、支払期日 1行）',
    );
    expect(() => sandbox.call('TERMS_IS_HOLIDAY', [['2027-01-01', '2027-01-02']])).toThrow(
      '#入力エラー: 日付には1列の範囲を指定してください',
    );
  });

  it('throws for too many arguments and for missing required ones', () => {
    expect(() => sandbox.call('TERMS_IS_HOLIDAY', '2027-01-01', 'x')).toThrow(
      '#入力エラー: TERMS_IS_HOLIDAY の引数は1個までです（2個あります）',
    );
    expect(() => sandbox.call('TERMS_LATE_INTEREST', 100)).toThrow(
      '#入力エラー: TERMS_LATE_INTEREST に支払期日、支払日を指定してください',
    );
  });
});

describe('money in the script agrees with the library on any input', () => {
  // The script computes with exact fractions (exact-decimal.ts), the library with decimal.js.
  const rounding = fc.constantFrom('floor', 'half-up', 'ceil');
  const fee = fc.integer({ min: 0, max: 10_000_000_000 });
  const run = { numRuns: 60 };

  it('late interest, under both day counts', () => {
    fc.assert(
      fc.property(
        fee,
        isoDate(2017, 2090),
        fc.integer({ min: -10, max: 4000 }),
        fc.constantFrom('act/365-fixed', 'act/act'),
        rounding,
        (amount, dueDate, late, dayCount, r) => {
          const paidOn = CalendarDate.parse(dueDate).addDays(late).toString();
          const expected = lateInterest({ amount, dueDate, paidOn }, { dayCount, rounding: r }).interest;
          expect(sandbox.call('TERMS_LATE_INTEREST', amount, dueDate, paidOn, dayCount, r)).toBe(expected);
        },
      ),
      run,
    );
  });

  it('the first month, the refund and the early-termination fee', () => {
    fc.assert(
      fc.property(
        fee,
        isoDate(2017, 2090),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        rounding,
        (monthlyFee, start, days, months, r) => {
          const later = CalendarDate.parse(start).addDays(days).toString();
          expect(sandbox.call('TERMS_FIRST_MONTH_FEE', start, monthlyFee, 'literal', r)).toBe(
            firstMonthFee({ billingStartDate: start, monthlyFee }, { rounding: r }).fee,
          );
          expect(sandbox.call('TERMS_DISCONTINUATION_REFUND', start, monthlyFee, later, monthlyFee, r)).toBe(
            discontinuationRefund(
              { discontinuationDate: start, monthlyFee, paidThrough: later, amountPaid: monthlyFee },
              { rounding: r },
            ).refund,
          );
          expect(sandbox.call('TERMS_EARLY_TERMINATION_FEE', start, months, later, monthlyFee, r)).toBe(
            earlyTerminationFee(
              { formationDate: start, minimumTermMonths: months, terminationDate: later, monthlyFee },
              { rounding: r },
            ).remainingFee,
          );
        },
      ),
      run,
    );
  });
});
