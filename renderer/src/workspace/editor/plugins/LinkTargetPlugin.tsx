import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { registerSpanIndex, SpanIndex } from '../spanIndex';

const TARGET_CLASS = 'ws-link-target';

/**
 * While a link is being made, the span it would go to is outlined (dashed,
 * in theme.css) and kept in view, as the keys or the list move it: a class
 * on its own marks, found through the id → keys index, as the active span's are.
 */
export function LinkTargetPlugin({ targetId }: { targetId: string | null }): null {
  const [editor] = useLexicalComposerContext();
  const [index] = useState(() => new SpanIndex());
  const shown = useRef<{ id: string | null; marks: HTMLElement[] }>({ id: null, marks: [] });

  const mark = useEffectEvent((id: string | null, scroll: boolean) => {
    for (const element of shown.current.marks) element.classList.remove(TARGET_CLASS);
    const marks = id ? [...index.keys(id)].flatMap((key) => editor.getElementByKey(key) ?? []) : [];
    for (const element of marks) element.classList.add(TARGET_CLASS);
    shown.current = { id, marks };
    if (scroll) marks[0]?.scrollIntoView({ block: 'nearest' });
  });

  useEffect(
    () =>
      registerSpanIndex(editor, index, (touched) => {
        const { id } = shown.current;
        if (id && touched.has(id)) mark(id, false);
      }),
    [editor, index],
  );

  useEffect(() => mark(targetId, true), [targetId]);
  return null;
}
