import { describe, expect, it } from 'vitest';
import type { LayerSpan } from '../../../electron/shared/agreement/layerSpan';
import { unitizingAlpha } from '../../../electron/shared/agreement/unitizingAlpha';

const span = (start: number, length: number, tag: string): LayerSpan => ({ start, end: start + length, tag });

describe('α_u on the worked example of Krippendorff, Content Analysis (2004), p. 254', () => {
  // Two observers unitize the stretch 150–450 into units of the categories c and k.
  const i = [span(225, 70, 'c'), span(370, 30, 'c'), span(180, 60, 'k'), span(300, 50, 'k')];
  const j = [span(220, 80, 'c'), span(355, 20, 'c'), span(400, 20, 'c'), span(180, 60, 'k'), span(300, 50, 'k')];
  const result = unitizingAlpha([i, j], 150, 300);

  it('category c: D_o = 0.0144, D_e = 0.0532, α_cu = 0.7286', () => {
    expect(result.perTag.c!.observed).toBeCloseTo(0.0144, 4);
    expect(result.perTag.c!.expected).toBeCloseTo(0.0532, 4);
    expect(result.perTag.c!.alpha).toBeCloseTo(0.7286, 4);
  });

  it('category k, unitized identically: D_o = 0, D_e = 0.0490, α_ku = 1', () => {
    expect(result.perTag.k!.observed).toBe(0);
    expect(result.perTag.k!.expected).toBeCloseTo(0.049, 4);
    expect(result.perTag.k!.alpha).toBe(1);
  });

  it('over both categories: α_u = 0.8591', () => {
    expect(result.alpha).toBeCloseTo(0.8591, 3);
  });

  it('does not depend on the order of the observers', () => {
    expect(unitizingAlpha([j, i], 150, 300).alpha).toBeCloseTo(result.alpha!, 12);
  });
});

describe('α_u on the four pairs of Krippendorff, "On the reliability of unitizing contiguous data" (1995), p. 57', () => {
  // A–D are four pairs of coders over 24 units of time; each pair is given here as its own category.
  const pairs = (stretch: number) => {
    const s = (start: number, length: number, tag: string) => span(start * stretch, length * stretch, tag);
    const first = [
      ...[s(2, 8, 'A'), s(14, 6, 'A')],
      s(0, 18, 'B'),
      ...[s(2, 6, 'C'), s(10, 2, 'C'), s(14, 4, 'C'), s(20, 2, 'C')],
      ...[s(0, 2, 'D'), s(2, 8, 'D'), s(10, 4, 'D'), s(14, 6, 'D'), s(20, 4, 'D')],
    ];
    const second = [
      ...[s(4, 4, 'A'), s(15, 2, 'A')],
      ...[s(0, 2, 'B'), s(2, 1, 'B'), s(3, 1, 'B'), s(4, 1, 'B'), s(5, 1, 'B'), s(6, 3, 'B'), s(9, 1, 'B')],
      ...[s(0, 2, 'C'), s(4, 4, 'C'), s(10, 4, 'C'), s(16, 2, 'C'), s(20, 2, 'C')],
      ...[s(0, 4, 'D'), s(4, 4, 'D'), s(8, 7, 'D'), s(15, 2, 'D'), s(17, 7, 'D')],
    ];
    return unitizingAlpha([first, second], 0, 24 * stretch);
  };

  it('observed disagreement as published: A 0.03125, B 2.26736, C 0.02777, D 0.38715', () => {
    const { perTag } = pairs(1);
    expect(perTag.A!.observed).toBeCloseTo(0.03125, 5);
    expect(perTag.B!.observed).toBeCloseTo(2.26736, 5);
    expect(perTag.C!.observed).toBeCloseTo(0.02777, 4);
    expect(perTag.D!.observed).toBeCloseTo(0.38715, 5);
  });

  // The paper computes expected disagreement in the limit of a fine time scale; a large stretch approximates it.
  it('expected disagreement and α_u in the fine-grained limit: A 0.553, B −0.926, C 0.679, D 0.066', () => {
    const { perTag } = pairs(50_000);
    expect(perTag.A!.expected).toBeCloseTo(0.0699, 2);
    expect(perTag.B!.expected).toBeCloseTo(1.17731, 2);
    expect(perTag.C!.expected).toBeCloseTo(0.08642, 2);
    expect(perTag.D!.expected).toBeCloseTo(0.41445, 2);
    expect(Math.abs(perTag.A!.alpha! - 0.553)).toBeLessThan(0.02);
    expect(Math.abs(perTag.B!.alpha! - -0.926)).toBeLessThan(0.02);
    expect(Math.abs(perTag.C!.alpha! - 0.679)).toBeLessThan(0.02);
    expect(Math.abs(perTag.D!.alpha! - 0.066)).toBeLessThan(0.02);
  });
});

describe('α_u edge cases', () => {
  it('is null for a category nobody used, and 1 for identical layers', () => {
    const layer = [span(3, 4, 'target')];
    expect(unitizingAlpha([[], []], 0, 20, ['target']).perTag.target!.alpha).toBeNull();
    expect(unitizingAlpha([layer, layer], 0, 20).alpha).toBe(1);
  });

  it('counts a stretch one analyst marked twice once, and keeps touching spans as two units', () => {
    const twice = [span(3, 4, 'target'), span(5, 2, 'target')];
    const once = [span(3, 4, 'target')];
    expect(unitizingAlpha([twice, once], 0, 20).perTag.target!.observed).toBe(0);
    const touching = [span(3, 2, 'target'), span(5, 2, 'target')];
    expect(unitizingAlpha([touching, once], 0, 20).perTag.target!.observed).toBeGreaterThan(0);
  });
});
