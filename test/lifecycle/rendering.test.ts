/**
 * Rendering (src/lifecycle/rendering.ts): the texts of a timeline, read from codes and numbers.
 *
 * 第26条 「年14.6%の割合による遅延損害金」 — the rate in a note comes from the dated table.
 */
import { describe, expect, it } from 'vitest';
import { CalendarDate, YearMonth } from '../../src/index.js';
import { NOTES, dayText, fmtYen, monthText, monthTextAt, terminationNote } from '../../src/lifecycle/rendering.js';

describe('texts', () => {
  it('yen with thousands separators', () => {
    expect([0, 999, 1_000, 1_234_567, 100_000_000].map(fmtYen)).toEqual([
      '0',
      '999',
      '1,000',
      '1,234,567',
      '100,000,000',
    ]);
  });

  it('days and months as the results write them', () => {
    expect(dayText(CalendarDate.parse('2027-04-30'))).toBe('2027-04-30');
    expect(dayText(CalendarDate.parse('2027-04-30'))).toBe('2027-04-30'); // again, from the table
    expect(monthText(YearMonth.parse('2027-05'))).toBe('2027-05');
    // By number, year × 12 + month − 1: 2027 × 12 + 4 is May 2027; 2199 × 12 + 11 December 2199.
    expect(monthTextAt(2027 * 12 + 4)).toBe('2027-05');
    expect(monthTextAt(2027 * 12 + 4)).toBe('2027-05'); // again, from the table
    expect(monthTextAt(1900 * 12)).toBe('1900-01');
    expect(monthTextAt(2199 * 12 + 11)).toBe('2199-12');
  });

  it('the late-interest notes read the rate from the table', () => {
    expect(NOTES.lateInterestPaid(100_000, CalendarDate.parse('2027-04-30'), 30)).toBe(
      '14.6% a year on 100,000 yen due 2027-04-30, paid 30 days late',
    );
  });

  it('a termination note for each way a contract ends', () => {
    expect(terminationNote('customer', { deemed: true })).toContain('第13条2項');
    expect(terminationNote('non-renewal', { by: 'company' })).toContain('the company having declined');
    expect(terminationNote('expiry', {})).toContain('第1条2項');
  });
});
