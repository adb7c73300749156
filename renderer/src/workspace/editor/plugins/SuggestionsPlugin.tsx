import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { SuggestionItem } from '../../../../../electron/shared/suggest/suggestionItem';
import { SuggestionTagSchema } from '../../../../../electron/shared/suggest/suggestionSchema';
import type { Line } from '../../segments';
import { offsetsToDomRange } from '../domOffsets';
import { NearViewHighlights, type NamedRange } from '../nearViewHighlights';

/** The highlight of a tag's suggestions (theme.css draws each); the engine suggests these four tags only. */
const highlightName = (tag: string) => `ws-suggest-${tag}`;
const CURRENT = 'ws-suggest-current';
const NAMES = [...SuggestionTagSchema.options.map(highlightName), CURRENT];

/**
 * The suggestions shown, as CSS custom highlights: a layer over the text that
 * never touches the editor's nodes, so showing, hiding or deciding on
 * suggestions rebuilds no line, and a span under a suggestion keeps its own
 * fill and bars. Only those near the view are drawn (NearViewHighlights), so a
 * new mark costs the same in a 30 MB text as in a short one. The current
 * suggestion is drawn stronger and scrolled into the middle of the view when
 * it changes.
 */
export function SuggestionsPlugin({
  map,
  lines,
  suggestions,
  currentId,
}: {
  map: OffsetMap;
  lines: readonly Line[];
  suggestions: readonly SuggestionItem[];
  currentId: string | null;
}): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const scroller = root.closest<HTMLElement>('.ws-doc-scroll');
    const near = new NearViewHighlights(root, scroller, map, lines, NAMES);
    const items: NamedRange[] = suggestions.map((s) => ({ start: s.start, end: s.end, name: highlightName(s.tag) }));
    const current = currentId ? suggestions.find((s) => s.id === currentId) : undefined;
    if (current) items.push({ start: current.start, end: current.end, name: CURRENT });
    near.show(items);
    const follow = () => near.follow();
    scroller?.addEventListener('scroll', follow, { passive: true });
    const resize = new ResizeObserver(follow);
    if (scroller) resize.observe(scroller);
    const stop = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size > 0) near.refresh();
    });
    return () => {
      stop();
      resize.disconnect();
      scroller?.removeEventListener('scroll', follow);
      near.clear();
    };
  }, [editor, map, lines, suggestions, currentId]);

  const current = currentId ? suggestions.find((s) => s.id === currentId) : undefined;
  const [currentStart, currentEnd] = current ? [current.start, current.end] : [-1, -1];
  useEffect(() => {
    const root = editor.getRootElement();
    if (!root || currentStart < 0) return;
    const box = offsetsToDomRange(root, { start: currentStart, end: currentEnd }, map, lines)?.getBoundingClientRect();
    const scroller = root.closest('.ws-doc-scroll');
    if (!box || !scroller) return;
    const view = scroller.getBoundingClientRect();
    if (box.top >= view.top + 40 && box.bottom <= view.bottom - 40) return;
    scroller.scrollBy({ top: box.top - view.top - view.height / 2 + box.height / 2 });
  }, [editor, map, lines, currentStart, currentEnd]);

  return null;
}
