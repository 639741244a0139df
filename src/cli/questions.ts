/**
 * The subcommands that answer one question each with an article's own public function:
 * `terminate` (第13条), `renew` (第11条), `interest` (第26条), `refund` (第15条2項) and
 * `holidays` (サービス仕様書 第1 5). The rules are the library's; these entries read
 * flags and lay the answer out.
 *
 * @module
 */
import {
  LATE_INTEREST_RATE_TEXT,
  customerTermination,
  discontinuationRefund,
  lateInterest,
  nationalHolidays,
  renewalSchedule,
  terminationExtension,
} from '../index.js';
import { COMMON, type Command, need, numeric, readBy, reply, yesNo } from './command.js';
import { formatDate, formatYen, table } from './format.js';
import { CliError, NAME, say } from './messages.js';

export const terminate: Command = {
  summary: { ja: '契約者からの解約日（第13条）', en: 'the termination date of a customer’s notice (第13条)' },
  flags: [...COMMON, 'received', 'requested', 'extend', 'monthly-fee'],
  paths: {
    noticeReceivedOn: '--received',
    requestedDate: '--requested',
    months: '--extend',
    monthlyFee: '--monthly-fee',
    terminationDate: '--requested',
  },
  help: {
    ja: `${NAME} terminate --received YYYY-MM-DD [--requested YYYY-MM-DD] [--extend N --monthly-fee YEN]

契約者からの解約（第13条）: 書面が到達した日と解約希望日から解約日を求めます。
  --received     書面が当社に到達した日（I-03）
  --requested    書面に記載の解約希望日（なければ第13条2項のみなし解約日）
  --extend N     当社の承諾を得た延長の月数（第13条5項）。--monthly-fee と共に
  --monthly-fee  通常料金（月額、円）
  --json / --lang ja|en

例:
  ${NAME} terminate --received 2027-05-20 --requested 2027-06-10
  ${NAME} terminate --received 2027-12-31
  ${NAME} terminate --received 2027-04-15 --requested 2027-06-10 --extend 2 --monthly-fee 90000`,
    en: `${NAME} terminate --received YYYY-MM-DD [--requested YYYY-MM-DD] [--extend N --monthly-fee YEN]

Termination by the customer (第13条): the termination date from the day the notice arrived and the date it asks for.
  --received     the day the written notice reached the company (I-03)
  --requested    the termination date the notice asks for (none: 第13条2項's deemed date)
  --extend N     months of an extension the company agreed to (第13条5項), with --monthly-fee
  --monthly-fee  the normal monthly fee, yen
  --json / --lang ja|en

Examples:
  ${NAME} terminate --received 2027-05-20 --requested 2027-06-10
  ${NAME} terminate --received 2027-12-31
  ${NAME} terminate --received 2027-04-15 --requested 2027-06-10 --extend 2 --monthly-fee 90000`,
  },
  run(values, _positionals, ctx) {
    const received = need(values, 'received', 'terminate');
    const r = customerTermination({ noticeReceivedOn: received, requestedDate: values.requested });
    const extend = values.extend;
    if (extend === undefined) {
      if (values['monthly-fee'] !== undefined) throw new CliError('usage', say.goesWith('--monthly-fee', '--extend'));
      return reply(ctx, r, [
        ['解約日', 'Termination date', formatDate(r.terminationDate, ctx.lang)],
        ['みなし解約日（第13条2項）', 'Deemed (13.2)', yesNo(r.deemed, ctx.lang)],
      ]);
    }
    const fee = need(values, 'monthly-fee', 'terminate --extend');
    const x = terminationExtension(
      { terminationDate: r.terminationDate, months: numeric(extend) as number, monthlyFee: fee },
      readBy('terminationExtension', ctx.options),
    );
    if (ctx.json) return ctx.write(`${JSON.stringify({ termination: r, extension: x }, null, 2)}\n`);
    return reply(ctx, { basis: [...r.basis, ...x.basis] }, [
      ['当初の解約日', 'Termination date first notified', formatDate(r.terminationDate, ctx.lang)],
      ['みなし解約日（第13条2項）', 'Deemed (13.2)', yesNo(r.deemed, ctx.lang)],
      ['延長後の解約日', 'Extended termination date', formatDate(x.terminationDate, ctx.lang)],
      ['延長手数料', 'Extension fee', formatYen(x.extensionFee, ctx.lang)],
      ['通常料金（延長期間）', 'Normal fee (extension months)', formatYen(x.regularFee, ctx.lang)],
      ['支払額', 'Total due', formatYen(x.totalDue, ctx.lang)],
    ]);
  },
};

