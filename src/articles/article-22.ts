/**
 * 第22条（禁止事項） — prohibited acts, adult streaming, spam, and what follows.
 *
 * > 1 契約者は、本サービスの利用に関して、以下の行為を行うことはできません。(1) … (11)
 * > 2 風俗営業等の規制及び適正化に関する法律（以下「風営適正化法」といいます。）が規定する映像送信型
 * > 性風俗特殊営業に関する行為又はそのおそれのある行為については、契約者が風営適正化法に定める措置
 * > （「映像送信型性風俗特殊営業」としての届出等）を行い、かつ当社が特別に本サービスの利用を認める
 * > 場合を除き禁止します。…
 * > 3 第1項第9号で定める迷惑メールの送信に関する禁止行為については、契約者が本件サーバーを通じて
 * > メール送信する場合の他に、契約者が本件サーバーを介さずに契約者又は第三者によって契約者の運営
 * > する Web サイトの顧客勧誘に関する迷惑メールを発信する場合も含むものとします。…
 * > 4 … 当社は第23条（提供の停止）に定めるサービスの提供の停止を含む措置を行う他、契約者の違反行為に
 * > 対しての苦情対応等に要した稼働等の費用を契約者に請求することができるものとします。
 * > 5 … 契約者に何らの催告及び通知を行うことなく、当社が保有する契約者に係るすべての電磁的記録を
 * > 削除することができるものとします。…
 *
 * (The full text is on docs/articles/article-22.md.)
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { booleanField, enumField, parseInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, type IdOf } from './provision-list.js';

/** 第22条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_22 = articleInfo(22);

/** 22.1 items 1–11: the acts the customer may not commit in using the service. */
export const PROHIBITED_ACTS = provisionList([
  {
    id: 'rights-infringement',
    ref: '22.1.1',
    ja: '当社若しくは第三者の著作権、商標権などの知的財産権その他の権利を侵害する行為又は侵害するおそれのある行為',
    en: "Infringing, or risking infringing, the company's or a third party's copyright, trademark or other intellectual property or other rights.",
  },
  {
    id: 'unauthorised-third-party-use',
    ref: '22.1.2',
    ja: '利用契約等に違反して第三者に本サービスを利用させる行為',
    en: 'Letting a third party use the service in breach of the contract documents.',
  },
  {
    id: 'unlawful-or-immoral',
    ref: '22.1.3',
    ja: '法令若しくは公序良俗に反する、又はそのおそれのある行為',
    en: 'Acts contrary, or risking being contrary, to law or to public order and morals.',
  },
  {
    id: 'discrimination-or-defamation',
    ref: '22.1.4',
    ja: '他者を差別若しくは誹謗中傷し、又はその名誉若しくは信用を毀損する行為',
    en: 'Discriminating against or slandering others, or damaging their honour or credit.',
  },
  {
    id: 'crime',
    ref: '22.1.5',
    ja: '犯罪行為若しくは犯罪行為を唆したり、容易にさせる行為又はそれらのおそれのある行為',
    en: 'Crimes, inciting or facilitating crimes, or acts risking these.',
  },
  {
    id: 'obscene-or-child-abuse-material',
    ref: '22.1.6',
    ja: 'わいせつ、児童ポルノ又は児童虐待にあたる画像、文章等を送信又は掲載する行為',
    en: 'Sending or posting obscene images or text, child pornography or material depicting child abuse.',
  },
  {
    id: 'impersonation',
    ref: '22.1.7',
    ja: '第三者になりすまして本サービスを利用する行為',
    en: 'Using the service while impersonating a third party.',
  },
  {
    id: 'malware-or-cracking',
    ref: '22.1.8',
    ja: 'ウイルス等の有害なコンピュータプログラム等を配信する行為、クラッキング等の行為又はそれらの行為を促進する行為',
    en: 'Distributing viruses or other harmful programs, cracking, or promoting such acts.',
  },
  {
    id: 'spam',
    ref: '22.1.9',
    ja: '無断で第三者に広告、宣伝若しくは勧誘のメール、又は第三者が嫌悪感を抱く、若しくはそのおそれのあるメール（以下、あわせて「迷惑メール」といいます。）を送信する行為及び顧客勧誘の手段に迷惑メールを利用するWebサイトを運営する行為',
    en: 'Sending third parties unsolicited advertising or solicitation mail, or mail they find or may find offensive ("spam"), and running a website that uses spam to attract customers.',
  },
  {
    id: 'disruption',
    ref: '22.1.10',
    ja: '第三者の設備等若しくは本サービス用設備等の利用又は運営に支障を与える行為、又はそのおそれのある行為',
    en: "Disrupting, or risking disrupting, the use or operation of third parties' facilities or the service's facilities.",
  },
  {
    id: 'cloud-contract-breach',
    ref: '22.1.11',
    ja: '契約者とクラウドサービス事業者との間の契約に違反する行為、又はそのおそれのある行為',
    en: "Breaching, or risking breaching, the customer's contract with its cloud service provider.",
  },
] as const);

