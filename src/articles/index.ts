// One module per article; each line lists what the package exports from it.
// Internal helpers of a module (trusted, unvalidated) are not exported here.
export {
  ARTICLE_1,
  mergeContractSettings,
  type ContractSettings,
  type MergeContractSettingsInput,
  type MergeContractSettingsResult,
} from './article-01.js';
export {
  ARTICLE_2,
  DEFINED_TERMS,
  definedTerm,
  type DefinedTerm,
  type DefinedTermId,
  type DefinedTermJa,
  type DefinedTermInput,
  type DefinedTermResult,
} from './article-02.js';
export {
  ARTICLE_3,
  COMPANY_NOTICE_METHODS,
  CUSTOMER_NOTICE_METHODS,
  noticeEffective,
  type NoticeSender,
  type CompanyNoticeMethod,
  type CustomerNoticeMethod,
  type NoticeEffectRule,
  type NoticeEffectiveInput,
  type NoticeEffectiveResult,
} from './article-03.js';
export {
  ARTICLE_4,
  TERMS_CHANGE_ANNOUNCEMENT,
  termsVersionOn,
  provisionInForce,
  type TermsVersionOnInput,
  type TermsVersionOnResult,
  type ProvisionInForceInput,
  type ProvisionInForceResult,
} from './article-04.js';
export {
  ARTICLE_5,
  ASSIGNMENT_SUBJECTS,
  assignmentPermitted,
  type AssignmentConsent,
  type AssignmentReason,
  type AssignmentPermittedInput,
  type AssignmentPermittedResult,
} from './article-05.js';
export {
  ARTICLE_6,
  consultationRequired,
  severance,
  type ContractMatter,
  type ConsultationRequiredInput,
  type ConsultationRequiredResult,
  type SeveranceInput,
  type SeveranceResult,
} from './article-06.js';
export {
  ARTICLE_7,
  GOVERNING_LAW,
  GOVERNED_MATTERS,
  governingLaw,
  type GovernedMatter,
  type GoverningLawInput,
  type GoverningLawResult,
} from './article-07.js';
export {
  ARTICLE_8,
  AGREED_COURT,
  isAgreedCourt,
  type IsAgreedCourtInput,
  type IsAgreedCourtResult,
} from './article-08.js';
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
  ARTICLE_17,
  STANDARD_OF_CARE,
  CUSTOMER_ACKNOWLEDGEMENTS,
  reportOnRequest,
  faultResponsibility,
  type ReportOnRequestInput,
  type ReportDutyInForce,
  type ReportDutyNotInForce,
  type ReportOnRequestResult,
  type FaultResponsibilityInput,
  type FaultResponsibilityResult,
} from './article-17.js';
export {
  ARTICLE_18,
  SUBCONTRACTOR_DUTIES,
  subcontractingComplies,
  type SubcontractorDuty,
  type SubcontractingCompliesInput,
  type SubcontractingCompliesResult,
} from './article-18.js';
export {
  ARTICLE_19,
  COMPLETION_NOTICE_METHODS,
  instructedWorkLiability,
  workRequestAuthority,
  type InstructedWorkLiabilityInput,
  type InstructedWorkLiabilityResult,
  type WorkRequester,
  type WorkRequestAuthorityInput,
  type WorkRequestAuthorityResult,
} from './article-19.js';
export {
  ARTICLE_20,
  CREDENTIAL_DUTIES,
  credentialDuties,
  idMisuseConsequences,
  type CredentialDuty,
  type CredentialDutiesInput,
  type CredentialDutiesResult,
  type CompanyFaultInLeak,
  type IdMisuseConsequencesInput,
  type IdMisuseConsequencesResult,
} from './article-20.js';
export {
  ARTICLE_21,
  backupResponsibility,
  type BackupResponsibilityInput,
  type BackupResponsibilityResult,
} from './article-21.js';
export {
  ARTICLE_22,
  PROHIBITED_ACTS,
  adultStreamingPermitted,
  spamProhibited,
  prohibitedActConsequences,
  type ProhibitedActId,
  type AdultStreamingPermittedInput,
  type AdultStreamingPermittedResult,
  type SpamGround,
  type SpamProhibitedInput,
  type SpamProhibitedResult,
  type ProhibitedActConsequencesInput,
  type ProhibitedActConsequencesResult,
} from './article-22.js';
export {
  ARTICLE_23,
  SUSPENSION_GROUNDS,
  suspensionEffects,
  type SuspensionGroundId,
  type SuspensionEffectsInput,
  type SuspensionEffectsResult,
} from './article-23.js';
export {
  ARTICLE_24,
  INTERRUPTION_GROUNDS,
  serviceStopEffects,
  interruptionRefundLimit,
  type InterruptionGroundId,
  type ServiceStopCause,
  type ServiceStopEffectsInput,
  type ServiceStopEffectsResult,
  type InterruptionRefundLimitInput,
  type InterruptionRefundLimitResult,
} from './article-24.js';
export {
  ARTICLE_27,
  ORAL_CONFIRMATION_DAYS,
  CONFIDENTIALITY_SURVIVAL_YEARS,
  CONFIDENTIALITY_EXCLUSIONS,
  isConfidential,
  legallyRequiredDisclosure,
  confidentialitySurvivesUntil,
  confidentialityInForce,
  type ConfidentialityExclusionId,
  type IsConfidentialInput,
  type IsConfidentialResult,
  type LegallyRequiredDisclosureInput,
  type DisclosurePermitted,
  type DisclosureNotPermitted,
  type LegallyRequiredDisclosureResult,
  type ConfidentialitySurvivesUntilInput,
  type ConfidentialitySurvivesUntilResult,
  type ConfidentialityInForceInput,
  type ConfidentialityInForceResult,
} from './article-27.js';
export {
  ARTICLE_28,
  PERSONAL_INFORMATION_PURPOSES,
  PERSONAL_INFORMATION_SURVIVAL,
  personalInformationUse,
  type PersonalInformationPurposeId,
  type PersonalInformationUseInput,
  type PersonalInformationUseResult,
} from './article-28.js';
export {
  ARTICLE_SPEC,
  SPEC_SERVICES,
  SPEC_BUILD,
  SPEC_MONITORING,
  SPEC_BUSINESS_HOURS,
  SPEC_APPLICATION_WORK_CAVEAT,
  SPEC_CONTACT_CHANNELS,
  SPEC_OPTION_SERVICES,
  SPEC_OPTION_CAVEAT,
  serviceHours,
  type ServiceHours,
  type SpecServiceId,
  type SpecContactChannelId,
  type SpecOptionServiceId,
  type ServiceHoursInput,
  type ServiceHoursResult,
} from './article-spec.js';
// The shapes of the phrases and lists the articles quote (prohibited acts, grounds, purposes …).
export { type ProvisionItem, type ProvisionPhrase } from './provision-list.js';
