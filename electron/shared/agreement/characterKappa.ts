import type { LayerSpan } from './layerSpan';

/**
 * Cohen's κ over characters: every character of the text is one item, and its label in a layer is the set of
 * tags covering it there ("none" where no span does). With `tag` given the label is binary: in a span of that
 * tag or not. Null where κ is undefined (both layers give every character the same one label).
 */
export function characterKappa(a: readonly LayerSpan[], b: readonly LayerSpan[], length: number, tag?: string): number | null {
  if (length <= 0) return null;
  const labelsA = characterLabels(a, length, tag);
  const labelsB = characterLabels(b, length, tag);
  const pairs = new Map<string, number>();
  const marginA = new Map<string, number>();
  const marginB = new Map<string, number>();
  let agreed = 0;
  // Runs of characters with one label pair are counted at once: a 200,000-character text has few label changes.
  const cuts = [...new Set([0, length, ...labelsA.cuts, ...labelsB.cuts])].sort((x, y) => x - y);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const run = cuts[i + 1]! - from;
    const la = labelsA.at(from);
    const lb = labelsB.at(from);
    if (la === lb) agreed += run;
    pairs.set(`${la}|${lb}`, (pairs.get(`${la}|${lb}`) ?? 0) + run);
    marginA.set(la, (marginA.get(la) ?? 0) + run);
    marginB.set(lb, (marginB.get(lb) ?? 0) + run);
  }
  const observed = agreed / length;
  let expected = 0;
  for (const [label, count] of marginA) expected += (count / length) * ((marginB.get(label) ?? 0) / length);
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}

interface Labels {
  cuts: number[];
  at(position: number): string;
}

function characterLabels(layer: readonly LayerSpan[], length: number, tag: string | undefined): Labels {
  const spans = layer.filter((span) => (tag === undefined || span.tag === tag) && span.end > span.start);
  const cuts = [...new Set(spans.flatMap((span) => [clamp(span.start, length), clamp(span.end, length)]))].sort((x, y) => x - y);
  const labels = new Map<number, string>();
  for (const cut of cuts) {
    const covering = new Set(spans.filter((span) => span.start <= cut && cut < span.end).map((span) => span.tag));
    labels.set(cut, covering.size === 0 ? 'none' : tag !== undefined ? 'in' : [...covering].sort().join('+'));
  }
  return {
    cuts,
    at(position) {
      let label = 'none';
      let lo = 0;
      let hi = cuts.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (cuts[mid]! <= position) {
          label = labels.get(cuts[mid]!)!;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return label;
    },
  };
}

const clamp = (value: number, length: number): number => Math.max(0, Math.min(length, value));
