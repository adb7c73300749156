import { describe, expect, it } from 'vitest';
import { pairDisagreements } from '../../../electron/shared/agreement/pairDisagreements';

const span = (id: string, start: number, end: number, tag: string) => ({ id, start, end, tag });
const kinds = (found: ReturnType<typeof pairDisagreements<ReturnType<typeof span>>>) =>
  found.map((d) => [d.kind, d.a?.id ?? null, d.b?.id ?? null]);

describe('pairDisagreements', () => {
  it('leaves out spans of the same range and tag, each agreeing once', () => {
    const a = [span('a1', 0, 5, 'target'), span('a2', 0, 5, 'target')];
    const b = [span('b1', 0, 5, 'target')];
    expect(kinds(pairDisagreements(a, b))).toEqual([['missing', 'a2', null]]);
  });

  it('pairs the same range first as a tag difference, before any boundary difference', () => {
    const a = [span('a1', 10, 20, 'policy')];
    const b = [span('b1', 12, 20, 'policy'), span('b2', 10, 20, 'project')];
    expect(kinds(pairDisagreements(a, b))).toEqual([
      ['tag', 'a1', 'b2'],
      ['missing', null, 'b1'],
    ]);
  });

  it('pairs a boundary difference with the span of the tag it overlaps most', () => {
    const a = [span('a1', 0, 10, 'target')];
    const b = [span('b1', 8, 30, 'target'), span('b2', 2, 9, 'target')];
    expect(kinds(pairDisagreements(a, b))).toEqual([
      ['boundary', 'a1', 'b2'],
      ['missing', null, 'b1'],
    ]);
  });

  it('calls overlapping spans of other tags and ranges a tag difference, and spans that only touch nothing', () => {
    const a = [span('a1', 0, 10, 'target'), span('a2', 20, 30, 'policy')];
    const b = [span('b1', 5, 15, 'project'), span('b2', 30, 40, 'policy')];
    expect(kinds(pairDisagreements(a, b))).toEqual([
      ['tag', 'a1', 'b1'],
      ['missing', 'a2', null],
      ['missing', null, 'b2'],
    ]);
  });

  it('finds nothing between two empty layers or two equal ones', () => {
    expect(pairDisagreements([], [])).toEqual([]);
    const layer = [span('x', 3, 9, 'target')];
    expect(pairDisagreements(layer, [{ ...layer[0]!, id: 'y' }])).toEqual([]);
  });
});
