/**
 * The compact row (issue 19 §2, src/cli/compact.ts), checked against the full timeline it
 * comes from: over a varied book, its tuples are the events other than the plain monthly
 * fees, in order, and its runs of `monthlyFees` expand back to exactly those fees; ids and
 * option names that JSON must escape come back as they went in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YearMonth, contractTimelines, type TimelineBatchRow, type TimelineEvent } from '../../src/index.js';
import { TIMELINE_FIELDS, type TimelineField, compactEvents, compactRow } from '../../src/cli/compact.js';
import { leanTimelines } from '../../src/lifecycle/batch.js';
import { AS_OF, contracts } from '../bench/contracts.js';

const ALL = new Set(TIMELINE_FIELDS);

interface Compact {
  id?: string;
  events: (string | number | null)[][];
  monthlyFees: { from: string; to: string; amount: number; firstDue: string; lastDue: string; option?: string }[];
}

function rowsOf(records: readonly unknown[]): TimelineBatchRow[] {
  return [...contractTimelines(records, { asOf: AS_OF })];
}

/** The plain monthly fees a run stands for: `[serviceMonth, amount, option]`, month by month. */
function expand(run: Compact['monthlyFees'][number]): [string, number, string | undefined][] {
  const out: [string, number, string | undefined][] = [];
  let [y, m] = run.from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push([month, run.amount, run.option]);
    if (month === run.to) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

const plain = (e: TimelineEvent) => e.kind === 'monthly-fee-due' && e.basis.length === 1;
const byMonth = (a: [string, number, string | undefined], b: [string, number, string | undefined]) =>
  `${a[2] ?? ''}|${a[0]}`.localeCompare(`${b[2] ?? ''}|${b[0]}`);

describe('compact rows', () => {
  it('keep every event: the others as tuples in order, the plain monthly fees as runs that expand back to them', () => {
    const rows = rowsOf([...contracts(200)]);
    let folded = 0;
    for (const row of rows) {
      if (!row.ok) continue;
      const compact = JSON.parse(compactRow(row, ALL)) as Compact;
      const events = row.timeline.events;
      const others = events.filter((e) => !plain(e));
      expect(compact.events.map((t) => [t[0], t[1]])).toEqual(others.map((e) => [e.date, e.kind]));
      for (const [i, t] of compact.events.entries()) {
        const e = others[i] as TimelineEvent;
        expect([t[2] ?? undefined, t[3] ?? undefined, t[4] ?? undefined]).toEqual([e.amount, e.serviceMonth, e.option]);
      }
      const fees = events.filter(plain).map((e) => [e.serviceMonth, e.amount, e.option] as [string, number, string]);
      expect(compact.monthlyFees.flatMap(expand).sort(byMonth)).toEqual(fees.sort(byMonth));
      folded += fees.length - compact.monthlyFees.length;
    }
    // A run holds many months: the book's fees are folded, not copied one by one.
    expect(folded).toBeGreaterThan(1000);
  });

  it('give a run its first and last due dates', () => {
    const [row] = rowsOf([...contracts(1, 3)]);
    if (row === undefined || !row.ok) throw new Error('the first contract is valid');
    const compact = JSON.parse(compactRow(row, ALL)) as Compact;
    for (const run of compact.monthlyFees) {
      const dues = row.timeline.events
        .filter((e) => plain(e) && e.option === run.option && e.serviceMonth !== undefined)
        .filter((e) => (e.serviceMonth as string) >= run.from && (e.serviceMonth as string) <= run.to)
        .map((e) => e.date);
      expect([run.firstDue, run.lastDue]).toEqual([dues[0], dues.at(-1)]);
    }
  });

  it('carry ids and option names that JSON must escape (quotes, backslashes, control characters) back unchanged', () => {
    const [base] = [...contracts(1, 7)] as unknown as Record<string, unknown>[];
    const options = base?.options as { name: string }[] | undefined;
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (id, name) => {
        const record = { ...base, id, options: options?.map((o, i) => ({ ...o, name: `${name}${i}` })) };
        const [row] = rowsOf([record]);
        if (row === undefined) throw new Error('one record gives one row');
        const text = compactRow(row, ALL);
        expect(text).not.toContain('\n');
        const back = JSON.parse(text) as Compact;
        expect(back.id).toBe(id);
        if (row.ok) {
          const named = [...back.events.map((t) => t[4]), ...back.monthlyFees.map((r) => r.option)];
          for (const n of named) if (n !== undefined && n !== null) expect(String(n).startsWith(name)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('are written byte for byte as JSON.stringify writes the row as an object (every field list, hostile ids and names)', () => {
    // The row's text is built directly (src/cli/compact.ts); this is the object it stands for,
    // as the CLI built and stringified it before: key order, `null`s, trailing empties.
    const reference = (row: TimelineBatchRow, fields: ReadonlySet<TimelineField>): string => {
      if (!row.ok) return JSON.stringify(row);
      const t = row.timeline;
      const out: Record<string, unknown> = { line: row.line, ok: true };
      if (row.id !== undefined) out.id = row.id;
      out.asOf = t.asOf;
      out.until = t.until;
      if (fields.has('status')) out.status = t.status;
      if (fields.has('billingStartDate')) out.billingStartDate = t.billingStartDate;
      if (fields.has('currentTerm')) out.currentTerm = t.currentTerm;
      if (fields.has('terminationDate')) out.terminationDate = t.terminationDate;
      if (fields.has('terminationCause')) out.terminationCause = t.terminationCause;
      if (fields.has('outstanding')) {
        out.paymentsRecorded = t.paymentsRecorded;
        out.outstanding = t.outstanding;
        out.outstandingPrincipal = t.outstandingPrincipal;
        out.outstandingInterest = t.outstandingInterest;
      }
      if (fields.has('unappliedPayments')) out.unappliedPayments = t.unappliedPayments;
      if (fields.has('basis')) out.basis = t.basis;
      if (fields.has('events')) {
        const { events, monthlyFees } = compactEvents(t.events);
        out.events = events;
        out.monthlyFees = monthlyFees;
      }
      return JSON.stringify(out);
    };
    const lists: ReadonlySet<TimelineField>[] = [
      ALL,
      new Set<TimelineField>(['events']),
      new Set<TimelineField>(['status', 'currentTerm', 'basis']),
      new Set<TimelineField>(['outstanding', 'unappliedPayments', 'terminationDate', 'terminationCause']),
      new Set<TimelineField>(['billingStartDate']),
      new Set<TimelineField>(),
    ];
    const hostile = ['"', '\\', 'é\u0000\n', '</script>', '\u2028\ud800', '=1+1'];
    const records = [...contracts(300)].map((r, i) => {
      if (i % 7 !== 0) return r;
      const name = hostile[(i / 7) % hostile.length] as string;
      const options = (r as { options?: readonly { name: string }[] }).options;
      return { ...r, id: `${name}${i}`, options: options?.map((o, k) => ({ ...o, name: `${name}${k}` })) };
    });
    const rows = rowsOf([...records, { id: '"bad"' }, 'not a record']);
    expect(rows.filter((r) => !r.ok).length).toBeGreaterThanOrEqual(2);
    for (const fields of lists) for (const row of rows) expect(compactRow(row, fields)).toBe(reference(row, fields));
  });

  it('are the same bytes from a lean timeline (its plain monthly fees never made into events) as from the library’s row', () => {
    // The CLI writes compact rows of `leanTimelines`: every field list, hostile names, error
    // rows, payments designating a month (the plain fee's designation is made when read), and a
    // window cut before the end.
    const hostile = ['"', '\\', 'é\u0000\n', '\u2028\ud800'];
    const records = [...contracts(300)].map((r, i) => {
      const options = (r as { options?: readonly { name: string }[] }).options;
      const named =
        i % 5 === 0 ? { ...r, options: options?.map((o, k) => ({ ...o, name: `${hostile[i % 4]}${k}` })) } : r;
      const payments = (r as { payments?: readonly { date: string; amount: number }[] }).payments;
      const [first, ...rest] = payments ?? [];
      if (i % 3 !== 0 || first === undefined) return named;
      // The first payment names the month after its own (a plain month's fee, most often).
      const serviceMonth = YearMonth.parse(first.date.slice(0, 7)).addMonths(1).toString();
      return { ...named, payments: [{ ...first, designation: { serviceMonth } }, ...rest] };
    });
    const all = [...records, { id: '"bad"' }, 'not a record'];
    for (const until of [undefined, '2029-06-30']) {
      const window = { asOf: AS_OF, until };
      const library = [...contractTimelines(all, window, { notes: false })];
      const lean = [...leanTimelines(all, window, { notes: false })];
      expect(lean.length).toBe(library.length);
      expect(
        library.filter((r) => r.ok && r.timeline.events.some((e) => e.kind === 'monthly-fee-due')).length,
      ).toBeGreaterThan(100);
      for (const fields of [ALL, new Set<TimelineField>(['events']), new Set<TimelineField>(['basis', 'outstanding'])])
        for (let i = 0; i < lean.length; i++)
          expect(compactRow(lean[i] as never, fields)).toBe(compactRow(library[i] as TimelineBatchRow, fields));
    }
  });
});
