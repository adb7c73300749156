import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RootNode } from 'lexical';
import { useLayoutEffect } from 'react';

/**
 * Takes Lexical's built-in transform off the root. Since 0.52 every element
 * runs one (`$normalizeShadowRootChildren`, from ElementNode's `$config`)
 * that, on the root, walks all its children to wrap stray inline nodes in
 * paragraphs; the root is dirty after every update, so each new mark paid a
 * walk over every line (70,000 in a 30 MB text). This root only ever holds
 * the blocks buildDocument makes, and the walk never finds anything. Taken
 * before the document is built (a layout effect, ahead of MarkSyncPlugin's),
 * and put back when the editor is let go.
 */
export function RootNormalizePlugin(): null {
  const [editor] = useLexicalComposerContext();

  useLayoutEffect(() => {
    const transforms = editor._nodes.get(RootNode.getType())?.transforms;
    if (!transforms) return;
    const taken = [...transforms];
    transforms.clear();
    return () => {
      for (const transform of taken) transforms.add(transform);
    };
  }, [editor]);

  return null;
}
