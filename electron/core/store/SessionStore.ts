import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { PizhuError } from '../../shared/errors';
import { DEFAULT_RELATION_TYPES, DEFAULT_TAGS } from '../../shared/defaultTags';
import {
  ANNOTATION_ID_PATTERN,
  DocumentRecordSchema,
  RelationTypeSchema,
  TAG_ID_PATTERN,
  TagSchema,
  isPrototypeName,
  type Annotation,
  type DocumentRecord,
  type Relation,
  type RelationType,
  type Tag,
  type ViewState,
} from '../../shared/model';
import { codePointLength } from '../../shared/codePoints';
import { documentDate, type DocumentDate } from '../../shared/structure/documentDate';
import type { DocumentOrigin } from '../../shared/structure/documentOrigin';
import { NO_INDICATOR_GROUPS, type IndicatorGroups } from '../../shared/indicators/indicatorGroupsSchema';
import { AnnotationJournal } from './AnnotationJournal';
import { AtomicJsonFile } from './AtomicJsonFile';
import { writeFileAtomic } from './atomicWrite';
import { copySession } from './copySession';
import { HistoryFile, type HistoryRead } from './HistoryFile';
import { RejectionFile } from './RejectionFile';
import { SessionLock, isLockFileName } from './sessionLock';
import { migrateSession } from './migrateSession';
import { newRelationId } from './newRelationId';
import { checkSessionFolders, removeLeftovers } from './sessionFolder';
import { annotationFiles, checkedUserPath, documentFile } from './sessionPaths';
import { storageError } from './storageError';
import { storedOrigin } from './storedOrigin';
import {
  ANNOTATIONS_DIR,
  DOCUMENTS_DIR,
  INDEX_FILE,
  SCHEMA_VERSION,
  SESSION_FORMAT,
  SUGGESTIONS_DIR,
  SessionIndexSchema,
  StoredAnnotationSchema,
  StoredRelationSchema,
  type AnnotationChange,
  type DocumentEntry,
  type Rejection,
  type RejectionChange,
  type SessionIndex,
} from './sessionFormat';

export interface OpenOptions {
  /** Create the session when the path does not exist (or is an empty folder). */
  create: boolean;
  /** Open without the writer lock and never write: for the CLI's readers. */
  readOnly?: boolean;
}

/** A change, told to listeners once it is on disk. */
export type StoreChange =
  | { kind: 'spans'; docId: string; change: AnnotationChange }
  | { kind: 'tags' }
  | { kind: 'relationTypes' }
  | { kind: 'documents'; added: string[] }
  | { kind: 'documentRemoved'; docId: string; spanIds: string[]; hash: string; relationIds: string[] };

/** Whether a session (its session.json) is at `path`. */
export function sessionExists(path: string): boolean {
  return existsSync(join(resolve(path), INDEX_FILE));
}

/** The display name of a session: its folder name without the `.pizhu` ending. */
export function sessionName(path: string): string {
  return basename(path).replace(/\.pizhu$/i, '') || 'session';
}

function newIndex(): SessionIndex {
  return {
    format: SESSION_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    created: new Date().toISOString(),
    tags: DEFAULT_TAGS.map((t) => ({ ...t, label: { ...t.label } })),
    relationTypes: DEFAULT_RELATION_TYPES.map((t) => structuredClone(t)),
    documents: [],
    view: { openDocId: null, scroll: {}, filter: { tags: [], query: '', groupByTag: false } },
  };
}

/**
 * Whether a folder without session.json holds nothing but what a session's
 * creation makes before it writes session.json (a crash in between must not
 * leave a folder that can never be opened or created again).
 */
function isUnfinishedSession(dir: string): boolean {
  return readdirSync(dir).every((name) => {
    if (isLockFileName(name)) return true;
    if (name !== DOCUMENTS_DIR && name !== ANNOTATIONS_DIR && name !== SUGGESTIONS_DIR) return false;
    const sub = join(dir, name);
    return statSync(sub).isDirectory() && readdirSync(sub).length === 0;
  });
}

