import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { moveItem, navigateIndex } from '../../../renderer/src/shell/lib/listOrder';

describe('moveItem', () => {
  it('moves up and down by one', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list alone at its ends', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
  });

  it('always keeps the same items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: -3, max: 10 }), fc.integer({ min: -2, max: 2 }), (items, i, d) => {
        expect([...moveItem(items, i, d)].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('navigateIndex', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(navigateIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(navigateIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(navigateIndex(0, 'ArrowUp', 3)).toBe(0);
    expect(navigateIndex(2, 'Home', 3)).toBe(0);
    expect(navigateIndex(0, 'End', 3)).toBe(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(navigateIndex(0, 'Enter', 3)).toBeNull();
    expect(navigateIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});
