import { useEffect } from 'react';
import { isElectron } from '../api/client';
import { emitCommand } from '../commands';
import { isMac } from './lib/platform';
import { shortcutCommand } from './lib/shortcuts';

/** In the web mode there is no native menu to own the app's accelerators (Ctrl/Cmd+O, Shift+S, I, E, comma); the window listens instead. */
export function useWebShortcuts(): void {
  useEffect(() => {
    if (isElectron) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutCommand(event, isMac);
      if (!command) return;
      event.preventDefault();
      emitCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
