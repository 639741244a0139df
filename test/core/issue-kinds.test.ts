/**
 * Issue 18 §1: every kind of issue is one the library really reports, and its sentence
 * in either catalogue is filled in completely — no `{hole}` is left in a message a
 * person reads. One call per kind, each refused for the reason the kind names.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ISSUE_KINDS, formatTermsError, isTermsError, type TermsError } from '../../src/index.js';

const LATE = { amount: 100_000, dueDate: '2027-05-31', paidOn: '2027-06-30' };
// biome-ignore lint/suspicious/noExplicitAny: each call is refused on purpose, often for a type error
const call = api as any;

/** A call the library refuses with an issue of each kind. */
const REFUSED: Readonly<Record<string, () => unknown>> = {
  date: () => call.customerTermination({ noticeReceivedOn: '2027-02-30' }),
  month: () => call.monthlyFeeDueDate({ serviceMonth: '2027-13' }),
  instant: () => call.isSupportOpen({ at: '2027-04-01T09:00' }),
  yen: () => call.lateInterest({ ...LATE, amount: -1 }),
  boolean: () => call.faultResponsibility({ causedByCompany: 'yes' }),
  'whole-number': () =>
    call.earlyTerminationFee({
      formationDate: '2027-04-01',
      minimumTermMonths: 0,
      terminationDate: '2027-06-30',
      monthlyFee: 1,
    }),
  'one-of': () => call.isConfidential({ designation: 'fax', disclosedOn: '2027-04-01' }),
  type: () => formatTermsError(new Error('not a TermsError')),
  object: () => call.customerTermination(null),
  list: () => call.severance({ invalid: 'x' }),
  'unexpected-fields': () => call.contractTimelines([], { asOf: '2027-05-01', colour: 'red' }),
  'unknown-field': () => call.contractTimeline({ ...api.SAMPLE_CONTRACT, colour: 'red' }, { asOf: '2027-05-01' }),
  'too-small': () => call.contractTimeline({ ...api.SAMPLE_CONTRACT, id: '' }, { asOf: '2027-05-01' }),
  'too-big': () =>
    call.contractTimeline(
      { ...api.SAMPLE_CONTRACT, options: Array.from({ length: 101 }, () => api.SAMPLE_CONTRACT.options?.[0]) },
      { asOf: '2027-05-01' },
    ),
  provision: () => call.basis('13.9'),
  'month-end': () => call.terminationExtension({ terminationDate: '2027-05-20', months: 1, monthlyFee: 1 }),
  'options-object': () => call.lateInterest(LATE, 'ceil'),
  'option-value': () => call.lateInterest(LATE, { rounding: 'round' }),
  'date-list': () => call.isBusinessDay({ date: '2027-12-29' }, { companyHolidays: '2027-12-29' }),
  'unknown-option': () => call.lateInterest(LATE, { roundng: 'ceil' }),
  'option-not-read': () => call.lateInterest(LATE, { firstMonthDays: 'inclusive' }),
  'not-before': () => call.customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-05-01' }),
  'not-after': () =>
    call.contractTimeline(
      { ...api.SAMPLE_CONTRACT, payments: [{ date: '2030-01-01', amount: 1 }] },
      { asOf: '2027-05-01' },
    ),
  rule: () =>
    call.invoiceLines({
      contract: { billingStartDate: '2027-04-15', monthlyFee: 1, extensionMonths: 1 },
      serviceMonth: '2027-04',
    }),
};

function refusal(fn: () => unknown): TermsError {
  try {
    fn();
  } catch (e) {
    if (isTermsError(e)) return e;
    throw e;
  }
  throw new Error('expected a TermsError');
}

describe('every kind of issue', () => {
  it('has a call here', () => {
    expect(Object.keys(REFUSED).sort()).toEqual([...ISSUE_KINDS].sort());
  });

  it.each([...ISSUE_KINDS])('%s: reported by the library and said in full in Japanese and English', (kind) => {
    const error = refusal(REFUSED[kind] as () => unknown);
    const kinds = error.issues.map((i) => i.kind ?? 'rule');
    expect(kinds).toContain(kind);
    for (const lang of ['ja', 'en'] as const) {
      const text = formatTermsError(error, { lang });
      expect(text, text).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
});
