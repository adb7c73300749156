import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import { PizhuError } from '../../shared/errors';
import { DEFAULT_TAGS } from '../../shared/defaultTags';
import { DocumentRecordSchema, type Annotation, type DocumentRecord, type Tag, type ViewState } from '../../shared/model';
import { codePointLength } from '../../shared/codePoints';
import { AnnotationJournal } from './AnnotationJournal';
import { AtomicJsonFile } from './AtomicJsonFile';
import { writeFileAtomic } from './atomicWrite';
import { SessionLock, LOCK_FILE } from './sessionLock';
import { migrateSession } from './migrateSession';
import {
  ANNOTATIONS_DIR,
  DOCUMENTS_DIR,
  INDEX_FILE,
  SCHEMA_VERSION,
  SESSION_FORMAT,
  SessionIndexSchema,
  type AnnotationChange,
  type DocumentEntry,
  type SessionIndex,
} from './sessionFormat';

export interface OpenOptions {
  /** Create the session when the path does not exist (or is an empty folder). */
  create: boolean;
  /** Open without the writer lock and never write: for the CLI's readers. */
  readOnly?: boolean;
}

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
    if (name === LOCK_FILE) return true;
    if (name !== DOCUMENTS_DIR && name !== ANNOTATIONS_DIR) return false;
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

/**
 * A session on disk (see sessionFormat.ts for the layout). Every method that
 * changes something returns only once the change is on disk.
 */
export class SessionStore {
  private readonly journals = new Map<string, AnnotationJournal>();

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
    const dir = resolve(path);
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
    if (fresh) mkdirSync(dir, { recursive: true });
    if (!options.readOnly) lock = SessionLock.acquire(dir);
    try {
      const adapter = new AtomicJsonFile<SessionIndex>(indexPath, true);
      let indexData: SessionIndex;
      if (fresh) {
        mkdirSync(join(dir, DOCUMENTS_DIR), { recursive: true });
        mkdirSync(join(dir, ANNOTATIONS_DIR), { recursive: true });
        indexData = newIndex();
        await adapter.write(indexData);
      } else {
        indexData = await migrateSession(dir, indexPath, readIndex(indexPath), { write: !options.readOnly });
      }
      const parsed = SessionIndexSchema.safeParse(indexData);
      if (!parsed.success) {
        throw new PizhuError('BAD_FILE', `${indexPath}: damaged session (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
      }
      const index = new Low<SessionIndex>(adapter, parsed.data);
      const store = new SessionStore(dir, index, lock);
      for (const doc of parsed.data.documents) {
        store.journals.set(doc.id, await AnnotationJournal.open(dir, doc.id, store.readOnly));
      }
      return store;
    } catch (error) {
      lock?.release();
      throw error;
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

  async setTags(tags: Tag[]): Promise<void> {
    await this.writeIndex((index) => {
      index.tags = tags;
    });
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
    const file = join(this.path, DOCUMENTS_DIR, `${id}.json`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new PizhuError('BAD_FILE', `${file}: damaged document file (${(error as Error).message})`);
    }
    const parsed = DocumentRecordSchema.safeParse(data);
    if (!parsed.success) throw new PizhuError('BAD_FILE', `${file}: damaged document file`);
    return { ...parsed.data, title: entry.title };
  }

  /**
   * Add documents, and spans for them or for documents already here: each
   * text is written to its own file before the index names it.
   */
  async addDocuments(records: DocumentRecord[], annotations: Annotation[] = []): Promise<void> {
    this.requireWritable();
    for (const record of records) {
      writeFileAtomic(join(this.path, DOCUMENTS_DIR, `${record.id}.json`), JSON.stringify(record));
      const journal = await AnnotationJournal.open(this.path, record.id, false);
      this.journals.set(record.id, journal);
    }
    if (records.length) {
      await this.writeIndex((index) => {
        for (const r of records) {
          index.documents.push({ id: r.id, title: r.title, hash: r.hash, length: codePointLength(r.text), source: r.source });
        }
      });
    }
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

  async removeDocument(id: string): Promise<void> {
    this.document(id);
    await this.writeIndex((index) => {
      index.documents = index.documents.filter((d) => d.id !== id);
      if (index.view.openDocId === id) index.view.openDocId = null;
      delete index.view.scroll[id];
    });
    await this.journals.get(id)?.close();
    this.journals.delete(id);
    // The index no longer names them: removing the files cannot leave a half-deleted document.
    for (const file of [join(DOCUMENTS_DIR, `${id}.json`), join(ANNOTATIONS_DIR, `${id}.json`), join(ANNOTATIONS_DIR, `${id}.log`)]) {
      rmSync(join(this.path, file), { force: true });
    }
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

  allAnnotations(): Annotation[] {
    return [...this.journals.values()].flatMap((j) => j.all());
  }

  spanCount(): number {
    let n = 0;
    for (const journal of this.journals.values()) n += journal.size;
    return n;
  }

  async applyAnnotations(docId: string, change: AnnotationChange): Promise<void> {
    this.requireWritable();
    await this.journal(docId).apply(change);
  }

  view(): ViewState {
    return this.index.data.view;
  }

  async setView(update: (view: ViewState) => void): Promise<void> {
    await this.writeIndex((index) => update(index.view));
  }

  /** Copy the whole session to `target` (a new or empty folder), without its lock. */
  async copyTo(target: string): Promise<void> {
    const dest = resolve(target);
    if (existsSync(dest) && (!statSync(dest).isDirectory() || readdirSync(dest).length > 0)) {
      throw new PizhuError('CONFLICT', `${dest}: already exists and is not an empty folder`);
    }
    for (const journal of this.journals.values()) await journal.compact();
    cpSync(this.path, dest, { recursive: true, filter: (src) => basename(src) !== LOCK_FILE });
  }

  async close(): Promise<void> {
    for (const journal of this.journals.values()) await journal.close();
    this.journals.clear();
    this.lock?.release();
  }
}
