/**
 * How the command-line tool shows results to people: Japanese or English labels, dates
 * written with date-fns in the chosen locale, yen with separators, tables whose columns
 * line up with full-width characters.
 *
 * @module
 */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { ja } from 'date-fns/locale/ja';
import {
  CalendarDate,
  LATE_INTEREST_RATE_TEXT,
  citeJa,
  type ContractTimelineResult,
  type ProvisionRef,
  type TerminationCause,
  type TimelineEvent,
  type TimelineEventKind,
} from '../index.js';
import { fields, table } from './table.js';

export { displayWidth, fields, table } from './table.js';

/** The languages of the tool. */
export type Lang = 'ja' | 'en';

/**
 * The language from the environment's locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
 * that is set; `ja…` gives Japanese, `en…` English, anything else (or nothing) Japanese.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^en/i.test(locale) ? 'en' : 'ja';
}

/**
 * A calendar date for people, written by date-fns from a local-time `Date` built from the
 * date's own fields (noon, so no time zone or DST can move it to another day).
 */
export function formatDate(value: string | CalendarDate, lang: Lang): string {
  const d = typeof value === 'string' ? CalendarDate.parse(value) : value;
  const local = new Date(d.year, d.month - 1, d.day, 12);
  return lang === 'ja'
    ? format(local, 'yyyy年MM月dd日(EEE)', { locale: ja })
    : format(local, 'EEE dd MMM yyyy', { locale: enUS });
}

/** Whole yen for people: `90,000円` / `¥90,000`. */
export function formatYen(amount: number, lang: Lang): string {
  const n = amount.toLocaleString('en-US');
  return lang === 'ja' ? `${n}円` : `¥${n}`;
}

/** Provisions for people: `第13条1項、第13条2項` / `13.1, 13.2`. */
export function formatBasis(refs: readonly ProvisionRef[], lang: Lang): string {
  return lang === 'ja' ? refs.map(citeJa).join('、') : refs.join(', ');
}

export const KIND_LABELS: Readonly<Record<TimelineEventKind, { ja: string; en: string }>> = {
  formation: { ja: '契約成立', en: 'formation' },
  'billing-start': { ja: '課金開始', en: 'billing start' },
  renewal: { ja: '自動更新', en: 'renewal' },
  'terms-change': { ja: '更新後の契約内容の変更', en: 'changed terms at renewal' },
  'contract-change': { ja: '利用契約の変更', en: 'change of contract' },
  'stop-start': { ja: '提供停止・中断', en: 'service stopped' },
  'stop-end': { ja: '停止・中断の終了', en: 'stop ends' },
  'minimum-term-end': { ja: '最低利用期間満了', en: 'minimum term ends' },
  'terms-change-notice-deadline': { ja: '変更通知期限', en: 'terms-change notice by' },
  'non-renewal-notice-deadline': { ja: '更新拒絶期限', en: 'non-renewal notice by' },
  'termination-notice-deadline': { ja: '解約通知期限', en: 'termination notice by' },
  'discontinuation-notice-deadline': { ja: '廃止通知期限', en: 'discontinuation notice by' },
  'initial-fee-due': { ja: '初期費用', en: 'initial fee due' },
  'first-month-fee': { ja: '初月料金', en: 'first month due' },
  'monthly-fee-due': { ja: '月額料金', en: 'monthly fee due' },
  'extension-fee-due': { ja: '延長手数料', en: 'extension fee due' },
  'fee-difference-due': { ja: '変更差額', en: 'fee difference due' },
  'early-termination-fee-due': { ja: '残余期間利用料', en: 'early-termination fee due' },
  'charge-due': { ja: 'その他の料金', en: 'other charge due' },
  payment: { ja: '入金', en: 'payment' },
  'late-interest': { ja: '遅延損害金', en: 'late interest' },
  'due-at-once': { ja: '直ちに支払', en: 'payable at once' },
  extension: { ja: '解約日延長', en: 'extension' },
  discontinuation: { ja: 'サービス廃止', en: 'discontinuation' },
  termination: { ja: '契約終了', en: 'termination' },
  refund: { ja: '返還', en: 'refund' },
  'data-deletion': { ja: 'データ削除可', en: 'data deletable' },
  'confidentiality-end': { ja: '秘密保持終了', en: 'confidentiality ends' },
};

const CAUSE_JA: Readonly<Record<TerminationCause, string>> = {
  customer: '契約者からの解約',
  company: '当社からの解約',
  discontinuation: '本サービスの廃止',
  'non-renewal': '更新拒絶による期間満了',
  expiry: '期間満了（自動更新なし）',
};

const month = (serviceMonth: string | undefined) =>
  serviceMonth === undefined ? '' : `${Number(serviceMonth.slice(0, 4))}年${Number(serviceMonth.slice(5))}月`;
