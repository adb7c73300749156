import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { OffsetMap } from '../../../../../electron/shared/codePoints';
import type { TeamLayer } from '../../../../../electron/shared/team/teamApi';
import type { Line } from '../../segments';
import { offsetToDomPoint } from '../domOffsets';
import './layers.css';

interface Box {
  key: string;
  left: number;
  top: number;
  width: number;
  height: number;
  color: string;
  /** The layer's place among those shown: each is drawn a little further out, so that two on one phrase both show. */
  ring: number;
}

/**
 * The boxes of every shown span, one per line it runs over, relative to `layer`. One live range is moved over the
 * spans in turn: the browser updates every live range on each change to the page until it is collected, and one
 * per span of a layer of thousands would make each new mark pay for them all.
 */
function boxesOf(root: HTMLElement, layer: HTMLElement, layers: readonly TeamLayer[], map: OffsetMap, lines: readonly Line[]): Box[] {
  const origin = layer.getBoundingClientRect();
  const boxes: Box[] = [];
  const range = root.ownerDocument.createRange();
  layers.forEach((team, ring) => {
    for (const span of team.spans) {
      const start = offsetToDomPoint(root, span.start, map, lines);
      const end = offsetToDomPoint(root, span.end, map, lines);
      if (!start || !end) continue;
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      [...range.getClientRects()].forEach((rect, i) => {
        if (rect.width === 0) return;
        boxes.push({
          key: `${team.analyst.id}:${span.id}:${i}`,
          left: rect.left - origin.left,
          top: rect.top - origin.top,
          width: rect.width,
          height: rect.height,
          color: team.color,
          ring,
        });
      });
    }
  });
  return boxes;
}

/**
 * Other analysts' layers over the text: each span an outline in its analyst's colour, never a fill, so that it can
 * never pass for one of one's own spans; drawn in a layer of its own that never touches the editor's nodes (as the
 * suggestions are), read-only and letting every click through to the text.
 */
export function LayersPlugin({ map, lines, layers }: { map: OffsetMap; lines: readonly Line[]; layers: readonly TeamLayer[] }) {
  const [editor] = useLexicalComposerContext();
  const layer = useRef<HTMLDivElement>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);

  useLayoutEffect(() => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!root || !box || layers.length === 0) {
      setBoxes([]);
      return;
    }
    const paint = () => setBoxes(boxesOf(root, box, layers, map, lines));
    paint();
    // The text moves when the column's width changes, and a rebuilt line is new text nodes.
    const observer = new ResizeObserver(paint);
    observer.observe(root);
    const stop = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size > 0) paint();
    });
    return () => {
      observer.disconnect();
      stop();
    };
  }, [editor, map, lines, layers]);

  return (
    <div className="ws-layers" ref={layer} aria-hidden="true">
      {boxes.map((b) => (
        <span
          key={b.key}
          className="ws-layer-span"
          style={
            {
              left: b.left,
              top: b.top,
              width: b.width,
              height: b.height,
              '--layer-color': b.color,
              '--layer-ring': b.ring,
            } as CSSProperties
          }
        />
      ))}
    </div>
  );
}
