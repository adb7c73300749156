import { describe, expect, it } from 'vitest';
import { characterKappa } from '../../../electron/shared/agreement/characterKappa';
import type { LayerSpan } from '../../../electron/shared/agreement/layerSpan';
import { pairAgreement } from '../../../electron/shared/agreement/pairAgreement';

const span = (start: number, end: number, tag: string): LayerSpan => ({ start, end, tag });

describe('agreement between two analysts', () => {
  const one = { length: 24, a: [span(2, 10, 'target'), span(14, 20, 'target')], b: [span(4, 8, 'target'), span(15, 17, 'target')] };
  const two = { length: 30, a: [span(0, 6, 'policy')], b: [span(0, 6, 'policy'), span(10, 12, 'target')] };

  it('per tag and overall on one document', () => {
    const result = pairAgreement([one]);
    expect(Object.keys(result.perTag)).toEqual(['target']);
    expect(result.perTag.target!.kappa).toBeCloseTo(0.385, 3);
    expect(result.perTag.target!.f1Exact).toBe(0);
    expect(result.perTag.target!.f1Overlap).toBe(1);
    expect(result.overall.kappa).toBeCloseTo(0.385, 3);
  });

  it('over a corpus, pools the documents laid end to end', () => {
    const result = pairAgreement([one, two]);
    expect(Object.keys(result.perTag)).toEqual(['policy', 'target']);
    expect(result.perTag.policy).toMatchObject({ f1Exact: 1, f1Overlap: 1, kappa: 1, alphaU: 1 });
    const shifted = (spans: LayerSpan[]) => spans.map((s) => ({ ...s, start: s.start + 24, end: s.end + 24 }));
    expect(result.overall.kappa).toBeCloseTo(characterKappa([...one.a, ...shifted(two.a)], [...one.b, ...shifted(two.b)], 54)!, 12);
    expect(result.overall.f1Exact).toBeCloseTo((2 * 1) / (3 + 4), 12);
  });

  it('limits the figures to the tags asked for', () => {
    expect(Object.keys(pairAgreement([one, two], ['policy']).perTag)).toEqual(['policy']);
    expect(pairAgreement([one, two], ['policy']).overall.f1Exact).toBe(1);
  });
});
