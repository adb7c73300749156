/**
 * Outline colours for other analysts' layers: dark enough to read as a 2 px line on white (WCAG 3:1 against it),
 * and none of them a default tag's colour, so that an outline never passes for one's own filled span.
 */
export const ANALYST_COLORS = ['#862e9c', '#0b7285', '#a61e4d', '#5f3dc4', '#2b8a3e', '#c92a2a', '#364fc7', '#7c5c00'] as const;

/** An analyst's colour, the same on every machine: picked from their id. */
export function analystColor(analystId: string): string {
  let hash = 0;
  for (const ch of analystId) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return ANALYST_COLORS[hash % ANALYST_COLORS.length]!;
}
