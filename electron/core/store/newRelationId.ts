import { randomBytes } from 'node:crypto';

/** A fresh relation id: `r_` and 72 random bits, as span ids have. */
export function newRelationId(): string {
  return `r_${randomBytes(9).toString('base64url')}`;
}
