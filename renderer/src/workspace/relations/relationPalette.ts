import type { CSSProperties } from 'react';
import type { Annotation, RelationType } from '../../../../electron/shared/model';

/** The custom property holding a relation type's colour; type ids are tag-like, all valid in its name. */
export function relationColorVar(type: string): string {
  return `--rel-${type}`;
}

/** The relation types' colours as custom properties, for the element holding what draws them (arcs, chips). */
export function relationPalette(types: readonly RelationType[]): CSSProperties {
  const style: Record<string, string> = {};
  for (const type of types) style[relationColorVar(type.id)] = type.color.toLowerCase();
  return style as CSSProperties;
}

/** The type a new link from `from` to `to` most likely is: the first whose tag pairs allow them, else the first without pairs. */
export function likelyType(types: readonly RelationType[], from: Annotation, to: Annotation | null): string | null {
  const fits = (type: RelationType) => !type.pairs || (to !== null && type.pairs.some((p) => p.from === from.tag && p.to === to.tag));
  const paired = to ? types.find((type) => type.pairs?.some((p) => p.from === from.tag && p.to === to.tag)) : undefined;
  return (paired ?? types.find(fits) ?? types[0])?.id ?? null;
}

/** A quote cut to a length that fits a line of the popover or the link bar. */
export function shortQuote(text: string, length = 24): string {
  const chars = [...text];
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : text;
}
