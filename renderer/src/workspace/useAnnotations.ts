import { useCallback, useRef, useState } from 'react';
import type { OffsetMap } from '../../../electron/shared/codePoints';
import type { Annotation } from '../../../electron/shared/model';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import { call } from '../api/client';
import type { TextRange } from './trimRange';

/** Prefix of spans painted before the core has answered; their ids are never sent to it. */
export const PENDING = 'pending-';

function inTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `list` (in text order) with `span` put in its place: a search and a copy, not a sort of thousands of spans. */
function insert(list: readonly Annotation[], span: Annotation): Annotation[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inTextOrder(list[mid]!, span) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return [...list.slice(0, lo), span, ...list.slice(lo)];
}

/** `list` with `added` in text order; the core answers a repeated span with the one it has, which must not appear twice. */
function merge(list: readonly Annotation[], added: readonly Annotation[]): Annotation[] {
  const known = new Set(list.map((s) => s.id));
  return [...list, ...added.filter((s) => !known.has(s.id))].sort(inTextOrder);
}

/**
 * One document's spans as the core stores them. A new span is painted at
 * once under a pending id and replaced by the core's answer (or dropped when
 * the core refuses it), and a moved edge at once too, so tagging and
 * resizing never wait for a round trip.
 */
export function useAnnotations(docId: string, onError: (error: unknown) => void) {
  const [spans, setSpans] = useState<Annotation[]>([]);
  const counter = useRef(0);
  const inflight = useRef(new Set<Promise<unknown>>());
  // Range changes go to the core one after another: a later key press must not be overtaken by an earlier one.
  const resizes = useRef<Promise<unknown>>(Promise.resolve());
  const latestResize = useRef(new Map<string, number>());

  /** Read the spans again, or take them from `listed`, an answer to the same question already under way. */
  const reload = useCallback(
    async (listed?: Promise<Annotation[]>) => {
      const list = await (listed ?? call('annotations.list', { docId }));
      setSpans([...list].sort(inTextOrder));
    },
    [docId],
  );

  const create = useCallback(
    async (map: OffsetMap, range: TextRange, tag: string): Promise<Annotation | null> => {
      const now = new Date().toISOString();
      const pending: Annotation = {
        id: `${PENDING}${++counter.current}`,
        docId,
        ...range,
        quote: map.slice(range.start, range.end),
        tag,
        note: '',
        created: now,
        modified: now,
      };
      setSpans((list) => insert(list, pending));
      const request = call('annotations.create', { docId, ...range, tag });
      inflight.current.add(request);
      try {
        const saved = await request;
        setSpans((list) =>
          merge(
            list.filter((s) => s.id !== pending.id),
            [saved],
          ),
        );
        return saved;
      } catch (error) {
        setSpans((list) => list.filter((s) => s.id !== pending.id));
        onError(error);
        return null;
      } finally {
        inflight.current.delete(request);
      }
    },
    [docId, onError],
  );

  const createMany = useCallback(
    async (ranges: readonly TextRange[], tag: string) => {
      const saved = await call('annotations.createMany', { docId, tag, spans: ranges.map(({ start, end }) => ({ start, end })) });
      setSpans((list) => merge(list, saved));
      return saved;
    },
    [docId],
  );

  const update = useCallback(async (id: string, change: { tag?: string; note?: string; value?: TargetValue }) => {
    const saved = await call('annotations.update', { id, ...change });
    setSpans((list) => list.map((s) => (s.id === id ? saved : s)));
  }, []);

  /** Give a span a new range (one undoable change in the core); shown before the core answers, reloaded if it refuses. */
  const resize = useCallback(
    (map: OffsetMap, id: string, range: TextRange) => {
      setSpans((list) => {
        const old = list.find((s) => s.id === id);
        if (!old) return list;
        return insert(
          list.filter((s) => s !== old),
          { ...old, ...range, quote: map.slice(range.start, range.end) },
        );
      });
      const token = (latestResize.current.get(id) ?? 0) + 1;
      latestResize.current.set(id, token);
      const request = resizes.current.then(() => call('annotations.update', { id, ...range }));
      resizes.current = request.catch(() => undefined);
      inflight.current.add(request);
      request
        .then((saved) => {
          // An answer to an earlier key press would take the span back a step until the later one's came.
          if (latestResize.current.get(id) === token) setSpans((list) => list.map((s) => (s.id === id ? saved : s)));
        })
        .catch(async (error: unknown) => {
          onError(error);
          await reload().catch(onError);
        })
        .finally(() => inflight.current.delete(request));
    },
    [onError, reload],
  );

  /** Add a piece to a span (annotations.addFragment): the core merges it with the pieces it touches and answers the span as stored. */
  const addFragment = useCallback(async (id: string, range: TextRange) => {
    const saved = await call('annotations.addFragment', { id, start: range.start, end: range.end });
    setSpans((list) =>
      insert(
        list.filter((s) => s.id !== id),
        saved,
      ),
    );
    return saved;
  }, []);

  const remove = useCallback(async (id: string) => {
    await call('annotations.remove', { id });
    setSpans((list) => list.filter((s) => s.id !== id));
  }, []);

  /** Resolves once every create and range change sent so far has been answered, so that an undo never overtakes one. */
  const settled = useCallback(async () => {
    await Promise.allSettled([...inflight.current]);
  }, []);

  return { spans, reload, create, createMany, update, resize, addFragment, remove, settled };
}
