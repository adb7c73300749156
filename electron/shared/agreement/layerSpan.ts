/** What agreement needs of a span: its range in code points and its tag. One analyst's layer is a list of these. */
export interface LayerSpan {
  start: number;
  end: number;
  tag: string;
}

/** A layer's spans of one tag as sorted ranges that do not overlap: a stretch one analyst marked twice counts once, while spans that only touch stay two units, as Krippendorff's adjacent units do. */
export function unitsOf(layer: readonly LayerSpan[], tag: string): Array<[number, number]> {
  const ranges = layer
    .filter((span) => span.tag === tag && span.end > span.start)
    .map((span): [number, number] => [span.start, span.end])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
