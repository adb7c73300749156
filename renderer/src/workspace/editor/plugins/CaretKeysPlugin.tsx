import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import { isMac } from '../../../shell/lib/platform';
import { isShortcut } from '../../../shell/lib/shortcuts';
import type { Line } from '../../segments';
import { offsetToDomPoint } from '../domOffsets';
import { registerRootEvent } from '../rootEvents';

/** Caret keys and how Selection.modify moves for them. */
const CARET_KEYS: Record<string, [direction: 'backward' | 'forward', granularity: string]> = {
  ArrowLeft: ['backward', 'character'],
  ArrowRight: ['forward', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
  Home: ['backward', 'lineboundary'],
  End: ['forward', 'lineboundary'],
};

/**
 * A caret and keyboard selection in read-only text. With editable=false,
 * Lexical handles no keys, and Chromium moves no caret in text that is not
 * editable; Selection.modify, which Chromium supports on read-only text,
 * does it instead: arrows, Home and End move, Shift extends, Ctrl moves by
 * words, and Ctrl+A selects the whole text (not the page). Alt is left to
 * the keys that move a span's edges.
 */
export function CaretKeysPlugin({ map, lines }: { map: OffsetMap; lines: readonly Line[] }): null {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const root = editor.getRootElement();
      const selection = root?.ownerDocument.getSelection();
      if (!root || !selection) return;
      if (isShortcut('selectAll', event, isMac)) {
        event.preventDefault();
        selection.selectAllChildren(root);
        return;
      }
      const caret = CARET_KEYS[event.key];
      if (!caret || event.altKey) return;
      event.preventDefault();
      if (selection.rangeCount === 0 || !root.contains(selection.anchorNode)) {
        const start = offsetToDomPoint(root, 0, map, lines);
        if (start) selection.collapse(start.node, start.offset);
      }
      const [direction, unit] = caret;
      const granularity = (event.ctrlKey || event.metaKey) && unit === 'character' ? 'word' : unit;
      selection.modify(event.shiftKey ? 'extend' : 'move', direction, granularity);
    };
    return registerRootEvent(editor, 'keydown', onKeyDown);
  }, [editor, map, lines]);

  return null;
}
