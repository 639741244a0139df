/**
 * `formatTermsError`: a {@link TermsError} in the user's language, for a human edge
 * (the CLI renders every error with it; a host's UI may too).
 *
 * @module
 */
import { TermsError, describeValue, isTermsError } from './errors.js';
import { errorTitle, renderIssue, type MessageCatalogue, type RenderOptions } from './messages.js';
import { MESSAGES_EN } from './messages-en.js';
import { MESSAGES_JA } from './messages-ja.js';

/** A language of the messages: Japanese (the default) or English. */
export type MessageLang = 'ja' | 'en';

/** The message catalogues, by language. */
export const MESSAGE_CATALOGUES: Readonly<Record<MessageLang, MessageCatalogue>> = Object.freeze({
  ja: MESSAGES_JA,
  en: MESSAGES_EN,
});

/** How {@link formatTermsError} renders. */
export interface FormatTermsErrorOptions extends RenderOptions {
  /** `'ja'` (default) or `'en'`. */
  readonly lang?: MessageLang;
  /** Where the input came from, said before each sentence (`contract bad.json`). */
  readonly source?: string;
}

/**
 * One line per issue of `error`: the title of its code, then the sentence for the
 * issue in `lang` from the catalogue by the issue's kind, with what was received,
 * naming each field by `label` (default: its path). An issue of no kind of its own
 * (a rule of one provision) gets its code's sentence; `detail: true` adds the
 * library's English message to a Japanese one.
 *
 * @example
 * ```ts
 * import { customerTermination, formatTermsError } from 'cloud-ops-terms';
 * let error: unknown;
 * try {
 *   customerTermination({ noticeReceivedOn: '2027-02-30' });
 * } catch (e) {
 *   error = e;
 * }
 * formatTermsError(error);
 * //=> "入力エラー: noticeReceivedOnには日付（YYYY-MM-DD）を指定してください（入力: '2027-02-30'）"
 * formatTermsError(error, { lang: 'en', label: () => '--received' });
 * //=> "invalid input: --received: expected a date 'YYYY-MM-DD', got '2027-02-30'"
 * ```
 */
export function formatTermsError(error: unknown, options: FormatTermsErrorOptions = {}): string {
  // `instanceof` alone would pass an object made from TermsError's prototype without its issues.
  if (!isTermsError(error) || !Array.isArray(error.issues)) {
    throw new TermsError('INVALID_INPUT', [
      {
        path: 'error',
        message: `expected a TermsError, got ${describeValue(error)}`,
        kind: 'type',
        params: { expected: 'TermsError', received: describeValue(error) },
      },
    ]);
  }
  const {
    lang = 'ja',
    label = String,
    detail = false,
    source,
  } = typeof options === 'object' && options !== null ? options : {};
  if (lang !== 'ja' && lang !== 'en') {
    throw new TermsError('INVALID_INPUT', [
      {
        path: 'options.lang',
        message: `expected one of 'ja', 'en', got ${describeValue(lang)}`,
        kind: 'one-of',
        params: { values: ['ja', 'en'], received: describeValue(lang) },
      },
    ]);
  }
  const catalogue = MESSAGE_CATALOGUES[lang];
  const name = (path: string) => String(typeof label === 'function' ? label(path) : path);
  const title =
    typeof source === 'string' && source !== ''
      ? `${errorTitle(error, catalogue)}: ${source}`
      : errorTitle(error, catalogue);
  return error.issues
    .map((issue) => `${title}: ${renderIssue(issue, error.code, catalogue, { label: name, detail })}`)
    .join('\n');
}
