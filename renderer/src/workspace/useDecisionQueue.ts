import { useCallback, useRef, useState } from 'react';

const NOTHING: ReadonlySet<string> = new Set();

/**
 * Decisions on suggestions, run one after another in the order they were
 * made. A decided suggestion leaves the list at once (`pending`), so the
 * next key the analyst presses is for the suggestion the list has moved on
 * to, never dropped nor applied twice while the core is still answering the
 * one before; it stays out until its own task, which reloads the list, ends.
 */
export function useDecisionQueue(onError: (error: unknown) => void) {
  const [pending, setPending] = useState<ReadonlySet<string>>(NOTHING);
  const chain = useRef<Promise<void>>(Promise.resolve());

  const enqueue = useCallback(
    (ids: readonly string[], task: () => Promise<void>) => {
      setPending((set) => new Set([...set, ...ids]));
      chain.current = chain.current
        .then(task)
        .catch(onError)
        .finally(() =>
          setPending((set) => {
            const left = new Set(set);
            for (const id of ids) left.delete(id);
            return left.size === 0 ? NOTHING : left;
          }),
        );
    },
    [onError],
  );

  /** Resolves once every decision made so far has been carried out, so that an undo never overtakes one. */
  const drained = useCallback(() => chain.current, []);

  return { pending, enqueue, drained };
}
