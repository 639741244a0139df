/**
 * Issue 18 §1: messages are data. One catalogue per language (Japanese, English) holds
 * a title and a sentence for every TermsError code and a sentence for every kind of
 * issue; formatTermsError renders an error with it, naming fields in the user's words.
 */
import { describe, expect, it } from 'vitest';
import {
  ISSUE_KINDS,
  MESSAGES_EN,
  MESSAGES_JA,
  MESSAGE_CATALOGUES,
  TermsError,
  customerTermination,
  formatTermsError,
  lateInterest,
  type TermsErrorCode,
} from '../../src/index.js';
import { renderIssue } from '../../src/core/messages.js';
import { expectTermsError } from '../support/assert.js';

/** The codes of TermsErrorCode, as errors.ts documents them. */
const CODES: readonly TermsErrorCode[] = [
  'INVALID_INPUT',
  'DATE_OUT_OF_RANGE',
  'AMOUNT_OUT_OF_RANGE',
  'HOLIDAY_YEAR_OUT_OF_RANGE',
  'TERMS_NOT_IN_FORCE',
  'EXTENSION_NOT_WHOLE_MONTHS',
  'NOT_ALLOWED_BY_TERMS',
  'INVALID_OPERATION',
];

const holes = (template: string) => [...template.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

function caught(fn: () => unknown): TermsError {
  try {
    fn();
  } catch (e) {
    return e as TermsError;
  }
  throw new Error('expected a TermsError');
}

describe('the catalogues', () => {
  it('have a title and a sentence for every code, in Japanese and in English', () => {
    for (const catalogue of [MESSAGES_JA, MESSAGES_EN]) {
      expect(Object.keys(catalogue.codes).sort()).toEqual([...CODES].sort());
      for (const code of CODES) {
        expect(catalogue.codes[code].title, code).not.toBe('');
        expect(catalogue.codes[code].sentence, code).not.toBe('');
      }
    }
  });

  it('have a sentence for every kind of issue, in Japanese and in English, with the same holes', () => {
    expect(Object.keys(MESSAGES_JA.issues).sort()).toEqual([...ISSUE_KINDS].sort());
    expect(Object.keys(MESSAGES_EN.issues).sort()).toEqual([...ISSUE_KINDS].sort());
    for (const kind of ISSUE_KINDS) {
      expect(MESSAGES_JA.issues[kind], kind).toMatch(/\{field\}/);
      // English sentences say the field first, then what was expected.
      expect(MESSAGES_EN.issues[kind], kind).toMatch(/^\{field\}: /);
      expect(holes(MESSAGES_JA.issues[kind]).filter((h) => h !== 'message')).toEqual(
        holes(MESSAGES_EN.issues[kind]).filter((h) => h !== 'message'),
      );
    }
  });

  it('Japanese sentences are Japanese: every one has kana or kanji', () => {
    for (const t of [
      ...Object.values(MESSAGES_JA.issues),
      ...Object.values(MESSAGES_JA.codes).map((c) => c.sentence),
    ]) {
      expect(t).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('are listed by language', () => {
    expect(MESSAGE_CATALOGUES).toEqual({ ja: MESSAGES_JA, en: MESSAGES_EN });
  });
});

describe('formatTermsError', () => {
  const badDate = caught(() => customerTermination({ noticeReceivedOn: '2027-02-30' }));

  it('keeps codes and structured issues: path, kind, what was received', () => {
    expect(badDate.code).toBe('INVALID_INPUT');
    expect(badDate.issues).toEqual([
      {
        path: 'noticeReceivedOn',
        message: "expected a day that exists in 2027-02 (01–28), got '2027-02-30'",
        kind: 'date',
        params: { received: "'2027-02-30'" },
      },
    ]);
  });

  it('speaks Japanese by default and English on request, naming the field in the user’s words', () => {
    expect(formatTermsError(badDate)).toBe(
      "入力エラー: noticeReceivedOnには日付（YYYY-MM-DD）を指定してください（入力: '2027-02-30'）",
    );
    expect(formatTermsError(badDate, { lang: 'en', label: () => '--received' })).toBe(
      "invalid input: --received: expected a date 'YYYY-MM-DD', got '2027-02-30'",
    );
    expect(formatTermsError(badDate, { label: () => '通知の到達日', source: '3行目' })).toBe(
      "入力エラー: 3行目: 通知の到達日には日付（YYYY-MM-DD）を指定してください（入力: '2027-02-30'）",
    );
  });

  it('names the other field of a date order in the user’s words too (第13条: no request before the notice)', () => {
    const e = caught(() => customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-05-01' }));
    const flags: Record<string, string> = { noticeReceivedOn: '--received', requestedDate: '--requested' };
    const label = (path: string) => flags[path] ?? path;
    expect(formatTermsError(e, { label })).toBe(
      "入力エラー: --requestedには--received（2027-05-20）以降の日付を指定してください（入力: '2027-05-01'）",
    );
    expect(formatTermsError(e, { lang: 'en', label })).toBe(
      "invalid input: --requested: expected a date on or after --received (2027-05-20), got '2027-05-01'",
    );
  });

  it('an option a function does not read, in both languages', () => {
    const e = caught(() =>
      // biome-ignore lint/suspicious/noExplicitAny: not an option of lateInterest
      lateInterest({ amount: 1, dueDate: '2027-05-31', paidOn: '2027-06-30' }, { roundng: 'x' } as any),
    );
    expect(formatTermsError(e)).toBe(
      "入力エラー: options.roundngというオプションはありません（lateInterestのオプション: 'dayCount'、'rounding'）",
    );
    expect(formatTermsError(e, { lang: 'en' })).toBe(
      "invalid input: options.roundng: no such option (lateInterest reads 'dayCount', 'rounding')",
    );
  });

  it('an issue of no kind gets its code’s sentence, and the English message on request', () => {
    const e = new TermsError('INVALID_INPUT', [{ path: 'x', message: 'expected something else' }]);
    expect(formatTermsError(e)).toBe('入力エラー: xの値が正しくありません');
    expect(formatTermsError(e, { detail: true })).toBe(
      '入力エラー: xの値が正しくありません（expected something else）',
    );
    expect(formatTermsError(e, { lang: 'en' })).toBe('invalid input: x: expected something else');
    const range = new TermsError('DATE_OUT_OF_RANGE', [{ path: 'date', message: 'the computed date is outside' }]);
    expect(formatTermsError(range)).toBe('範囲エラー: 計算した日付が1900年〜2199年の範囲を超えます');
  });

  it('says in Japanese what was received when it is not a number or a string', () => {
    const e = new TermsError('INVALID_INPUT', [
      { path: 'a', message: 'm', kind: 'date', params: { received: 'nothing' } },
      { path: 'b', message: 'm', kind: 'list', params: { received: 'an object' } },
    ]);
    expect(formatTermsError(e)).toBe(
      '入力エラー: aには日付（YYYY-MM-DD）を指定してください（入力: なし）\n入力エラー: bにはリストを指定してください（入力: オブジェクト）',
    );
  });

  it('refuses what is not a TermsError, and a language it does not know', () => {
    expectTermsError(() => formatTermsError(new Error('x')), 'error');
    // biome-ignore lint/suspicious/noExplicitAny: a language the catalogue does not have
    expectTermsError(() => formatTermsError(badDate, { lang: 'fr' } as any), 'options.lang');
  });

  it('renderIssue leaves a hole it has no value for, rather than inventing one', () => {
    const issue = { path: 'p', message: 'm', kind: 'whole-number' as const, params: { min: 1 } };
    expect(renderIssue(issue, 'INVALID_INPUT', MESSAGES_JA)).toBe('pには1から{max}までの整数を指定してください');
  });
});
