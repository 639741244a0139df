// One module per article; each line lists what the package exports from it.
// Internal helpers of a module (trusted, unvalidated) are not exported here.
export type { Ground, GroundFacts, Scope } from './shared.js';
export {
  ARTICLE_9,
  REFUSAL_GROUNDS,
  agreedTerms,
  billingStartDate,
  contractChangeFormation,
  contractFormation,
  refusalGrounds,
  type AgreedTermsInput,
  type AgreedTermsResult,
  type BillingStartDateInput,
  type BillingStartDateResult,
  type ContractChangeFormationInput,
  type ContractChangeFormationResult,
  type ContractFormationInput,
  type ContractFormationResult,
  type RefusalGroundId,
  type RefusalGroundsInput,
  type RefusalGroundsResult,
  type RefusalRequest,
  type TermsRecord,
  type TermsValue,
} from './article-09.js';
export {
  ARTICLE_10,
  CHANGE_NOTICE_DAYS,
  changeNotificationDeadline,
  changeNoticeFailureLiability,
  type ChangeNotificationDeadlineInput,
  type ChangeNotificationDeadlineResult,
  type ChangeNoticeFailureResult,
} from './article-10.js';
export {
  ARTICLE_12,
  MAX_MINIMUM_TERM_MONTHS,
  earlyTerminationFee,
  type EarlyTerminationFeeInput,
  type EarlyTerminationFeeResult,
} from './article-12.js';
export {
  ARTICLE_13,
  customerTermination,
  terminationExtension,
  unpaidFeesOnCustomerNotice,
  type CustomerTerminationInput,
  type CustomerTerminationResult,
  type TerminationExtensionInput,
  type TerminationExtensionResult,
  type UnpaidFeesOnCustomerNoticeInput,
  type UnpaidFeesOnCustomerNoticeResult,
} from './article-13.js';
export {
  ARTICLE_11,
  NON_RENEWAL_NOTICE_MONTHS,
  RENEWAL_TERM_YEARS,
  renewalSchedule,
  successiveTerms,
  type ContractTerm,
  type RenewalScheduleInput,
  type RenewalScheduleResult,
  type SuccessiveTermsInput,
  type SuccessiveTermsResult,
} from './article-11.js';
