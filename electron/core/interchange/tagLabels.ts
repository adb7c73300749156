import type { ImportNotice } from '../../shared/contract';
import { DEFAULT_TAGS } from '../../shared/defaultTags';
import type { Tag } from '../../shared/model';
import { clipDetail } from './noticeTally';
import type { Interchange } from './interchangeTypes';

const sameLabels = (a: Tag['label'], b: Tag['label']) => a.zh === b.zh && a.en === b.en;
const shown = (label: Tag['label']) => `${label.zh} / ${label.en}`;

/** Whether a session's tag still has the labels it was made with: a default tag's, or its bare id. */
function untouched(tag: Tag): boolean {
  const preset = DEFAULT_TAGS.find((t) => t.id === tag.id);
  return preset ? sameLabels(preset.label, tag.label) : tag.label.zh === tag.id && tag.label.en === tag.id;
}

/**
 * The labels an import brings for tags the session already has. An analyst's
 * own labels win: a tag renamed in the session keeps its labels. A tag that
 * still has the labels it was made with takes the file's, which is how a
 * renaming made in another session travels with its export. Either way a
 * difference is reported. Only labels the file states count, not labels
 * made from a bare tag name.
 */
export function reconcileTagLabels(sessionTags: readonly Tag[], incoming: Interchange): { tags: Tag[]; notice: ImportNotice | null } {
  const stated = new Map(incoming.tags.filter((t) => incoming.labelledTags.includes(t.id)).map((t) => [t.id, t.label]));
  const differences: string[] = [];
  const tags = sessionTags.map((tag) => {
    const label = stated.get(tag.id);
    if (!label || sameLabels(label, tag.label)) return tag;
    if (!untouched(tag)) {
      differences.push(`${tag.id}: kept ${shown(tag.label)} (the file has ${shown(label)})`);
      return tag;
    }
    differences.push(`${tag.id}: took ${shown(label)} (was ${shown(tag.label)})`);
    return { ...tag, label: { ...label } };
  });
  const notice = differences.length
    ? { kind: 'tag-labels' as const, count: differences.length, detail: clipDetail(differences.join('; ')) }
    : null;
  return { tags, notice };
}
