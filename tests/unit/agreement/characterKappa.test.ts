import { describe, expect, it } from 'vitest';
import { characterKappa } from '../../../electron/shared/agreement/characterKappa';
import type { LayerSpan } from '../../../electron/shared/agreement/layerSpan';

const span = (start: number, end: number, tag = 'target'): LayerSpan => ({ start, end, tag });

describe("Cohen's κ over characters", () => {
  // Cohen's yes/no table as characters: 20 both yes, 5 only the first, 10 only the second, 15 both no; κ = 0.4.
  it('the two-rater table of 50 items (20, 5, 10, 15) gives κ = 0.4', () => {
    expect(characterKappa([span(0, 25)], [span(0, 20), span(25, 35)], 50)).toBeCloseTo(0.4, 10);
  });

  // Krippendorff (1995, p. 57) digitizes pairs A and C into 24 units of time and reports κ for each.
  it('pair A of Krippendorff (1995), digitized: κ = 0.385', () => {
    expect(characterKappa([span(2, 10), span(14, 20)], [span(4, 8), span(15, 17)], 24)).toBeCloseTo(0.385, 3);
  });

  it('pair C of Krippendorff (1995), digitized: κ = 0.314', () => {
    const gerret = [span(2, 8), span(10, 12), span(14, 18), span(20, 22)];
    const gill = [span(0, 2), span(4, 8), span(10, 14), span(16, 18), span(20, 22)];
    expect(characterKappa(gerret, gill, 24)).toBeCloseTo(0.314, 3);
  });

  it('is 1 for identical layers and null where every character has one label in both', () => {
    const layer = [span(2, 5), span(7, 9, 'policy')];
    expect(characterKappa(layer, layer, 12)).toBe(1);
    expect(characterKappa([], [], 12)).toBeNull();
    expect(characterKappa([span(0, 12)], [span(0, 12)], 12)).toBeNull();
  });

  it('tells tags apart: the same stretch under two tags is a disagreement, except for the tag asked about', () => {
    const a = [span(0, 6, 'target')];
    const b = [span(0, 6, 'policy')];
    expect(characterKappa(a, b, 12)).toBeLessThan(0.5);
    expect(characterKappa(a, b, 12, 'target')).toBeLessThan(0.5);
    expect(characterKappa([span(0, 6, 'target'), span(6, 9, 'policy')], [span(0, 6, 'target')], 12, 'target')).toBe(1);
  });
});
