import { useEffect, useRef } from 'react';

/**
 * A debounced call of `fn`: only the last value within `ms` is sent. A call
 * still waiting when the component unmounts is made then, so that switching
 * documents right after scrolling still saves the position.
 */
export function useDebounced<T>(fn: (value: T) => unknown, ms: number): (value: T) => void {
  const latest = useRef(fn);
  latest.current = fn;
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: T } | null>(null);
  useEffect(
    () => () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      latest.current(pending.current.value);
    },
    [],
  );
  const schedule = useRef((value: T) => {
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      pending.current = null;
      latest.current(value);
    }, ms);
    pending.current = { timer, value };
  });
  return schedule.current;
}
