import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from '../../segments';
import { REVEAL_OFFSET_COMMAND } from '../commands';
import { offsetToDomPoint } from '../domOffsets';
import { lineBlock } from '../lineBlocks';

/**
 * A jump to a place in the text (an outline heading): its line goes to the
 * top of the view, where the reading position is taken from, and the caret
 * goes there, so that the keyboard reads and selects on from the heading.
 */
export function RevealOffsetPlugin({ map, lines }: { map: OffsetMap; lines: readonly Line[] }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let frame = 0;
    const unregister = editor.registerCommand(
      REVEAL_OFFSET_COMMAND,
      ({ offset }) => {
        const root = editor.getRootElement();
        const block = root && lineBlock(root, lineIndexAt(lines, offset));
        if (!root || !block) return true;
        const place = () => block.scrollIntoView({ block: 'start' });
        place();
        // Paragraphs above have estimated heights (content-visibility) until they render: once those on
        // screen have rendered at their real size, the line is put at the top again.
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => (frame = requestAnimationFrame(place)));
        const point = offsetToDomPoint(root, offset, map, lines);
        if (point) root.ownerDocument.getSelection()?.collapse(point.node, point.offset);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
    return () => {
      unregister();
      cancelAnimationFrame(frame);
    };
  }, [editor, map, lines]);

  return null;
}
