import { describe, expect, it } from 'vitest';
import type { LayerSpan } from '../../../electron/shared/agreement/layerSpan';
import { spanF1 } from '../../../electron/shared/agreement/spanF1';

const span = (start: number, end: number, tag = 'target'): LayerSpan => ({ start, end, tag });

describe('span F1 between two layers', () => {
  const a = [span(0, 5), span(10, 15), span(20, 25, 'policy')];
  const b = [span(0, 5), span(11, 15), span(30, 32)];

  it('exact: spans must share start, end and tag (2·1 / (3 + 3))', () => {
    expect(spanF1(a, b, 'exact')).toBeCloseTo(1 / 3, 10);
  });

  it('overlap: a span matches one of the same tag it shares a character with (2/3 of each layer)', () => {
    expect(spanF1(a, b, 'overlap')).toBeCloseTo(2 / 3, 10);
  });

  it('is symmetric, 1 for identical layers, 0 with nothing shared, null with no spans', () => {
    expect(spanF1(b, a, 'overlap')).toBeCloseTo(spanF1(a, b, 'overlap')!, 12);
    expect(spanF1(a, a, 'exact')).toBe(1);
    expect(spanF1([span(0, 3)], [span(0, 3, 'policy')], 'overlap')).toBe(0);
    expect(spanF1([], [], 'exact')).toBeNull();
  });

  it('counts a span that touches another without a common character as no match', () => {
    expect(spanF1([span(0, 5)], [span(5, 8)], 'overlap')).toBe(0);
  });
});
