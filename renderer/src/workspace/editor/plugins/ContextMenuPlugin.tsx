import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { Line } from '../../segments';
import type { TextRange } from '../../trimRange';
import { selectedRange } from '../domRanges';
import { registerRootEvent } from '../rootEvents';

interface ContextMenuPluginProps {
  map: OffsetMap;
  lines: readonly Line[];
  onContextMenu: (range: TextRange, x: number, y: number) => void;
}

/**
 * The context menu on selected text (right click, the Menu key, Shift+F10)
 * is the tag menu; elsewhere the browser keeps its own.
 */
export function ContextMenuPlugin({ map, lines, onContextMenu }: ContextMenuPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const open = useEffectEvent(onContextMenu);

  useEffect(
    () =>
      registerRootEvent(editor, 'contextmenu', (event) => {
        const root = editor.getRootElement();
        const range = root && selectedRange(root, map, lines);
        if (!range) return;
        event.preventDefault();
        open(range, event.clientX, event.clientY);
      }),
    [editor, map, lines],
  );

  return null;
}