/** The id of a prohibited act of 22.1. */
export type ProhibitedActId = IdOf<typeof PROHIBITED_ACTS>;

export interface AdultStreamingPermittedInput {
  /** Whether the customer has taken the measures of 風営適正化法 (the notification as 映像送信型性風俗特殊営業, …). */
  readonly measuresTakenUnderLaw: boolean;
  /** Whether the company has specially allowed the customer to use the service for it (当社が特別に…認める). */
  readonly speciallyApprovedByCompany: boolean;
}

export interface AdultStreamingPermittedResult extends WithBasis {
  readonly permitted: boolean;
}

const AdultStreamingPermittedInput = z.object({
  measuresTakenUnderLaw: booleanField,
  speciallyApprovedByCompany: booleanField,
});

/**
 * 第22条2項: acts of (or risking) an image-transmission sex business
 * (映像送信型性風俗特殊営業, 風営適正化法) are prohibited unless **both** the
 * customer has taken the measures that law requires (its notification and the
 * like) **and** the company has specially allowed it. Even then a 22.1 act
 * may lead to the measures of 第23条.
 *
 * @example
 * ```ts
 * import { adultStreamingPermitted } from 'cloud-ops-terms';
 * adultStreamingPermitted({ measuresTakenUnderLaw: true, speciallyApprovedByCompany: true });
 * //=> { permitted: true, basis: ['22.2'] }
 * adultStreamingPermitted({ measuresTakenUnderLaw: true, speciallyApprovedByCompany: false }).permitted;
 * //=> false
 * ```
 */
export function adultStreamingPermitted(input: AdultStreamingPermittedInput): AdultStreamingPermittedResult {
  const { measuresTakenUnderLaw, speciallyApprovedByCompany } = parseInput(AdultStreamingPermittedInput, input);
  return { permitted: measuresTakenUnderLaw && speciallyApprovedByCompany, basis: basis('22.2') };
}

/** Why spam falls under 22.1(9). */
export type SpamGround =
  | 'sent-through-servers'
  | 'outside-servers-for-customer-website'
  | 'customer-domain-or-ip-in-spam';

export interface SpamProhibitedInput {
  /** Whether the spam was sent through the customer's servers (本件サーバーを通じて). */
  readonly sentThroughServers: boolean;
  /** Whether the spam solicits customers for a website the customer runs (契約者の運営する Web サイトの顧客勧誘), whoever sent it. */
  readonly promotesCustomerWebsite: boolean;
  /**
   * Whether, on a third party's complaint, the spam's headers or body show a
   * domain or IP address the customer uses with the service (links included).
   */
  readonly complaintShowsCustomerDomainOrIp: boolean;
}

export interface SpamProhibitedResult extends WithBasis {
  /** True when the spam counts as the prohibited act of 22.1(9). */
  readonly prohibited: boolean;
  /** Every ground that makes it so, in the order of the terms. */
  readonly grounds: SpamGround[];
}

const SpamProhibitedInput = z.object({
  sentThroughServers: booleanField,
  promotesCustomerWebsite: booleanField,
  complaintShowsCustomerDomainOrIp: booleanField,
});

