import type { Result } from '../shared/errors';
import type { WindowBounds } from '../shared/model';
import type { TeamCredentialStore } from './team/teamCredentials';

export interface CoreOptions {
  /** The app's data folder: settings.json and the default session live here. */
  dataDir: string;
  /** The session to open (created when missing); otherwise the last one, else the default one. */
  sessionPath?: string | null;
  /** A text file imported into the default session the first time it is created (the bundled sample). */
  sampleFile?: string | null;
  /** The system locale (e.g. 'zh-CN'), for the default language. */
  locale?: string;
  /**
   * Where the core tells the host's log what the user should know but no
   * call returns (a damaged settings.json or undo history kept aside, a
   * session that could not be folded on a switch); stderr by default.
   */
  warn?: (message: string) => void;
  /**
   * Team work: where the host keeps the server's credentials (the environment's by default), and whether a session
   * that belongs to a team replicates in the background (off by default: the CLI syncs by explicit rounds).
   */
  team?: { credentials?: TeamCredentialStore; background?: boolean };
}

/** The Node core that both hosts (Electron and the web host) and the CLI serve. */
export interface Core {
  /** Validate `input` against the contract and run operation `name`; never throws. */
  call(name: string, input: unknown): Promise<Result<unknown>>;
  /** The language the UI starts in: the saved choice, else from the system locale. */
  language(): 'zh' | 'en';
  windowBounds(): WindowBounds | null;
  setWindowBounds(bounds: WindowBounds): Promise<void>;
  /**
   * Flush everything and release the session lock; waits for a write in
   * progress. Rejects (a PizhuError naming the files) if something could not
   * be flushed: nothing acknowledged is lost then, and the lock is released.
   */
  close(): Promise<void>;
}
