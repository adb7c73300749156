import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { SettingsSchema, type RecentSession, type Settings } from '../shared/model';
import { AtomicJsonFile } from './store/AtomicJsonFile';

const MAX_RECENT = 20;

/**
 * App settings (language, text width, recent sessions, window bounds) in their own lowdb
 * file in the app's data folder, apart from any session.
 */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  static async open(dataDir: string): Promise<SettingsStore> {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'settings.json');
    const db = new Low<Settings>(new AtomicJsonFile(path, true), SettingsSchema.parse({}));
    let raw: unknown = null;
    try {
      await db.read();
      raw = db.data;
    } catch {
      raw = undefined;
    }
    const parsed = SettingsSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      // Settings are a convenience, not the user's work: keep the damaged file aside and start afresh.
      if (existsSync(path)) copyFileSync(path, `${path}.damaged`);
    }
    db.data = parsed.success ? parsed.data : SettingsSchema.parse({});
    return new SettingsStore(db);
  }

  get data(): Settings {
    return this.db.data;
  }

  async update(change: (settings: Settings) => void): Promise<void> {
    change(this.db.data);
    await this.db.write();
  }

  async rememberSession(entry: RecentSession): Promise<void> {
    await this.update((s) => {
      s.recent = [entry, ...s.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
    });
  }
}
