/**
 * 第3条（通知） — how notices are given and when they take effect (I-03).
 *
 * > 1 当社から契約者への通知は、利用契約等に特段の定めのない限り、通知内容を利用申込書（…）に
 * > 契約者の連絡先として記載された電子メールアドレス又は第10条1項に基づき通知を受けた電子
 * > メールアドレス宛に電子メールを送信する方法により行います。ただし、電子メールが到達しない
 * > 場合その他の理由により当社が相当と判断する場合は、当社のホームページへ掲載する方法又は
 * > 書面を契約者の連絡先に送付（ファックスによる場合を含みます。）する方法による場合があります。
 * >
 * > 2 前項の規定に基づき、当社から契約者への通知を電子メールの送信又は当社のホームページへの
 * > 掲載の方法により行う場合には、契約者に対する当該通知は、それぞれ電子メールの送信又は
 * > ホームページへの掲載がなされた時点から効力を生じるものとします。
 * >
 * > 3 本約款に基づく契約者から当社への書面による通知は、電子メール及びファックスによる場合を
 * > 含むものとします。ただし、当該手続につき当社が通知方法を別途定めている場合及び利用契約等に
 * > 別段の定めがある場合は、それによるものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { invalidInput } from '../core/errors.js';
import type { Instant } from '../core/instant.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { enumField, instantField, parseInput, type InstantInput } from '../core/schema.js';

/** 第3条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_3 = articleInfo(3);

/** Who gives the notice. */
export type NoticeSender = 'company' | 'customer';

/**
 * How the company notifies the customer (3.1): by e-mail as the rule; by
 * posting on its website, or by letter or fax to the customer's contact
 * address, where e-mail does not arrive or the company otherwise sees fit.
 */
export const COMPANY_NOTICE_METHODS = ['email', 'website', 'letter', 'fax'] as const;
export type CompanyNoticeMethod = (typeof COMPANY_NOTICE_METHODS)[number];

/**
 * How the customer notifies the company in writing (3.3): a letter, and also
 * e-mail and fax, which count as writing (書面).
 */
export const CUSTOMER_NOTICE_METHODS = ['letter', 'email', 'fax'] as const;
export type CustomerNoticeMethod = (typeof CUSTOMER_NOTICE_METHODS)[number];

/**
 * When a notice takes effect (I-03): when sent (e-mail) or posted (website)
 * under 3.2, or when it arrives (到達主義, 民法97条1項).
 */
export type NoticeEffectRule = 'on-sending' | 'on-posting' | 'on-arrival';

export type NoticeEffectiveInput =
  | {
      readonly sender: 'company';
      readonly method: CompanyNoticeMethod;
      /** When the e-mail was sent or the notice posted on the website (needed for `email`, `website`). */
      readonly sentAt?: InstantInput | undefined;
      /** When the letter or fax reached the customer (needed for `letter`, `fax`). */
      readonly arrivedAt?: InstantInput | undefined;
    }
  | {
      readonly sender: 'customer';
      readonly method: CustomerNoticeMethod;
      /** When it was sent (not needed: a customer's notice counts on arrival). */
      readonly sentAt?: InstantInput | undefined;
      /** When it reached the company (needed). */
      readonly arrivedAt?: InstantInput | undefined;
    };

export interface NoticeEffectiveResult extends WithBasis {
  /** How the moment was chosen (I-03). */
  readonly rule: NoticeEffectRule;
  /** The instant the notice takes effect, ISO 8601 in `+09:00`. */
  readonly effectiveAt: string;
  /** The JST calendar date of {@link NoticeEffectiveResult.effectiveAt}: the day that counts for deadlines. */
  readonly effectiveOn: string;
}

const Common = z.object({
  sender: enumField(['company', 'customer'] as const),
  sentAt: z.optional(instantField),
  arrivedAt: z.optional(instantField),
});
const CompanyMethod = z.object({ method: enumField(COMPANY_NOTICE_METHODS) });
const CustomerMethod = z.object({ method: enumField(CUSTOMER_NOTICE_METHODS) });

