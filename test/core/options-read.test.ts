/**
 * Issue 18 §2: options are checked like fields. Each public function reads the
 * options `OPTIONS_READ` lists for it — its type lists exactly those, and any
 * other key (a typo, or an option of another function) is a TermsError naming
 * `options.<key>`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { OPTIONS_READ, OPTION_INTERPRETATIONS, lateInterest, resolveOptions } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';

const LATE = { amount: 100_000, dueDate: '2027-05-31', paidOn: '2027-06-30' };

describe('an option key a function does not read', () => {
  it('a misspelt option is refused, naming it and the options the function reads', () => {
    const e = expectTermsError(
      // biome-ignore lint/suspicious/noExplicitAny: the typo is the point (a type error in TypeScript)
      () => lateInterest(LATE, { roundng: 'ceil' } as any),
      'options.roundng',
      'INVALID_INPUT',
      "expected only the options lateInterest reads ('dayCount', 'rounding'); 'roundng' is no option",
    );
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({
      kind: 'unknown-option',
      params: { option: 'roundng', function: 'lateInterest', reads: ['dayCount', 'rounding'] },
    });
  });

  it('an option of another function is refused, naming the function and what it reads', () => {
    // firstMonthDays (I-07) is about 第25条4項's first month; 第26条's interest never reads it.
    const e = expectTermsError(
      // biome-ignore lint/suspicious/noExplicitAny: not an option of lateInterest (a type error in TypeScript)
      () => lateInterest(LATE, { firstMonthDays: 'inclusive' } as any),
      'options.firstMonthDays',
      'INVALID_INPUT',
      "expected only the options lateInterest reads ('dayCount', 'rounding'); it does not read 'firstMonthDays' (I-07)",
    );
    expect(e.issues[0]?.kind).toBe('option-not-read');
  });

  it('a function that reads no options refuses every option, and takes {} or nothing', () => {
    expect(api.customerTermination({ noticeReceivedOn: '2027-05-20' }, {}).terminationDate).toBe('2027-06-30');
    expectTermsError(
      // biome-ignore lint/suspicious/noExplicitAny: customerTermination reads no options
      () => api.customerTermination({ noticeReceivedOn: '2027-05-20' }, { rounding: 'ceil' } as any),
      'options.rounding',
      'INVALID_INPUT',
      /customerTermination reads \(no options\)/,
    );
  });

  it('the options a function reads still work, and bad values of them are still named', () => {
    // 100,000 × 14.6 % × 30 / 365 = 1,200 exactly (第26条, act/365-fixed): no rounding to tell apart.
    expect(lateInterest(LATE, { rounding: 'ceil', dayCount: 'act/365-fixed' }).interest).toBe(1200);
    expectTermsError(
      // biome-ignore lint/suspicious/noExplicitAny: a value outside I-06's list
      () => lateInterest(LATE, { rounding: 'round' } as any),
      'options.rounding',
      'INVALID_INPUT',
      /I-06/,
    );
  });

  it('every unread key is reported at once, with the bad values of read ones', () => {
    const e = expectTermsError(
      // biome-ignore lint/suspicious/noExplicitAny: three problems in one options object
      () => lateInterest(LATE, { colour: 'red', extensionFee: 'replaces', dayCount: 'act/360' } as any),
      'options.colour',
    );
    expect(e.issues.map((i) => i.path)).toEqual(['options.colour', 'options.extensionFee', 'options.dayCount']);
  });
});

describe('OPTIONS_READ: the one table of who reads what', () => {
  it('names only exported functions and known options', () => {
    for (const [fn, keys] of Object.entries(OPTIONS_READ)) {
      expect(typeof (api as Record<string, unknown>)[fn], fn).toBe('function');
      for (const key of keys) expect(Object.keys(OPTION_INTERPRETATIONS)).toContain(key);
    }
  });

  it('every function refuses a key outside its list and names it (property)', () => {
    const fns = Object.keys(OPTIONS_READ) as (keyof typeof OPTIONS_READ)[];
    const keys = [...Object.keys(OPTION_INTERPRETATIONS), 'roundng', 'colour', 'constructor', 'toString'];
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.constantFrom(...keys), (fn, key) => {
        const reads: readonly string[] = OPTIONS_READ[fn];
        fc.pre(!reads.includes(key));
        // Options are checked before the input is needed only when the input is fine, so call
        // the check itself: the same one every function makes with its options argument.
        let caught: unknown;
        try {
          api.optionsFor(fn, { [key]: 'x' });
        } catch (e) {
          caught = e;
        }
        expect(api.isTermsError(caught)).toBe(true);
        expect((caught as api.TermsError).issues.map((i) => i.path)).toEqual([`options.${key}`]);
        expect((caught as api.TermsError).message).toContain(fn);
      }),
    );
  });

  it('resolveOptions, which serves no one function, takes every option', () => {
    expect(resolveOptions({ rounding: 'ceil', firstMonthDays: 'inclusive', companyHolidays: [] }).rounding).toBe(
      'ceil',
    );
  });
});