/** Read and check session.json; every refusal names the file and leaves it untouched. */
function readIndex(indexPath: string): unknown {
  let text: string;
  try {
    text = readFileSync(indexPath, 'utf8');
  } catch (error) {
    throw new PizhuError('BAD_FILE', `${indexPath}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new PizhuError('BAD_FILE', `${indexPath}: not a Pizhu session (the file is not JSON)`);
  }
  const head = data as { format?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== SESSION_FORMAT) {
    throw new PizhuError('BAD_FILE', `${indexPath}: not a Pizhu session (no "${SESSION_FORMAT}" format marker)`);
  }
  if (typeof head.schemaVersion !== 'number' || !Number.isInteger(head.schemaVersion) || head.schemaVersion < 1) {
    throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (no valid schemaVersion)`);
  }
  if (head.schemaVersion > SCHEMA_VERSION) {
    throw new PizhuError(
      'BAD_FILE',
      `${indexPath}: made by a newer Pizhu (schema version ${head.schemaVersion}; this version reads up to ${SCHEMA_VERSION})`,
    );
  }
  return data;
}

/** The first thing wrong with parsed data, as `where: what`. */
function firstIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.')}: ${issue?.message}`;
}

/**
 * A session on disk (see sessionFormat.ts for the layout). Every method that
 * changes something returns only once the change is on disk.
 */
export class SessionStore {
  private readonly journals = new Map<string, AnnotationJournal>();
  private readonly rejectionFiles = new Map<string, RejectionFile>();
  /** What the user should be told about this session, each naming its file: set on open (a damaged history kept aside). */
  readonly notices: string[] = [];
  /** The undo history's file and what it held at open, for api/History.ts; null for a reader. */
  history: { file: HistoryFile; read: HistoryRead } | null = null;
  private readonly listeners = new Set<(change: StoreChange) => void>();

  private constructor(
    readonly path: string,
    private readonly index: Low<SessionIndex>,
    private readonly lock: SessionLock | null,
  ) {}

  get readOnly(): boolean {
    return this.lock === null;
  }

  get name(): string {
    return sessionName(this.path);
  }

