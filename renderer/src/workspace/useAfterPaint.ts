import { useEffect, useState } from 'react';

/**
 * `value`, but only once the frame that follows its change has been painted.
 * React's useDeferredValue renders in a task that can still run before that
 * paint, which made a new highlight wait for the annotation panel.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState<T>(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
