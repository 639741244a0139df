// The batch benchmarks' one choice of path: `rowsOf(lib, lines, asOf, mode)` gives the built
// package's rows over `lines` — `bill` (billingRunAsync for the month before ASOF's), `timeline`
// (contractTimelinesAsync) or `timeline-nonotes` (the same with `notes: false`). Shared by
// batch-pair.mjs and batch-stream.mjs.

/** `'YYYY-MM'` of the month before `asOf`'s (the month a run on `asOf` bills). */
export function monthBefore(asOf) {
  const eve = new Date(`${asOf}T00:00:00Z`);
  eve.setUTCDate(0);
  return eve.toISOString().slice(0, 7);
}

export function rowsOf(lib, lines, asOf, mode) {
  return mode === 'bill'
    ? lib.billingRunAsync(lines, { month: monthBefore(asOf), asOf, input: 'ndjson' })
    : lib.contractTimelinesAsync(
        lines,
        { asOf, input: 'ndjson' },
        mode === 'timeline-nonotes' ? { notes: false } : undefined,
      );
}
