/**
 * The Japanese messages (日本語): the default language of the CLI and the only one of
 * the spreadsheet. Sentences name the field (`{field}`) in the user's words.
 *
 * @module
 */
import type { MessageCatalogue } from './messages.js';

/** 日本語のメッセージ. */
export const MESSAGES_JA: MessageCatalogue = {
  separator: '、',
  none: 'なし',
  codes: {
    INVALID_INPUT: { title: '入力エラー', sentence: '{field}の値が正しくありません' },
    DATE_OUT_OF_RANGE: { title: '範囲エラー', sentence: '計算した日付が1900年〜2199年の範囲を超えます' },
    AMOUNT_OUT_OF_RANGE: { title: '範囲エラー', sentence: '計算した金額が大きすぎます' },
    HOLIDAY_YEAR_OUT_OF_RANGE: {
      title: '範囲エラー',
      sentence: '祝日は1955年〜2099年について計算できます（{field}）',
    },
    TERMS_NOT_IN_FORCE: { title: '約款エラー', sentence: '{field}が約款の制定日（2017年3月1日）より前です' },
    EXTENSION_NOT_WHOLE_MONTHS: {
      title: '約款エラー',
      sentence: '延長は1か月単位（1以上の整数の月数）に限られます（第13条5項）',
    },
    NOT_ALLOWED_BY_TERMS: { title: '約款エラー', sentence: '{field}について約款が認めていない指定です' },
    INVALID_OPERATION: { title: '内部エラー', sentence: '計算できませんでした' },
  },
  issues: {
    date: '{field}には日付（YYYY-MM-DD）を指定してください',
    month: '{field}には年月（YYYY-MM）を指定してください',
    instant: '{field}には時差付きの日時（2027-04-01T09:00:00+09:00 など）を指定してください',
    yen: '{field}には0以上の整数の金額（円）を指定してください',
    boolean: '{field}には true か false を指定してください',
    'whole-number': '{field}には{min}から{max}までの整数を指定してください',
    'one-of': '{field}には{values}のいずれかを指定してください',
    type: '{field}の型が違います（{expected}）',
    object: '{field}には項目名の付いたオブジェクトを指定してください',
    list: '{field}にはリストを指定してください',
    'unexpected-fields': '{field}に不明な項目があります: {fields}',
    'unknown-field': '{field}という項目はありません',
    'too-small': '{field}は{min}以上にしてください',
    'too-big': '{field}は{max}以下にしてください',
    provision: '{field}には約款の条項（13.2、spec.1.5 など）を指定してください',
    'month-end': '{field}には月末の日付を指定してください',
    'options-object': '{field}にはオプションのオブジェクトを指定してください',
    'option-value': '{field}には{values}のいずれかを指定してください（{interpretation}）',
    'date-list': '{field}には日付（YYYY-MM-DD）のリストを指定してください',
    'unknown-option': '{field}というオプションはありません（{function}のオプション: {reads}）',
    'option-not-read': '{field}は{function}では使いません（{function}のオプション: {reads}）',
    'not-before': '{field}には{other}（{date}）以降の日付を指定してください',
    'not-after': '{field}には{other}（{date}）以前の日付を指定してください',
    rule: '{field}の値が正しくありません',
  },
  received: '（入力: {received}）',
  detail: '（{message}）',
  values: {
    nothing: 'なし',
    'an array': 'リスト',
    'an object': 'オブジェクト',
    'a function': '関数',
    'a symbol': 'シンボル',
    'a Date': 'Date',
    'an invalid Date': '無効な Date',
  },
};
