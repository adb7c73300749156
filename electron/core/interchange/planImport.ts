import { IMPORT_NOTICE_KINDS, type ImportNotice } from '../../shared/contract';
import type { RelationType, Tag } from '../../shared/model';
import { planMerge, type MergePlan, type MergeSession } from './planMerge';
import type { Interchange } from './interchangeTypes';
import { reconcileTagLabels } from './tagLabels';

export interface ImportPlan {
  merge: MergePlan;
  /** The session's tags once the import is in: relabelled where the file's labels are taken, new ones at the end. */
  tags: Tag[];
  tagsChanged: boolean;
  /** The session's relation types once the import is in: new ones at the end. */
  relationTypes: RelationType[];
  relationTypesChanged: boolean;
  /** Everything the file brings that the import leaves out or changes, in the contract's order of kinds. */
  notices: ImportNotice[];
}

/**
 * What importing one annotation export into a session does, without doing
 * it: the preview shows exactly this and the commit carries it out, so the
 * two agree on every count.
 */
export function planImport(session: MergeSession, incoming: Interchange): ImportPlan {
  const merge = planMerge(session, incoming);
  const labels = reconcileTagLabels(session.tags, incoming);
  const notices = [...incoming.notices];
  if (merge.duplicateAnnotations) notices.push({ kind: 'duplicate-annotations', count: merge.duplicateAnnotations });
  if (merge.duplicateRelations) notices.push({ kind: 'duplicate-relations', count: merge.duplicateRelations });
  if (labels.notice) notices.push(labels.notice);
  notices.sort((a, b) => IMPORT_NOTICE_KINDS.indexOf(a.kind) - IMPORT_NOTICE_KINDS.indexOf(b.kind));
  return {
    merge,
    tags: [...labels.tags, ...merge.newTags],
    tagsChanged: merge.newTags.length > 0 || labels.tags.some((t, i) => t !== session.tags[i]),
    relationTypes: [...(session.relationTypes ?? []), ...merge.newRelationTypes],
    relationTypesChanged: merge.newRelationTypes.length > 0,
    notices,
  };
}
