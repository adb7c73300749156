import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { Relation, RelationType } from '../../../../../electron/shared/model';
import { relationColorVar, relationPalette } from '../../relations/relationPalette';
import { registerSpanIndex, SpanIndex } from '../spanIndex';

interface RelationArcsPluginProps {
  /** The span whose relations are drawn (the active one, or the one being linked), or null for none. */
  focusId: string | null;
  relations: readonly Relation[];
  types: readonly RelationType[];
  /** A link being made from the focus span: drawn dashed to the span it would go to. */
  pending: { to: string; type: string } | null;
}

interface Arc {
  key: string;
  type: string;
  from: number;
  to: number;
  pending: boolean;
}

/** Where the arcs stand: this far left of the text column, in the page's margin. */
const MARGIN_X = -10;

/** The vertical middle of a span's first mark, in the layer's coordinates; null when the span has no mark in the page. */
function middleOf(editor: ReturnType<typeof useLexicalComposerContext>[0], index: SpanIndex, id: string, origin: DOMRect): number | null {
  let top: DOMRect | null = null;
  for (const key of index.keys(id)) {
    const box = editor.getElementByKey(key)?.getBoundingClientRect();
    if (box && (!top || box.top < top.top)) top = box;
  }
  return top ? top.top + top.height / 2 - origin.top : null;
}

/** Two spans on one line are still joined by a visible loop, not a point. */
const MIN_SPREAD = 10;

/** Where an arc starts and ends: its spans' heights, moved apart to MIN_SPREAD when they are closer. */
function arcEnds(from: number, to: number): [number, number] {
  const spread = Math.max(0, MIN_SPREAD - Math.abs(to - from)) / 2;
  return from <= to ? [from - spread, to + spread] : [from + spread, to - spread];
}

/** An arc in the margin from one height to another, bulging out further the further apart they are. */
function arcPath(from: number, to: number): string {
  const bulge = Math.min(48, 14 + Math.abs(to - from) / 10);
  const x = MARGIN_X;
  return `M ${x} ${from} C ${x - bulge} ${from}, ${x - bulge} ${to}, ${x} ${to}`;
}

/** The arrowhead where an arc meets the span it points to: the curve arrives there heading right, towards the text. */
function headPath(y: number): string {
  return `M ${MARGIN_X - 7} ${y - 4} L ${MARGIN_X} ${y} L ${MARGIN_X - 7} ${y + 4} Z`;
}

/**
 * The relations of the focus span, drawn as arcs in the left margin between
 * the spans they join, an arrow at the span each points to, in the colour of
 * their type (a custom property per type). Decoration only: the popover
 * lists the same relations in words. Redrawn when the spans' marks are
 * rebuilt or the text reflows.
 */
export function RelationArcsPlugin({ focusId, relations, types, pending }: RelationArcsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const [index] = useState(() => new SpanIndex());
  const layer = useRef<SVGSVGElement>(null);
  const [arcs, setArcs] = useState<Arc[]>([]);
  const [marks, setMarks] = useState(0);

  useEffect(() => registerSpanIndex(editor, index, () => setMarks((n) => n + 1)), [editor, index]);

  useLayoutEffect(() => {
    const root = editor.getRootElement();
    const box = layer.current;
    if (!focusId || !root || !box) {
      setArcs([]);
      return;
    }
    const links = relations
      .filter((r) => r.from === focusId || r.to === focusId)
      .map((r) => ({ key: r.id, type: r.type, from: r.from, to: r.to, pending: false }));
    if (pending) links.push({ key: 'pending', type: pending.type, from: focusId, to: pending.to, pending: true });
    const place = () => {
      const origin = box.getBoundingClientRect();
      const drawn: Arc[] = [];
      for (const link of links) {
        const from = middleOf(editor, index, link.from, origin);
        const to = middleOf(editor, index, link.to, origin);
        if (from === null || to === null) continue;
        const [start, end] = arcEnds(from, to);
        drawn.push({ ...link, from: start, to: end });
      }
      setArcs(drawn);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(root);
    return () => observer.disconnect();
  }, [editor, index, focusId, relations, pending, marks]);

  return (
    <svg ref={layer} className="ws-arcs" aria-hidden="true" style={relationPalette(types)}>
      {arcs.map((arc) => (
        <g
          key={arc.key}
          className={arc.pending ? 'ws-arc ws-arc-pending' : 'ws-arc'}
          style={{ '--rel': `var(${relationColorVar(arc.type)})` } as CSSProperties}
          data-relation={arc.key}
        >
          <path className="ws-arc-line" d={arcPath(arc.from, arc.to)} />
          <path className="ws-arc-head" d={headPath(arc.to)} />
          <circle className="ws-arc-foot" cx={MARGIN_X} cy={arc.from} r="3" />
        </g>
      ))}
    </svg>
  );
}
