import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, type RefObject } from 'react';
import { firstBelow } from '../firstBelow';
import { lineBlocks, type LineBlocks } from '../lineBlocks';

/** The class of a line near the view: it skips its rendering only while off screen (theme.css). */
const NEAR_CLASS = 'ws-near';

/**
 * Lines either side of the view that are near. The browser checks every
 * `content-visibility: auto` element against the viewport in every frame
 * that lays anything out: at 70,000 lines (a 30 MB text) that check took
 * most of a frame, so tagging one span waited for it. Lines further away
 * are `content-visibility: hidden`, which nothing checks; a document of up
 * to twice this many lines is near all through.
 */
const NEAR_LINES = 1000;

/**
 * Keeps the lines around the view near (NEAR_CLASS), as the reader scrolls
 * or the column changes size, so that only those are watched for coming on
 * screen. A scroll event comes before the frame it shows is drawn: lines
 * scrolled to are near by the time they are painted.
 */
export function LineWindowPlugin({ scroller, startLine }: { scroller: RefObject<HTMLElement | null>; startLine: number }): null {
  const [editor] = useLexicalComposerContext();

  useLayoutEffect(() => {
    let near = { from: 0, to: 0 };
    const move = (blocks: LineBlocks, from: number, to: number) => {
      for (let i = near.from; i < near.to; i++) if (i < from || i >= to) blocks.item(i)?.classList.remove(NEAR_CLASS);
      for (let i = from; i < to; i++) if (i < near.from || i >= near.to) blocks.item(i)!.classList.add(NEAR_CLASS);
      near = { from, to };
    };
    const update = () => {
      const root = editor.getRootElement();
      const element = scroller.current;
      if (!root || !element) return;
      const blocks = lineBlocks(root);
      if (blocks.length === 0) return;
      const view = element.getBoundingClientRect();
      move(
        blocks,
        Math.max(0, firstBelow(blocks, view.top) - NEAR_LINES),
        Math.min(blocks.length, firstBelow(blocks, view.bottom) + 1 + NEAR_LINES),
      );
    };
    /**
     * The first window is counted in lines from where the reader starts
     * (ScrollRestorePlugin puts that line at the top), not measured: the
     * blocks were just built, and measuring them would lay out the whole
     * document once more before its first frame. Scrolling measures it.
     */
    const start = (): boolean => {
      const root = editor.getRootElement();
      const blocks = root && lineBlocks(root);
      if (!blocks?.length) return false;
      move(blocks, Math.max(0, startLine - NEAR_LINES), Math.min(blocks.length, startLine + 1 + NEAR_LINES));
      return true;
    };
    const element = scroller.current;
    element?.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    if (element) resize.observe(element);
    // The blocks are built once, by the first update that has them: from then on only scrolling moves the window.
    const unregister = editor.registerUpdateListener(() => {
      if (start()) unregister();
    });
    if (start()) unregister();
    return () => {
      unregister();
      resize.disconnect();
      element?.removeEventListener('scroll', update);
    };
  }, [editor, scroller, startLine]);

  return null;
}
