/**
 * Phrases and enumerations of the terms as data: the prohibited acts of 第22条1項, the
 * grounds of 第23条1項 and 第24条1項, the exclusions of 第27条1項, the purposes
 * of 第28条2項 and the like. Each item carries a stable `id` for code, the
 * provision it stands in (`ref`), its Japanese text verbatim (`ja`) and an
 * English gloss (`en`), so one shape serves every list and the tests can
 * check every `ja` against docs/terms/terms-ja.txt.
 *
 * @module
 */
import { TermsError } from '../core/errors.js';
import type { ProvisionRef } from '../core/provisions.js';

/** A phrase of the terms: where it stands, its words, and an English gloss. */
export interface ProvisionPhrase<Ref extends ProvisionRef = ProvisionRef> {
  /** Where the phrase stands (`'22.1.9'` is 第22条1項9号). */
  readonly ref: Ref;
  /** The words as the terms write them (an item without its number). */
  readonly ja: string;
  /** An English gloss (a reading aid, not a translation with legal force). */
  readonly en: string;
}

/** One enumerated item of the terms: a {@link ProvisionPhrase} with a stable id. */
export interface ProvisionItem<Id extends string = string, Ref extends ProvisionRef = ProvisionRef>
  extends ProvisionPhrase<Ref> {
  /** A stable id in English kebab-case, for code and inputs. */
  readonly id: Id;
}

/**
 * Freezes a single phrase of the terms (with any typed extras), checking at
 * compile time that its `ref` is a provision that exists.
 */
export function provisionPhrase<const T extends ProvisionPhrase>(phrase: T): T {
  return Object.freeze(phrase);
}

/** The union of the ids of a list. */
export type IdOf<L extends readonly { readonly id: string }[]> = L[number]['id'];

/**
 * Freezes a list and each of its items after checking that no id repeats (a
 * repeat is a defect in this library, reported once at load time).
 */
export function provisionList<const T extends readonly { readonly id: string; readonly ref: ProvisionRef }[]>(
  items: T,
): T {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) {
      throw new TermsError('INVALID_OPERATION', [
        { path: 'id', message: `the id '${item.id}' appears twice in a list` },
      ]);
    }
    seen.add(item.id);
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** The ids of a list, in order (for an input schema such as `enumField(idsOf(LIST))`). */
export function idsOf<const L extends readonly { readonly id: string }[]>(list: L): IdOf<L>[] {
  return list.map((item) => item.id as IdOf<L>);
}

/** The item of `list` whose id is `id` (the id must be one of the list's; callers validate first). */
export function itemById<const L extends readonly { readonly id: string }[]>(list: L, id: IdOf<L>): L[number] {
  const item = list.find((i) => i.id === id);
  if (item === undefined) {
    throw new TermsError('INVALID_OPERATION', [{ path: 'id', message: `no item with the id '${id}'` }]);
  }
  return item;
}
