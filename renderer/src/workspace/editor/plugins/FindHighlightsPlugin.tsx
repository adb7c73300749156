import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { Line } from '../../segments';
import { SHOW_MATCHES_COMMAND } from '../commands';
import { offsetsToDomRange, offsetToDomPoint } from '../domOffsets';
import { NearViewHighlights } from '../nearViewHighlights';

const MATCHES = 'ws-find';
const CURRENT = 'ws-find-current';

/**
 * Find matches as CSS custom highlights (theme.css draws them): painted over
 * the text without touching the editor's state or DOM, so they cost nothing
 * to show or clear, and a tag under them stays visible. The matches are
 * drawn on the lines near the view only (NearViewHighlights); the current
 * one, which the view is scrolled to, is one live range of its own.
 */
export function FindHighlightsPlugin({ map, lines }: { map: OffsetMap; lines: readonly Line[] }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const scroller = root.closest<HTMLElement>('.ws-doc-scroll');
    const near = new NearViewHighlights(root, scroller, map, lines, [MATCHES]);
    let current: { start: number; end: number } | null = null;
    const paintCurrent = () => {
      const range = current && offsetsToDomRange(root, current, map, lines);
      if (range) CSS.highlights.set(CURRENT, new Highlight(range));
      else CSS.highlights.delete(CURRENT);
    };
    const follow = () => near.follow();
    scroller?.addEventListener('scroll', follow, { passive: true });
    const resize = new ResizeObserver(follow);
    if (scroller) resize.observe(scroller);
    return mergeRegister(
      editor.registerCommand(
        SHOW_MATCHES_COMMAND,
        (payload) => {
          current = payload.matches[payload.current] ?? null;
          const point = current ? offsetToDomPoint(root, current.start, map, lines) : null;
          const target = point && (point.node instanceof Element ? point.node : point.node.parentElement);
          target?.scrollIntoView({ block: 'center' });
          near.show(payload.matches.flatMap((match, i) => (i === payload.current ? [] : [{ ...match, name: MATCHES }])));
          paintCurrent();
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // A rebuilt line is new text nodes, and a highlight's ranges in the old ones would collapse.
      editor.registerUpdateListener(({ dirtyElements }) => {
        if (dirtyElements.size === 0) return;
        near.refresh();
        if (current) paintCurrent();
      }),
      () => {
        resize.disconnect();
        scroller?.removeEventListener('scroll', follow);
        near.clear();
        CSS.highlights.delete(CURRENT);
      },
    );
  }, [editor, map, lines]);

  return null;
}
