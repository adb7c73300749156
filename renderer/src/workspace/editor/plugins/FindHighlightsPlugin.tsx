import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { Line } from '../../segments';
import type { TextRange } from '../../trimRange';
import { SHOW_MATCHES_COMMAND } from '../commands';
import { offsetsToDomRange, offsetToDomPoint } from '../domOffsets';

const MATCHES = 'ws-find';
const CURRENT = 'ws-find-current';

/**
 * Find matches as CSS custom highlights (theme.css draws them): painted over
 * the text without touching the editor's state or DOM, so they cost nothing
 * to show or clear, and a tag under them stays visible.
 */
export function FindHighlightsPlugin({ map, lines }: { map: OffsetMap; lines: readonly Line[] }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let shown: { matches: readonly TextRange[]; current: number } = { matches: [], current: -1 };
    const paint = () => {
      const root = editor.getRootElement();
      if (!root) return;
      const others: Range[] = [];
      let current: Range | null = null;
      shown.matches.forEach((match, i) => {
        const range = offsetsToDomRange(root, match, map, lines);
        if (!range) return;
        if (i === shown.current) current = range;
        else others.push(range);
      });
      CSS.highlights.set(MATCHES, new Highlight(...others));
      if (current) CSS.highlights.set(CURRENT, new Highlight(current));
      else CSS.highlights.delete(CURRENT);
    };
    return mergeRegister(
      editor.registerCommand(
        SHOW_MATCHES_COMMAND,
        (payload) => {
          shown = payload;
          paint();
          const root = editor.getRootElement();
          const match = payload.matches[payload.current];
          const point = root && match ? offsetToDomPoint(root, match.start, map, lines) : null;
          const target = point && (point.node instanceof Element ? point.node : point.node.parentElement);
          target?.scrollIntoView({ block: 'center' });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // A rebuilt line is new text nodes, and a highlight's ranges in the old ones would collapse.
      editor.registerUpdateListener(({ dirtyElements }) => {
        if (shown.matches.length > 0 && dirtyElements.size > 0) paint();
      }),
      () => {
        CSS.highlights.delete(MATCHES);
        CSS.highlights.delete(CURRENT);
      },
    );
  }, [editor, map, lines]);

  return null;
}
