/**
 * The help a sheet shows while a person types a custom function: a one-line
 * description, a line per argument and one for the answer. build.ts writes it
 * as each function's JSDoc in dist/sheets/Code.js; it is not part of the
 * script's code (only of its comments). test/spreadsheet/help.test.ts checks
 * that it covers every function and argument of functions.ts.
 *
 * An argument's line is its Japanese label (from functions.ts) followed by the
 * text here, if any; an option's line lists its values (docs/interpretations.md).
 *
 * @module
 */
import { lateInterestRateText } from '../core/terms-numbers.js';

/** The help of one custom function. */
export interface FunctionHelpText {
  /** The one-line description (with the provision it answers from). */
  readonly summary: string;
  /** What the answer is. */
  readonly result: string;
  /** More about an argument than its label says, by key. */
  readonly args?: Readonly<Record<string, string>>;
}

/** The values of each option argument, shared by every function that takes it. */
export const OPTION_HELP: Readonly<Record<string, string>> = {
  rounding: 'floor（切捨て、既定）・half-up（四捨五入）・ceil（切上げ）（I-06）',
  deadlineCounting: 'civil-code（民法の数え方、既定）・naive（日数を単純に引く）（I-02）',
  extensionFee: 'replaces（2倍の料金が通常料金に代わる、既定）・in-addition（通常料金も支払う）（I-05）',
  firstMonthDays: 'literal（開始日の翌日から数える、既定）・inclusive（開始日も数える）（I-07）',
  dayCount: 'act/365-fixed（常に365日、既定）・act/act（うるう年は366日）（I-10）',
  bankHolidayShift:
    'as-written（そのまま、既定）・next-bank-day（翌銀行営業日）・previous-bank-day（前銀行営業日）（I-11）',
  companyHolidays: '日付のセル範囲（I-12）',
};

/** The help of every custom function, by name. */
export const SHEET_FUNCTION_HELP: Readonly<Record<string, FunctionHelpText>> = {
  TERMS_BILLING_START: {
    summary: '課金開始日（第9条6項）：利用開始予定日と提供準備の整った日の遅い方。',
    result: '課金開始日（利用開始日）',
  },
  TERMS_CHANGE_NOTICE_DEADLINE: {
    summary: '変更通知の期限（第10条1項）：変更予定日の7日前までに書面が到達すべき最終日。',
    result: '通知期限',
  },
  TERMS_NON_RENEWAL_DEADLINE: {
    summary: '更新しない旨の通知期限（第11条1項）：期間満了1か月前までの最終日。',
    result: '通知期限',
  },
  TERMS_RENEWAL_CHANGE_DEADLINE: {
    summary: '更新後の条件変更を当社が通知する期限（第11条2項）：期間満了の前々月末日。',
    result: '通知期限',
  },
  TERMS_RENEWED_TERM_START: {
    summary: '自動更新後の利用期間の初日（第11条1項）：期間満了の翌日。',
    result: '更新後の初日',
  },
  TERMS_RENEWED_TERM_END: {
    summary: '自動更新後の利用期間の末日（第11条1項）：満了の翌日から1年間。',
    result: '更新後の末日',
  },
  TERMS_EARLY_TERMINATION_FEE: {
    summary: '最低利用期間内の解約で支払う残余期間の料金（第12条2項、I-09）。',
    result: '残余期間の料金（円）',
    args: { minimumTermMonths: '月数' },
  },
  TERMS_TERMINATION_DATE: {
    summary: '契約者による解約の解約日（第13条1項・2項、I-04）：常に月末。',
    result: '解約日',
    args: { requestedDate: '書面に記載がなければ空欄' },
  },
  TERMS_TERMINATION_DEEMED: {
    summary: '解約日が第13条2項により到達日の翌月末日とみなされたか（TRUE／FALSE）。',
    result: 'みなし解約日なら TRUE',
    args: { requestedDate: '書面に記載がなければ空欄' },
  },
  TERMS_EXTENDED_TERMINATION_DATE: {
    summary: '延長後の解約日（第13条5項）：当初の解約日から延長月数後の月末。',
    result: '延長後の解約日',
    args: { months: '1以上の整数' },
  },
  TERMS_EXTENSION_FEE: {
    summary: '延長手数料（第13条5項）：延長月数 × 通常料金の2倍。',
    result: '延長手数料（円）',
    args: { months: '1以上の整数' },
  },
  TERMS_EXTENSION_TOTAL: {
    summary: '延長期間に支払う総額（第13条5項、I-05）：延長手数料と、読み方によっては通常料金。',
    result: '支払総額（円）',
    args: { months: '1以上の整数' },
  },
  TERMS_DISCONTINUATION_NOTICE_DEADLINE: {
    summary: '本サービス廃止の通知期限（第15条1項1号）：廃止日の30日前までの最終日。',
    result: '通知期限',
    args: { discontinuationDate: 'サービス提供の最終日' },
  },
  TERMS_DISCONTINUATION_REFUND: {
    summary: '本サービス廃止時の返還額（第15条2項、I-08）：未提供の日数 × 月額料金 ÷ 30、支払済み額まで。',
    result: '返還額（円）',
    args: { discontinuationDate: 'サービス提供の最終日' },
  },
  TERMS_MONTHLY_DUE_DATE: {
    summary: '月額料金の支払期日（第25条3項、I-11）：利用月の前月末日。',
    result: '支払期日',
    args: { serviceMonth: '2027-05、2027年5月、またはその月の日付' },
  },
  TERMS_FIRST_MONTH_FEE: {
    summary: '利用開始月の料金（第25条4項、I-07）：1日開始でなければ日割り。',
    result: '初月の料金（円）',
  },
  TERMS_LATE_INTEREST: {
    summary: `遅延損害金（第26条、I-10）：年${lateInterestRateText()}、支払期日の翌日から支払日まで。`,
    result: '遅延損害金（円）',
  },
  TERMS_LIABILITY_CAP: {
    summary: '当社が賠償する額（第29条、I-13）：過失なしは0、軽過失なら通常損害を月額料金1か月分まで。',
    result: '賠償額（円）',
    args: {
      fault: 'none（過失なし）・ordinary（軽過失）・gross-negligence（重過失）・willful（故意）',
      damageKind: 'ordinary（通常損害）・special（特別損害）',
    },
  },
  TERMS_IS_HOLIDAY: {
    summary: '国民の祝日・休日か（TRUE／FALSE）。1955年〜2099年。',
    result: '祝日・休日なら TRUE',
  },
  TERMS_HOLIDAY_NAME: {
    summary: '国民の祝日・休日の名称（内閣府の表記）。祝日でなければ空欄。',
    result: '名称',
  },
  TERMS_IS_BUSINESS_DAY: {
    summary: '当社営業日か（TRUE／FALSE）（サービス仕様書 第1 5、I-12）：祝日と当社休業日を除く平日。',
    result: '営業日なら TRUE',
  },
  TERMS_NEXT_BUSINESS_DAY: {
    summary: '翌営業日（サービス仕様書 第1 5、I-12）：その日より後の最初の当社営業日。',
    result: '翌営業日',
  },
  TERMS_IS_SUPPORT_OPEN: {
    summary: 'サポートの対応時間内か（TRUE／FALSE）（サービス仕様書 第1 5、I-12）：営業日の10時〜19時。',
    result: '対応時間内なら TRUE',
    args: { at: '日時のセル、または 2027-04-05 10:30（日本時間）' },
  },
};
