import type { LineBlocks } from './lineBlocks';

/** The index of the first block whose bottom is below `y` (viewport pixels): a binary search over blocks in order. */
export function firstBelow(blocks: LineBlocks, y: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks.item(mid)!.getBoundingClientRect().bottom <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
