import { randomBytes, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { PizhuError } from '../../shared/errors';
import type { Analyst } from '../../shared/model';
import { SettingsStore } from '../settingsStore';
import { writeFileAtomic } from '../store/atomicWrite';
import { SessionStore } from '../store/SessionStore';
import { TeamReplica, type Layer } from './TeamReplica';

/** `team.json` in a session folder: which server and database its team uses. Never a user name or password. */
const urlOf = (text: string): URL | null => (URL.canParse(text) ? new URL(text) : null);

export const TeamConfigSchema = z
  .object({
    server: z
      .string()
      .url()
      // zod runs these after a failed .url() too, so they must not throw on a text that is no URL.
      .refine((url) => /^https?:$/.test(urlOf(url)?.protocol ?? ''), 'an http or https URL')
      .refine((url) => !urlOf(url)?.username && !urlOf(url)?.password, 'no user name or password in the URL'),
    db: z
      .string()
      .regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter'),
  })
  .strict();
export type TeamConfig = z.infer<typeof TeamConfigSchema>;

const configPath = (session: string): string => join(session, 'team.json');

export function readTeamConfig(session: string): TeamConfig {
  const path = configPath(session);
  if (!existsSync(path)) throw new PizhuError('NOT_FOUND', `${path}: this session has no team (npm run cli -- team init sets one up)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PizhuError('BAD_FILE', `${path}: damaged team file (${(error as Error).message})`);
  }
  const parsed = TeamConfigSchema.safeParse(data);
  if (!parsed.success) throw new PizhuError('BAD_FILE', `${path}: damaged team file (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

export function writeTeamConfig(session: string, config: TeamConfig): void {
  const parsed = TeamConfigSchema.safeParse(config);
  if (!parsed.success) throw new PizhuError('INVALID_INPUT', `team: ${parsed.error.issues[0]?.message}`);
  writeFileAtomic(configPath(session), `${JSON.stringify(parsed.data, null, 2)}\n`);
}

export const databaseUrl = (config: TeamConfig): string => `${config.server.replace(/\/+$/, '')}/${encodeURIComponent(config.db)}`;

/** Credentials come from the environment (the desktop app keeps them with safeStorage); never from a file of ours. */
export function teamCredentials(env: NodeJS.ProcessEnv = process.env): { username: string; password: string } | undefined {
  return env.PIZHU_TEAM_USER && env.PIZHU_TEAM_PASSWORD ? { username: env.PIZHU_TEAM_USER, password: env.PIZHU_TEAM_PASSWORD } : undefined;
}

/**
 * Who is working: the analyst kept in the settings, or the one named now (kept for next time). A name seen before
 * keeps its id, so that a layer stays one analyst's across sessions.
 */
export async function analystFor(dataDir: string, name?: string): Promise<Analyst> {
  return analystIn(await SettingsStore.open(dataDir), name);
}

/** As analystFor, in settings already open (the core's): a second copy of them would write over the first. */
export async function analystIn(settings: SettingsStore, name?: string): Promise<Analyst> {
  const known = settings.data.analyst;
  if (name === undefined || name === known?.name) {
    if (known) return known;
    throw new PizhuError('INVALID_INPUT', 'no analyst is set: name yourself once with --annotator NAME');
  }
  if (name.trim() === '' || name.length > 200) throw new PizhuError('INVALID_INPUT', '--annotator: a name of 1 to 200 characters');
  const analyst = { id: `a-${randomBytes(6).toString('hex')}`, name: name.trim() };
  await settings.update((s) => {
    s.analyst = analyst;
  });
  return analyst;
}

/** This session on this machine, as the span records it publishes name it (see Layer.source). */
export const layerSource = (store: SessionStore): string =>
  createHash('sha256').update(`${hostname()}\n${store.path}\n${store.created}`).digest('hex').slice(0, 16);

/** The analyst's layer as the session holds it: every document's text, their spans and relations (or no one's), the tags and relation types. */
export async function sessionLayer(session: string, analyst: Analyst): Promise<Layer> {
  const store = await SessionStore.open(session, { create: false, readOnly: true });
  try {
    const documents: Layer['documents'] = [];
    const spans: Layer['spans'] = [];
    const relations: NonNullable<Layer['relations']> = [];
    for (const entry of store.documents()) {
      const record = await store.readDocument(entry.id);
      documents.push({ hash: record.hash, title: record.title, text: record.text });
      for (const a of store.annotations(entry.id)) {
        if (a.annotator !== undefined && a.annotator !== analyst.id) continue;
        spans.push({
          id: a.id,
          docHash: record.hash,
          start: a.start,
          end: a.end,
          tag: a.tag,
          quote: a.quote,
          note: a.note,
          created: a.created,
          modified: a.modified,
        });
      }
      for (const r of store.listRelations(entry.id)) {
        if (r.annotator !== undefined && r.annotator !== analyst.id) continue;
        const { id, type, from, to, note, created, modified } = r;
        relations.push({ id, docHash: record.hash, type, from, to, note, created, modified });
      }
    }
    return {
      analyst,
      documents,
      spans,
      tags: store.tags(),
      relations,
      relationTypes: store.relationTypes(),
      source: layerSource(store),
    };
  } finally {
    await store.close();
  }
}

/** The replica of a team's database, in the app's data folder (one per server and database). */
export function openReplica(dataDir: string, config: TeamConfig): TeamReplica {
  const key = createHash('sha256').update(databaseUrl(config)).digest('hex').slice(0, 16);
  mkdirSync(join(dataDir, 'team'), { recursive: true });
  return TeamReplica.open(join(dataDir, 'team', `${config.db.replace(/[^a-z0-9]/g, '_')}-${key}`));
}
