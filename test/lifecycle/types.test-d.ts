/**
 * The fixed signature of contractTimeline (shared/api.md: `contractTimeline` — a contract
 * record → `events: { date, kind, basis, amount? }[]`), and the result schemas that the
 * shipped JSON Schemas come from, equal to the TypeScript types.
 */
import type * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ContractRecord,
  ContractTimelineResult,
  ContractTimelineResultSchema,
  OptionsFor,
  ProvisionRef,
  TimelineBatchRow,
  TimelineBatchRowSchema,
  TimelineEvent,
  TimelineEventKind,
  TerminationCause,
  TimelineWindow,
  contractTimeline,
  contractTimelines,
  contractTimelinesAsync,
} from '../../src/index.js';

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

describe('contractTimeline', () => {
  it('takes a record, a window and options', () => {
    expectTypeOf<typeof contractTimeline>().parameters.toEqualTypeOf<
      [ContractRecord, TimelineWindow, (OptionsFor<'contractTimeline'> | undefined)?]
    >();
    expectTypeOf<ReturnType<typeof contractTimeline>>().toEqualTypeOf<ContractTimelineResult>();
  });

  it('returns events of { date, kind, basis, amount? }', () => {
    expectTypeOf<TimelineEvent['date']>().toEqualTypeOf<string>();
    expectTypeOf<TimelineEvent['kind']>().toEqualTypeOf<TimelineEventKind>();
    expectTypeOf<TimelineEvent['basis']>().toEqualTypeOf<ProvisionRef[]>();
    expectTypeOf<TimelineEvent['amount']>().toEqualTypeOf<number | undefined>();
  });

  it('events are a union on kind: narrowing gives the fields a kind always has', () => {
    const e = {} as TimelineEvent;
    if (e.kind === 'payment') expectTypeOf(e.amount).toEqualTypeOf<number>();
    if (e.kind === 'late-interest') {
      expectTypeOf(e.amount).toEqualTypeOf<number>();
      expectTypeOf(e.dueDate).toEqualTypeOf<string>();
      expectTypeOf(e.principal).toEqualTypeOf<number>();
      expectTypeOf(e.days).toEqualTypeOf<number>();
    }
    if (e.kind === 'monthly-fee-due') expectTypeOf(e.serviceMonth).toEqualTypeOf<string>();
    if (e.kind === 'renewal') expectTypeOf(e.through).toEqualTypeOf<string>();
    if (e.kind === 'termination') expectTypeOf(e.cause).toEqualTypeOf<TerminationCause>();
    if (e.kind === 'refund') expectTypeOf(e.days).toEqualTypeOf<number>();
    // Before narrowing, a field some kinds lack may be undefined.
    expectTypeOf(e.amount).toEqualTypeOf<number | undefined>();
  });

  it('batches lazily', () => {
    expectTypeOf<ReturnType<typeof contractTimelines>>().toEqualTypeOf<Generator<TimelineBatchRow>>();
    expectTypeOf<ReturnType<typeof contractTimelinesAsync>>().toEqualTypeOf<AsyncGenerator<TimelineBatchRow>>();
  });
});

describe('the result schemas describe the result types', () => {
  it('timeline', () => {
    expectTypeOf<z.output<typeof ContractTimelineResultSchema>>().toEqualTypeOf<Mutable<ContractTimelineResult>>();
  });
  it('batch row', () => {
    expectTypeOf<z.output<typeof TimelineBatchRowSchema>>().toEqualTypeOf<Mutable<TimelineBatchRow>>();
  });
});
