import type { CSSProperties } from 'react';
import type { Tag } from '../../../../electron/shared/model';

/** The tag of a span, by the span's id; undefined for a span the view does not know. */
export type TagOf = (id: string) => string | undefined;

/** `#RRGGBB` at opacity `alpha`, as an rgba() colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Opacity of a span's fill: light enough that the text reads as on paper. */
const FILL_ALPHA = 0.2;

/** Bars drawn per edge of a mark; deeper overlaps are rare and the popover lists every span anyway. */
const BARS_PER_EDGE = 2;

/** The custom property holding a tag's colour; tag ids are lowercase letters, digits, - and _, all valid in its name. */
export function tagColorVar(tag: string): string {
  return `--tag-${tag}`;
}

/** The custom property holding a tag's fill: its colour at FILL_ALPHA. */
function tagFillVar(tag: string): string {
  return `--tag-${tag}-fill`;
}

/**
 * The palette as custom properties, for the element that holds the document:
 * a colour and a fill per tag. Marks refer to these by tag, never to a colour,
 * so recolouring a tag changes this one style and no mark.
 */
export function paletteStyle(tags: readonly Tag[]): CSSProperties {
  const style: Record<string, string> = {};
  for (const tag of tags) {
    style[tagColorVar(tag.id)] = tag.color.toLowerCase();
    style[tagFillVar(tag.id)] = withAlpha(tag.color, FILL_ALPHA);
  }
  return style as CSSProperties;
}

/**
 * The bars along one edge of a mark (`to top`: the bottom edge), nearest the
 * edge first: a 3px bar at the edge, then a 2px bar one pixel in, so that
 * two bars read as two lines rather than one thick one.
 */
function edgeBars(direction: 'to top' | 'to bottom', tags: readonly string[]): string | null {
  const [first, second] = tags.map((tag) => `var(${tagColorVar(tag)})`);
  if (!first) return null;
  const stops = second ? `${first} 0 3px, transparent 3px 4px, ${second} 4px 6px, transparent 6px` : `${first} 0 3px, transparent 3px`;
  return `linear-gradient(${direction}, ${stops})`;
}

/**
 * The inline style of a mark covered by `ids` (innermost first), given each
 * span's tag. The innermost span fills the run; every enclosing span adds
 * one bar in its tag's colour, whatever the tag, so that the number of spans
 * is the fill plus the bars. Bars alternate between the bottom and the top
 * edge, outermost first: the outermost span keeps the bottom edge all along
 * its length, and two bars are a text line's height apart, not stripes
 * touching. Colours are custom properties (paletteStyle), so the style
 * depends on the tags alone.
 */
export function paintStyle(ids: readonly string[], tagOf: TagOf): string {
  const tags: string[] = [];
  for (const id of ids) {
    const tag = tagOf(id);
    if (tag) tags.push(tag);
  }
  const inner = tags[0];
  if (!inner) return '';
  let style = `--mark: var(${tagColorVar(inner)}); background-color: var(${tagFillVar(inner)});`;
  const enclosing = tags.slice(1).reverse();
  const bottom = enclosing.filter((_, k) => k % 2 === 0).slice(0, BARS_PER_EDGE);
  const top = enclosing.filter((_, k) => k % 2 === 1).slice(0, BARS_PER_EDGE);
  const layers = [edgeBars('to top', bottom), edgeBars('to bottom', top)].filter((layer) => layer !== null);
  if (layers.length) style += ` background-image: ${layers.join(', ')};`;
  return style;
}
