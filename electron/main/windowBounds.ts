import type { WindowBounds } from '../shared/model';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size a window opens at the first time. */
export const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820, maximized: false };

/**
 * The bounds to reopen the window at. A saved position is kept only while
 * the window's title bar still falls on a screen: a monitor unplugged since
 * last time would otherwise open the window where nobody can reach it. The
 * size never exceeds the largest screen.
 */
export function restorableBounds(saved: WindowBounds | null, workAreas: readonly Area[]): WindowBounds {
  const bounds = saved ?? DEFAULT_BOUNDS;
  const maxWidth = Math.max(...workAreas.map((a) => a.width), 640);
  const maxHeight = Math.max(...workAreas.map((a) => a.height), 480);
  const sized: WindowBounds = {
    width: Math.min(bounds.width, maxWidth),
    height: Math.min(bounds.height, maxHeight),
    maximized: bounds.maximized,
  };
  if (bounds.x === undefined || bounds.y === undefined) return sized;
  const titleBar: Area = { x: bounds.x, y: bounds.y, width: Math.min(sized.width, 200), height: 32 };
  return workAreas.some((area) => contains(area, titleBar)) ? { ...sized, x: bounds.x, y: bounds.y } : sized;
}

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
