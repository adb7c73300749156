import { PizhuError } from '../../shared/errors';
import { OffsetMap } from '../../shared/codePoints';
import type { DocumentRecord } from '../../shared/model';
import type { SessionStore } from '../store/SessionStore';
import type { SettingsStore } from '../settingsStore';
import { History } from './History';
import type { PendingImport } from './pendingImport';

/** What every operation handler may use: the open session, settings, history and caches. */
export class CoreContext {
  store: SessionStore | null = null;
  /** The open session's undo history (from its history.log). */
  history = History.none();
  readonly previews = new Map<string, PendingImport>();
  private readonly texts = new Map<string, { record: DocumentRecord; offsets: OffsetMap }>();
  /** The tail of the queue of writing operations. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly settings: SettingsStore,
    readonly locale: string,
    readonly sampleFile: string | null,
    /** The host's log: what the user should know that no call returns. */
    readonly warn: (message: string) => void,
  ) {}

  requireStore(): SessionStore {
    if (!this.store) throw new PizhuError('NO_SESSION', 'no session is open');
    return this.store;
  }

  /**
   * Run `work` once every writing operation before it has finished. Long
   * writes let the event loop run (a createMany of 100,000 spans), so without
   * this queue a second write could append to a log between the pieces of
   * the first, or close the session under it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writing.then(work);
    this.writing = result.catch(() => undefined);
    return result;
  }

  /** A document with its offset map, cached: the hot path of every span operation. */
  async text(docId: string): Promise<{ record: DocumentRecord; offsets: OffsetMap }> {
    const cached = this.texts.get(docId);
    if (cached) return cached;
    const record = await this.requireStore().readDocument(docId);
    const entry = { record, offsets: new OffsetMap(record.text) };
    // Keep a few documents: analysts move between a handful at a time.
    if (this.texts.size >= 8) this.texts.delete(this.texts.keys().next().value!);
    this.texts.set(docId, entry);
    return entry;
  }

  forgetText(docId?: string): void {
    if (docId) this.texts.delete(docId);
    else this.texts.clear();
  }

  /**
   * Switch to another session (or none): everything tied to the old one goes,
   * and the new one's history is read. The old one is closed last; a close
   * that fails (see SessionStore.close) still releases its lock, and throws.
   */
  async replaceStore(next: SessionStore | null): Promise<void> {
    const old = this.store;
    this.store = next;
    this.history = next ? History.open(next) : History.none();
    this.previews.clear();
    this.forgetText();
    if (old && old !== next) await old.close();
  }
}
