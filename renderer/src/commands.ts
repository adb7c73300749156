import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../electron/shared/contract';
import { onMenu } from './api/client';

/**
 * One bus for app commands, whatever raised them: the Electron menu, a
 * toolbar button or a hotkey. Parts of the UI listen with `useCommand`.
 */
type Listener = (command: MenuCommand) => void;
const listeners = new Set<Listener>();

export function emitCommand(command: MenuCommand): void {
  for (const listener of listeners) listener(command);
}

onMenu(emitCommand);

/** Run `handler` whenever `command` is emitted, for as long as the component is mounted. */
export function useCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener: Listener = (c) => {
      if (c === command) latest.current();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [command]);
}
