// Two built packages timed in turns in one process, so a loaded machine slows both alike:
// `node test/bench/paired.mjs BEFORE.js [AFTER.js]` (AFTER default dist/index.js). Seven rounds
// of each case per package, alternating; the median and the minimum ns per call of each
// (the minimum: the round least disturbed by other processes). SCALE=4 for longer rounds. Valid inputs only,
// the same for both packages (a fixed seed). Used for docs/performance.md's paired tables.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [beforePath, afterPath = 'dist/index.js'] = process.argv.slice(2);
const load = async (p) => import(pathToFileURL(resolve(p)).href);
const packages = { before: await load(beforePath), after: await load(afterPath) };

let seed = 20_270_401;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const { CalendarDate } = packages.after;
const day = () => CalendarDate.fromEpochDay(int(18_262, 24_106)); // 2020-01-01 … 2035-12-31
const fee = () => int(1, 500) * 1_000;
const inputs = (make) => Array.from({ length: 256 }, make);

const SCALE = Number(process.env.SCALE ?? 1);
const CASES = [
  [
    'lateInterest',
    300_000,
    inputs(() => {
      const d = day();
      return { amount: fee(), dueDate: d.toString(), paidOn: d.addDays(int(0, 400)).toString() };
    }),
  ],
  [
    'lateInterestWithPayments',
    20_000,
    inputs(() => {
      const d = day();
      return {
        amount: 120_000,
        dueDate: d.toString(),
        asOf: d.addDays(200).toString(),
        payments: [
          { date: d.addDays(30).toString(), amount: 60_000 },
          { date: d.addDays(90).toString(), amount: 30_000 },
        ],
      };
    }),
  ],
  [
    'customerTermination',
    100_000,
    inputs(() => {
      const d = day();
      return { noticeReceivedOn: d.toString(), requestedDate: d.addDays(int(0, 120)).toString() };
    }),
  ],
  ['renewalSchedule', 50_000, inputs(() => ({ termEndDate: day().endOfMonth().toString() }))],
  [
    'earlyTerminationFee',
    50_000,
    inputs(() => {
      const f = day();
      return {
        formationDate: f.toString(),
        minimumTermMonths: 12,
        terminationDate: f.addDays(int(0, 800)).toString(),
        monthlyFee: fee(),
      };
    }),
  ],
  ['monthlyFeeDueDate', 100_000, inputs(() => ({ serviceMonth: day().toString().slice(0, 7) }))],
  [
    'invoiceLines',
    20_000,
    inputs(() => {
      const s = day();
      return {
        contract: { billingStartDate: s.toString(), monthlyFee: fee() },
        serviceMonth: s.addMonths(int(0, 12)).toString().slice(0, 7),
      };
    }),
  ],
  ['contractTimeline', 1_000, [[packages.after.SAMPLE_CONTRACT, { asOf: '2028-06-30' }]]],
];

const time = (fn, list, n) => {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const input = list[i & (list.length - 1)];
    Array.isArray(input) ? fn(...input) : fn(input);
  }
  return Number(process.hrtime.bigint() - start) / n;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

process.stdout.write(
  '| function | before ns (median / min) | after ns (median / min) | after / before (median / min) |\n|---|---:|---:|---:|\n',
);
for (const [name, n, list] of CASES) {
  const ns = { before: [], after: [] };
  for (const which of ['before', 'after']) time(packages[which][name], list, Math.ceil(n / 4)); // warm-up
  for (let round = 0; round < 7; round++)
    for (const which of round % 2 === 0 ? ['before', 'after'] : ['after', 'before'])
      ns[which].push(time(packages[which][name], list, Math.ceil((n * SCALE) / 5)));
  const f = (x) => Math.round(x).toLocaleString('en-US');
  const [b, a] = [median(ns.before), median(ns.after)];
  const [bm, am] = [Math.min(...ns.before), Math.min(...ns.after)];
  process.stdout.write(
    `| ${name} | ${f(b)} / ${f(bm)} | ${f(a)} / ${f(am)} | ${(a / b).toFixed(2)} / ${(am / bm).toFixed(2)} |\n`,
  );
}
