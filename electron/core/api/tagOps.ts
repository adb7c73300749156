import { PizhuError } from '../../shared/errors';
import type { Tag } from '../../shared/model';
import { idFromLabel } from './idFromLabel';
import type { Handlers } from './handlerTypes';
import { requireTag } from './requireTag';

function checkHotkey(tags: readonly Tag[], hotkey: string | null, selfId: string | null): void {
  if (hotkey === null) return;
  const clash = tags.find((t) => t.id !== selfId && t.hotkey?.toLowerCase() === hotkey.toLowerCase());
  if (clash) throw new PizhuError('CONFLICT', `the hotkey ${hotkey} is already used by the tag ${clash.label.en} (${clash.label.zh})`);
}

export const tagOps: Handlers<'tags.list' | 'tags.create' | 'tags.update' | 'tags.reorder' | 'tags.remove'> = {
  'tags.list': async (_input, ctx) => ctx.requireStore().tags(),
  'tags.create': async (input, ctx) => {
    const store = ctx.requireStore();
    const tags = store.tags();
    checkHotkey(tags, input.hotkey, null);
    const tag: Tag = { id: idFromLabel(input.label.en, tags, 'tag'), label: input.label, color: input.color, hotkey: input.hotkey };
    await store.setTags([...tags, tag]);
    return tag;
  },
  'tags.update': async (input, ctx) => {
    const store = ctx.requireStore();
    const old = requireTag(store, input.id);
    if (input.hotkey !== undefined) checkHotkey(store.tags(), input.hotkey, old.id);
    const tag: Tag = {
      ...old,
      label: input.label ?? old.label,
      color: input.color ?? old.color,
      hotkey: input.hotkey === undefined ? old.hotkey : input.hotkey,
    };
    await store.setTags(store.tags().map((t) => (t.id === tag.id ? tag : t)));
    return tag;
  },
  'tags.reorder': async ({ ids }, ctx) => {
    const store = ctx.requireStore();
    const tags = store.tags();
    if (ids.length !== tags.length || new Set(ids).size !== ids.length || ids.some((id) => !tags.some((t) => t.id === id))) {
      throw new PizhuError('INVALID_INPUT', 'reorder must name every tag exactly once');
    }
    const ordered = ids.map((id) => tags.find((t) => t.id === id)!);
    await store.setTags(ordered);
    return ordered;
  },
  'tags.remove': async ({ id, moveTo }, ctx) => {
    const store = ctx.requireStore();
    requireTag(store, id);
    if (moveTo !== null) {
      if (moveTo === id) throw new PizhuError('INVALID_INPUT', 'cannot move spans to the tag being deleted');
      requireTag(store, moveTo);
    }
    const now = new Date().toISOString();
    for (const doc of store.documents()) {
      const affected = store.annotations(doc.id).filter((a) => a.tag === id);
      if (!affected.length) continue;
      await store.applyAnnotations(
        doc.id,
        moveTo === null
          ? { put: [], remove: affected.map((a) => a.id) }
          : { put: affected.map((a) => ({ ...a, tag: moveTo, modified: now })), remove: [] },
      );
    }
    await store.setTags(store.tags().filter((t) => t.id !== id));
    // Undo entries may name the deleted tag; replaying them would bring back spans of a tag that is gone.
    await ctx.history.clear();
    return { ok: true as const };
  },
};
