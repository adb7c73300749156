import { createHeadlessEditor } from '@lexical/headless';
import { $isHeadingNode } from '@lexical/rich-text';
import fc from 'fast-check';
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import { MarkSync } from '../../../renderer/src/workspace/editor/markSync';
import { EDITOR_NODES } from '../../../renderer/src/workspace/editor/nodes/documentNodes';
import { LineChunkNode } from '../../../renderer/src/workspace/editor/nodes/LineChunkNode';
import { $isSpanMarkNode } from '../../../renderer/src/workspace/editor/nodes/SpanMarkNode';
import { paintStyle } from '../../../renderer/src/workspace/editor/paint';
import { splitLines } from '../../../renderer/src/workspace/segments';
import { trimRange } from '../../../renderer/src/workspace/trimRange';

interface Stored {
  id: string;
  start: number;
  end: number;
  tag: string;
  quote: string;
}

const TAGS = ['target', 'project', 'policy'];

function newEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: EDITOR_NODES,
    onError: (e) => {
      throw e;
    },
  });
}

/**
 * What the editor shows: its text (blocks joined by '\n'), each id's covered code points, and each mark's paint.
 * The root holds chunks of `chunkLines` blocks, every one full but the last.
 */
function readEditor(editor: LexicalEditor, chunkLines: number) {
  return editor.getEditorState().read(() => {
    const covered = new Map<string, number[]>();
    const paints: { ids: string[]; paint: string }[] = [];
    const headings: number[] = [];
    let text = '';
    const chunks = $getRoot().getChildren();
    chunks.forEach((chunk, c) => {
      if (!(chunk instanceof LineChunkNode)) throw new Error('a child of the root is not a chunk');
      const size = chunk.getChildrenSize();
      if (size === 0 || size > chunkLines || (c < chunks.length - 1 && size !== chunkLines))
        throw new Error(`chunk ${c} holds ${size} lines`);
    });
    chunks
      .flatMap((chunk) => (chunk as ElementNode).getChildren())
      .forEach((block, i) => {
        if (i > 0) text += '\n';
        if ($isHeadingNode(block)) headings.push(i);
        if (!$isElementNode(block)) throw new Error('a block is not an element');
        for (const child of block.getChildren()) {
          const at = codePointLength(text);
          const content = child.getTextContent();
          if ($isSpanMarkNode(child)) {
            for (const id of child.getIDs()) {
              const list = covered.get(id) ?? covered.set(id, []).get(id)!;
              for (let k = 0; k < codePointLength(content); k++) list.push(at + k);
            }
            paints.push({ ids: child.getIDs(), paint: child.getPaint() });
            if (!child.getChildren().every($isTextNode)) throw new Error('a mark holds a non-text node');
          } else if (!$isTextNode(child)) {
            throw new Error(`unexpected ${child.getType()} in a block`);
          }
          text += content;
        }
      });
    return { text, covered, paints, headings };
  });
}

const char = fc.constantFrom('政', '策', '目', '标', '𠮷', '😀', 'a', ' ', '\u3000', '\n', '，');
const text = fc.array(char, { minLength: 1, maxLength: 80 }).map((cs) => cs.join(''));
const op = fc.oneof(
  fc.record({ kind: fc.constant('fill' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('add' as const), a: fc.nat(), b: fc.nat(), tag: fc.constantFrom(...TAGS) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retag' as const), pick: fc.nat(), tag: fc.constantFrom(...TAGS) }),
);

describe('marks as a view of the stored spans', () => {
  it('stay identical to the spans through random add, remove and retag', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(op, { maxLength: 25 }),
        fc.nat(8),
        fc.nat(6),
        fc.nat(2),
        fc.constantFrom(1, 3, 64),
        fc.constantFrom(1, 2, 3, 250),
        (doc, ops, warmup, focus, window, sweepAbove, chunkLines) => {
          const map = new OffsetMap(doc);
          const lines = splitLines(doc, [{ start: 0, end: lines0End(doc), level: 1 }]);
          const sync = new MarkSync(map, lines, sweepAbove, chunkLines);
          const editor = newEditor();
          const store: Stored[] = [];
          let next = 0;
          const paintOf = (ids: readonly string[]) => paintStyle(ids, (id) => store.find((s) => s.id === id)?.tag);
          const apply = () => editor.update(() => void sync.$sync(store, focus, window), { discrete: true });
          // The first `warmup` changes happen before the editor opens, so it opens on existing spans.
          let opened = false;
          // Lines still waiting for their marks show plain text; the checks below hold once every line is filled.
          const fillAll = () => editor.update(() => void sync.$fill(Infinity), { discrete: true });
          for (const [k, o] of ops.entries()) {
            if (o.kind === 'fill') {
              if (!opened) continue;
              editor.update(() => void sync.$fill(o.count), { discrete: true });
              expect(readEditor(editor, chunkLines).text).toBe(doc);
              continue;
            }
            if (o.kind === 'add') {
              const range = trimRange(map, { start: o.a % (map.length + 1), end: o.b % (map.length + 1) });
              if (!range) continue;
              store.push({ id: `s${next++}`, ...range, tag: o.tag, quote: map.slice(range.start, range.end) });
            } else if (store.length > 0) {
              const i = o.pick % store.length;
              if (o.kind === 'remove') store.splice(i, 1);
              else store[i] = { ...store[i]!, tag: o.tag };
            }
            if (k < warmup) continue;
            apply();
            opened = true;
            if (sync.pending > 0) {
              expect(readEditor(editor, chunkLines).text).toBe(doc);
              fillAll();
            }
            const shown = readEditor(editor, chunkLines);
            expect(shown.text).toBe(doc);
            expect([...shown.covered.keys()].sort()).toEqual(store.map((s) => s.id).sort());
            for (const s of store) {
              const expected: number[] = [];
              for (let p = s.start; p < s.end; p++) if (map.slice(p, p + 1) !== '\n') expected.push(p);
              expect(shown.covered.get(s.id)).toEqual(expected);
              expect(new OffsetMap(shown.text).slice(s.start, s.end)).toBe(s.quote);
            }
            for (const { ids, paint } of shown.paints) expect(paint).toBe(paintOf(ids));
            if (lines[0]!.end > 0) expect(shown.headings).toEqual([0]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

function lines0End(doc: string): number {
  const nl = doc.indexOf('\n');
  return codePointLength(nl < 0 ? doc : doc.slice(0, nl));
}
