/**
 * 第9条–第16条: whatever the input, a public function returns a plain result or throws a TermsError —
 * nothing else escapes (HOUSE-RULES, api.md "No other exception type escapes a public function").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as terms from '../../src/index.js';

const functions: [string, (input: never, options?: never) => unknown][] = [
  ['contractFormation', terms.contractFormation],
  ['agreedTerms', terms.agreedTerms],
  ['contractChangeFormation', terms.contractChangeFormation],
  ['refusalGrounds', terms.refusalGrounds],
  ['billingStartDate', terms.billingStartDate],
  ['renewalSchedule', terms.renewalSchedule],
  ['successiveTerms', terms.successiveTerms],
  ['earlyTerminationFee', terms.earlyTerminationFee],
  ['customerTermination', terms.customerTermination],
  ['unpaidFeesOnCustomerNotice', terms.unpaidFeesOnCustomerNotice],
  ['terminationExtension', terms.terminationExtension],
  ['immediateTerminationGrounds', terms.immediateTerminationGrounds],
  ['companyTermination', terms.companyTermination],
  ['unpaidAmountsOnCompanyTermination', terms.unpaidAmountsOnCompanyTermination],
  ['discontinuationGrounds', terms.discontinuationGrounds],
  ['discontinuationNoticeDeadline', terms.discontinuationNoticeDeadline],
  ['discontinuationRefund', terms.discontinuationRefund],
  ['dataDeletionOnTermination', terms.dataDeletionOnTermination],
];

// Inputs with the right field names and values of any kind, near-valid values most of the time.
const date = fc.oneof(
  fc.constantFrom('1900-01-01', '2027-01-31', '2028-02-29', '2199-12-31', '2199-12-15', '2027-02-29', ''),
  fc.anything(),
);
const number = fc.oneof(
  fc.constantFrom(0, 1, 1.5, -1, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 1e300, '90000'),
  fc.anything(),
);
const field = fc.oneof(date, number, fc.boolean(), fc.constant(undefined), fc.constant(null));
const fieldNames = [
  'acceptanceReceivedOn',
  'acceptanceSentOn',
  'application',
  'acceptance',
  'scope',
  'request',
  'scheduledStartDate',
  'readyDate',
  'termEndDate',
  'termStartDate',
  'through',
  'formationDate',
  'minimumTermMonths',
  'terminationDate',
  'monthlyFee',
  'noticeReceivedOn',
  'requestedDate',
  'months',
  'noticeGivenOn',
  'terminationDeclaredOn',
  'discontinuationDate',
  'paidThrough',
  'amountPaid',
  'paymentDelayOrRisk',
  'forceMajeure',
  'uncuredBreach',
];
const input = fc.oneof(fc.dictionary(fc.constantFrom(...fieldNames), field, { maxKeys: 8 }), fc.anything());
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({
    deadlineCounting: fc.constantFrom('civil-code', 'naive', 'x'),
    rounding: fc.constantFrom('floor', 'half-up', 'ceil', 'x'),
    extensionFee: fc.constantFrom('replaces', 'in-addition', 'x'),
  }),
  fc.anything(),
);

describe('chapter 2 functions never throw anything but a TermsError', () => {
  it.each(functions)('%s', (_name, fn) => {
    fc.assert(
      fc.property(input, options, (i, o) => {
        try {
          const r = fn(i as never, o as never);
          // A result serialises and carries a basis of known provisions.
          expect(typeof JSON.stringify(r)).toBe('string');
          const refs = (r as { basis?: unknown }).basis;
          expect(Array.isArray(refs) && refs.every(terms.isProvisionRef)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(terms.TermsError);
        }
      }),
      { numRuns: 150 },
    );
  });
});
