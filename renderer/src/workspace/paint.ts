/** How one tag looks: its colour, #RRGGBB. */
export type ColorOf = (id: string) => string | undefined;

/** `#RRGGBB` at opacity `alpha`, as an rgba() colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * The inline style of a mark covered by `ids` (innermost first), given each
 * span's colour. The innermost span gives the background, deeper when spans of
 * the same colour nest; every other colour covering the run adds its own band
 * under the text, so that overlapping tags stay distinguishable.
 */
export function paintStyle(ids: readonly string[], colorOf: ColorOf): string {
  const colors: string[] = [];
  for (const id of ids) {
    const color = colorOf(id);
    if (color) colors.push(color.toLowerCase());
  }
  const inner = colors[0];
  if (!inner) return '';
  const sameAsInner = colors.filter((c) => c === inner).length;
  const others = [...new Set(colors.filter((c) => c !== inner))].slice(0, 3);
  const alpha = Math.min(0.2 + 0.12 * (sameAsInner - 1), 0.5);
  let style = `--mark: ${inner}; background-color: ${withAlpha(inner, alpha)};`;
  if (others.length) {
    const bands = others.map((c, k) => `inset 0 -${3 * (k + 1)}px 0 0 ${c}`).join(', ');
    style += ` box-shadow: ${bands};`;
  }
  return style;
}
