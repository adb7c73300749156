import type { IndicatorGroups } from './indicatorGroupsSchema';
import { resolveKey } from './groupIndicators';

/**
 * The groups `from` merged into the group `into`: each key's group (where
 * its own merges lead) now leads to `into`'s, and a name given to a merged
 * group goes with it. A key merged into its own group changes nothing.
 */
export function mergeIndicators(groups: IndicatorGroups, from: readonly string[], into: string): IndicatorGroups {
  const target = resolveKey(groups, into);
  const moving = new Set(from.map((key) => resolveKey(groups, key)).filter((key) => key !== target));
  if (!moving.size) return groups;
  return {
    merged: [...groups.merged.filter((m) => !moving.has(m.from)), ...[...moving].map((key) => ({ from: key, into: target }))],
    names: groups.names.filter((n) => !moving.has(n.key)),
  };
}

/** `key` out of the group it was merged into, back in a group of its own (with what was merged into it); a key never merged changes nothing. */
export function splitIndicator(groups: IndicatorGroups, key: string): IndicatorGroups {
  if (!groups.merged.some((m) => m.from === key)) return groups;
  return { merged: groups.merged.filter((m) => m.from !== key), names: groups.names };
}

/** The group of `key` (where its merges lead) named `name`; an empty name gives it back its key as name. */
export function renameIndicator(groups: IndicatorGroups, key: string, name: string): IndicatorGroups {
  const target = resolveKey(groups, key);
  const names = groups.names.filter((n) => n.key !== target);
  const trimmed = name.trim();
  return { merged: groups.merged, names: trimmed === '' || trimmed === target ? names : [...names, { key: target, name: trimmed }] };
}