/**
 * 第22条1項9号 with 3項, for a mail that is spam (迷惑メール as 9号 defines it):
 * sending it through the customer's servers is prohibited (9号); so is spam
 * soliciting customers for the customer's website sent outside the servers,
 * by the customer or a third party (3項 first sentence); and on a third
 * party's complaint, a domain or IP address the customer uses with the
 * service appearing in the spam's headers or body (links included) lets the
 * company judge it a 9号 act whether or not it went through the servers (3項
 * second sentence).
 *
 * @example
 * ```ts
 * import { spamProhibited } from 'cloud-ops-terms';
 * spamProhibited({ sentThroughServers: false, promotesCustomerWebsite: false, complaintShowsCustomerDomainOrIp: true });
 * //=> { prohibited: true, grounds: ['customer-domain-or-ip-in-spam'], basis: ['22.1.9', '22.3'] }
 * spamProhibited({ sentThroughServers: false, promotesCustomerWebsite: false, complaintShowsCustomerDomainOrIp: false }).prohibited;
 * //=> false
 * ```
 */
export function spamProhibited(input: SpamProhibitedInput): SpamProhibitedResult {
  const facts = parseInput(SpamProhibitedInput, input);
  const grounds: SpamGround[] = [];
  if (facts.sentThroughServers) grounds.push('sent-through-servers');
  if (!facts.sentThroughServers && facts.promotesCustomerWebsite) grounds.push('outside-servers-for-customer-website');
  if (facts.complaintShowsCustomerDomainOrIp) grounds.push('customer-domain-or-ip-in-spam');
  const viaExtension = grounds.some((g) => g !== 'sent-through-servers');
  const refs: ProvisionRef[] = viaExtension ? ['22.1.9', '22.3'] : ['22.1.9'];
  return { prohibited: grounds.length > 0, grounds, basis: basis(...refs) };
}

export interface ProhibitedActConsequencesInput {
  /** The act the company judged the customer to be committing: a 22.1 item, or `'adult-streaming'` (22.2). */
  readonly act: ProhibitedActId | 'adult-streaming';
}

export interface ProhibitedActConsequencesResult extends WithBasis {
  /** The company may suspend the service (第23条), on this ground of 23.1. */
  readonly suspensionGround: '23.1.1' | '23.1.2';
  /** 22.4: the costs of handling complaints about the breach may be claimed — for 22.1 acts only. */
  readonly mayClaimCosts: boolean;
  /** 22.5: every electronic record of the customer's the company holds may be deleted, without demand or notice. */
  readonly mayDeleteRecordsWithoutNotice: true;
  /** 22.5: the company is not liable for the damage that deletion causes. */
  readonly companyLiableForDeletion: false;
}

const ProhibitedActConsequencesInput = z.object({ act: enumField([...idsOf(PROHIBITED_ACTS), 'adult-streaming']) });

/**
 * 第22条4項・5項: what the company may do once it judges the customer to be
 * committing a prohibited act. For a 22.1 act: suspend the service or take
 * other measures (第23条1項1号), claim the costs of handling complaints
 * (22.4), and delete all the customer's records without demand or notice,
 * with no liability (22.5). For a breach of 22.2 (adult streaming): suspend
 * (23.1(2)) and delete (22.5) — 22.4's cost claim speaks of 22.1 acts only.
 *
 * @example
 * ```ts
 * import { prohibitedActConsequences } from 'cloud-ops-terms';
 * prohibitedActConsequences({ act: 'spam' });
 * //=> { suspensionGround: '23.1.1', mayClaimCosts: true, mayDeleteRecordsWithoutNotice: true, companyLiableForDeletion: false, basis: ['22.1.9', '22.4', '22.5', '23.1.1'] }
 * prohibitedActConsequences({ act: 'adult-streaming' }).mayClaimCosts;
 * //=> false
 * ```
 */
export function prohibitedActConsequences(input: ProhibitedActConsequencesInput): ProhibitedActConsequencesResult {
  const { act } = parseInput(ProhibitedActConsequencesInput, input);
  const common = { mayDeleteRecordsWithoutNotice: true, companyLiableForDeletion: false } as const;
  if (act === 'adult-streaming') {
    return { suspensionGround: '23.1.2', mayClaimCosts: false, ...common, basis: basis('22.2', '22.5', '23.1.2') };
  }
  const { ref } = itemById(PROHIBITED_ACTS, act);
  return { suspensionGround: '23.1.1', mayClaimCosts: true, ...common, basis: basis(ref, '22.4', '22.5', '23.1.1') };
}
