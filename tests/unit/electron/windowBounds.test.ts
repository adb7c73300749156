import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restorableBounds } from '../../../electron/main/windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restorableBounds', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restorableBounds(null, [laptop])).toEqual(DEFAULT_BOUNDS);
  });

  it('reopens where the window was while that place is on a screen', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: true };
    expect(restorableBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('drops a position left on a monitor that is gone, and fits the size to the screens left', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(restorableBounds(saved, [laptop])).toEqual({ width: 1440, height: 860, maximized: false });
  });

  it('drops a position whose title bar is above the screen', () => {
    expect(restorableBounds({ x: 10, y: -20, width: 800, height: 600, maximized: false }, [laptop])).toEqual({
      width: 800,
      height: 600,
      maximized: false,
    });
  });
});
