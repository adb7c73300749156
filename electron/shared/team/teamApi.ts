import { z } from 'zod';
import { AnalystSchema, TagSchema } from '../model';

/**
 * What the team operations of the contract carry: the state of the background replication, the other analysts'
 * layers of a document, and the conflicts PouchDB reports. Never a user name or password.
 */

export const TEAM_STATES = ['offline', 'connected', 'syncing', 'error'] as const;
export const TeamStateSchema = z.enum(TEAM_STATES);
export type TeamState = z.infer<typeof TeamStateSchema>;

export const TeamStatusSchema = z.object({
  /** Whether the open session belongs to a team (has a team.json). */
  joined: z.boolean(),
  /** The server's URL, without credentials; null when not joined. */
  server: z.string().nullable(),
  db: z.string().nullable(),
  analyst: AnalystSchema.nullable(),
  state: TeamStateSchema,
  /** Records written here and not yet acknowledged by the server. */
  pending: z.number().int().nonnegative(),
  /** Records with conflicting revisions, listed by team.conflicts. */
  conflicts: z.number().int().nonnegative(),
  /** When the replica last caught up with the server (ISO 8601), or null. */
  lastSyncedAt: z.string().nullable(),
  /** What the user should know: the server unreachable or refusing, records from it refused, each one line. */
  problems: z.array(z.string()),
  /** How many documents imported by teammates this core has added to the open session: the document list reads again when it grows. */
  documentsFromTeam: z.number().int().nonnegative().optional(),
  /** How many of the own spans written on another machine (the same analyst) were merged into the open session: the open document reads its spans again when it grows. */
  spansFromTeam: z.number().int().nonnegative().optional(),
  /** How many tags and relation types teammates added, changed or deleted in the open session: the tags are read again when it grows. */
  tagsFromTeam: z.number().int().nonnegative().optional(),
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

/** What one replication round did: records sent, received and refused by the server, and the team's status after the merge. */
export const TeamSyncSchema = z.object({
  /** What opening the session wrote of its layer to the local replica: records written, and deletions of spans gone from the journal. */
  published: z.object({ written: z.number().int().nonnegative(), deleted: z.number().int().nonnegative() }),
  sent: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
  refusedByServer: z.number().int().nonnegative(),
  status: TeamStatusSchema,
});
export type TeamSync = z.infer<typeof TeamSyncSchema>;

export const LayerSpanSchema = z.object({
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  tag: z.string(),
  quote: z.string(),
  note: z.string(),
});
export type LayerSpan = z.infer<typeof LayerSpanSchema>;

/** A relation of another analyst's layer: between two of that layer's spans, by their ids. */
export const LayerRelationSchema = z.object({
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  note: z.string(),
});
export type LayerRelation = z.infer<typeof LayerRelationSchema>;

export const TeamLayerSchema = z.object({
  analyst: AnalystSchema,
  /** The colour its outline is drawn in (#RRGGBB), the same for this analyst on every machine. */
  color: z.string(),
  spans: z.array(LayerSpanSchema),
  /** The layer's relations between its spans; absent from cores from before relations were replicated. */
  relations: z.array(LayerRelationSchema).optional(),
});
export type TeamLayer = z.infer<typeof TeamLayerSchema>;

/** One revision of a record in conflict, as the user chooses between them. */
export const ConflictVersionSchema = z.object({
  rev: z.string(),
  /** Whether this is the revision PouchDB picked for now (it still waits for the user's choice). */
  current: z.boolean(),
  /** A span's fields, or a tag's; null when the revision is not a Pizhu record. */
  span: LayerSpanSchema.extend({ annotator: AnalystSchema }).nullable(),
  tag: TagSchema.nullable(),
  modified: z.string().nullable(),
});
export type ConflictVersion = z.infer<typeof ConflictVersionSchema>;

export const TeamConflictSchema = z.object({
  id: z.string(),
  kind: z.enum(['span', 'tag', 'other']),
  versions: z.array(ConflictVersionSchema).min(2),
});
export type TeamConflict = z.infer<typeof TeamConflictSchema>;

export const TeamJoinSchema = z
  .object({
    server: z.string().min(1).max(2000),
    db: z.string().min(1).max(238),
    analystName: z.string().trim().min(1).max(200),
    username: z.string().max(500).optional(),
    password: z.string().max(2000).optional(),
  })
  .strict();
