import type { Annotation, PanelFilter, Tag } from '../../../electron/shared/model';

/**
 * One row of the annotation list. The list is flat, so that only the rows
 * on screen need to be in the page: a section's heading (grouped by
 * section), a tag's heading (grouped by tag), one span, or several spans of
 * one tag with the same quote ("项目 ×21"), whose members follow it as
 * nested span rows while it is expanded.
 */
export type PanelRow =
  | { kind: 'section'; key: string; path: readonly string[]; count: number }
  | { kind: 'tag'; key: string; tag: Tag; count: number }
  | { kind: 'span'; key: string; span: Annotation; nested: boolean }
  | { kind: 'quotes'; key: string; tag: string; quote: string; spans: Annotation[]; expanded: boolean };

export interface RowOptions {
  groupByTag: boolean;
  groupQuotes: boolean;
  /** Keys of the quote groups shown open. */
  expanded: ReadonlySet<string>;
  /** Group under section headings, by the outermost heading of each span's clause path or by the whole path. */
  sections?: { by: 'top' | 'path'; pathOf: (span: Annotation) => readonly string[] };
}

/** Whether clause path `path` lies in the section whose path is `section`. */
export function inSection(path: readonly string[], section: readonly string[]): boolean {
  return section.length <= path.length && section.every((label, i) => path[i] === label);
}

/**
 * Whether a span passes the panel's tag chips, search box (`query` already
 * trimmed and lower-cased) and section filter (`section`, a clause path,
 * with `pathOf` giving each span's).
 */
export function passes(
  span: Annotation,
  filter: PanelFilter,
  query: string,
  section?: { path: readonly string[]; pathOf: (span: Annotation) => readonly string[] },
): boolean {
  if (filter.tags.length && !filter.tags.includes(span.tag)) return false;
  if (section && !inSection(section.pathOf(span), section.path)) return false;
  return !query || span.quote.toLowerCase().includes(query) || span.note.toLowerCase().includes(query);
}

/** The key of the quote group a span belongs to: its tag and its exact quote. */
export function quoteKey(span: Annotation): string {
  return `quotes:${span.tag}\u0000${span.quote}`;
}

/** `prefix` keeps the keys of tag headings and quote groups apart between sections, where the same tag and quote recur. */
function spanRows(spans: readonly Annotation[], options: RowOptions, prefix: string): PanelRow[] {
  if (!options.groupQuotes) return spans.map((span) => ({ kind: 'span', key: span.id, span, nested: false }));
  const members = new Map<string, Annotation[]>();
  for (const span of spans) {
    const key = prefix + quoteKey(span);
    const list = members.get(key);
    if (list) list.push(span);
    else members.set(key, [span]);
  }
  const rows: PanelRow[] = [];
  // A group stands where its first span would, in text order.
  for (const [key, list] of members) {
    const first = list[0]!;
    if (list.length === 1) {
      rows.push({ kind: 'span', key: first.id, span: first, nested: false });
      continue;
    }
    const expanded = options.expanded.has(key);
    rows.push({ kind: 'quotes', key, tag: first.tag, quote: first.quote, spans: list, expanded });
    if (expanded) for (const span of list) rows.push({ kind: 'span', key: span.id, span, nested: true });
  }
  return rows;
}

function tagRows(spans: readonly Annotation[], tags: readonly Tag[], options: RowOptions, prefix: string): PanelRow[] {
  if (!options.groupByTag) return spanRows(spans, options, prefix);
  const byTag = new Map<string, Annotation[]>();
  for (const span of spans) {
    const list = byTag.get(span.tag);
    if (list) list.push(span);
    else byTag.set(span.tag, [span]);
  }
  return tags.flatMap((tag) => {
    const list = byTag.get(tag.id);
    if (!list) return [];
    return [{ kind: 'tag', key: `${prefix}tag:${tag.id}`, tag, count: list.length } satisfies PanelRow, ...spanRows(list, options, prefix)];
  });
}

/**
 * The rows for `spans` (already filtered, in text order): under a heading
 * per section, in text order, when grouped by section (the spans before the
 * first heading under one with an empty path); within that, under a heading
 * per tag, in the tags' order, when grouped by tag; identical quotes of one
 * tag folded into one row when grouped by quote.
 */
export function panelRows(spans: readonly Annotation[], tags: readonly Tag[], options: RowOptions): PanelRow[] {
  const { sections } = options;
  if (!sections) return tagRows(spans, tags, options, '');
  const groups = new Map<string, { path: readonly string[]; spans: Annotation[] }>();
  for (const span of spans) {
    const full = sections.pathOf(span);
    const path = sections.by === 'top' ? full.slice(0, 1) : full;
    const key = path.join('\u0000');
    const group = groups.get(key);
    if (group) group.spans.push(span);
    else groups.set(key, { path, spans: [span] });
  }
  return [...groups].flatMap(([key, group]) => [
    { kind: 'section', key: `section:${key}`, path: group.path, count: group.spans.length } satisfies PanelRow,
    ...tagRows(group.spans, tags, options, `${key}\u0001`),
  ]);
}

/** The rows the keyboard moves between: all but the section and tag headings. */
export function isFocusable(row: PanelRow): boolean {
  return row.kind !== 'tag' && row.kind !== 'section';
}

/**
 * Where the arrow keys, Home and End go from row `index`: the nearest
 * focusable row in that direction, or null for any other key or at the edge.
 */
export function stepRow(rows: readonly PanelRow[], index: number, key: string): number | null {
  const find = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < rows.length; i += step) if (isFocusable(rows[i]!)) return i;
    return null;
  };
  switch (key) {
    case 'ArrowDown':
      return find(index + 1, 1);
    case 'ArrowUp':
      return find(index - 1, -1);
    case 'Home':
      return find(0, 1);
    case 'End':
      return find(rows.length - 1, -1);
    default:
      return null;
  }
}
