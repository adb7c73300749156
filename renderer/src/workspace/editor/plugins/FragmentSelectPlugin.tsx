import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useEffectEvent } from 'react';
import { registerRootEvent } from '../rootEvents';

interface FragmentSelectPluginProps {
  /** The span a selection would be added to, or null. */
  spanId: string | null;
  /** Every selection goes to the span ("Add fragment" was chosen); otherwise only one made with Ctrl (Cmd on a Mac) held. */
  armed: boolean;
  /** A selection was let go for the span: the workspace reads it and adds it as a fragment. */
  onSelect: () => void;
}

/** A selection made for the active span adds a piece to it: the mouse's way of "Add fragment", and of Ctrl-select. */
export function FragmentSelectPlugin({ spanId, armed, onSelect }: FragmentSelectPluginProps): null {
  const [editor] = useLexicalComposerContext();
  const report = useEffectEvent((event: MouseEvent) => {
    if (!spanId || !(armed || event.ctrlKey || event.metaKey)) return;
    const selection = editor.getRootElement()?.ownerDocument.getSelection();
    if (!selection || selection.isCollapsed) return;
    onSelect();
  });
  useEffect(() => registerRootEvent(editor, 'mouseup', (event) => report(event)), [editor]);
  return null;
}
