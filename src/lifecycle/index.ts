// The lifecycle layer: a contract's timeline, the contract record, the batch path.
// Internal helpers (the trusted `contractTimelineOf`, the JSON Schema generation) are
// imported from their modules by tests and scripts, not exported here.
export {
  ContractRecordSchema,
  DISCONTINUATION_GROUND_IDS,
  MAX_TERM_MONTHS,
  type ChargeRecord,
  type CompanyTerminationNotice,
  type ContractChangeRecord,
  type ContractNotices,
  type ContractOverrides,
  type ContractRecord,
  type CustomerTerminationNotice,
  type DiscontinuationGround,
  type DiscontinuationRecord,
  type ImmediateTerminationRecord,
  type NonRenewalNotice,
  type NoticeTiming,
  type OptionRecord,
  type PaymentDesignation,
  type PaymentRecord,
  type StopRecord,
  type TermsChangeRecord,
} from './contract.js';
export {
  AMOUNT_DUE_KINDS,
  TERMINATION_CAUSES,
  TIMELINE_EVENT_KINDS,
  type ContractStatus,
  type ContractTimelineResult,
  type TerminationCause,
  type AmountDueEvent,
  type DateEvent,
  type ExtensionEvent,
  type LateInterestEvent,
  type MonthFeeEvent,
  type PaymentEvent,
  type RefundEvent,
  type RenewalEvent,
  type TermDeadlineEvent,
  type TerminationEvent,
  type TimelineEvent,
  type TimelineEventFields,
  type TimelineEventKind,
  type TimelineTerm,
} from './events.js';
export { DEFAULT_HORIZON_YEARS, contractTimeline, type TimelineWindow } from './timeline.js';
export { SAMPLE_CONTRACT } from './sample.js';
export {
  invoiceLines,
  type InvoiceContract,
  type InvoiceLine,
  type InvoiceLineKind,
  type InvoiceLinesInput,
  type InvoiceLinesResult,
} from './invoice.js';
export {
  BATCH_INPUTS,
  CSV_MAX_RECORD_LINES,
  contractFromCsvRow,
  contractTimelines,
  contractTimelinesAsync,
  type BatchInput,
  type BatchRowError,
  type BatchWindow,
  type TimelineBatchOptions,
  type TimelineBatchRow,
} from './batch.js';
export { ContractTimelineResultSchema, TimelineBatchRowSchema, TimelineEventSchema } from './result-schema.js';
export {
  compareTimelines,
  compareTimelinesAsync,
  optionDifferences,
  type CompareRow,
  type OptionDifference,
  type ReadingSummary,
} from './compare.js';
export { EVENT_CHANGES, type EventChange, type EventChangeKind, type EventSide } from './event-changes.js';
export { BILL_LINE_KINDS, type BillLine, type BillLineKind, type CarriedIn, type ContractBill } from './bill.js';
export {
  billingRun,
  billingRunAsync,
  type BillRow,
  type BillingWindow,
} from './bill-run.js';