const day = (date: string | undefined) => (date === undefined ? '' : formatShortDate(date, 'ja'));

/** A date inside a sentence: `2025年7月31日` / `31 Jul 2025`. */
export function formatShortDate(value: string | CalendarDate, lang: Lang): string {
  const d = typeof value === 'string' ? CalendarDate.parse(value) : value;
  const local = new Date(d.year, d.month - 1, d.day, 12);
  return lang === 'ja' ? format(local, 'yyyy年M月d日', { locale: ja }) : format(local, 'd MMM yyyy', { locale: enUS });
}

/** What an event means, in Japanese, from its fields. */
/** The Japanese note of a `terms-change` (第11条2項, I-20). */
function termsChangeJa(term: number, fee: number | undefined, months: number | undefined, late: string | undefined) {
  if (late === 'no-effect') return `第${term}期からの契約内容の変更：通知が期限（前々月末日）後のため効力なし（I-20）`;
  const what = [
    ...(fee === undefined ? [] : [`月額料金${formatYen(fee, 'ja')}`]),
    ...(months === undefined ? [] : [`更新期間${months}か月`]),
  ].join('、');
  return late === 'next-renewal'
    ? `第${term}期から契約内容を変更（${what}）：通知が期限後のため次の更新から（I-20）`
    : `第${term}期から契約内容を変更（${what}、第11条2項）`;
}

export function noteJa(e: TimelineEvent): string {
  const yen = (n: number | undefined) => formatYen(n ?? 0, 'ja');
  switch (e.kind) {
    case 'formation':
      return '利用承諾書の受領により利用契約が成立';
    case 'billing-start':
      return e.basis.includes('9.5') ? '利用開始日（準備完了が予定日より遅れたため）' : '利用開始日：月額料金が発生';
    case 'renewal':
      return `第${e.term ?? ''}期の開始（${day(e.through)}まで自動更新）`;
    case 'terms-change':
      return termsChangeJa(e.term, e.monthlyFee, e.renewalMonths, e.late);
    case 'contract-change':
      return `変更後の月額料金${yen(e.monthlyFee)}を適用（${month(e.serviceMonth)}分から）`;
    case 'stop-start':
      return e.basis.includes('25.5')
        ? '本サービスの提供停止（停止期間中も利用料金を支払う、第25条5項）'
        : '本サービスの中断（料金を減じる定めはない、第25条1項2号）';
    case 'stop-end':
      return '停止・中断の最終日';
    case 'minimum-term-end':
      return '最低利用期間の満了日';
    case 'terms-change-notice-deadline':
      return `第${e.term ?? ''}期満了後の更新に向けた変更内容の通知期限（当社）`;
    case 'non-renewal-notice-deadline':
      return `第${e.term ?? ''}期満了時に更新しない旨の意思表示の期限`;
    case 'termination-notice-deadline':
      return '解約の書面が当社に到達すべき期限（解約月の前月末日）';
    case 'discontinuation-notice-deadline':
      return '廃止日の30日前までの通知期限';
    case 'initial-fee-due':
      return '初期費用の支払期日';
    case 'first-month-fee':
      return e.days === undefined
        ? `${month(e.serviceMonth)}分（利用開始月、全額）`
        : `${month(e.serviceMonth)}分（利用開始月、${e.days}日分の日割）`;
    case 'monthly-fee-due':
      return e.basis.includes('13.5')
        ? `${month(e.serviceMonth)}分の通常料金（延長期間）`
        : `${month(e.serviceMonth)}分の月額料金`;
    case 'extension-fee-due':
      return `${month(e.serviceMonth)}分の延長手数料（通常料金の2倍）`;
    case 'fee-difference-due':
      return `${month(e.serviceMonth)}分の変更差額（${e.days ?? 0}日分の日割）`;
    case 'charge-due':
      return `${e.basis.includes('22.4') ? '対応費用の請求（第22条4項）' : '合意による料金（第25条1項3号）'}：${e.description ?? ''}`;
    case 'early-termination-fee-due':
      return '最低利用期間満了までの残余期間の利用料';
    case 'payment':
      return '';
    case 'late-interest':
      return e.outstanding === undefined
        ? `${day(e.dueDate)}期限の${yen(e.principal)}に対し${e.days ?? 0}日分（年${LATE_INTEREST_RATE_TEXT}）`
        : `${day(e.dueDate)}期限の${yen(e.principal)}に対し${e.days ?? 0}日分（年${LATE_INTEREST_RATE_TEXT}）、未払${yen(e.outstanding)}`;
    case 'due-at-once':
      return `未払の料金${yen(e.outstanding)}と遅延損害金${yen(e.interestOutstanding)}を直ちに支払（${e.basis.includes('13.3') ? '第13条3項' : '第14条3項'}）`;
    case 'extension':
      return `解約日を${day(e.through)}まで延長（当社の承諾による）`;
    case 'discontinuation':
      return e.option === undefined
        ? '本サービスの廃止日（この日をもって解約）'
        : 'オプションの廃止日（この日をもってオプション部分を解約、第15条1項）';
    case 'termination':
      if (e.option !== undefined && e.basis.includes('9.3'))
        return '利用変更契約によるオプションの削除（この日が最終日）';
      return `${e.cause === undefined ? '' : CAUSE_JA[e.cause]}${e.deemed === true ? (e.cause === 'company' ? '（通知が遅れたため通知の翌月末日、I-16）' : '（第13条2項のみなし解約日）') : ''}`;
    case 'refund':
      return `提供しない${e.days ?? 0}日分を日割で返還`;
    case 'data-deletion':
      return '契約者のデータ等を通知なく削除できる日';
    case 'confidentiality-end':
      return '秘密保持義務の存続期間の末日';
  }
}

