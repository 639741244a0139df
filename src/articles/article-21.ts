/**
 * 第21条（バックアップ） — backups are the customer's responsibility.
 *
 * > 契約者は、本サービスにおいて保存、伝送等するデータ等については、自らの責任でバックアップを
 * > 行うものとし、利用契約に基づき当社がデータ等のバックアップに関するオプションサービスを提供する
 * > 場合を除き、当社はかかるデータ等の保存、バックアップ等に関して、一切の責任を負わないものとします。
 *
 * @module
 */
import * as z from 'zod/mini';
import { basis, type WithBasis } from '../core/basis.js';
import { articleInfo } from '../core/provisions.js';
import { booleanField, parseInput } from '../core/schema.js';

/** 第21条 — title, provisions and the versions of the terms it exists in. */
export const ARTICLE_21 = articleInfo(21);

export interface BackupResponsibilityInput {
  /** Whether the service contract includes the backup option service (サービス仕様書 第2 「バックアップ」). */
  readonly backupOptionContracted: boolean;
}

export interface BackupResponsibilityResult extends WithBasis {
  /** Always true: the customer backs up its data on its own responsibility (自らの責任で). */
  readonly customerMustBackUp: true;
  /** True when 第21条 frees the company from all responsibility for keeping and backing up the data. */
  readonly companyExempt: boolean;
  /**
   * With the backup option: the option itself comes with 「ただし、当社は電磁的記録の
   * 保全を保証するものではありません。」 (spec.2) — no guarantee that records are preserved.
   */
  readonly preservationGuaranteed: false;
}

const BackupResponsibilityInput = z.object({ backupOptionContracted: booleanField });

/**
 * 第21条: the customer backs up, on its own responsibility, the data it keeps
 * or sends in the service; unless the contract gives it the company's backup
 * option service, the company bears no responsibility at all for keeping or
 * backing up that data. Even with the option the company does not guarantee
 * that records are preserved (サービス仕様書 第2), and 第30条2項 still frees it
 * for records damaged or lost through trouble with the service.
 *
 * @example
 * ```ts
 * import { backupResponsibility } from 'cloud-ops-terms';
 * backupResponsibility({ backupOptionContracted: false });
 * //=> { customerMustBackUp: true, companyExempt: true, preservationGuaranteed: false, basis: ['21'] }
 * backupResponsibility({ backupOptionContracted: true });
 * //=> { customerMustBackUp: true, companyExempt: false, preservationGuaranteed: false, basis: ['21', 'spec.2'] }
 * ```
 */
export function backupResponsibility(input: BackupResponsibilityInput): BackupResponsibilityResult {
  const { backupOptionContracted } = parseInput(BackupResponsibilityInput, input);
  return {
    customerMustBackUp: true,
    companyExempt: !backupOptionContracted,
    preservationGuaranteed: false,
    basis: backupOptionContracted ? basis('21', 'spec.2') : basis('21'),
  };
}
