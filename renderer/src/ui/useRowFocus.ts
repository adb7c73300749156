import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Keyboard focus in a virtualised list: a row scrolled to is in the page only after the list renders again, so
 * the focus is asked for (set `.current = true`) and given to the row whose `attribute` is `current` once it is there.
 */
export function useRowFocus(scroller: RefObject<HTMLElement | null>, current: string | null, attribute: string) {
  const wanted = useRef(false);
  useLayoutEffect(() => {
    if (!wanted.current || current === null) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(current)}"]`);
    if (!row) return;
    wanted.current = false;
    row.focus();
  });
  return wanted;
}
