/** How one tag looks: its colour, #RRGGBB. */
export type ColorOf = (id: string) => string | undefined;

/** `#RRGGBB` at opacity `alpha`, as an rgba() colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Opacity of a span's fill: light enough that the text reads as on paper. */
const FILL_ALPHA = 0.2;

/** Bars drawn per edge of a mark; deeper overlaps are rare and the popover lists every span anyway. */
const BARS_PER_EDGE = 2;

/**
 * The bars along one edge of a mark (`to top`: the bottom edge), nearest the
 * edge first: a 3px bar at the edge, then a 2px bar one pixel in, so that
 * two bars read as two lines rather than one thick one.
 */
function edgeBars(direction: 'to top' | 'to bottom', colors: readonly string[]): string | null {
  const [first, second] = colors;
  if (!first) return null;
  const stops = second ? `${first} 0 3px, transparent 3px 4px, ${second} 4px 6px, transparent 6px` : `${first} 0 3px, transparent 3px`;
  return `linear-gradient(${direction}, ${stops})`;
}

/**
 * The inline style of a mark covered by `ids` (innermost first), given each
 * span's colour. The innermost span fills the run; every enclosing span adds
 * one bar in its colour, whatever its colour, so that the number of spans is
 * the fill plus the bars. Bars alternate between the bottom and the top edge,
 * outermost first: the outermost span keeps the bottom edge all along its
 * length, and two bars are a text line's height apart, not stripes touching.
 */
export function paintStyle(ids: readonly string[], colorOf: ColorOf): string {
  const colors: string[] = [];
  for (const id of ids) {
    const color = colorOf(id);
    if (color) colors.push(color.toLowerCase());
  }
  const inner = colors[0];
  if (!inner) return '';
  let style = `--mark: ${inner}; background-color: ${withAlpha(inner, FILL_ALPHA)};`;
  const enclosing = colors.slice(1).reverse();
  const bottom = enclosing.filter((_, k) => k % 2 === 0).slice(0, BARS_PER_EDGE);
  const top = enclosing.filter((_, k) => k % 2 === 1).slice(0, BARS_PER_EDGE);
  const layers = [edgeBars('to top', bottom), edgeBars('to bottom', top)].filter((layer) => layer !== null);
  if (layers.length) style += ` background-image: ${layers.join(', ')};`;
  return style;
}
