import { $getNodeByKey, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { $isSpanMarkNode, SpanMarkNode } from './nodes/SpanMarkNode';

/**
 * Which mark nodes show each span: one span may have several marks (it
 * crosses paragraphs or other spans' edges), and one mark several spans
 * (overlaps merge ids). Kept up to date from Lexical's mutations rather than
 * by querying the DOM, so finding a span's marks costs its own marks, not
 * the document's thousands.
 */
export class SpanIndex {
  private readonly keysById = new Map<string, Set<NodeKey>>();
  private readonly idsByKey = new Map<NodeKey, readonly string[]>();

  /** The keys of the marks showing span `id`, in no particular order. */
  keys(id: string): ReadonlySet<NodeKey> {
    return this.keysById.get(id) ?? new Set();
  }

  /**
   * Take one batch of mutations of SpanMarkNode. `idsOf` reads the ids of a
   * node that still exists; a destroyed node's ids are the ones remembered.
   * Returns the ids whose marks changed.
   */
  apply(mutations: ReadonlyMap<NodeKey, NodeMutation>, idsOf: (key: NodeKey) => readonly string[]): Set<string> {
    const touched = new Set<string>();
    for (const [key, mutation] of mutations) {
      for (const id of this.idsByKey.get(key) ?? []) {
        touched.add(id);
        const keys = this.keysById.get(id);
        keys?.delete(key);
        if (keys?.size === 0) this.keysById.delete(id);
      }
      if (mutation === 'destroyed') {
        this.idsByKey.delete(key);
        continue;
      }
      const ids = idsOf(key);
      this.idsByKey.set(key, ids);
      for (const id of ids) {
        touched.add(id);
        const keys = this.keysById.get(id);
        if (keys) keys.add(key);
        else this.keysById.set(id, new Set([key]));
      }
    }
    return touched;
  }
}

/**
 * Keep `index` in step with the editor's marks, those already there
 * included; `onChange` hears which spans' marks changed, once the DOM shows
 * them. Returns the teardown.
 */
export function registerSpanIndex(editor: LexicalEditor, index: SpanIndex, onChange: (ids: ReadonlySet<string>) => void): () => void {
  return editor.registerMutationListener(
    SpanMarkNode,
    (mutations) => {
      const touched = editor.getEditorState().read(() =>
        index.apply(mutations, (key) => {
          const node = $getNodeByKey(key);
          return $isSpanMarkNode(node) ? node.getIDs() : [];
        }),
      );
      onChange(touched);
    },
    { skipInitialization: false },
  );
}
