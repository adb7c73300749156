import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { SettingsSchema, type RecentSession, type Settings } from '../shared/model';
import { AtomicJsonFile } from './store/AtomicJsonFile';
import { keepAside } from './store/keepAside';

const MAX_RECENT = 20;

/** What is wrong with settings.json, or null if it is fine (or not there yet). */
function problemWith(path: string): { problem: string | null; data: Settings } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problem: null, data: SettingsSchema.parse({}) };
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, data: SettingsSchema.parse({}) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: 'not JSON', data: SettingsSchema.parse({}) };
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return { problem: null, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${issue?.path.join('.') || 'top level'}: ${issue?.message}`, data: SettingsSchema.parse({}) };
}

/**
 * App settings (language, text width, recent sessions, window bounds) in their own lowdb
 * file in the app's data folder, apart from any session.
 */
export class SettingsStore {
  private constructor(
    private readonly db: Low<Settings>,
    /** What the user should be told about settings.json: a damaged one kept aside. */
    readonly notices: readonly string[],
    /** False when a damaged file could not be moved aside: it is not written over then. */
    private readonly writable: boolean,
  ) {}

  static async open(dataDir: string): Promise<SettingsStore> {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'settings.json');
    const { problem, data } = problemWith(path);
    const db = new Low<Settings>(new AtomicJsonFile(path, true), data);
    if (!problem) return new SettingsStore(db, [], true);
    // Settings are a convenience, not the user's work: start afresh, but keep every byte of the damaged file (its recent-session list) to look at.
    try {
      const aside = keepAside(path);
      return new SettingsStore(db, [`${path}: damaged settings (${problem}); kept aside as ${aside}; settings start afresh`], true);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? 'error';
      return new SettingsStore(
        db,
        [`${path}: damaged settings (${problem}); it could not be kept aside (${why}), so settings are not saved this time`],
        false,
      );
    }
  }

  get data(): Settings {
    return this.db.data;
  }

  async update(change: (settings: Settings) => void): Promise<void> {
    change(this.db.data);
    if (this.writable) await this.db.write();
  }

  async rememberSession(entry: RecentSession): Promise<void> {
    await this.update((s) => {
      s.recent = [entry, ...s.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    });
  }
}
