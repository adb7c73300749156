import { PizhuError } from '../../shared/errors';
import { OffsetMap } from '../../shared/codePoints';
import type { DocumentRecord } from '../../shared/model';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';
import type { Outline } from '../../shared/structure/outline';
import type { DocumentDate } from '../../shared/structure/documentDate';
import type { DocumentOrigin } from '../../shared/structure/documentOrigin';
import { documentFacts, type DocumentFacts } from '../spans/spanFields';
import { ruleRun, type RuleRun } from '../suggest/ruleRun';
import { SearchableDocuments } from '../search/SearchableDocuments';
import type { SessionStore } from '../store/SessionStore';
import type { SettingsStore } from '../settingsStore';
import type { TeamService } from '../team/TeamService';
import { History } from './History';
import type { PendingImport } from './pendingImport';

/** What every operation handler may use: the open session, settings, history and caches. */
export class CoreContext {
  store: SessionStore | null = null;
  /** The open session's undo history (from its history.log). */
  history = History.none();
  readonly previews = new Map<string, PendingImport>();
  /** The app's data folder (settings, team replicas); null where no host gave one. */
  dataDir: string | null = null;
  /** The session's documents folded for search.run. */
  readonly searchable = new SearchableDocuments();
  private readonly texts = new Map<string, { record: DocumentRecord; offsets: OffsetMap; facts?: DocumentFacts }>();
  /** Outlines of the documents whose texts are cached, dropped with them: a document's text never changes once imported. */
  private readonly outlines = new Map<string, Outline>();
  /** Dates read from the texts of documents from before dates were stored, so that listing them does not read every text each time. */
  private readonly readDates = new Map<string, DocumentDate | null>();
  private readonly ruleRuns = new Map<string, Promise<RuleRun>>();
  /** The open session's team replication, which follows the session switched to; null where the host runs none. */
  team: TeamService | null = null;
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
    if (this.texts.size >= 8) {
      const oldest = this.texts.keys().next().value!;
      this.texts.delete(oldest);
      this.outlines.delete(oldest);
    }
    this.texts.set(docId, entry);
    return entry;
  }

  /** A document's outline, analysed on first asking and kept while its text is (tens of milliseconds on a long report). */
  async outline(docId: string): Promise<Outline> {
    const { record } = await this.text(docId);
    let outline = this.outlines.get(docId);
    if (!outline) {
      outline = analyzeStructure(record.text);
      this.outlines.set(docId, outline);
    }
    return outline;
  }

  /** What a document's spans derive their section and value from: its outline, analysed on first use, kept with its text. */
  async facts(docId: string): Promise<DocumentFacts> {
    const { record } = await this.text(docId);
    const entry = this.texts.get(docId);
    // Built on the cached outline: analysing a long report twice would cost another tenth of a second.
    const facts = entry?.facts ?? documentFacts(await this.outline(docId), record.date);
    if (entry) entry.facts = facts;
    return facts;
  }

  /** A document's date: the index's, or for a document from before dates were stored, the one its text gives. */
  async documentDate(docId: string): Promise<DocumentDate | null> {
    const stored = this.requireStore().document(docId).date;
    if (stored !== undefined) return stored;
    if (!this.readDates.has(docId)) this.readDates.set(docId, (await this.text(docId)).record.date ?? null);
    return this.readDates.get(docId)!;
  }

  /** A document's region and issuer: the index's, or for a document from before they were stored, what its text says (read with its text). */
  async documentOrigin(docId: string): Promise<DocumentOrigin> {
    const entry = this.requireStore().document(docId);
    if (entry.region !== undefined && entry.issuer !== undefined) return { region: entry.region, issuer: entry.issuer };
    const { record } = await this.text(docId);
    return { region: record.region ?? null, issuer: record.issuer ?? null };
  }

  /**
   * The rule engine's run over a document, cached: it depends on the text alone.
   * Started when a document is imported or opened, so that the list is
   * usually ready when the renderer asks for it.
   */
  ruleSuggestions(docId: string): Promise<RuleRun> {
    const cached = this.ruleRuns.get(docId);
    if (cached) return cached;
    const run = this.text(docId).then(({ record, offsets }) => ruleRun(record, offsets));
    if (this.ruleRuns.size >= 8) this.ruleRuns.delete(this.ruleRuns.keys().next().value!);
    this.ruleRuns.set(docId, run);
    run.catch(() => this.ruleRuns.get(docId) === run && this.ruleRuns.delete(docId));
    return run;
  }

  /** Start computing a document's suggestions once the current operation has answered. */
  warmSuggestions(docId: string): void {
    setImmediate(() => void this.ruleSuggestions(docId).catch(() => undefined));
  }

  /** Drop what is kept of a document (every document when none is named): it was renamed, removed, or its session closed. */
  forgetText(docId?: string): void {
    if (docId) {
      this.texts.delete(docId);
      this.outlines.delete(docId);
      this.readDates.delete(docId);
      this.ruleRuns.delete(docId);
    } else {
      this.texts.clear();
      this.outlines.clear();
      this.readDates.clear();
      this.ruleRuns.clear();
    }
    this.searchable.forget(docId);
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
    await this.team?.attach(next);
    if (old && old !== next) await old.close();
  }
}