const STATUS: Readonly<Record<ContractTimelineResult['status'], { ja: string; en: string }>> = {
  'not-started': { ja: '利用開始前', en: 'not started' },
  running: { ja: '継続中', en: 'running' },
  ending: { ja: '終了予定', en: 'ending' },
  ended: { ja: '終了', en: 'ended' },
};

/**
 * A timeline as people read it: a summary, then one line per event in a table fitted to
 * `width` columns (the note wrapped, or left out when there is no room) — or, when no
 * event falls in the window, a sentence that says so.
 */
export function timelineText(r: ContractTimelineResult, lang: Lang, width = Number.POSITIVE_INFINITY): string {
  const L = (jaText: string, enText: string) => (lang === 'ja' ? jaText : enText);
  const summary: [string, string][] = [
    [L('契約', 'Contract'), r.id ?? L('（ID なし）', '(no id)')],
    [L('基準日', 'As of'), formatDate(r.asOf, lang)],
    [L('状態', 'Status'), STATUS[r.status][lang]],
    [L('利用開始日', 'Billing start'), formatDate(r.billingStartDate, lang)],
  ];
  if (r.currentTerm !== null) {
    summary.push([
      L('現在の期間', 'Current term'),
      L(
        `第${r.currentTerm.number}期 ${formatDate(r.currentTerm.start, lang)}〜${formatDate(r.currentTerm.end, lang)}`,
        `term ${r.currentTerm.number}, ${formatDate(r.currentTerm.start, lang)} – ${formatDate(r.currentTerm.end, lang)}`,
      ),
    ]);
  }
  summary.push([
    L('解約日', 'Termination'),
    r.terminationDate === null
      ? L('未定（自動更新）', 'none yet (renews automatically)')
      : `${formatDate(r.terminationDate, lang)}${r.terminationCause === null ? '' : L(`（${CAUSE_JA[r.terminationCause]}）`, ` (${r.terminationCause})`)}`,
  ]);
  summary.push([
    L('未払額', 'Outstanding'),
    r.paymentsRecorded
      ? formatYen(r.outstanding, lang)
      : L('入金記録なし（期日どおり支払済みとして計算）', 'no payments recorded (taken as paid when due)'),
  ]);
  if (r.unappliedPayments > 0)
    summary.push([L('充当されない入金', 'Unapplied payments'), formatYen(r.unappliedPayments, lang)]);
  summary.push([L('表示期間', 'Shown through'), formatDate(r.until, lang)]);

  if (r.events.length === 0) {
    const until = formatShortDate(r.until, lang);
    return `${fields(summary)}\n\n${L(
      `${until}までに表示する事象はありません（--until を後の日にすると表示されます）。`,
      `Nothing happens on or before ${until} (a later --until shows more).`,
    )}\n`;
  }
  const head = [L('日付', 'Date'), L('事象', 'Event'), L('金額', 'Amount'), L('根拠', 'Basis'), L('内容', 'Note')];
  const rows = r.events.map((e) => {
    const note =
      lang === 'ja' ? noteJa(e) : (e.note ?? (e.kind === 'monthly-fee-due' ? `fee for ${e.serviceMonth ?? ''}` : ''));
    const option = e.option === undefined ? '' : L(`［オプション ${e.option}］`, `[option ${e.option}] `);
    return [
      formatDate(e.date, lang),
      KIND_LABELS[e.kind][lang],
      e.amount === undefined ? '' : formatYen(e.amount, lang),
      formatBasis(e.basis, lang),
      option + note,
    ];
  });
  return `${fields(summary)}\n\n${table([head, ...rows], { right: new Set([2]), width })}\n`;
}