/** The rule and the provisions that decide when a notice takes effect (trusted input). */
export function noticeEffectRule(
  sender: NoticeSender,
  method: CompanyNoticeMethod | CustomerNoticeMethod,
): { rule: NoticeEffectRule; basis: ProvisionRef[] } {
  if (sender === 'customer') return { rule: 'on-arrival', basis: basis('3.3') };
  if (method === 'email') return { rule: 'on-sending', basis: basis('3.1', '3.2') };
  if (method === 'website') return { rule: 'on-posting', basis: basis('3.1', '3.2') };
  // 3.2 speaks only of e-mail and the website: a letter or fax of the company's
  // takes effect on arrival under the Civil Code's general rule (民法97条1項).
  return { rule: 'on-arrival', basis: basis('3.1') };
}

/**
 * When a notice takes effect, and the JST date that counts (第3条, I-03).
 *
 * - The company's e-mail or website posting: from the moment it is sent or
 *   posted (3.2) — give `sentAt`.
 * - The customer's notice in writing — a letter, e-mail or fax (3.3): on
 *   arrival (民法97条1項), the JST date it reached the company — give `arrivedAt`.
 * - The company's letter or fax (3.1 ただし書): 3.2 does not cover them, so they
 *   too take effect on arrival (民法97条1項) — give `arrivedAt`.
 *
 * The instant needed is required; the other is accepted and ignored. An
 * instant given with an offset other than +09:00 is read in JST, so a notice
 * that reached the company at 16:30 UTC on 31 March counts on 1 April.
 * 3.3 ただし書 (a method the company has set, or one the contract provides)
 * is not modelled: pass the instant at which that method makes the notice count.
 *
 * @example
 * ```ts
 * import { noticeEffective } from 'cloud-ops-terms';
 * noticeEffective({ sender: 'company', method: 'email', sentAt: '2027-03-31T23:50:00+09:00' });
 * //=> { rule: 'on-sending', effectiveAt: '2027-03-31T23:50:00+09:00', effectiveOn: '2027-03-31', basis: ['3.1', '3.2'] }
 * noticeEffective({ sender: 'customer', method: 'fax', arrivedAt: '2027-03-31T16:30:00Z' });
 * //=> { rule: 'on-arrival', effectiveAt: '2027-04-01T01:30:00+09:00', effectiveOn: '2027-04-01', basis: ['3.3'] }
 * ```
 */
export function noticeEffective(input: NoticeEffectiveInput): NoticeEffectiveResult {
  const { sender, sentAt, arrivedAt } = parseInput(Common, input);
  const { method } = parseInput(sender === 'company' ? CompanyMethod : CustomerMethod, input);
  const r = noticeMomentOf(sender, method, sentAt, arrivedAt);
  if ('message' in r) throw invalidInput(r.field, r.message);
  return { rule: r.rule, effectiveAt: r.at.toString(), effectiveOn: r.at.jstDate().toString(), basis: r.basis };
}

/** The moment a notice takes effect (第3条, I-03), or which instant is missing or wrong. */
export type NoticeMomentOf =
  | { readonly rule: NoticeEffectRule; readonly at: Instant; readonly basis: ProvisionRef[] }
  | { readonly field: 'sentAt' | 'arrivedAt'; readonly message: string };

/**
 * The trusted core of {@link noticeEffective}: the rule, the instant and its provisions,
 * or the field at fault (the instant the rule needs is missing, or an arrival before the
 * sending). Exported for the lifecycle layer (the contract record's notices), not from the
 * package root.
 */
export function noticeMomentOf(
  sender: NoticeSender,
  method: CompanyNoticeMethod | CustomerNoticeMethod,
  sentAt: Instant | undefined,
  arrivedAt: Instant | undefined,
): NoticeMomentOf {
  const { rule, basis: refs } = noticeEffectRule(sender, method);
  const field = rule === 'on-arrival' ? 'arrivedAt' : 'sentAt';
  const at: Instant | undefined = rule === 'on-arrival' ? arrivedAt : sentAt;
  if (at === undefined) {
    const why =
      rule === 'on-arrival'
        ? `a ${sender === 'customer' ? "customer's notice" : `company ${method}`} takes effect when it arrives`
        : `a company ${method === 'email' ? 'e-mail takes effect when sent' : 'website notice takes effect when posted'}`;
    return {
      field,
      message: `expected the instant it ${rule === 'on-arrival' ? 'arrived' : 'was sent or posted'}: ${why}`,
    };
  }
  if (sentAt !== undefined && arrivedAt !== undefined && arrivedAt.isBefore(sentAt)) {
    return {
      field: 'arrivedAt',
      message: `expected an arrival no earlier than sentAt (${sentAt.toString()}), got ${arrivedAt.toString()}`,
    };
  }
  return { rule, at, basis: refs };
}
