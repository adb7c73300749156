/** Index of the last value in ascending `sorted` that is ≤ `p`, or -1 when none is. */
export function lastAtOrBefore(sorted: readonly number[], p: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
