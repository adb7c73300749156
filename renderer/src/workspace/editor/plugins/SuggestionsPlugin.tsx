import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { SuggestionItem } from '../../../../../electron/shared/suggest/suggestionItem';
import { SuggestionTagSchema } from '../../../../../electron/shared/suggest/suggestionSchema';
import type { Line } from '../../segments';
import { offsetsToDomRange, offsetsToStaticRange } from '../domOffsets';

/** The highlight of a tag's suggestions (theme.css draws each); the engine suggests these four tags only. */
const highlightName = (tag: string) => `ws-suggest-${tag}`;
const CURRENT = 'ws-suggest-current';
const NAMES = [...SuggestionTagSchema.options.map(highlightName), CURRENT];

/**
 * The suggestions shown, as CSS custom highlights: a layer over the text that
 * never touches the editor's nodes, so showing, hiding or deciding on
 * suggestions rebuilds no line, and a span under a suggestion keeps its own
 * fill and bars. The current suggestion is drawn stronger and scrolled into
 * the middle of the view when it changes.
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
  const shown = useRef({ suggestions, currentId });
  shown.current = { suggestions, currentId };

  useEffect(() => {
    const paint = () => {
      const root = editor.getRootElement();
      if (!root) return;
      const byTag = new Map<string, StaticRange[]>();
      let current: StaticRange | null = null;
      for (const s of shown.current.suggestions) {
        const range = offsetsToStaticRange(root, s, map, lines);
        if (!range) continue;
        if (s.id === shown.current.currentId) current = range;
        const list = byTag.get(s.tag);
        if (list) list.push(range);
        else byTag.set(s.tag, [range]);
      }
      for (const tag of SuggestionTagSchema.options) {
        const ranges = byTag.get(tag);
        if (ranges) CSS.highlights.set(highlightName(tag), new Highlight(...ranges));
        else CSS.highlights.delete(highlightName(tag));
      }
      if (current) CSS.highlights.set(CURRENT, new Highlight(current));
      else CSS.highlights.delete(CURRENT);
    };
    paint();
    // A rebuilt line is new text nodes, and a highlight's ranges in the old ones would collapse.
    const stop = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size > 0) paint();
    });
    return () => {
      stop();
      for (const name of NAMES) CSS.highlights.delete(name);
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
