import { PizhuError } from '../../shared/errors';
import type { Annotation, Relation, RelationType } from '../../shared/model';
import { newRelationId } from '../store/newRelationId';
import type { SessionStore } from '../store/SessionStore';
import type { CoreContext } from './CoreContext';
import type { Handlers } from './handlerTypes';
import { idFromLabel } from './idFromLabel';
import { requireTag } from './requireTag';
import { applyRecorded } from './spanChanges';

function requireType(store: SessionStore, id: string): RelationType {
  const type = store.relationTypes().find((t) => t.id === id);
  if (!type)
    throw new PizhuError(
      'NOT_FOUND',
      `unknown relation type "${id}" (known: ${store
        .relationTypes()
        .map((t) => t.id)
        .join(', ')})`,
    );
  return type;
}

/** A type's tag pairs name tags of the session. */
function checkPairTags(store: SessionStore, pairs: RelationType['pairs']): void {
  for (const pair of pairs ?? []) {
    requireTag(store, pair.from);
    requireTag(store, pair.to);
  }
}

/** A type with pairs joins only spans whose tags are one of them. */
function checkPairs(type: RelationType, from: Annotation, to: Annotation): void {
  if (!type.pairs || type.pairs.some((p) => p.from === from.tag && p.to === to.tag)) return;
  const allowed = type.pairs.map((p) => `${p.from} → ${p.to}`).join(', ');
  throw new PizhuError('INVALID_INPUT', `a "${type.id}" relation joins ${allowed}, not ${from.tag} → ${to.tag}`);
}

function requireSpan(store: SessionStore, docId: string, id: string): Annotation {
  const span = store.annotationOf(docId, id);
  if (!span) throw new PizhuError('NOT_FOUND', `no span ${id} in document ${docId}`);
  return span;
}

function findRelation(ctx: CoreContext, id: string): Relation {
  const found = ctx.requireStore().relation(id);
  if (!found) throw new PizhuError('NOT_FOUND', `no relation with id ${id}`);
  return found;
}

async function putRelation(ctx: CoreContext, relation: Relation): Promise<void> {
  await applyRecorded(ctx, relation.docId, { put: [], remove: [], relations: { put: [relation], remove: [] } });
}

export const relationOps: Handlers<
  | 'relationTypes.list'
  | 'relationTypes.create'
  | 'relationTypes.update'
  | 'relationTypes.remove'
  | 'relations.list'
  | 'relations.create'
  | 'relations.update'
  | 'relations.remove'
> = {
  'relationTypes.list': async (_input, ctx) => ctx.requireStore().relationTypes(),
  'relationTypes.create': async ({ label, color, pairs }, ctx) => {
    const store = ctx.requireStore();
    checkPairTags(store, pairs);
    const types = store.relationTypes();
    const type: RelationType = { id: idFromLabel(label.en, types, 'relation'), label, color, ...(pairs ? { pairs } : {}) };
    await store.setRelationTypes([...types, type]);
    return type;
  },
  'relationTypes.update': async ({ id, label, color, pairs }, ctx) => {
    const store = ctx.requireStore();
    const { pairs: oldPairs, ...old } = requireType(store, id);
    if (pairs) checkPairTags(store, pairs);
    const kept = pairs === undefined ? oldPairs : (pairs ?? undefined);
    const type: RelationType = { ...old, label: label ?? old.label, color: color ?? old.color, ...(kept ? { pairs: kept } : {}) };
    await store.setRelationTypes(store.relationTypes().map((t) => (t.id === id ? type : t)));
    return type;
  },
  'relationTypes.remove': async ({ id }, ctx) => {
    const store = ctx.requireStore();
    requireType(store, id);
    for (const doc of store.documents()) {
      const gone = store
        .listRelations(doc.id)
        .filter((r) => r.type === id)
        .map((r) => r.id);
      if (gone.length) await store.applyAnnotations(doc.id, { put: [], remove: [], relations: { put: [], remove: gone } });
    }
    await store.setRelationTypes(store.relationTypes().filter((t) => t.id !== id));
    // Undo steps may name the deleted type; replaying them would bring back relations of a type that is gone.
    await ctx.history.clear();
    return { ok: true as const };
  },
  'relations.list': async ({ docId }, ctx) =>
    ctx
      .requireStore()
      .listRelations(docId)
      .sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
  'relations.create': async ({ docId, type: typeId, from, to, note }, ctx) => {
    const store = ctx.requireStore();
    const type = requireType(store, typeId);
    if (from === to) throw new PizhuError('INVALID_INPUT', `a relation joins two spans, not span ${from} to itself`);
    checkPairs(type, requireSpan(store, docId, from), requireSpan(store, docId, to));
    const same = store.listRelations(docId).find((r) => r.type === typeId && r.from === from && r.to === to);
    if (same) return same;
    const now = new Date().toISOString();
    const analyst = ctx.settings.data.analyst;
    const relation: Relation = {
      id: newRelationId(),
      docId,
      type: typeId,
      from,
      to,
      note,
      created: now,
      modified: now,
      ...(analyst ? { annotator: analyst.id } : {}),
    };
    await putRelation(ctx, relation);
    return relation;
  },
  'relations.update': async ({ id, type: typeId, note }, ctx) => {
    const store = ctx.requireStore();
    const old = findRelation(ctx, id);
    if (typeId !== undefined && typeId !== old.type)
      checkPairs(requireType(store, typeId), requireSpan(store, old.docId, old.from), requireSpan(store, old.docId, old.to));
    const relation: Relation = { ...old, type: typeId ?? old.type, note: note ?? old.note, modified: new Date().toISOString() };
    await putRelation(ctx, relation);
    return relation;
  },
  'relations.remove': async ({ id }, ctx) => {
    const old = findRelation(ctx, id);
    await applyRecorded(ctx, old.docId, { put: [], remove: [], relations: { put: [], remove: [id] } });
    return { ok: true as const };
  },
};
