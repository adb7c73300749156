import { createEditor, type LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../../renderer/src/workspace/editor/nodes/documentNodes';

/** A real editor with the document view's nodes on an element of the page, as the app has it: Lexical reconciles a DOM, so mutation listeners fire. */
export function editorOnPage(): { editor: LexicalEditor; root: HTMLElement } {
  const editor = createEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    editable: false,
    onError: (e) => {
      throw e;
    },
  });
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  editor.setRootElement(root);
  return { editor, root };
}
