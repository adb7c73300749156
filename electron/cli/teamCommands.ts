import { resolve } from 'node:path';
import { PizhuError } from '../shared/errors';
import { appDataDir } from '../core/appDataDir';
import { SessionStore } from '../core/store/SessionStore';
import { initTeamDatabase } from '../core/team/initTeamDatabase';
import { withCore } from './withCore';
import { teamAgreement } from '../core/team/teamAgreement';
import { withoutCredentials } from '../core/team/TeamReplica';
import { analystFor, databaseUrl, openReplica, readTeamConfig, teamCredentials, writeTeamConfig } from '../core/team/teamSession';

export const TEAM_USAGE = `  team init   --session PATH --server URL --db NAME [--annotator NAME] [--no-guard]
  team sync   --session PATH [--annotator NAME]
  team status --session PATH
  agreement   --session PATH [--doc ID] [--annotators ID,ID...] [--tags a,b]
  team: the server's user name and password come from PIZHU_TEAM_USER and PIZHU_TEAM_PASSWORD, never from a file`;

type Values = Record<string, string | boolean | undefined>;
const text = (values: Values, name: string): string | undefined =>
  typeof values[name] === 'string' ? (values[name] as string) : undefined;
const print = (value: unknown): void => console.log(JSON.stringify(value, null, 2));

export async function teamCommand(sub: string | undefined, session: string, values: Values): Promise<void> {
  const dataDir = appDataDir();
  if (sub === 'init') {
    const server = text(values, 'server');
    const db = text(values, 'db');
    if (!server || !db) throw new PizhuError('INVALID_INPUT', 'team init needs --server URL and --db NAME');
    await SessionStore.open(session, { create: false, readOnly: true }).then((store) => store.close());
    const config = { server, db };
    writeTeamConfig(session, config);
    const analyst = await analystFor(dataDir, text(values, 'annotator'));
    const { created } = await initTeamDatabase(databaseUrl(config), { auth: teamCredentials(), guard: !values['no-guard'] });
    return print({ server: withoutCredentials(server), db, created, analyst });
  }
  const config = readTeamConfig(session);
  if (sub === 'sync') {
    const analyst = await analystFor(dataDir, text(values, 'annotator'));
    // The session is opened as the app opens it, so that the round ends with what it pulled merged into the journal.
    const { published, sent, received, refusedByServer, status } = await withCore(session, (call) => call('team.sync', {}));
    const merged = { documents: status.documentsFromTeam ?? 0, spans: status.spansFromTeam ?? 0, tags: status.tagsFromTeam ?? 0 };
    const replica = openReplica(dataDir, config);
    try {
      const { refused, conflicts } = await replica.contents();
      return print({ analyst, published, sent, received, refusedByServer, merged, problems: status.problems, refused, conflicts });
    } finally {
      await replica.close();
    }
  }
  const replica = openReplica(dataDir, config);
  try {
    if (sub === 'status') {
      const contents = await replica.contents();
      const analysts = new Map<string, { id: string; name: string; spans: number }>();
      for (const span of contents.spans) {
        const entry = analysts.get(span.annotator.id) ?? { ...span.annotator, spans: 0 };
        entry.spans++;
        analysts.set(span.annotator.id, entry);
      }
      return print({
        server: withoutCredentials(config.server),
        db: config.db,
        documents: contents.documents.length,
        analysts: [...analysts.values()].sort((a, b) => a.id.localeCompare(b.id)),
        refused: contents.refused,
        conflicts: contents.conflicts,
      });
    }
    throw new PizhuError('INVALID_INPUT', `unknown team command "${sub ?? ''}": init, sync or status`);
  } finally {
    await replica.close();
  }
}

export async function agreementCommand(session: string, values: Values): Promise<void> {
  const config = readTeamConfig(session);
  let docHash: string | undefined;
  const docId = text(values, 'doc');
  if (docId) {
    const store = await SessionStore.open(resolve(session), { create: false, readOnly: true });
    try {
      docHash = store.document(docId).hash;
    } finally {
      await store.close();
    }
  }
  const list = (name: string) => text(values, name)?.split(',').filter(Boolean);
  const replica = openReplica(appDataDir(), config);
  try {
    const contents = await replica.contents();
    print(teamAgreement(contents, { docHash, annotators: list('annotators'), tags: list('tags') }));
  } finally {
    await replica.close();
  }
}