export const renew: Command = {
  summary: {
    ja: '更新の通知期限と更新後の期間（第11条）',
    en: 'renewal notice deadlines and the renewed term (第11条)',
  },
  flags: [...COMMON, 'term-end'],
  paths: { termEndDate: '--term-end' },
  help: {
    ja: `${NAME} renew --term-end YYYY-MM-DD

利用期間の更新（第11条）: 期間満了日から、変更内容と更新拒絶の通知期限、更新後の期間を日付順に示します。
  --term-end   利用期間の満了日
  --json / --lang ja|en / --deadline-counting civil-code|naive

例:
  ${NAME} renew --term-end 2028-03-31
  ${NAME} renew --term-end 2028-04-30 --json`,
    en: `${NAME} renew --term-end YYYY-MM-DD

Renewal (第11条): the notice deadlines before an expiry and the renewed term, in date order.
  --term-end   the last day of the term
  --json / --lang ja|en / --deadline-counting civil-code|naive

Examples:
  ${NAME} renew --term-end 2028-03-31
  ${NAME} renew --term-end 2028-04-30 --json`,
  },
  run(values, _positionals, ctx) {
    const r = renewalSchedule(
      { termEndDate: need(values, 'term-end', 'renew') },
      readBy('renewalSchedule', ctx.options),
    );
    const to = ctx.lang === 'ja' ? '〜' : ' – ';
    // In date order (11.2's notice, two months before the expiry, usually comes first).
    const deadlines = [
      ['変更内容の通知期限（第11条2項）', 'Terms-change notice by (11.2)', r.termsChangeNoticeDeadline],
      ['更新拒絶の通知期限（第11条1項）', 'Non-renewal notice by (11.1)', r.nonRenewalNoticeDeadline],
    ] as const;
    return reply(ctx, r, [
      ...[...deadlines]
        .sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))
        .map(([ja, en, date]) => [ja, en, formatDate(date, ctx.lang)] as const),
      [
        '更新後の期間',
        'Renewed term',
        `${formatDate(r.renewedTermStart, ctx.lang)}${to}${formatDate(r.renewedTermEnd, ctx.lang)}`,
      ],
    ]);
  },
};

export const interest: Command = {
  summary: { ja: '遅延損害金（第26条）', en: 'late-payment interest (第26条)' },
  flags: [...COMMON, 'amount', 'due', 'paid'],
  paths: { amount: '--amount', dueDate: '--due', paidOn: '--paid' },
  help: {
    ja: `${NAME} interest --amount YEN --due YYYY-MM-DD --paid YYYY-MM-DD

遅延損害金（第26条）: 年${LATE_INTEREST_RATE_TEXT}、支払期日の翌日から支払日まで（I-10）。
  --amount  遅延した金額（円）
  --due     支払期日
  --paid    支払日
  --json / --lang ja|en / --day-count act/365-fixed|act/act / --rounding …

例:
  ${NAME} interest --amount 100000 --due 2027-04-30 --paid 2027-05-30
  ${NAME} interest --amount 333333 --due 2027-05-31 --paid 2027-06-17 --rounding ceil`,
    en: `${NAME} interest --amount YEN --due YYYY-MM-DD --paid YYYY-MM-DD

Late-payment interest (第26条): ${LATE_INTEREST_RATE_TEXT} a year from the day after the due date to the day of payment (I-10).
  --amount  the overdue amount, yen
  --due     the due date
  --paid    the day it was paid
  --json / --lang ja|en / --day-count act/365-fixed|act/act / --rounding …

Examples:
  ${NAME} interest --amount 100000 --due 2027-04-30 --paid 2027-05-30
  ${NAME} interest --amount 333333 --due 2027-05-31 --paid 2027-06-17 --rounding ceil`,
  },
  run(values, _positionals, ctx) {
    const r = lateInterest(
      {
        amount: need(values, 'amount', 'interest'),
        dueDate: need(values, 'due', 'interest'),
        paidOn: need(values, 'paid', 'interest'),
      },
      readBy('lateInterest', ctx.options),
    );
    return reply(ctx, r, [
      ['遅延損害金', 'Interest', formatYen(r.interest, ctx.lang)],
      ['遅延日数', 'Days late', String(r.days)],
    ]);
  },
};

