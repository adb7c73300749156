import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { writeFileAtomic } from '../core/store/atomicWrite';
import { environmentCredentials, type TeamCredentials, type TeamCredentialStore } from '../core/team/teamCredentials';

/**
 * The team servers' credentials, encrypted with the system's keychain (safeStorage) in team-credentials.json of
 * the app's data folder, by server URL: never in a session folder, never in plain text. Where the system offers
 * no encryption they are held in memory until the app quits. PIZHU_TEAM_USER and PIZHU_TEAM_PASSWORD come first.
 */
export function safeCredentials(dataDir: string): TeamCredentialStore {
  const file = join(dataDir, 'team-credentials.json');
  const fallback = environmentCredentials();
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    get: async (server) => {
      const known = await fallback.get(server);
      if (known) return known;
      const sealed = read()[server];
      if (!sealed || !safeStorage.isEncryptionAvailable()) return undefined;
      try {
        const parsed = JSON.parse(safeStorage.decryptString(Buffer.from(sealed, 'base64'))) as TeamCredentials;
        return typeof parsed.username === 'string' && typeof parsed.password === 'string' ? parsed : undefined;
      } catch {
        return undefined;
      }
    },
    set: async (server, credentials) => {
      if (!safeStorage.isEncryptionAvailable()) return fallback.set(server, credentials);
      const all = read();
      if (credentials) all[server] = safeStorage.encryptString(JSON.stringify(credentials)).toString('base64');
      else delete all[server];
      writeFileAtomic(file, `${JSON.stringify(all, null, 2)}\n`);
    },
  };
}
