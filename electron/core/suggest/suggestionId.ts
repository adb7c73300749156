import { createHash } from 'node:crypto';

/** A suggestion's id: a hash of what it proposes, so that the same proposal on the same text always has the same id. */
export function suggestionId(docId: string, start: number, end: number, tag: string, rule: string): string {
  return `s_${createHash('sha256').update(`${docId}:${start}:${end}:${tag}:${rule}`).digest('base64url').slice(0, 22)}`;
}
