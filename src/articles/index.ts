// One module per article; each line lists what the package exports from it.
// Internal helpers of a module (trusted, unvalidated) are not exported here.
export {
  ARTICLE_10,
  CHANGE_NOTICE_DAYS,
  changeNotificationDeadline,
  changeNoticeFailureLiability,
  type ChangeNotificationDeadlineInput,
  type ChangeNotificationDeadlineResult,
  type ChangeNoticeFailureResult,
} from './article-10.js';
// The shapes of the phrases and lists the articles quote (prohibited acts, grounds, purposes …).
export { type ProvisionItem, type ProvisionPhrase } from './provision-list.js';
