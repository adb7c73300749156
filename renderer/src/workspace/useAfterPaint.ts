import { useEffect, useState } from 'react';

/** How long a value may wait for a frame: a hidden or minimised window paints none. */
const FRAME_WAIT_MS = 100;

/**
 * `value`, but only once the frame that follows its change has been painted
 * (or, where no frame comes, after FRAME_WAIT_MS). React's useDeferredValue
 * renders in a task that can still run before that paint, which made a new
 * highlight wait for the annotation panel.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<T>(initial);
  useEffect(() => {
    let done = false;
    const show = () => {
      if (done) return;
      done = true;
      setShown(() => value);
    };
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(show);
    });
    const fallback = setTimeout(show, FRAME_WAIT_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
  }, [value]);
  return shown;
}
