/**
 * 第10条（変更通知） — the customer's notice of changes to its details.
 *
 * > 1 契約者は、その商号若しくは名称、本店所在地若しくは住所、連絡先その他利用申込書の
 * > 契約者にかかわる事項に変更があるときは、変更予定日の7日前までに当社に書面により通知する
 * > ものとしします。なお、当社所定の書式等がある場合はそれによるものとしします。
 * >
 * > 2 当社は、契約者が前項に従った通知を怠ったこと又は前項の通知が到達しなかったことにより
 * > 契約者が当社からの通知の不到達その他の事由により損害を被った場合であっても、一切責任を
 * > 負わないものとしします。
 *
 * (「しします」 is the terms' own slip for 「します」; see docs/errata.md.)
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { optionsFor, type OptionsFor } from '../core/options.js';
import { deadlineBefore } from '../core/period.js';
import { articleInfo } from '../core/provisions.js';
import { atField, dateField, parseInput, type DateInput } from '../core/schema.js';
import { latestTermsNumber } from '../core/terms-numbers.js';

/** 第10条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_10 = articleInfo(10);

/** 「変更予定日の7日前までに」 — seven days before the change (10.1). */
export const CHANGE_NOTICE_DAYS: number = latestTermsNumber('changeNotificationDays');

export interface ChangeNotificationDeadlineInput {
  /** 変更予定日: the day the change takes effect. */
  readonly changeDate: DateInput;
}

export interface ChangeNotificationDeadlineResult extends WithBasis {
  /** The last day the written notice may reach the company, `'YYYY-MM-DD'`. */
  readonly deadline: string;
}

const ChangeNotificationDeadlineInput = z.object({ changeDate: dateField });

/**
 * The last day a change of the customer's details (name, address, contact …)
 * may be notified: 「変更予定日の7日前までに」 (10.1). By default seven clear
 * days lie between the notice and the change (I-02 `civil-code`); with
 * `deadlineCounting: 'naive'` it is the change date minus 7 days.
 *
 * @example
 * ```ts
 * import { changeNotificationDeadline } from 'cloud-ops-terms';
 * changeNotificationDeadline({ changeDate: '2027-04-10' });
 * //=> { deadline: '2027-04-02', basis: ['10.1'] }
 * changeNotificationDeadline({ changeDate: '2027-04-10' }, { deadlineCounting: 'naive' });
 * //=> { deadline: '2027-04-03', basis: ['10.1'] }
 * ```
 */
export function changeNotificationDeadline(
  input: ChangeNotificationDeadlineInput,
  options?: OptionsFor<'changeNotificationDeadline'>,
): ChangeNotificationDeadlineResult {
  const { changeDate } = parseInput(ChangeNotificationDeadlineInput, input);
  const { deadlineCounting } = optionsFor('changeNotificationDeadline', options);
  try {
    const deadline = deadlineBefore(changeDate, { days: CHANGE_NOTICE_DAYS }, 'event', deadlineCounting);
    return { deadline: deadline.toString(), basis: basis('10.1') };
  } catch (e) {
    throw atField(e, 'changeDate');
  }
}

export interface ChangeNoticeFailureResult extends WithBasis {
  /** Always `false`: 「一切責任を負わないものとしします」. */
  readonly companyLiable: false;
}

/**
 * 10.2: when the customer failed to notify a change, or its notice did not
 * arrive, the company is not liable for any damage that follows (for example
 * from the company's notices not reaching the customer).
 *
 * @example
 * ```ts
 * import { changeNoticeFailureLiability } from 'cloud-ops-terms';
 * changeNoticeFailureLiability();
 * //=> { companyLiable: false, basis: ['10.2'] }
 * ```
 */
export function changeNoticeFailureLiability(): ChangeNoticeFailureResult {
  return { companyLiable: false, basis: basis('10.2') };
}
