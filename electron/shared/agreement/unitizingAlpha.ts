import { unitsOf, type LayerSpan } from './layerSpan';

/** One stretch of the continuum in one layer: a unit of the category, or a gap between units. */
interface Section {
  begin: number;
  length: number;
  unit: boolean;
}

export interface UnitizingAlpha {
  /** Observed and expected disagreement (D_o, D_e) per category, and α_u = 1 − D_o / D_e; null where D_e is 0. */
  perTag: Record<string, { observed: number; expected: number; alpha: number | null }>;
  /** Over all categories: 1 − ΣD_o / ΣD_e; null where no category has a unit. */
  alpha: number | null;
}

/**
 * Krippendorff's α_u for unitizing a continuum (Content Analysis, 2nd ed., 2004, §12.4): how well several
 * analysts agree on where units of each category begin and end, chance-corrected against every unitization with
 * the same units and gaps. `layers` are the analysts' spans; the continuum is [begin, begin + length).
 */
export function unitizingAlpha(
  layers: readonly (readonly LayerSpan[])[],
  begin: number,
  length: number,
  tags?: readonly string[],
): UnitizingAlpha {
  const categories = tags ?? [...new Set(layers.flatMap((layer) => layer.map((span) => span.tag)))].sort();
  const perTag: UnitizingAlpha['perTag'] = {};
  let observedSum = 0;
  let expectedSum = 0;
  for (const tag of categories) {
    const sections = layers.map((layer) => sectionsOf(layer, tag, begin, length));
    const observed = observedDisagreement(sections, length);
    const expected = expectedDisagreement(sections, length);
    perTag[tag] = { observed, expected, alpha: expected === 0 ? null : 1 - observed / expected };
    observedSum += observed;
    expectedSum += expected;
  }
  return { perTag, alpha: expectedSum === 0 ? null : 1 - observedSum / expectedSum };
}

function sectionsOf(layer: readonly LayerSpan[], tag: string, begin: number, length: number): Section[] {
  const end = begin + length;
  const sections: Section[] = [];
  let at = begin;
  for (const [from, to] of unitsOf(layer, tag)) {
    const start = Math.max(from, begin);
    const stop = Math.min(to, end);
    if (stop <= start) continue;
    if (start > at) sections.push({ begin: at, length: start - at, unit: false });
    sections.push({ begin: start, length: stop - start, unit: true });
    at = stop;
  }
  if (at < end) sections.push({ begin: at, length: end - at, unit: false });
  return sections;
}

/** δ² between two sections of two layers (Krippendorff 2004, p. 252). */
function distance(a: Section, b: Section): number {
  const beginGap = a.begin - b.begin;
  const endGap = a.begin + a.length - (b.begin + b.length);
  if (a.unit && b.unit) return -a.length < beginGap && beginGap < b.length ? beginGap ** 2 + endGap ** 2 : 0;
  if (a.unit && !b.unit) return beginGap >= 0 && endGap <= 0 ? a.length ** 2 : 0;
  if (!a.unit && b.unit) return beginGap <= 0 && endGap >= 0 ? b.length ** 2 : 0;
  return 0;
}

function observedDisagreement(layers: readonly Section[][], length: number): number {
  const m = layers.length;
  if (m < 2 || length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      // Sections that do not overlap are 0 apart, so walking the two layers side by side visits every term.
      const a = layers[i]!;
      const b = layers[j]!;
      let x = 0;
      let y = 0;
      while (x < a.length && y < b.length) {
        sum += distance(a[x]!, b[y]!);
        const endA = a[x]!.begin + a[x]!.length;
        const endB = b[y]!.begin + b[y]!.length;
        if (endA <= endB) x++;
        if (endB <= endA) y++;
      }
    }
  }
  return (2 * sum) / (m * (m - 1) * length ** 2);
}

function expectedDisagreement(layers: readonly Section[][], length: number): number {
  const m = layers.length;
  const units = layers.flat().filter((section) => section.unit);
  if (units.length === 0 || m < 2) return 0;
  const gaps = layers
    .flat()
    .filter((section) => !section.unit)
    .map((section) => section.length)
    .sort((x, y) => y - x);
  const n = units.length;
  let sum = 0;
  let pairsWithin = 0;
  for (const { length: l } of units) {
    let placements = 0;
    for (const gap of gaps) {
      if (gap < l) break;
      placements += gap - l + 1;
    }
    sum += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * placements;
    pairsWithin += l * (l - 1);
  }
  return ((2 / length) * sum) / (m * length * (m * length - 1) - pairsWithin);
}
