/**
 * Errors a person can read: every failure of a custom function becomes one
 * short Japanese line that starts with `#` and names the field by its Japanese
 * label — never a stack trace, never `NaN`.
 *
 * The sentences come from the library's Japanese catalogue (`MESSAGES_JA`); the
 * English one never reaches the script.
 *
 * | prefix | when |
 * |---|---|
 * | `#入力エラー` | a cell is empty, not of its kind, or refused by the library (`INVALID_INPUT`) |
 * | `#範囲エラー` | a date or an amount outside what the library computes (`DATE_OUT_OF_RANGE`, `AMOUNT_OUT_OF_RANGE`, `HOLIDAY_YEAR_OUT_OF_RANGE`) |
 * | `#約款エラー` | a request the terms do not allow (`EXTENSION_NOT_WHOLE_MONTHS`, `NOT_ALLOWED_BY_TERMS`, `TERMS_NOT_IN_FORCE`) |
 * | `#内部エラー` | anything else (a defect: the library throws only `TermsError`) |
 *
 * @module
 */
import { MESSAGES_JA } from '../core/messages-ja.js';
import { errorTitle, renderIssue } from '../core/messages.js';
import { isTermsError } from '../index.js';

/** The Japanese label of the field at an issue path (`requestedDate`, `options.rounding`, `options.companyHolidays.2`). */
export type LabelOf = (path: string) => string;

/**
 * `#入力エラー: <label><predicate>` — the message for a cell that could not be read.
 *
 * @example
 * ```ts
 * import { inputError } from '../../src/spreadsheet/messages.js';
 * inputError('解約希望日', 'は日付にしてください');
 * //=> '#入力エラー: 解約希望日は日付にしてください'
 * ```
 */
export function inputError(label: string, predicate: string): string {
  return `#入力エラー: ${label}${predicate}`;
}

/** 第13条5項「1か月単位で」: the message for every number of months an extension cannot have. */
export const EXTENSION_MONTHS = '#約款エラー: 延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）';

/** The message of a problem with the formula itself (its shape, not a cell): thrown, so Sheets shows `#ERROR!` with it. */
export class FormulaError extends Error {}

/**
 * The message for anything a library call threw: `#<title>: <sentence>` from the
 * library's Japanese catalogue (`MESSAGES_JA`, by the error's code and each issue's
 * kind), naming the field by its Japanese label. `notes` holds the Japanese
 * sentence for each of the library's own checks of a field (by issue path), for a
 * cell that was read fine but breaks a rule (a requested date before the notice, a
 * termination date that is no month end); a note that starts with `#` is the whole
 * message for any error at its path (第13条5項's for every bad number of months).
 * Only the first issue is shown: a cell holds one line.
 *
 * @example
 * ```ts
 * import { customerTermination } from 'cloud-ops-terms';
 * import { errorMessage } from '../../src/spreadsheet/messages.js';
 * let message = '';
 * try {
 *   customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-05-01' });
 * } catch (e) {
 *   message = errorMessage(e, () => '解約希望日', { requestedDate: '解約希望日が通知の到達日より前です' });
 * }
 * message;
 * //=> '#入力エラー: 解約希望日が通知の到達日より前です'
 * ```
 */
export function errorMessage(error: unknown, labelOf: LabelOf, notes: Readonly<Record<string, string>> = {}): string {
  if (!isTermsError(error)) return '#内部エラー: 計算できませんでした';
  const issue = error.issues[0] ?? { path: 'input', message: '' };
  if (notes[issue.path]?.startsWith('#')) return notes[issue.path] as string;
  if (error.code === 'EXTENSION_NOT_WHOLE_MONTHS') return EXTENSION_MONTHS;
  const note = error.code === 'INVALID_INPUT' && Object.hasOwn(notes, issue.path) ? notes[issue.path] : undefined;
  return `#${errorTitle(error, MESSAGES_JA)}: ${note ?? renderIssue(issue, error.code, MESSAGES_JA, { label: labelOf })}`;
}
