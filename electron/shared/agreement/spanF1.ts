import type { LayerSpan } from './layerSpan';

/**
 * F1 between two layers, with exact match (same start, end and tag) or overlap match (same tag, at least one
 * character in common). Symmetric: neither layer is the gold. With overlap, one span may match several, so the
 * two directions are counted apart and F1 is their harmonic mean. Null when neither layer has a span.
 */
export function spanF1(a: readonly LayerSpan[], b: readonly LayerSpan[], match: 'exact' | 'overlap'): number | null {
  if (a.length + b.length === 0) return null;
  if (match === 'exact') {
    const keys = new Set(b.map(key));
    const shared = new Set(a.map(key).filter((k) => keys.has(k))).size;
    return (2 * shared) / (new Set(a.map(key)).size + keys.size);
  }
  const recallLike = share(a, b);
  const precisionLike = share(b, a);
  return recallLike + precisionLike === 0 ? 0 : (2 * recallLike * precisionLike) / (recallLike + precisionLike);
}

const key = (span: LayerSpan): string => `${span.tag}\u0000${span.start}\u0000${span.end}`;

/** The share of `from`'s spans that overlap a span of the same tag in `to`. */
function share(from: readonly LayerSpan[], to: readonly LayerSpan[]): number {
  if (from.length === 0) return 0;
  const byTag = new Map<string, LayerSpan[]>();
  for (const span of to) byTag.set(span.tag, [...(byTag.get(span.tag) ?? []), span]);
  const hits = from.filter((span) => (byTag.get(span.tag) ?? []).some((other) => other.start < span.end && span.start < other.end));
  return hits.length / from.length;
}
