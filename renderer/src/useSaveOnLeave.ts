import { useEffect, useRef } from 'react';

/**
 * Runs `save` when the component goes away, by whatever route: its popover
 * or dialog closed (a click outside closes one before its field sees a
 * blur), the document or session switched, or the page closed or reloaded
 * (pagehide). `save` must do nothing when there is nothing new to save; the
 * one given at the latest render is the one run.
 */
export function useSaveOnLeave(save: () => void): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    const onPageHide = () => latest.current();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      latest.current();
    };
  }, []);
}
