/**
 * The typed lists behind the articles' grounds, items and causes (src/articles/provision-list.ts):
 * a list with a repeated id is a defect of this library, refused when the module loads;
 * a lookup of an id that is not in the list is one too (callers validate ids first).
 */
import { describe, expect, it } from 'vitest';
import { idsOf, itemById, provisionList } from '../../src/articles/provision-list.js';
import { expectTermsError } from '../support/assert.js';

describe('provisionList', () => {
  it('freezes the list and each item, and keeps their order', () => {
    const list = provisionList([
      { id: 'a', ref: '14.1.1' },
      { id: 'b', ref: '14.1.2' },
    ] as const);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.every((item) => Object.isFrozen(item))).toBe(true);
    expect(idsOf(list)).toEqual(['a', 'b']);
  });

  it('refuses a list in which an id repeats, naming the id', () => {
    expectTermsError(
      () =>
        provisionList([
          { id: 'a', ref: '14.1.1' },
          { id: 'a', ref: '14.1.2' },
        ]),
      'id',
      'INVALID_OPERATION',
    );
    expect(() =>
      provisionList([
        { id: 'x', ref: '9.4.1' },
        { id: 'x', ref: '9.4.2' },
      ]),
    ).toThrow("the id 'x' appears twice in a list");
  });
});

describe('itemById', () => {
  const list = provisionList([
    { id: 'a', ref: '14.1.1' },
    { id: 'b', ref: '14.1.2' },
  ] as const);

  it('finds the item with the id', () => {
    expect(itemById(list, 'b')).toEqual({ id: 'b', ref: '14.1.2' });
  });

  it('refuses an id the list does not have, naming it', () => {
    expectTermsError(() => itemById(list, 'c' as never), 'id', 'INVALID_OPERATION');
    expect(() => itemById(list, 'c' as never)).toThrow("no item with the id 'c'");
  });
});
