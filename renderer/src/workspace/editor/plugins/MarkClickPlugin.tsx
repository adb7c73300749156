import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent } from 'react';
import { registerRootEvent } from '../rootEvents';

/**
 * A click on a highlight asks for its spans (every span covering the
 * clicked run, innermost first, as the mark's data-ids lists them). A click
 * that ends a text selection is the selection's, not the highlight's.
 */
export function MarkClickPlugin({ onMarkClick }: { onMarkClick: (ids: string[], anchor: DOMRect) => void }): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent(onMarkClick);

  useEffect(
    () =>
      registerRootEvent(editor, 'click', (event) => {
        const selection = editor.getRootElement()?.ownerDocument.getSelection();
        if (selection && !selection.isCollapsed) return;
        const mark = event.target instanceof Element ? event.target.closest('mark[data-ids]') : null;
        if (!(mark instanceof HTMLElement) || !mark.dataset.ids) return;
        report(mark.dataset.ids.split(' '), mark.getBoundingClientRect());
      }),
    [editor],
  );

  return null;
}