export const refund: Command = {
  summary: { ja: 'サービス廃止による返還額（第15条2項）', en: 'the refund on a discontinuation (第15条2項)' },
  flags: [...COMMON, 'discontinued', 'monthly-fee', 'paid-through', 'amount-paid'],
  paths: {
    discontinuationDate: '--discontinued',
    monthlyFee: '--monthly-fee',
    paidThrough: '--paid-through',
    amountPaid: '--amount-paid',
  },
  help: {
    ja: `${NAME} refund --discontinued YYYY-MM-DD --monthly-fee YEN --paid-through YYYY-MM-DD --amount-paid YEN

本サービスの廃止による返還（第15条2項）: 提供しない日数 × 月額料金の30分の1、支払済み額まで（I-08）。
  --discontinued  廃止日（サービス提供の最終日）
  --monthly-fee   月額料金（円）
  --paid-through  支払済み期間の末日
  --amount-paid   その期間に支払われた額（円）
  --json / --lang ja|en / --rounding …

例:
  ${NAME} refund --discontinued 2027-06-20 --monthly-fee 90000 --paid-through 2027-06-30 --amount-paid 90000`,
    en: `${NAME} refund --discontinued YYYY-MM-DD --monthly-fee YEN --paid-through YYYY-MM-DD --amount-paid YEN

The refund on a discontinuation (第15条2項): days not provided × the fee / 30, up to what was paid (I-08).
  --discontinued  the discontinuation date (the last day of service)
  --monthly-fee   the monthly fee, yen
  --paid-through  the last day of the period paid for
  --amount-paid   what was paid for that period, yen
  --json / --lang ja|en / --rounding …

Examples:
  ${NAME} refund --discontinued 2027-06-20 --monthly-fee 90000 --paid-through 2027-06-30 --amount-paid 90000`,
  },
  run(values, _positionals, ctx) {
    const r = discontinuationRefund(
      {
        discontinuationDate: need(values, 'discontinued', 'refund'),
        monthlyFee: need(values, 'monthly-fee', 'refund'),
        paidThrough: need(values, 'paid-through', 'refund'),
        amountPaid: need(values, 'amount-paid', 'refund'),
      },
      readBy('discontinuationRefund', ctx.options),
    );
    return reply(ctx, r, [
      ['返還額', 'Refund', formatYen(r.refund, ctx.lang)],
      ['提供しない日数', 'Days not provided', String(r.days)],
      ['支払済み額で上限', 'Capped at the amount paid', yesNo(r.capped, ctx.lang)],
    ]);
  },
};

const HOLIDAY_KINDS = {
  statutory: { ja: '国民の祝日', en: 'national holiday' },
  substitute: { ja: '振替休日', en: 'substitute holiday' },
  citizens: { ja: '国民の休日', en: "citizens' holiday" },
  special: { ja: '特別法', en: 'special law' },
} as const;

export const holidays: Command = {
  summary: { ja: 'その年の国民の祝日・休日', en: 'the national holidays of a year' },
  flags: [...COMMON, 'wide'],
  positionals: { min: 1, max: 1, name: 'YEAR', example: 'holidays 2027' },
  paths: { year: 'YEAR' },
  help: {
    ja: `${NAME} holidays YEAR

その年の国民の祝日・休日（1955〜2099年、サービス仕様書 第1 5 の「国民の祝日」）。
  --json / --lang ja|en

例:
  ${NAME} holidays 2027
  ${NAME} holidays 2028 --json`,
    en: `${NAME} holidays YEAR

The national holidays of a year (1955–2099; 「国民の祝日」 of サービス仕様書 第1 5).
  --json / --lang ja|en

Examples:
  ${NAME} holidays 2027
  ${NAME} holidays 2028 --json`,
  },
  run(_values, positionals, ctx) {
    const r = nationalHolidays({ year: numeric(positionals[0] ?? '') as number });
    if (ctx.json) return ctx.write(`${JSON.stringify(r, null, 2)}\n`);
    const rows = r.holidays.map((h) => [formatDate(h.date, ctx.lang), h.name, HOLIDAY_KINDS[h.kind][ctx.lang]]);
    return ctx.write(`${table(rows, { width: ctx.width })}\n`);
  },
};
