// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import {
  domPointToOffset,
  domRangeToOffsets,
  offsetsToDomRange,
  offsetToDomPoint,
} from '../../../renderer/src/workspace/editor/domOffsets';
import { lineBlocks, lineIndexAtPoint } from '../../../renderer/src/workspace/editor/lineBlocks';
import { splitLines } from '../../../renderer/src/workspace/segments';

const TEXT = '标题𠮷\n\n正文😀一二\n末';

/**
 * The DOM Lexical renders for TEXT: one block per line in chunks of two lines (a span crosses from the first
 * chunk into the second), marks as <mark> around <span> text.
 */
function render() {
  const root = document.createElement('div');
  root.innerHTML =
    '<div class="ws-chunk">' +
    '<h2><span>标题</span><mark data-ids="a"><span>𠮷</span></mark></h2>' +
    '<p><br></p>' +
    '</div><div class="ws-chunk">' +
    '<p><span>正文</span><mark data-ids="a b"><span>😀一</span></mark><span>二</span></p>' +
    '<p><span>末</span></p>' +
    '</div>';
  document.body.replaceChildren(root);
  return { root, map: new OffsetMap(TEXT), lines: splitLines(TEXT, []) };
}

describe('DOM points and code-point offsets', () => {
  it('maps points in text nodes, after astral characters, to code points', () => {
    const { root, map, lines } = render();
    const astral = root.querySelector('mark[data-ids="a b"] span')!.firstChild!;
    expect(domPointToOffset(root, astral, 0, map, lines)).toBe(7);
    expect(domPointToOffset(root, astral, 2, map, lines)).toBe(8);
    expect(domPointToOffset(root, astral, 3, map, lines)).toBe(9);
    expect(domPointToOffset(root, root.children[0]!.children[1]!, 0, map, lines)).toBe(4);
    expect(domPointToOffset(root, root, 2, map, lines)).toBe(map.length);
  });

  it('maps points between blocks, on the root or on a chunk, to the start of the line after them', () => {
    const { root, map, lines } = render();
    expect(domPointToOffset(root, root, 0, map, lines)).toBe(0);
    expect(domPointToOffset(root, root, 1, map, lines)).toBe(5);
    expect(domPointToOffset(root, root.children[0]!, 1, map, lines)).toBe(4);
    expect(domPointToOffset(root, root.children[0]!, 2, map, lines)).toBe(5);
    expect(domPointToOffset(root, root.children[1]!, 1, map, lines)).toBe(11);
    expect(domPointToOffset(root, root.children[1]!, 2, map, lines)).toBe(map.length);
  });

  it('finds every line block through the chunks, in line order', () => {
    const { root, lines } = render();
    const blocks = lineBlocks(root);
    expect(blocks.length).toBe(lines.length);
    expect(Array.from({ length: blocks.length }, (_, i) => blocks.item(i)!.textContent)).toEqual(['标题𠮷', '', '正文😀一二', '末']);
    expect(blocks.item(4)).toBeNull();
    expect(blocks.item(-1)).toBeNull();
    for (let i = 0; i < blocks.length; i++) {
      expect(lineIndexAtPoint(root, blocks.item(i)!.firstChild!, 0)).toBe(i);
    }
    expect(lineIndexAtPoint(root, document.body, 0)).toBeNull();
  });

  it('clamps points outside the root to the text ends', () => {
    const { root, map, lines } = render();
    const before = document.createElement('div');
    const after = document.createElement('div');
    document.body.prepend(before);
    document.body.append(after);
    expect(domPointToOffset(root, before, 0, map, lines)).toBe(0);
    expect(domPointToOffset(root, after, 0, map, lines)).toBe(map.length);
  });

  it('round-trips every offset through a DOM point', () => {
    const { root, map, lines } = render();
    for (let cp = 0; cp <= map.length; cp++) {
      if (map.slice(cp - 1, cp) === '\n' && cp > 0 && map.slice(cp, cp + 1) !== '\n') continue;
      const point = offsetToDomPoint(root, cp, map, lines)!;
      expect(domPointToOffset(root, point.node, point.offset, map, lines)).toBe(cp);
    }
  });

  it('turns a range across paragraphs and chunks into offsets and back into the same text', () => {
    const { root, map, lines } = render();
    const dom = offsetsToDomRange(root, { start: 2, end: 9 }, map, lines)!;
    expect(dom.toString()).toBe('𠮷正文😀一');
    expect(domRangeToOffsets(root, dom, map, lines)).toEqual({ start: 2, end: 9 });
    dom.collapse(true);
    expect(domRangeToOffsets(root, dom, map, lines)).toBeNull();
  });
});
