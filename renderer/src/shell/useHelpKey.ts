import { useEffect, useRef } from 'react';
import { isMac } from './lib/platform';
import { isShortcut } from './lib/shortcuts';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** ? (when not typing in a field, where it is a character) or F1 (anywhere) opens the shortcut help. */
export function useHelpKey(open: () => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || !isShortcut('help', event, isMac)) return;
      if (event.key !== 'F1' && isTyping(event.target)) return;
      // F1 would otherwise open the browser's own help in the web mode.
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
