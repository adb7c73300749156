/**
 * Where the reader is in the open document (the code-point offset at the top
 * of the view), for the outline to follow. Kept outside React state: it
 * changes on every scroll event, and only the outline's current heading,
 * which changes far less often, should render anything.
 */
export interface ReadingPosition {
  get(): number;
  set(offset: number): void;
  subscribe(listener: () => void): () => void;
}

export function createReadingPosition(initial = 0): ReadingPosition {
  let offset = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => offset,
    set(next) {
      if (next === offset) return;
      offset = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
