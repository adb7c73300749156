import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, type LexicalEditor } from 'lexical';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { REVEAL_SPAN_COMMAND } from '../commands';
import { registerSpanIndex, SpanIndex } from '../spanIndex';

const ACTIVE_CLASS = 'ws-active';
const FLASH_CLASS = 'ws-flash';
/** A little longer than the flash animation in theme.css. */
const FLASH_MS = 1300;

/** The elements of a span's marks, first in the text first. */
function marksOf(editor: LexicalEditor, index: SpanIndex, id: string): HTMLElement[] {
  const elements = [...index.keys(id)].flatMap((key) => editor.getElementByKey(key) ?? []);
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
}

/**
 * The span the popover edits is outlined, and a span asked for by
 * REVEAL_SPAN_COMMAND is scrolled to and flashed. Both are classes on the
 * span's own mark elements, found through an id → keys index kept by
 * Lexical's mutations, so neither costs a query over the document nor an
 * editor update; marks rebuilt while a span is active are outlined again.
 */
export function ActiveSpanPlugin({ activeId }: { activeId: string | null }): null {
  const [editor] = useLexicalComposerContext();
  const [index] = useState(() => new SpanIndex());
  const active = useRef<{ id: string | null; marks: HTMLElement[] }>({ id: null, marks: [] });

  const outline = useEffectEvent((id: string | null) => {
    for (const mark of active.current.marks) mark.classList.remove(ACTIVE_CLASS);
    const marks = id ? marksOf(editor, index, id) : [];
    for (const mark of marks) mark.classList.add(ACTIVE_CLASS);
    active.current = { id, marks };
  });

  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    let frame = 0;
    return mergeRegister(
      registerSpanIndex(editor, index, (touched) => {
        const { id } = active.current;
        if (id && touched.has(id)) outline(id);
      }),
      editor.registerCommand(
        REVEAL_SPAN_COMMAND,
        ({ id, flash }) => {
          const marks = marksOf(editor, index, id);
          marks[0]?.scrollIntoView({ block: 'center' });
          if (!flash) return true;
          for (const mark of marks) mark.classList.remove(FLASH_CLASS);
          // Re-adding the class in the next frame restarts the animation when the same span is flashed twice.
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(() => {
            for (const mark of marks) mark.classList.add(FLASH_CLASS);
            const timer = setTimeout(() => {
              timers.delete(timer);
              for (const mark of marks) mark.classList.remove(FLASH_CLASS);
            }, FLASH_MS);
            timers.add(timer);
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      () => {
        cancelAnimationFrame(frame);
        for (const timer of timers) clearTimeout(timer);
      },
    );
  }, [editor, index]);

  useEffect(() => outline(activeId), [activeId]);

  return null;
}
