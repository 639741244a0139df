/**
 * Messages are data: the sentence of every {@link TermsErrorCode} and every
 * {@link IssueKind} lives in a catalogue, one per language (`messages-ja.ts`,
 * `messages-en.ts`), and this module renders a {@link TermsError} with one of them.
 * The library keeps codes and structured issues (path, kind, params); only a human
 * edge (the CLI, the spreadsheet, a host's UI) turns them into prose. The
 * spreadsheet script imports the Japanese catalogue alone, so the English one never
 * reaches it.
 *
 * @module
 */
import type { IssueKind, IssueParams, TermsError, TermsErrorCode, TermsIssue } from './errors.js';

/** A sentence with `{name}` holes: `{field}` (the label of the path), `{message}` (the library's English message) and the issue's params. */
export type Template = string;

/** The messages of one language. */
export interface MessageCatalogue {
  /** What a list of values is joined with (`'、'`, `', '`). */
  readonly separator: string;
  /** An empty list (`なし`, `none`). */
  readonly none: string;
  /** Each code: a short title (`入力エラー`) and the sentence of an issue without a kind of its own. */
  readonly codes: Readonly<Record<TermsErrorCode, { readonly title: string; readonly sentence: Template }>>;
  /** Each kind of issue: its sentence. */
  readonly issues: Readonly<Record<IssueKind, Template>>;
  /** Added after a sentence when the issue says what it received (`{received}`). */
  readonly received: Template;
  /** Added after the sentence of an `INVALID_INPUT` issue of no kind when `detail` is asked for (`{message}`; empty where the sentence is the message). */
  readonly detail: Template;
  /** The words `describeValue` uses for what is not a number or a string, in this language. */
  readonly values: Readonly<Record<string, string>>;
}

/** How to render: the user's words for a path (a flag, a column's label). */
export interface RenderOptions {
  /** The user's name for the field at `path` (default: the path). */
  readonly label?: (path: string) => string;
  /** Add the library's English message after a sentence that does not come from the issue's kind. */
  readonly detail?: boolean;
}

/** Fills the `{name}` holes of `template`; a list is quoted and joined, a hole without a value is left as it is. */
export function fill(template: Template, values: IssueParams, catalogue: MessageCatalogue): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (hole, name: string) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    if (v === undefined) return hole;
    if (!Array.isArray(v)) return String(v);
    return v.length === 0 ? catalogue.none : v.map((x) => `'${x}'`).join(catalogue.separator);
  });
}

/** One issue as one sentence of `catalogue`, naming the field by `label`. */
export function renderIssue(
  issue: TermsIssue,
  code: TermsErrorCode,
  catalogue: MessageCatalogue,
  options: RenderOptions = {},
): string {
  const label = options.label ?? String;
  const field = label(issue.path);
  const params = issue.params ?? {};
  const own = issue.kind !== undefined && issue.kind !== 'rule' ? catalogue.issues[issue.kind] : undefined;
  // `other` names a second field (`not-before`): in the user's words too.
  const other = typeof params.other === 'string' ? { other: label(params.other) } : {};
  const values: IssueParams = { ...params, ...other, field, message: issue.message };
  if (own === undefined) {
    const sentence = fill((catalogue.codes[code] ?? catalogue.codes.INVALID_INPUT).sentence, values, catalogue);
    return options.detail === true && code === 'INVALID_INPUT'
      ? sentence + fill(catalogue.detail, values, catalogue)
      : sentence;
  }
  const received = typeof params.received === 'string' ? (catalogue.values[params.received] ?? params.received) : '';
  const sentence = fill(own, values, catalogue);
  return received === '' ? sentence : sentence + fill(catalogue.received, { received }, catalogue);
}

/** The title of an error's code in `catalogue` (`入力エラー`, `invalid input`). */
export function errorTitle(error: Pick<TermsError, 'code'>, catalogue: MessageCatalogue): string {
  return (catalogue.codes[error.code] ?? catalogue.codes.INVALID_INPUT).title;
}

/** Every issue of `error`, one sentence each, in `catalogue`'s language. */
export function renderIssues(error: TermsError, catalogue: MessageCatalogue, options: RenderOptions = {}): string[] {
  return error.issues.map((issue) => renderIssue(issue, error.code, catalogue, options));
}