  static async open(path: string, options: OpenOptions): Promise<SessionStore> {
    const dir = resolve(checkedUserPath(path));
    const indexPath = join(dir, INDEX_FILE);
    const exists = existsSync(dir);
    if (exists && !statSync(dir).isDirectory()) {
      throw new PizhuError('BAD_FILE', `${dir}: not a Pizhu session (a session is a folder holding ${INDEX_FILE})`);
    }
    const fresh = !exists || (!existsSync(indexPath) && isUnfinishedSession(dir));
    if (fresh && !options.create) throw new PizhuError('NOT_FOUND', `${dir}: no session there`);
    if (!fresh && !existsSync(indexPath)) {
      throw new PizhuError('BAD_FILE', `${dir}: not a Pizhu session (no ${INDEX_FILE}); refusing to write into a folder of other files`);
    }
    if (fresh && options.readOnly) throw new PizhuError('NOT_FOUND', `${dir}: no session there`);

    let lock: SessionLock | null = null;
    if (fresh) {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (error) {
        throw storageError(error, dir, 'the session folder cannot be created');
      }
    }
    if (!options.readOnly) lock = SessionLock.acquire(dir);
    try {
      const adapter = new AtomicJsonFile<SessionIndex>(indexPath, true);
      let indexData: unknown;
      if (fresh) {
        checkSessionFolders(dir, true);
        indexData = newIndex();
        await adapter.write(indexData as SessionIndex);
      } else {
        indexData = await migrateSession(dir, indexPath, readIndex(indexPath), { write: !options.readOnly });
      }
      const parsed = SessionIndexSchema.safeParse(indexData);
      if (!parsed.success) throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (${firstIssue(parsed.error)})`);
      const duplicate = parsed.data.documents.find((d, i, all) => all.findIndex((e) => e.id === d.id) !== i);
      if (duplicate) throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (document id ${duplicate.id} is listed twice)`);
      checkSessionFolders(dir, !options.readOnly);
      if (!options.readOnly) removeLeftovers(dir, new Set(parsed.data.documents.map((d) => d.id)));
      const index = new Low<SessionIndex>(adapter, parsed.data);
      const store = new SessionStore(dir, index, lock);
      for (const doc of parsed.data.documents) {
        store.journals.set(doc.id, await AnnotationJournal.open(dir, doc.id, store.readOnly));
        store.rejectionFiles.set(doc.id, RejectionFile.open(dir, doc.id, store.readOnly, store.notices));
      }
      if (!options.readOnly) {
        store.history = HistoryFile.open(dir);
        if (store.history.read.notice) store.notices.push(store.history.read.notice);
      }
      return store;
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  /** Be told of every change once it is on disk: what is published to a team comes from here, after the write. */
  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(change: StoreChange): void {
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // The change is on disk and acknowledged; a listener that fails (the team replica) recovers from the journal, not from here.
      }
    }
  }

  private requireWritable(): void {
    if (this.readOnly) throw new PizhuError('CONFLICT', `${this.path}: opened read-only`);
  }

  private async writeIndex(change: (index: SessionIndex) => void): Promise<void> {
    this.requireWritable();
    const before = structuredClone(this.index.data);
    change(this.index.data);
    try {
      await this.index.write();
    } catch (error) {
      this.index.data = before;
      throw error;
    }
  }

  get created(): string {
    return this.index.data.created;
  }

  tags(): Tag[] {
    return this.index.data.tags;
  }

  /** Replace the tags; refused (INVALID_INPUT) if any would not read back, so the index never holds what its next open would refuse. */
  async setTags(tags: Tag[]): Promise<void> {
    const parsed = TagSchema.array().safeParse(tags);
    if (!parsed.success) throw new PizhuError('INVALID_INPUT', `tags: ${firstIssue(parsed.error)}`);
    const twice = tags.find((t, i) => tags.findIndex((u) => u.id === t.id) !== i);
    if (twice) throw new PizhuError('INVALID_INPUT', `tags: the id ${twice.id} is used twice`);
    await this.writeIndex((index) => {
      index.tags = tags;
    });
    this.changed({ kind: 'tags' });
  }

  relationTypes(): RelationType[] {
    return this.index.data.relationTypes;
  }

  /** Replace the relation types; refused (INVALID_INPUT) as setTags refuses tags. Relations of a type left out are the caller's to remove first. */
  async setRelationTypes(types: RelationType[]): Promise<void> {
    const parsed = RelationTypeSchema.array().safeParse(types);
    if (!parsed.success) throw new PizhuError('INVALID_INPUT', `relation types: ${firstIssue(parsed.error)}`);
    const twice = types.find((t, i) => types.findIndex((u) => u.id === t.id) !== i);
    if (twice) throw new PizhuError('INVALID_INPUT', `relation types: the id ${twice.id} is used twice`);
    await this.writeIndex((index) => {
      index.relationTypes = parsed.data;
    });
    this.changed({ kind: 'relationTypes' });
  }

  documents(): DocumentEntry[] {
    return this.index.data.documents;
  }

  document(id: string): DocumentEntry {
    const entry = this.index.data.documents.find((d) => d.id === id);
    if (!entry) throw new PizhuError('NOT_FOUND', `no document with id ${id}`);
    return entry;
  }

  async readDocument(id: string): Promise<DocumentRecord> {
    const entry = this.document(id);
    const file = documentFile(this.path, id);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new PizhuError('BAD_FILE', `${file}: damaged document file (${(error as Error).message})`);
    }
    const parsed = DocumentRecordSchema.safeParse(data);
    if (!parsed.success) throw new PizhuError('BAD_FILE', `${file}: damaged document file`);
    // The index holds the date as set by hand; a document from before dates existed has its date read from its text.
    const stored = entry.date !== undefined ? entry.date : parsed.data.date;
    const date = stored !== undefined ? stored : documentDate(parsed.data.text, entry.title);
    return { ...parsed.data, title: entry.title, date, ...storedOrigin(entry, parsed.data) };
  }

  /**
   * Add documents, and spans for them or for documents already here. All of
   * it is checked before anything is written (documents and spans against
   * their schemas, ids against the grammar, each span's document in the
   * session or among the new ones); each text is written to its own file before the index names
   * it. A failure while the texts are written removes them again; one while
   * the index is written leaves them (the index may have been renamed into
   * place before the failure), as a crash does, for the next open to clean
   * up if the index does not name them.
   */
  async addDocuments(records: DocumentRecord[], annotations: Annotation[] = []): Promise<void> {
    this.requireWritable();
    const files = records.map((r) => documentFile(this.path, r.id));
    for (const r of records) {
      const parsed = DocumentRecordSchema.safeParse(r);
      if (!parsed.success)
        throw new PizhuError('INVALID_INPUT', `${r.source?.fileName ?? r.id}: cannot be saved (${firstIssue(parsed.error)})`);
    }
    const known = new Set([...this.index.data.documents.map((d) => d.id), ...records.map((r) => r.id)]);
    if (known.size !== this.index.data.documents.length + records.length)
      throw new PizhuError('CONFLICT', 'a new document has the id of another one');
    for (const a of annotations) {
      const parsed = StoredAnnotationSchema.safeParse(a);
      if (!parsed.success) throw new PizhuError('INVALID_INPUT', `span ${JSON.stringify(a.id)}: ${firstIssue(parsed.error)}`);
      if (!known.has(a.docId)) throw new PizhuError('NOT_FOUND', `span ${a.id} belongs to no document of the session (${a.docId})`);
    }
    const journals: AnnotationJournal[] = [];
    try {
      for (const [i, record] of records.entries()) {
        writeFileAtomic(files[i]!, JSON.stringify(record));
        journals.push(await AnnotationJournal.open(this.path, record.id, false));
      }
    } catch (error) {
      for (const file of files) rmSync(file, { force: true });
      throw error;
    }
    if (records.length) {
      await this.writeIndex((index) => {
        for (const r of records) {
          const entry: DocumentEntry = { id: r.id, title: r.title, hash: r.hash, length: codePointLength(r.text), source: r.source };
          if (r.date !== undefined) entry.date = r.date;
          if (r.region !== undefined) entry.region = r.region;
          if (r.issuer !== undefined) entry.issuer = r.issuer;
          index.documents.push(entry);
        }
      });
    }
    for (const journal of journals) {
      this.journals.set(journal.docId, journal);
      this.rejectionFiles.set(journal.docId, RejectionFile.open(this.path, journal.docId, false, this.notices));
    }
    if (records.length) this.changed({ kind: 'documents', added: records.map((r) => r.id) });
    const byDoc = new Map<string, Annotation[]>();
    for (const a of annotations) {
      const list = byDoc.get(a.docId);
      if (list) list.push(a);
      else byDoc.set(a.docId, [a]);
    }
    for (const [docId, list] of byDoc) await this.applyAnnotations(docId, { put: list, remove: [] });
  }

  async renameDocument(id: string, title: string): Promise<DocumentEntry> {
    this.document(id);
    await this.writeIndex((index) => {
      const entry = index.documents.find((d) => d.id === id);
      if (entry) entry.title = title;
    });
    return this.document(id);
  }

  /** Set a document's date by hand (null: it has none); the document's own file, written once at import, stays as it is. */
  async setDocumentDate(id: string, date: DocumentDate | null): Promise<DocumentEntry> {
    this.document(id);
    await this.writeIndex((index) => {
      const entry = index.documents.find((d) => d.id === id);
      if (entry) entry.date = date;
    });
    return this.document(id);
  }

  /** Set a document's region or issuer by hand (null: it has none; a field left out keeps its value), in the index as its date. */
  async setDocumentOrigin(id: string, origin: Partial<DocumentOrigin>): Promise<DocumentEntry> {
    this.document(id);
    await this.writeIndex((index) => {
      const entry = index.documents.find((d) => d.id === id);
      if (entry && origin.region !== undefined) entry.region = origin.region;
      if (entry && origin.issuer !== undefined) entry.issuer = origin.issuer;
    });
    return this.document(id);
  }

  async removeDocument(id: string): Promise<void> {
    const { hash } = this.document(id);
    await this.writeIndex((index) => {
      index.documents = index.documents.filter((d) => d.id !== id);
      if (index.view.openDocId === id) index.view.openDocId = null;
      delete index.view.scroll[id];
      if (index.view.outline) delete index.view.outline.folded[id];
      if (index.view.filter.section?.docId === id) delete index.view.filter.section;
    });
    const journal = this.journals.get(id);
    const spanIds = journal?.all().map((a) => a.id) ?? [];
    const relationIds = journal?.relations().map((r) => r.id) ?? [];
    this.journals.delete(id);
    const rejections = this.rejectionFiles.get(id);
    this.rejectionFiles.delete(id);
    // The index no longer names them: removing the files cannot leave a half-deleted document (what a failure leaves, the next open removes).
    const { snapshot, log } = annotationFiles(this.path, id);
    journal?.abandon();
    for (const file of [documentFile(this.path, id), snapshot, log]) rmSync(file, { force: true });
    rejections?.remove();
    this.changed({ kind: 'documentRemoved', docId: id, spanIds, hash, relationIds });
  }

  private journal(docId: string): AnnotationJournal {
    const journal = this.journals.get(docId);
    if (!journal) throw new PizhuError('NOT_FOUND', `no document with id ${docId}`);
    return journal;
  }

  annotations(docId: string): Annotation[] {
    return this.journal(docId).all();
  }

  annotation(id: string): Annotation | undefined {
    for (const journal of this.journals.values()) {
      const found = journal.get(id);
      if (found) return found;
    }
    return undefined;
  }

  /** A span of one document, without looking through the others. */
  annotationOf(docId: string, id: string): Annotation | undefined {
    return this.journal(docId).get(id);
  }

  allAnnotations(): Annotation[] {
    return [...this.journals.values()].flatMap((j) => j.all());
  }

  /** The relations between one document's spans, in no particular order. */
  listRelations(docId: string): Relation[] {
    return this.journal(docId).relations();
  }

  /** A relation of one document. */
  relationOf(docId: string, id: string): Relation | undefined {
    return this.journal(docId).relation(id);
  }

  relation(id: string): Relation | undefined {
    for (const journal of this.journals.values()) {
      const found = journal.relation(id);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Add relations to one document as one write, each under a fresh id and
   * checked against the session's spans and relation types: how an import
   * brings its links in (not an undo step, as the documents it brings are
   * not). Returns them as stored.
   */
  async addRelations(docId: string, relations: Relation[]): Promise<Relation[]> {
    this.requireWritable();
    this.journal(docId);
    const types = new Set(this.relationTypes().map((t) => t.id));
    const fresh = relations.map((r) => ({ ...r, id: newRelationId(), docId }));
    for (const r of fresh) {
      const parsed = StoredRelationSchema.safeParse(r);
      if (!parsed.success) throw new PizhuError('INVALID_INPUT', `relation ${r.from} → ${r.to}: ${firstIssue(parsed.error)}`);
      if (!types.has(r.type)) throw new PizhuError('NOT_FOUND', `relation ${r.from} → ${r.to}: unknown relation type "${r.type}"`);
    }
    if (fresh.length) await this.applyAnnotations(docId, { put: [], remove: [], relations: { put: fresh, remove: [] } });
    return fresh;
  }

  /**
   * The change as it will be applied: removing a span removes every relation
   * that joins it, in the same line of the log, so that no relation ever
   * names a span that is gone (and the undo step of the removal, read from
   * this, brings both back).
   */
  withCascade(docId: string, change: AnnotationChange): AnnotationChange {
    if (!change.remove.length) return change;
    const removed = new Set(change.remove);
    const listed = new Set(change.relations?.remove ?? []);
    const cascade = this.listRelations(docId)
      .filter((r) => (removed.has(r.from) || removed.has(r.to)) && !listed.has(r.id))
      .map((r) => r.id);
    if (!cascade.length) return change;
    return { ...change, relations: { put: change.relations?.put ?? [], remove: [...listed, ...cascade] } };
  }

  spanCount(): number {
    let n = 0;
    for (const journal of this.journals.values()) n += journal.size;
    return n;
  }

  /**
   * Apply a change to one document's spans; a large one is written with the
   * event loop running meanwhile (see AnnotationJournal.apply). The ids and
   * tags are checked first (a full schema check of 100,000 spans would stop
   * the host for a third of a second; the core builds the rest of a span
   * itself), so the log never holds a line its next open would refuse.
   */
  async applyAnnotations(docId: string, change: AnnotationChange): Promise<void> {
    this.requireWritable();
    const journal = this.journal(docId);
    const bad = change.put.find(
      (a) => a.docId !== docId || !ANNOTATION_ID_PATTERN.test(a.id) || !TAG_ID_PATTERN.test(a.tag) || isPrototypeName(a.tag),
    );
    if (bad)
      throw new PizhuError(
        'INVALID_INPUT',
        `span ${JSON.stringify(bad.id)} of ${bad.docId} (tag ${JSON.stringify(bad.tag)}) cannot be saved in ${docId}`,
      );
    const badId = change.remove.find((id) => !ANNOTATION_ID_PATTERN.test(id));
    if (badId !== undefined) throw new PizhuError('INVALID_INPUT', `${JSON.stringify(badId)} is not a span id`);
    const full = this.withCascade(docId, change);
    if (full.relations) this.checkRelations(docId, full);
    await journal.apply(full);
    this.changed({ kind: 'spans', docId, change: full });
  }

  /** Every relation a change puts is whole and joins two distinct spans that the change leaves in the document. */
  private checkRelations(docId: string, change: AnnotationChange): void {
    const removed = new Set(change.remove);
    const put = new Set(change.put.map((a) => a.id));
    const present = (id: string) => put.has(id) || (!removed.has(id) && this.annotationOf(docId, id) !== undefined);
    for (const r of change.relations?.put ?? []) {
      const parsed = StoredRelationSchema.safeParse(r);
      if (!parsed.success || r.docId !== docId)
        throw new PizhuError('INVALID_INPUT', `relation ${JSON.stringify(r.id)} cannot be saved in ${docId}`);
      if (r.from === r.to) throw new PizhuError('INVALID_INPUT', `relation ${r.id} joins span ${r.from} to itself`);
      const missing = [r.from, r.to].find((id) => !present(id));
      if (missing) throw new PizhuError('NOT_FOUND', `relation ${r.id}: no span ${missing} in document ${docId}`);
    }
  }

  private rejectionFile(docId: string): RejectionFile {
    const file = this.rejectionFiles.get(docId);
    if (!file) throw new PizhuError('NOT_FOUND', `no document with id ${docId}`);
    return file;
  }

  /** The suggestions rejected in one document. */
  rejections(docId: string): Rejection[] {
    return this.rejectionFile(docId).all();
  }

  /** The suggestions rejected in every document: how often a text was rejected counts session-wide. */
  allRejections(): Rejection[] {
    return [...this.rejectionFiles.values()].flatMap((f) => f.all());
  }

  /** Reject suggestions or withdraw rejections in one document; returns the change that reverses it. */
  async applyRejections(docId: string, change: RejectionChange): Promise<RejectionChange> {
    this.requireWritable();
    return this.rejectionFile(docId).apply(change);
  }

  view(): ViewState {
    return this.index.data.view;
  }

  /** The indicator groups merged and named by hand (none in a session that never had any). */
  indicatorGroups(): IndicatorGroups {
    return this.index.data.indicatorGroups ?? NO_INDICATOR_GROUPS;
  }

  async setIndicatorGroups(groups: IndicatorGroups): Promise<void> {
    await this.writeIndex((index) => {
      index.indicatorGroups = groups;
    });
  }

  async setView(update: (view: ViewState) => void): Promise<void> {
    await this.writeIndex((index) => update(index.view));
  }

  /**
   * Copy the whole session to `target` (a new or empty folder outside this
   * one), without its lock, logs and all: a refused copy changes nothing here.
   */
  async copyTo(target: string): Promise<void> {
    copySession(this.path, target);
  }

  /**
   * Fold every log and release the lock. A fold that fails (a full disk)
   * loses nothing, since the log is still there for the next open: the lock
   * is released all the same, as no write of ours is half done, and the
   * failure is thrown afterwards, naming the files.
   */
  async close(): Promise<void> {
    const failures: PizhuError[] = [];
    for (const journal of this.journals.values()) {
      await journal.close().catch((error: unknown) => {
        failures.push(error instanceof PizhuError ? error : new PizhuError('INTERNAL', `${this.path}: ${(error as Error).message}`));
      });
    }
    this.journals.clear();
    this.history?.file.close();
    this.lock?.release();
    if (failures.length === 1) throw failures[0]!;
    if (failures.length > 1) {
      throw new PizhuError(failures[0]!.code, `${failures.map((f) => f.message).join('; ')}`);
    }
  }
}
