/**
 * The package loads: importing src/index.ts evaluates every module (the holiday
 * rules, the provision table, the article tables) without an error, and exports
 * what api.md lists. The import happens inside the test, not at the top of the file,
 * so that a module that throws while loading fails this test rather than the
 * collection of a file (which some runners, Stryker's vitest runner among them,
 * do not count as a failure).
 */
import { describe, expect, it } from 'vitest';

const API_MD_FUNCTIONS = [
  'billingStartDate',
  'refusalGrounds',
  'changeNotificationDeadline',
  'renewalSchedule',
  'earlyTerminationFee',
  'customerTermination',
  'terminationExtension',
  'companyTermination',
  'discontinuationNoticeDeadline',
  'discontinuationRefund',
  'dataDeletionOnTermination',
  'monthlyFeeDueDate',
  'firstMonthFee',
  'lateInterest',
  'isConfidential',
  'confidentialitySurvivesUntil',
  'liabilityCap',
  'termsVersionOn',
  'isSupportOpen',
  'nextSupportOpening',
  'isNationalHoliday',
  'nationalHolidays',
  'isBankHoliday',
];

describe('the package', () => {
  it('loads, and exports every api.md function (contractTimeline aside, which the lifecycle adds)', async () => {
    const api = (await import('../../src/index.js')) as Record<string, unknown>;
    for (const name of API_MD_FUNCTIONS) expect(typeof api[name], name).toBe('function');
  });

  it('answers a first question after loading: 2027-05-03 is 憲法記念日', async () => {
    const { isNationalHoliday } = await import('../../src/index.js');
    expect(isNationalHoliday({ date: '2027-05-03' })).toEqual({
      holiday: true,
      name: '憲法記念日',
      kind: 'statutory',
      basis: ['spec.1.5'],
    });
  });
});
