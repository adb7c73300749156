import type { SpanEntry } from './spanEntries';

export type SpanGrouping = 'none' | 'quote' | 'indicator';

export interface SpanGroup {
  /** The quote or indicator the rows share, as written by the group's first row; '' for rows with no indicator. */
  label: string;
  entries: SpanEntry[];
}

/** What makes two rows one group: the same words, whatever their width or spacing (４万 and 4万, 城镇新增 就业). */
function groupKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * The entries in groups of the same quote or the same indicator, each group
 * where its first row is in the order given, its rows in that order. Rows
 * without an indicator make one group of their own, last.
 */
export function groupSpans(entries: readonly SpanEntry[], by: Exclude<SpanGrouping, 'none'>): SpanGroup[] {
  const groups = new Map<string, SpanGroup>();
  let none: SpanGroup | null = null;
  for (const entry of entries) {
    const text = by === 'quote' ? entry.row.quote : (entry.row.value?.indicator ?? '');
    if (!text) {
      (none ??= { label: '', entries: [] }).entries.push(entry);
      continue;
    }
    const key = groupKey(text);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label: text, entries: [] }));
    group.entries.push(entry);
  }
  return none ? [...groups.values(), none] : [...groups.values()];
}
