/**
 * Stops and interruptions of the service (第23条, 第24条): a `stop-start` event on the first
 * day and a `stop-end` on the last, each citing its provision and the one that keeps the fees
 * due — 第25条5項 for a stop under 第23条 or 第24条3項 (「停止期間中における利用料金を支払わなければ
 * なりません」), 第25条1項2号 for an interruption under 第24条1項・2項, where the terms reduce
 * nothing (第25条's `isFeeBearingSuspension`, as `suspensionFees` reads it). The fees
 * themselves are billed as ever.
 *
 * @module
 */
import { isFeeBearingSuspension } from '../articles/article-25.js';
import { type Timeline, cite } from './assembly.js';
import type { TrustedContract } from './record.js';
import { NOTES } from './rendering.js';

/** The events of the record's stops. */
export function stopEvents(t: Timeline, k: TrustedContract): void {
  const stops = k.stops;
  if (stops === undefined) return;
  for (const stop of stops) {
    const express = isFeeBearingSuspension(stop.provision);
    const feesDueUnder = express ? '25.5' : '25.1.2';
    t.add(
      stop.from,
      'stop-start',
      cite(stop.provision, feesDueUnder),
      stop.to === undefined ? undefined : { through: stop.to.toString() },
      t.notes && NOTES.stopStart(stop.provision, express),
    );
    if (stop.to !== undefined) {
      t.add(
        stop.to,
        'stop-end',
        cite(stop.provision, feesDueUnder),
        undefined,
        t.notes && NOTES.stopEnd(stop.provision),
      );
    }
  }
}
