/**
 * The worked stories of test/lifecycle/stories.test.ts (and docs/lifecycle.md), as records
 * and windows: drawn by the picture tests (test/cli/picture.test.ts), shown as pictures in
 * the HTML edition (test/tools/site/pictures.ts) and checked in Chromium for overlapping
 * labels (test/tools/site/check.ts). The numbers are worked in stories.test.ts; here they
 * are only inputs.
 */
import { SAMPLE_CONTRACT, type ContractRecord, type Options, type TimelineWindow } from '../../src/index.js';

export interface Story {
  /** A stable name for files and anchors. */
  readonly slug: string;
  readonly title: { readonly ja: string; readonly en: string };
  readonly record: ContractRecord;
  readonly window: TimelineWindow;
  readonly options?: Options;
}

const base = { formationDate: '2027-03-15', scheduledStartDate: '2027-04-01', monthlyFee: 90_000 } as const;

export const STORIES: readonly Story[] = [
  {
    slug: 'sample',
    title: { ja: 'サンプル契約（README）', en: 'The sample contract (README)' },
    record: SAMPLE_CONTRACT,
    window: { asOf: '2026-01-15' },
  },
  {
    slug: 'renews-twice',
    title: { ja: '2回自動更新される1年契約', en: 'A plain one-year contract that renews twice' },
    record: { id: 'STORY-1', ...base, termMonths: 12 },
    window: { asOf: '2029-06-01', until: '2030-03-31' },
  },
  {
    slug: 'minimum-term',
    title: { ja: '最低利用期間内の解約', en: 'A contract ended inside its minimum term' },
    record: {
      id: 'STORY-2',
      ...base,
      termMonths: 24,
      minimumTermMonths: 12,
      notices: { customerTermination: { on: '2027-08-20', requestedDate: '2027-09-30' } },
    },
    window: { asOf: '2027-08-25' },
  },
  {
    slug: 'extension',
    title: { ja: '2か月延長された解約', en: 'A customer termination extended 2 months' },
    record: {
      id: 'STORY-3',
      ...base,
      scheduledStartDate: '2027-04-15',
      termMonths: 12,
      notices: { customerTermination: { on: '2027-05-20', requestedDate: '2027-06-30', extensionMonths: 2 } },
    },
    window: { asOf: '2027-06-15' },
  },
  {
    slug: 'discontinuation',
    title: { ja: '本サービスの廃止と返還', en: 'A discontinuation with a refund' },
    record: {
      id: 'STORY-4',
      ...base,
      termMonths: 12,
      notices: { discontinuation: { date: '2027-06-20', on: '2027-05-10' } },
      payments: [
        { date: '2027-03-31', amount: 90_000 },
        { date: '2027-04-30', amount: 90_000 },
        { date: '2027-05-31', amount: 90_000 },
      ],
    },
    window: { asOf: '2027-06-25' },
  },
  {
    slug: 'late-payment',
    title: { ja: '支払遅延と遅延損害金', en: 'Late payment with interest' },
    record: {
      id: 'STORY-5',
      formationDate: '2028-03-15',
      scheduledStartDate: '2028-04-01',
      termMonths: 12,
      monthlyFee: 100_000,
      payments: [
        { date: '2028-03-31', amount: 100_000 },
        { date: '2028-05-30', amount: 100_000 },
        { date: '2028-05-31', amount: 100_000 },
      ],
    },
    window: { asOf: '2028-07-15', until: '2028-07-31' },
  },
  {
    slug: 'late-non-renewal',
    title: {
      ja: '期限後の更新拒絶は解約通知として（I-17）',
      en: 'A late notice not to renew read as a termination notice (I-17)',
    },
    record: { id: 'STORY-6', ...base, termMonths: 12, notices: { nonRenewal: { by: 'customer', on: '2028-03-10' } } },
    window: { asOf: '2028-03-10' },
  },
  {
    slug: 'company-termination-without-notice',
    title: {
      ja: '不払による提供停止、当社による催告なしの解約と直ちに支払うべき未払額',
      en: 'Stopped for non-payment, then terminated without notice: what is unpaid falls due at once',
    },
    record: {
      id: 'STORY-7',
      ...base,
      termMonths: 12,
      stops: [{ provision: '23.1.3', from: '2027-06-15', to: '2027-07-05' }],
      charges: [{ kind: 'cost', description: '苦情対応', amount: 30_000, dueDate: '2027-06-20' }],
      notices: { companyImmediateTermination: { on: '2027-07-10', ground: 'paymentsSuspendedOrInsolvent' } },
      payments: [
        { date: '2027-03-31', amount: 90_000 },
        { date: '2027-04-30', amount: 90_000 },
      ],
    },
    window: { asOf: '2027-07-15' },
  },
  {
    slug: 'terms-change-at-renewal',
    title: {
      ja: '更新後の料金の変更（第11条2項、前々月末日までの通知）',
      en: 'A fee raised for the renewed term (第11条2項, notified by the deadline)',
    },
    record: {
      id: 'STORY-8',
      ...base,
      termMonths: 12,
      termsChanges: [{ sentAt: '2028-01-20T10:00:00+09:00', monthlyFee: 100_000 }],
    },
    window: { asOf: '2028-02-10', until: '2028-06-30' },
  },
];
