/**
 * Command-line entry point. Until the contract timeline lands, it prints a
 * small demonstration of the Civil Code period rules the articles stand on.
 */
import { CalendarDate, citeJa, deadlineBefore, periodEnd } from '../index.js';

const formation = CalendarDate.parse('2027-03-15');
const termEnd = periodEnd(formation, { months: 12 });
const noticeDeadline = deadlineBefore(termEnd, { months: 1 }, 'expiry');

const rows: [string, string, string][] = [
  ['利用契約の成立 (formation)', formation.toString(), citeJa('9.2')],
  ['12か月の期間の末日 (end of 12 months)', termEnd.toString(), 'I-01'],
  ['更新拒絶の通知期限 (non-renewal notice by)', noticeDeadline.toString(), `${citeJa('11.1')}, I-02`],
];
const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write('cloud-ops-terms — demo\n');
for (const [label, date, cite] of rows) process.stdout.write(`${label.padEnd(width + 2)}${date}  ${cite}\n`);
