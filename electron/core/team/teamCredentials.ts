import { teamCredentials } from './teamSession';

export interface TeamCredentials {
  username: string;
  password: string;
}

/**
 * Where a host keeps the team server's user name and password, by server URL: the desktop app encrypts them with
 * the system's keychain (Electron's safeStorage); the web mode and the CLI read PIZHU_TEAM_USER and
 * PIZHU_TEAM_PASSWORD. Never a file in the session folder.
 */
export interface TeamCredentialStore {
  get(server: string): Promise<TeamCredentials | undefined>;
  /** Keep (or, with null, forget) the credentials for a server. */
  set(server: string, credentials: TeamCredentials | null): Promise<void>;
}

/** The environment's credentials; those given on joining are held in memory for the life of the process only. */
export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): TeamCredentialStore {
  const given = new Map<string, TeamCredentials>();
  return {
    get: async (server) => teamCredentials(env) ?? given.get(server),
    set: async (server, credentials) => {
      if (credentials) given.set(server, credentials);
      else given.delete(server);
    },
  };
}
