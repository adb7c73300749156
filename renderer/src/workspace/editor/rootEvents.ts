import type { LexicalEditor } from 'lexical';

/**
 * Listen for `type` on the editor's root element, whichever element that is
 * over time (Lexical's root listener moves the listener along). The returned
 * teardown also takes it off the current root, which a plugin unmounted
 * before the editor would otherwise leave behind.
 */
export function registerRootEvent<K extends keyof HTMLElementEventMap>(
  editor: LexicalEditor,
  type: K,
  listener: (event: HTMLElementEventMap[K]) => void,
): () => void {
  const unregister = editor.registerRootListener((root, previous) => {
    previous?.removeEventListener(type, listener);
    root?.addEventListener(type, listener);
  });
  return () => {
    unregister();
    editor.getRootElement()?.removeEventListener(type, listener);
  };
}
