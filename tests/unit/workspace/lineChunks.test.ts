// @vitest-environment happy-dom
import { $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorOnPage } from './editorOnPage';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { offsetsToDomRange } from '../../../renderer/src/workspace/editor/domOffsets';
import { lineBlocks } from '../../../renderer/src/workspace/editor/lineBlocks';
import { MarkSync } from '../../../renderer/src/workspace/editor/markSync';
import { splitLines, type SpanRange } from '../../../renderer/src/workspace/segments';

const TEXT = [
  '市北区发力五大战场',
  '要吃透产业发展现状',
  '全力冲刺目标',
  '扩大有效投资',
  '推动消费升级',
  '深化改革开放',
  '保障改善民生',
].join('\n');

/** A real editor on a DOM element, its document in chunks of two lines, and what each commit dirtied. */
function setUp() {
  const { editor, root } = editorOnPage();
  const map = new OffsetMap(TEXT);
  const lines = splitLines(TEXT, []);
  const sync = new MarkSync(map, lines, 64, 2);
  const dirtied: string[][] = [];
  editor.registerUpdateListener(({ dirtyElements }) => dirtied.push([...dirtyElements.keys()]));
  const show = (spans: SpanRange[]) => editor.update(() => void sync.$sync(spans), { discrete: true });
  return { editor, root, map, lines, dirtied, show };
}

/** The Lexical keys of the root's chunks and of each chunk's lines. */
function structure(editor: LexicalEditor) {
  return editor.getEditorState().read(() => {
    const chunks = $getRoot().getChildren();
    return {
      root: $getRoot().getKey(),
      chunks: chunks.map((chunk) => chunk.getKey()),
      lines: chunks.map((chunk) => (chunk as unknown as { getChildrenKeys(): string[] }).getChildrenKeys()),
    };
  });
}

describe('the document in chunks of lines', () => {
  it('groups the lines in full chunks under the root, the last one holding the rest', () => {
    const { editor, root, show, lines } = setUp();
    show([]);
    expect(root.children.length).toBe(4);
    expect([...root.children].map((chunk) => chunk.className)).toEqual(['ws-chunk', 'ws-chunk', 'ws-chunk', 'ws-chunk']);
    expect([...root.children].map((chunk) => chunk.childElementCount)).toEqual([2, 2, 2, 1]);
    expect(lineBlocks(root).length).toBe(lines.length);
    expect(structure(editor).lines.flat()).toHaveLength(lines.length);
  });

  it('a new span dirties its line and that line’s chunk only, and no other chunk’s elements are touched', () => {
    const { editor, root, show, map, dirtied } = setUp();
    show([]);
    const { root: rootKey, chunks, lines } = structure(editor);
    const before = [...root.querySelectorAll('p')];
    dirtied.length = 0;
    const line4 = TEXT.indexOf('推动');
    show([{ id: 'a', start: line4, end: line4 + 2, tag: 'target' }]);
    expect(dirtied).toHaveLength(1);
    // Besides the new mark, which is dirty as any new node is, only the line and the chunk and root above it.
    const existing = new Set([rootKey, ...chunks, ...lines.flat()]);
    expect(new Set(dirtied[0]!.filter((key) => existing.has(key)))).toEqual(new Set([rootKey, chunks[2], lines[2]![0]]));
    const after = [...root.querySelectorAll('p')];
    expect(after.every((p, i) => p === before[i])).toBe(true);
    expect(root.querySelector('mark[data-ids="a"]')!.textContent).toBe(map.slice(line4, line4 + 2));
  });

  it('paints a span that crosses from one chunk into the next in both, and maps its offsets back across the boundary', () => {
    const { root, show, map, lines } = setUp();
    const start = TEXT.indexOf('发展');
    const end = TEXT.indexOf('冲刺');
    show([{ id: 'x', start, end, tag: 'project' }]);
    const marks = [...root.querySelectorAll('mark[data-ids="x"]')];
    expect(marks.map((mark) => mark.closest('.ws-chunk'))).toEqual([root.children[0], root.children[1]]);
    expect(marks.map((mark) => mark.textContent).join('\n')).toBe(map.slice(start, end));
    const range = offsetsToDomRange(root, { start, end }, map, lines)!;
    expect(range.startContainer.parentElement!.closest('.ws-chunk')).toBe(root.children[0]);
    expect(range.endContainer.parentElement!.closest('.ws-chunk')).toBe(root.children[1]);
  });
});
