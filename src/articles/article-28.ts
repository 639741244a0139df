/**
 * 第28条（個人情報の取扱い） — personal information: use within purpose, the company's purposes, survival.
 *
 * > 1 契約者及び当社は、本サービスの遂行その他利用契約に関連して相手方より提供を受けた情報に含まれる
 * > 個人情報（…）を、本サービス遂行目的の範囲内でのみ使用し、第三者に開示又は漏えいしないものとする
 * > とともに、個人情報の保護に関する法律その他個人情報の保護に関する関連法令、ガイドライン等を遵守する
 * > ものとします。
 * > 2 前項の規定にかかわらず、当社は、当社プライバシーポリシーの定めに従い、契約者にかかる個人情報
 * > （…）を次に定める業務等に必要な範囲において利用することとします。(1) … (7)
 * > 3 本条の規定は、利用契約終了後も有効に存続するものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { invalidInput } from '../core/errors.js';
import { articleInfo } from '../core/provisions.js';
import { enumField, parseInput } from '../core/schema.js';
import { idsOf, itemById, provisionList, provisionPhrase, type IdOf } from './provision-list.js';

/** 第28条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_28 = articleInfo(28);

/**
 * 28.2 items 1–7: what the company may use the customer's personal
 * information for (besides performing the service, 28.1), to the extent
 * necessary and under its privacy policy.
 */
export const PERSONAL_INFORMATION_PURPOSES = provisionList([
  {
    id: 'customer-support',
    ref: '28.2.1',
    ja: '契約者からのお問合せへの対応、当社サービスの利用に関する手続の案内又は情報の提供などの契約者に対する取扱業務',
    en: "Dealing with the customer: answering its enquiries, guiding it through procedures for using the company's services, giving it information.",
  },
  {
    id: 'billing',
    ref: '28.2.2',
    ja: '課金計算及び料金請求にかかる業務',
    en: 'Computing charges and billing.',
  },
  {
    id: 'market-research',
    ref: '28.2.3',
    ja: '市場調査及びその分析',
    en: 'Market research and its analysis.',
  },
  {
    id: 'marketing',
    ref: '28.2.4',
    ja: '当社又は他者の商品、サービス及びキャンペーンの案内等',
    en: "Announcing the company's or others' products, services and campaigns.",
  },
  {
    id: 'carrier-provision',
    ref: '28.2.5',
    ja: '当社以外の電気通信事業者が提供する通信回線及び電気通信設備を利用するために契約者の個人情報の提供が必要な場合',
    en: 'Providing it where needed to use lines and facilities of other telecommunications carriers.',
  },
  {
    id: 'maintenance-contractor-provision',
    ref: '28.2.6',
    ja: '本サービスの設備等の保守等のために保守業者等に契約者の個人情報の提供が必要な場合',
    en: "Providing it to maintenance contractors where needed to maintain the service's facilities.",
  },
  {
    id: 'works-and-incidents',
    ref: '28.2.7',
    ja: '本サービスの提供についての工事、保守又は障害対応等の取扱業務',
    en: 'Works, maintenance and incident handling for providing the service.',
  },
] as const);

/** The id of a purpose of 28.2. */
export type PersonalInformationPurposeId = IdOf<typeof PERSONAL_INFORMATION_PURPOSES>;

/** 28.3: 第28条 survives the contract with no time limit (unlike 第27条, one year). */
export const PERSONAL_INFORMATION_SURVIVAL = provisionPhrase({
  ref: '28.3',
  ja: '本条の規定は、利用契約終了後も有効に存続するものとします。',
  en: 'This article survives the end of the service contract.',
  limit: 'none',
} as const);

export interface PersonalInformationUseInput {
  /** Who uses the information received from the other party. */
  readonly user: 'company' | 'customer';
  /** The use: performing the service (28.1), a purpose of 28.2, or anything else (`'other'`). */
  readonly purpose: 'service-performance' | PersonalInformationPurposeId | 'other';
  /**
   * Whose personal information it is: the customer's — its officers',
   * employees' and other related persons' included (28.2 括弧書き) — or
   * anyone else's, such as the customer's own end users. Needed when the
   * company asks about a purpose of 28.2, which covers the customer's only.
   */
  readonly concerning?: 'customer' | 'others' | undefined;
}

export interface PersonalInformationUseResult extends WithBasis {
  readonly permitted: boolean;
}

const PersonalInformationUseInput = z.object({
  user: enumField(['company', 'customer'] as const),
  purpose: enumField(['service-performance', ...idsOf(PERSONAL_INFORMATION_PURPOSES), 'other']),
  concerning: z.optional(enumField(['customer', 'others'] as const)),
});

/**
 * 第28条1項・2項: either party uses personal information received from the
 * other only to perform the service (28.1). The company may besides use
 * personal information about the customer — its officers, employees and
 * other related persons included — for the seven purposes of 28.2, to the
 * extent necessary and under its privacy policy. Anyone else's personal
 * information (the customer's end users', say) stays within 28.1, and so
 * does every other use.
 *
 * @example
 * ```ts
 * import { personalInformationUse } from 'cloud-ops-terms';
 * personalInformationUse({ user: 'company', purpose: 'marketing', concerning: 'customer' });
 * //=> { permitted: true, basis: ['28.2', '28.2.4'] }
 * personalInformationUse({ user: 'company', purpose: 'marketing', concerning: 'others' });
 * //=> { permitted: false, basis: ['28.1'] }
 * personalInformationUse({ user: 'customer', purpose: 'service-performance' }).permitted;
 * //=> true
 * ```
 */
export function personalInformationUse(input: PersonalInformationUseInput): PersonalInformationUseResult {
  const { user, purpose, concerning } = parseInput(PersonalInformationUseInput, input);
  if (purpose === 'service-performance') return { permitted: true, basis: basis('28.1') };
  if (user === 'company' && purpose !== 'other') {
    if (concerning === undefined) {
      throw invalidInput(
        'concerning',
        "expected 'customer' or 'others': 28.2 covers personal information about the customer only",
      );
    }
    if (concerning === 'customer') {
      return { permitted: true, basis: basis('28.2', itemById(PERSONAL_INFORMATION_PURPOSES, purpose).ref) };
    }
  }
  return { permitted: false, basis: basis('28.1') };
}
