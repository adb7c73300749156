import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent, useLayoutEffect, type RefObject } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import { lineIndexAt, type Line } from '../../segments';
import { firstBelow } from '../firstBelow';
import { lineBlock, lineBlocks } from '../lineBlocks';

interface ScrollRestorePluginProps {
  map: OffsetMap;
  lines: readonly Line[];
  /** The element that scrolls the document. */
  scroller: RefObject<HTMLElement | null>;
  /**
   * Where the reader was, as a fraction of the text (in code points) at the top
   * of the view. The text, not pixels: off-screen paragraphs have estimated
   * heights (content-visibility), and the window's width changes the layout,
   * but the same fraction of the text is the same place.
   */
  initialScroll: number;
  onScroll: (fraction: number) => void;
}

/** The fraction of the text at the top edge of the scroller: found by a binary search over the line blocks. */
function textFractionAtTop(root: HTMLElement, scroller: HTMLElement, lines: readonly Line[], length: number): number {
  if (scroller.scrollTop <= 0 || length === 0) return 0;
  const top = scroller.getBoundingClientRect().top;
  const blocks = lineBlocks(root);
  const index = Math.min(firstBelow(blocks, top), lines.length - 1);
  const box = blocks.item(index)?.getBoundingClientRect();
  const line = lines[index];
  if (!box || !line) return 0;
  const within = box.height > 0 ? Math.max(0, Math.min(1, (top - box.top) / box.height)) : 0;
  return Math.min(1, (line.start + within * (line.end - line.start)) / length);
}

/** The document opens where the reader left it, and says where the reader is as they scroll. */
export function ScrollRestorePlugin({ map, lines, scroller, initialScroll, onScroll }: ScrollRestorePluginProps): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onScroll);
  const restoreAt = useEffectEvent(() => initialScroll);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const listener = () => {
      const root = editor.getRootElement();
      if (root) report(textFractionAtTop(root, element, lines, map.length));
    };
    element.addEventListener('scroll', listener, { passive: true });
    return () => element.removeEventListener('scroll', listener);
  }, [editor, scroller, map, lines]);

  // Once, as soon as the blocks exist: the first sync builds them all in one update.
  useLayoutEffect(() => {
    let frame = 0;
    const restore = (): boolean => {
      const root = editor.getRootElement();
      const element = scroller.current;
      if (!root || !element || lineBlocks(root).length === 0) return false;
      const fraction = restoreAt();
      const index = lineIndexAt(lines, Math.floor(fraction * map.length));
      const block = lineBlock(root, index);
      const line = lines[index];
      if (fraction <= 0 || !block || !line) return true;
      const place = () => {
        block.scrollIntoView({ block: 'start' });
        const within = line.end > line.start ? (fraction * map.length - line.start) / (line.end - line.start) : 0;
        element.scrollTop += Math.max(0, Math.min(1, within)) * block.getBoundingClientRect().height;
      };
      place();
      // Paragraphs above the target have estimated heights (content-visibility) until they render; once the
      // ones on screen have rendered at their real size, the same line must be put at the top again.
      frame = requestAnimationFrame(() => (frame = requestAnimationFrame(place)));
      return true;
    };
    if (restore()) return () => cancelAnimationFrame(frame);
    const unregister = editor.registerUpdateListener(() => {
      if (restore()) unregister();
    });
    return () => {
      unregister();
      cancelAnimationFrame(frame);
    };
  }, [editor, scroller, map, lines]);

  return null;
}
