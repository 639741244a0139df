/**
 * The custom functions from source: a few answers worked by hand from the
 * terms, the Japanese message for each way a row can fail, and how one
 * formula treats ranges, single cells and empty rows. (The built script is
 * checked against the library for every function in sandbox.test.ts and
 * hyperformula.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { TermsError } from '../../src/index.js';
import { errorMessage } from '../../src/spreadsheet/messages.js';
import { functions } from '../../src/spreadsheet/index.js';
import { SHEET_FUNCTION_SPECS } from '../../src/spreadsheet/functions.js';
import { jstMidnight } from './sandbox.js';

const f = (name: string) => {
  const fn = functions[name];
  if (!fn) throw new Error(`no custom function ${name}`);
  return fn;
};
const day = (value: unknown) => (value as Date).getTime();

describe('answers worked from the terms', () => {
  it('a notice that arrives on 04-15 for 06-10 ends the contract at the end of June (第13条1項)', () => {
    expect(day(f('TERMS_TERMINATION_DATE')('2027-04-15', '2027-06-10'))).toBe(jstMidnight('2027-06-30'));
    expect(f('TERMS_TERMINATION_DEEMED')('2027-04-15', '2027-06-10')).toBe(false);
  });

  it('a change on 04-10 is notified by 04-02, seven clear days before (第10条1項, I-02)', () => {
    // 04-03 … 04-09 are the seven days between.
    expect(day(f('TERMS_CHANGE_NOTICE_DEADLINE')('2027-04-10'))).toBe(jstMidnight('2027-04-02'));
    expect(day(f('TERMS_CHANGE_NOTICE_DEADLINE')('2027-04-10', '単純'))).toBe(jstMidnight('2027-04-03'));
  });

  it('100,000 yen paid 30 days late owes 1,200 yen of interest (第26条)', () => {
    // 100,000 × 0.146 × 30 / 365 = 1,200.
    expect(f('TERMS_LATE_INTEREST')(100_000, '2027-04-30', '2027-05-30')).toBe(1200);
  });

  it('billing from 04-15 at 90,000 a month bills 15 days, 45,000 yen (第25条4項, I-07)', () => {
    // 04-16 … 04-30 = 15 days × 90,000 / 30.
    expect(f('TERMS_FIRST_MONTH_FEE')('2027-04-15', 90_000)).toBe(45_000);
    // Counting the start day too: 16 days = 48,000.
    expect(f('TERMS_FIRST_MONTH_FEE')('2027-04-15', 90_000, 'inclusive')).toBe(48_000);
  });

  it('two extension months at 90,000 cost 360,000, or 540,000 with the normal fee on top (第13条5項, I-05)', () => {
    expect(f('TERMS_EXTENSION_FEE')('2027-06-30', 2, 90_000)).toBe(360_000);
    expect(f('TERMS_EXTENSION_TOTAL')('2027-06-30', 2, 90_000)).toBe(360_000);
    expect(f('TERMS_EXTENSION_TOTAL')('2027-06-30', 2, 90_000, 'in-addition')).toBe(540_000);
    expect(day(f('TERMS_EXTENDED_TERMINATION_DATE')('2027-06-30', 2))).toBe(jstMidnight('2027-08-31'));
  });
});

describe('a row that fails gets one Japanese line, naming the field', () => {
  it.each([
    [
      'a requested date before the notice',
      'TERMS_TERMINATION_DATE',
      ['2027-05-20', '2027-05-01'],
      '#入力エラー: 解約希望日が解約通知の到達日より前です',
    ],
    [
      'a termination date that is no month end',
      'TERMS_EXTENSION_FEE',
      ['2027-06-15', 1, 90_000],
      '#入力エラー: 当初の解約日が月末ではありません（第13条1項）',
    ],
    [
      'part of a month of extension',
      'TERMS_EXTENSION_FEE',
      ['2027-06-30', 1.5, 90_000],
      '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    ],
    [
      'no month of extension',
      'TERMS_EXTENDED_TERMINATION_DATE',
      ['2027-06-30', 0],
      '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    ],
    [
      'a negative extension (第13条5項, as for 0 and 1.5)',
      'TERMS_EXTENSION_FEE',
      ['2027-06-30', -1, 90_000],
      '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    ],
    [
      'an extension that is no number (第13条5項)',
      'TERMS_EXTENSION_TOTAL',
      ['2027-06-30', '二か月', 90_000],
      '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    ],
    [
      'an extension given as TRUE (第13条5項)',
      'TERMS_EXTENDED_TERMINATION_DATE',
      ['2027-06-30', true],
      '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    ],
    [
      'a cell that holds #N/A, shown as that error',
      'TERMS_TERMINATION_DATE',
      ['#N/A', '2027-06-10'],
      '#N/A: 解約通知の到達日のセルが #N/A です',
    ],
    [
      'a company holiday range with #REF! in it',
      'TERMS_IS_BUSINESS_DAY',
      ['2027-05-06', [['2027-05-06'], ['#REF!']]],
      '#REF!: 当社休業日の2番目のセルが #REF! です',
    ],
    [
      'a fee computed by a formula and not rounded',
      'TERMS_EXTENSION_FEE',
      ['2027-06-30', 2, 90_000 * 1.1],
      '#入力エラー: 月額料金は整数の円にしてください（99000.00000000001。式の金額は =ROUND(…) で丸めます）',
    ],
    [
      'a minimum term of 0 months',
      'TERMS_EARLY_TERMINATION_FEE',
      ['2027-03-15', 0, '2027-09-30', 90_000],
      '#入力エラー: 最低利用期間は1〜1200の整数の月数にしてください',
    ],
    [
      'a termination before formation',
      'TERMS_EARLY_TERMINATION_FEE',
      ['2027-03-15', 12, '2027-03-01', 90_000],
      '#入力エラー: 解約日が契約成立日より前です',
    ],
    [
      'a renewal that ends after 2199',
      'TERMS_RENEWED_TERM_END',
      ['2199-06-30'],
      '#範囲エラー: 計算した日付が1900年〜2199年の範囲を超えます',
    ],
    [
      'a holiday question about 2100',
      'TERMS_IS_HOLIDAY',
      ['2100-01-01'],
      '#範囲エラー: 祝日は1955年〜2099年について計算できます（日付）',
    ],
    [
      'a bank-day shift in 2100',
      'TERMS_MONTHLY_DUE_DATE',
      ['2100-02', 'next-bank-day'],
      '#範囲エラー: 祝日は1955年〜2099年について計算できます（利用月）',
    ],
    [
      'an amount past 2^53 yen',
      'TERMS_EXTENSION_FEE',
      ['2027-06-30', 2, Number.MAX_SAFE_INTEGER],
      '#範囲エラー: 計算した金額が大きすぎます',
    ],
    [
      'an unknown option value',
      'TERMS_LATE_INTEREST',
      [1000, '2027-04-30', '2027-05-30', 'act/360'],
      '#入力エラー: 日数計算は act/365-fixed、act/act のいずれかにしてください',
    ],
    [
      'a bad company holiday',
      'TERMS_IS_BUSINESS_DAY',
      ['2027-05-06', [['2027-05-06'], ['someday']]],
      '#入力エラー: 当社休業日の2番目のセルは日付にしてください（例: 2027/4/1、令和9年4月1日。「someday」は日付として読めません）',
    ],
    [
      'a money cell with a fraction',
      'TERMS_LIABILITY_CAP',
      [90_000.5, 1, 'ordinary', 'ordinary'],
      '#入力エラー: 月額料金は整数の円にしてください（90000.5。式の金額は =ROUND(…) で丸めます）',
    ],
    [
      'an empty cell beside filled ones',
      'TERMS_LATE_INTEREST',
      [100_000, '', '2027-05-30'],
      '#入力エラー: 支払期日が空です',
    ],
  ])('%s', (_what, name, args, message) => {
    expect(f(name)(...args)).toBe(message);
  });

  it('maps every error code of the library, and anything else, to a line', () => {
    const label = () => '解約日';
    expect(errorMessage(new TermsError('TERMS_NOT_IN_FORCE', [{ path: 'terminationDate', message: '' }]), label)).toBe(
      '#約款エラー: 解約日が約款の制定日（2017年3月1日）より前です',
    );
    expect(
      errorMessage(new TermsError('NOT_ALLOWED_BY_TERMS', [{ path: 'terminationDate', message: '' }]), label),
    ).toBe('#約款エラー: 解約日について約款が認めていない指定です');
    expect(errorMessage(new TermsError('INVALID_OPERATION', []), label)).toBe('#内部エラー: 計算できませんでした');
    expect(errorMessage(new RangeError('boom'), label)).toBe('#内部エラー: 計算できませんでした');
    expect(errorMessage('not even an error', label)).toBe('#内部エラー: 計算できませんでした');
  });
});

describe('one formula, many rows', () => {
  it('an optional cell may be left out or left empty', () => {
    const expected = jstMidnight('2028-01-31'); // 13.2: the end of the month after 12-31
    expect(day(f('TERMS_TERMINATION_DATE')('2027-12-31'))).toBe(expected);
    expect(day(f('TERMS_TERMINATION_DATE')('2027-12-31', ''))).toBe(expected);
    expect(day(f('TERMS_TERMINATION_DATE')('2027-12-31', null))).toBe(expected);
  });

  it('a list of values is taken as a column as well as a one-column range', () => {
    expect(f('TERMS_IS_HOLIDAY')(['2027-01-01', '2027-01-04'])).toEqual([[true], [false]]);
    expect(f('TERMS_IS_HOLIDAY')([['2027-01-01'], ['2027-01-04']])).toEqual([[true], [false]]);
  });

  it('an empty range, a range wider than one column or ranges of different lengths stop the formula', () => {
    expect(() => f('TERMS_IS_HOLIDAY')([])).toThrow('#入力エラー: 日付の範囲が空です');
    expect(() => f('TERMS_IS_HOLIDAY')([['2027-01-01', '2027-01-02']])).toThrow(
      '#入力エラー: 日付には1列の範囲を指定してください',
    );
    expect(() => f('TERMS_BILLING_START')([['2027-04-01']], [['2027-04-01'], ['2027-04-02']])).toThrow(
      '#入力エラー: 範囲の行数がそろっていません（利用開始予定日 1行、提供準備の完了日 2行）',
    );
  });

  it('a range of company holidays is one list for every row, not a column of its own', () => {
    const closure = [['2027-12-29'], ['2027-12-30'], ['2027-12-31']];
    // 12-28 → 12-29, 12-30, 12-31 closed, 01-01 元日 (Saturday), 01-02 Sunday → 01-03 (Monday).
    expect(f('TERMS_NEXT_BUSINESS_DAY')([['2027-12-28'], ['2027-12-27']], closure)).toEqual([
      [new Date(jstMidnight('2028-01-03'))],
      [new Date(jstMidnight('2027-12-28'))],
    ]);
  });
});

describe('the table', () => {
  it('names every function TERMS_ in upper snake case, with required arguments before optional ones', () => {
    for (const spec of SHEET_FUNCTION_SPECS) {
      expect(spec.name).toMatch(/^TERMS_[A-Z]+(_[A-Z]+)*$/);
      const firstOptional = spec.args.findIndex((a) => a.optional);
      if (firstOptional >= 0)
        expect(
          spec.args.slice(firstOptional).every((a) => a.optional),
          spec.name,
        ).toBe(true);
    }
    expect(new Set(SHEET_FUNCTION_SPECS.map((s) => s.name)).size).toBe(SHEET_FUNCTION_SPECS.length);
  });

  it('answers the questions of the issue through the public functions it names', () => {
    const names = SHEET_FUNCTION_SPECS.map((s) => s.name);
    for (const name of [
      'TERMS_BILLING_START',
      'TERMS_CHANGE_NOTICE_DEADLINE',
      'TERMS_DISCONTINUATION_NOTICE_DEADLINE',
      'TERMS_NON_RENEWAL_DEADLINE',
      'TERMS_RENEWED_TERM_END',
      'TERMS_TERMINATION_DATE',
      'TERMS_TERMINATION_DEEMED',
      'TERMS_EXTENSION_FEE',
      'TERMS_EARLY_TERMINATION_FEE',
      'TERMS_FIRST_MONTH_FEE',
      'TERMS_DISCONTINUATION_REFUND',
      'TERMS_MONTHLY_DUE_DATE',
      'TERMS_LATE_INTEREST',
      'TERMS_LIABILITY_CAP',
      'TERMS_IS_HOLIDAY',
      'TERMS_IS_BUSINESS_DAY',
      'TERMS_NEXT_BUSINESS_DAY',
      'TERMS_IS_SUPPORT_OPEN',
    ]) {
      expect(names).toContain(name);
    }
  });
});
