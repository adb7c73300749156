import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  kind: 'error' | 'info';
  message: string;
}

/** Information fades by itself; errors stay until dismissed, so that a file's problem can be read in full. */
const INFO_LIFETIME_MS = 6000;

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

/** Remove one notice. */
export function dismissToast(id: number): void {
  publish(toasts.filter((toast) => toast.id !== id));
}

/** Show a notice; errors go to the alert region, information to the status region. */
export function showToast(kind: Toast['kind'], message: string): void {
  const id = nextId++;
  publish([...toasts, { id, kind, message }]);
  if (kind === 'info') setTimeout(() => dismissToast(id), INFO_LIFETIME_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notices now showing. */
export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}
