import { isPrototypeName } from '../../shared/model';

/** An id from an English label (a tag's, a relation type's): lowercase ASCII words joined by '-', unique among `taken`, never a built-in property's name. */
export function idFromLabel(label: string, taken: readonly { id: string }[], fallback: string): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || fallback;
  const ids = new Set(taken.map((t) => t.id));
  if (!ids.has(base) && !isPrototypeName(base)) return base;
  for (let n = 2; ; n++) if (!ids.has(`${base}-${n}`)) return `${base}-${n}`;
}
