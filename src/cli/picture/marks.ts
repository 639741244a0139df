/**
 * How each kind of event is drawn in the picture of a contract's life: its lane, its shape
 * and colour, and whether it gets a label of its own or one label for all of its kind (the
 * monthly fees and the payments, which would otherwise crowd the picture).
 *
 * A `Record` over every kind: a kind added to the timeline does not compile until it has
 * its mark, and test/cli/picture.test.ts checks the same at run time.
 *
 * @module
 */
import type { TimelineEventKind } from '../../index.js';

/** The horizontal bands of the picture, top to bottom. */
export const LANES = ['terms', 'notices', 'money', 'end'] as const;
export type Lane = (typeof LANES)[number];

export const LANE_NAMES: Readonly<Record<Lane, { ja: string; en: string }>> = {
  terms: { ja: '利用期間', en: 'Terms' },
  notices: { ja: '通知・期限', en: 'Notices, deadlines' },
  money: { ja: '金額', en: 'Amounts' },
  end: { ja: '終了とその後', en: 'The end, and after' },
};

export type Shape =
  | 'circle'
  | 'flag'
  | 'renewal'
  | 'diamond'
  | 'due'
  | 'paid'
  | 'late'
  | 'extension'
  | 'cross'
  | 'stop'
  | 'refund'
  | 'bracket';

export interface Mark {
  readonly lane: Lane;
  readonly shape: Shape;
  readonly color: string;
  /** `each`: every event its label; `summary`: one label for all events of the kind. */
  readonly label: 'each' | 'summary';
}

const DEADLINE = '#c2410c';
const DUE = '#1d4ed8';
const PAID = '#15803d';
const LATE = '#b91c1c';

export const MARKS: Readonly<Record<TimelineEventKind, Mark>> = {
  formation: { lane: 'notices', shape: 'circle', color: '#374151', label: 'each' },
  'billing-start': { lane: 'notices', shape: 'flag', color: DUE, label: 'each' },
  renewal: { lane: 'terms', shape: 'renewal', color: DUE, label: 'each' },
  'terms-change': { lane: 'notices', shape: 'flag', color: '#7c3aed', label: 'each' },
  'contract-change': { lane: 'notices', shape: 'flag', color: '#7c3aed', label: 'each' },
  'stop-start': { lane: 'notices', shape: 'diamond', color: LATE, label: 'each' },
  'stop-end': { lane: 'notices', shape: 'diamond', color: '#6b7280', label: 'each' },
  'minimum-term-end': { lane: 'notices', shape: 'bracket', color: '#7c3aed', label: 'each' },
  'terms-change-notice-deadline': { lane: 'notices', shape: 'diamond', color: '#7c3aed', label: 'each' },
  'non-renewal-notice-deadline': { lane: 'notices', shape: 'diamond', color: DEADLINE, label: 'each' },
  'termination-notice-deadline': { lane: 'notices', shape: 'diamond', color: DEADLINE, label: 'each' },
  'discontinuation-notice-deadline': { lane: 'notices', shape: 'diamond', color: '#be185d', label: 'each' },
  'initial-fee-due': { lane: 'money', shape: 'due', color: DUE, label: 'each' },
  'first-month-fee': { lane: 'money', shape: 'due', color: DUE, label: 'each' },
  'monthly-fee-due': { lane: 'money', shape: 'due', color: '#60a5fa', label: 'summary' },
  'extension-fee-due': { lane: 'money', shape: 'due', color: DEADLINE, label: 'each' },
  'fee-difference-due': { lane: 'money', shape: 'due', color: '#7c3aed', label: 'each' },
  'charge-due': { lane: 'money', shape: 'due', color: DUE, label: 'each' },
  'early-termination-fee-due': { lane: 'money', shape: 'due', color: LATE, label: 'each' },
  payment: { lane: 'money', shape: 'paid', color: PAID, label: 'summary' },
  'late-interest': { lane: 'money', shape: 'late', color: LATE, label: 'each' },
  'due-at-once': { lane: 'money', shape: 'due', color: LATE, label: 'each' },
  extension: { lane: 'terms', shape: 'extension', color: DEADLINE, label: 'each' },
  discontinuation: { lane: 'end', shape: 'cross', color: '#be185d', label: 'each' },
  termination: { lane: 'end', shape: 'stop', color: '#111827', label: 'each' },
  refund: { lane: 'money', shape: 'refund', color: '#0e7490', label: 'each' },
  'data-deletion': { lane: 'end', shape: 'circle', color: '#6b7280', label: 'each' },
  'confidentiality-end': { lane: 'end', shape: 'bracket', color: '#6b7280', label: 'each' },
};
