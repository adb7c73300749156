// @vitest-environment happy-dom
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { editorOnPage } from './editorOnPage';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { MarkSync } from '../../../renderer/src/workspace/editor/markSync';
import { registerSpanIndex, SpanIndex } from '../../../renderer/src/workspace/editor/spanIndex';
import { splitLines, type SpanRange } from '../../../renderer/src/workspace/segments';

const TEXT = '市北区发力五大战场\n要吃透产业发展现状\n全力冲刺目标';

/** The document view's editor on the page, with the span index listening to it. */
function setUp() {
  const { editor, root } = editorOnPage();
  const map = new OffsetMap(TEXT);
  const sync = new MarkSync(map, splitLines(TEXT, []));
  const index = new SpanIndex();
  const heard: string[][] = [];
  const show = (spans: SpanRange[]) => editor.update(() => void sync.$sync(spans), { discrete: true });
  return { editor, root, index, heard, show, listen: () => registerSpanIndex(editor, index, (ids) => heard.push([...ids].sort())) };
}

/** What the index says span `id` looks like: the text of each of its marks' elements, in the text's order. */
function shown(editor: LexicalEditor, index: SpanIndex, id: string): string[] {
  const elements = [...index.keys(id)].map((key) => editor.getElementByKey(key)!);
  for (const element of elements) expect(element.dataset.ids!.split(' ')).toContain(id);
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1)).map((e) => e.textContent!);
}

describe('the span index', () => {
  it('knows the marks that were there before it was registered, and each piece of a span across lines and overlaps', () => {
    const { editor, index, show, listen } = setUp();
    show([
      { id: 'a', start: 5, end: 14, tag: 'target' },
      { id: 'b', start: 12, end: 16, tag: 'policy' },
    ]);
    listen();
    expect(shown(editor, index, 'a')).toEqual(['五大战场', '要吃', '透产']);
    expect(shown(editor, index, 'b')).toEqual(['透产', '业发']);
  });

  it('follows rebuilt lines: marks destroyed with a span are forgotten, new ones are learnt, and it says whose changed', () => {
    const { editor, index, heard, show, listen } = setUp();
    listen();
    show([{ id: 'a', start: 0, end: 3, tag: 'target' }]);
    expect(shown(editor, index, 'a')).toEqual(['市北区']);
    show([
      { id: 'a', start: 0, end: 3, tag: 'target' },
      { id: 'c', start: 24, end: 26, tag: 'project' },
    ]);
    expect(shown(editor, index, 'c')).toEqual(['目标']);
    expect(heard.at(-1)).toEqual(['c']);
    show([{ id: 'c', start: 20, end: 26, tag: 'project' }]);
    expect(index.keys('a').size).toBe(0);
    expect(shown(editor, index, 'c')).toEqual(['全力冲刺目标']);
    expect(heard.at(-1)).toEqual(['a', 'c']);
  });

  it('stops listening when torn down', () => {
    const { editor, index, show, listen } = setUp();
    const stop = listen();
    stop();
    show([{ id: 'a', start: 0, end: 3, tag: 'target' }]);
    expect(shown(editor, index, 'a')).toEqual([]);
  });
});
