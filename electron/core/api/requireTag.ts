import { PizhuError } from '../../shared/errors';
import type { Tag } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';

/** The session's tag of this id; a span or tag change naming an unknown one is refused with the ids it could have named. */
export function requireTag(store: SessionStore, id: string): Tag {
  const tag = store.tags().find((t) => t.id === id);
  if (!tag)
    throw new PizhuError(
      'NOT_FOUND',
      `unknown tag "${id}" (known: ${store
        .tags()
        .map((t) => t.id)
        .join(', ')})`,
    );
  return tag;
}
