/**
 * 第20条（ID 及びパスワードの管理） — ID and password duties, and who bears misuse.
 *
 * > 1 当社は、契約者が本サービス利用の際に必要な ID 及びパスワードを契約者に通知します。
 * > 2 契約者は、前項により発行された ID 及びパスワードを、契約者の責任において厳重に管理するものと
 * > します。契約者がパスワードの変更をできないサービス又は機能である場合を除き、契約者は、第三者に
 * > よる不正アクセス等を防止するため、容易に推測されない適切なパスワードを設定し、適宜これを変更
 * > するものとします。
 * > 3 第三者が契約者の ID 及びパスワードを用いて、本サービスを利用した場合、当該行為は契約者の行為と
 * > みなされるものとし、契約者はかかる利用についての利用料金の支払いその他の債務の一切を負担する
 * > ものとします。
 * > 4 当社は、契約者の ID 及びパスワードが不正に使用されたことにより契約者に生じた損害について、
 * > 一切の責任を負わないものとします。
 * > 5 契約者は、契約者が第2項に反したために当社に損害を生じた場合は、これを賠償する責任を負うもの
 * > とします。
 * > 6 第3項乃至第5項の規定は、当社の故意又は過失により契約者のID及びパスワードが第三者に漏えいした
 * > ことに起因する場合は適用されません。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo, type ProvisionRef } from '../core/provisions.js';
import { booleanField, enumField, parseInput } from '../core/schema.js';
import { provisionList, type IdOf } from './provision-list.js';

/** 第20条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_20 = articleInfo(20);

/** 20.2: the customer's duties over its ID and password. */
export const CREDENTIAL_DUTIES = provisionList([
  {
    id: 'manage-strictly',
    ref: '20.2',
    ja: '契約者の責任において厳重に管理する',
    en: 'Keep the ID and password strictly, on its own responsibility.',
  },
  {
    id: 'set-strong-password',
    ref: '20.2',
    ja: '容易に推測されない適切なパスワードを設定し',
    en: 'Set a suitable password that is not easily guessed (unless the service does not let the customer change it).',
  },
  {
    id: 'change-password',
    ref: '20.2',
    ja: '適宜これを変更する',
    en: 'Change it from time to time (unless the service does not let the customer change it).',
  },
] as const);

export type CredentialDuty = IdOf<typeof CREDENTIAL_DUTIES>;

export interface CredentialDutiesInput {
  /** Whether the service or function lets the customer change the password. */
  readonly customerCanChangePassword: boolean;
}

export interface CredentialDutiesResult extends WithBasis {
  readonly duties: CredentialDuty[];
}

const CredentialDutiesInput = z.object({ customerCanChangePassword: booleanField });

/**
 * 第20条2項: the customer always keeps its ID and password strictly; it sets a
 * hard-to-guess password and changes it from time to time, except where the
 * service or function does not let it change the password.
 *
 * @example
 * ```ts
 * import { credentialDuties } from 'cloud-ops-terms';
 * credentialDuties({ customerCanChangePassword: true }).duties;
 * //=> ['manage-strictly', 'set-strong-password', 'change-password']
 * credentialDuties({ customerCanChangePassword: false });
 * //=> { duties: ['manage-strictly'], basis: ['20.2'] }
 * ```
 */
export function credentialDuties(input: CredentialDutiesInput): CredentialDutiesResult {
  const { customerCanChangePassword } = parseInput(CredentialDutiesInput, input);
  const duties = CREDENTIAL_DUTIES.map((d) => d.id).filter(
    (id) => customerCanChangePassword || id === 'manage-strictly',
  );
  return { duties, basis: basis('20.2') };
}

/**
 * The company's part in the leak of the ID and password to the third party.
 * 20.6 speaks of 故意又は過失 — intent or **ordinary** negligence — so any
 * fault at all lifts 20.3–20.5, unlike 第29条 and 第30条1項2号, which need
 * gross negligence (重大な過失).
 */
export type CompanyFaultInLeak = 'none' | 'negligence' | 'gross-negligence' | 'intent';

export interface IdMisuseConsequencesInput {
  /** Whether the leak of the ID and password to the third party came from the company's fault (20.6). */
  readonly companyFaultInLeak: CompanyFaultInLeak;
  /** Whether the customer failed its duties of 20.2 (strict keeping, a strong password changed from time to time). */
  readonly customerBreachedDuties: boolean;
}

export interface IdMisuseConsequencesResult extends WithBasis {
  /** 20.6: the leak came from the company's intent or negligence, so 20.3–20.5 do not apply. */
  readonly exceptionApplies: boolean;
  /** 20.3: the third party's use counts as the customer's, which pays its fees and every other debt from it. */
  readonly useDeemedCustomers: boolean;
  /** 20.4: the company bears no liability for the customer's damage from the misuse. */
  readonly companyExempt: boolean;
  /** 20.5: the customer compensates the company's damage caused by its breach of 20.2. */
  readonly customerLiableForCompanyDamage: boolean;
  /**
   * Who bears the consequences under 第20条: `'customer'`, or `'general-law'`
   * where 20.6 sets 20.3–20.5 aside and the ordinary rules of Japanese law
   * (第7条; 民法415条, 709条) decide, with the company's fault in the leak.
   */
  readonly bearer: 'customer' | 'general-law';
}

const IdMisuseConsequencesInput = z.object({
  companyFaultInLeak: enumField(['none', 'negligence', 'gross-negligence', 'intent'] as const),
  customerBreachedDuties: booleanField,
});

/**
 * 第20条3項–6項: a third party used the service with the customer's ID and
 * password. The use counts as the customer's, who pays for it (20.3); the
 * company is not liable for the customer's damage (20.4); and where the
 * customer breached 20.2, it compensates the company's damage (20.5) — unless
 * the ID and password leaked to the third party through the company's intent
 * **or negligence** (20.6), in which case none of 20.3–20.5 applies.
 *
 * @example
 * ```ts
 * import { idMisuseConsequences } from 'cloud-ops-terms';
 * idMisuseConsequences({ companyFaultInLeak: 'none', customerBreachedDuties: true });
 * //=> { exceptionApplies: false, useDeemedCustomers: true, companyExempt: true, customerLiableForCompanyDamage: true, bearer: 'customer', basis: ['20.3', '20.4', '20.5'] }
 * // Ordinary negligence is enough for 20.6 (故意又は過失).
 * idMisuseConsequences({ companyFaultInLeak: 'negligence', customerBreachedDuties: true });
 * //=> { exceptionApplies: true, useDeemedCustomers: false, companyExempt: false, customerLiableForCompanyDamage: false, bearer: 'general-law', basis: ['20.6'] }
 * ```
 */
export function idMisuseConsequences(input: IdMisuseConsequencesInput): IdMisuseConsequencesResult {
  const { companyFaultInLeak, customerBreachedDuties } = parseInput(IdMisuseConsequencesInput, input);
  if (companyFaultInLeak !== 'none') {
    return {
      exceptionApplies: true,
      useDeemedCustomers: false,
      companyExempt: false,
      customerLiableForCompanyDamage: false,
      bearer: 'general-law',
      basis: basis('20.6'),
    };
  }
  const refs: ProvisionRef[] = customerBreachedDuties ? ['20.3', '20.4', '20.5'] : ['20.3', '20.4'];
  return {
    exceptionApplies: false,
    useDeemedCustomers: true,
    companyExempt: true,
    customerLiableForCompanyDamage: customerBreachedDuties,
    bearer: 'customer',
    basis: basis(...refs),
  };
}
