import { closeSync, readFileSync, truncateSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Annotation, Relation } from '../../shared/model';
import { PizhuError } from '../../shared/errors';
import { AtomicJsonFile } from './AtomicJsonFile';
import { appendLine, openForAppend } from './appendLine';
import { fsyncDir } from './atomicWrite';
import { changePieces } from './changePieces';
import { annotationFiles } from './sessionPaths';
import { storageError } from './storageError';
import { Low } from 'lowdb';
import { AnnotationChangeSchema, AnnotationSnapshotSchema, type AnnotationChange, type AnnotationSnapshot } from './sessionFormat';

/** Past this many logged changes the log is folded into the snapshot. */
const COMPACT_AFTER = 2000;

/**
 * The log's valid changes, and how many bytes they take: anything after them
 * (a torn last line, or whatever follows a line that does not parse) was
 * never acknowledged, and a writer cuts it off before appending.
 */
function readLog(path: string): { changes: AnnotationChange[]; validBytes: number; torn: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], validBytes: 0, torn: false };
    throw new PizhuError('BAD_FILE', `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const changes: AnnotationChange[] = [];
  const lines = text.split('\n');
  // A log written in full ends with '\n', so its last piece is empty.
  const torn = lines.pop() !== '';
  let validBytes = 0;
  for (const line of lines) {
    // A line cut short by a crash was never acknowledged: drop it and what follows.
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { changes, validBytes, torn: true };
    }
    const change = AnnotationChangeSchema.safeParse(parsed);
    if (!change.success) return { changes, validBytes, torn: true };
    changes.push(change.data);
    validBytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { changes, validBytes, torn };
}

/**
 * The spans of one document, and the relations between them: a lowdb snapshot plus an append-only log of
 * changes. Writing a change appends one line and fdatasyncs it, so its cost
 * does not grow with the number of spans; replaying is idempotent (puts
 * carry whole records, removes are by id), so a crash during compaction
 * loses nothing.
 */
export class AnnotationJournal {
  private readonly byId = new Map<string, Annotation>();
  private readonly relationsById = new Map<string, Relation>();
  private logged = 0;
  private logFd: number | null = null;

  private constructor(
    readonly docId: string,
    private readonly snapshot: Low<AnnotationSnapshot>,
    private readonly snapshotPath: string,
    private readonly logPath: string,
    private readonly readOnly: boolean,
  ) {}

  static async open(sessionDir: string, docId: string, readOnly: boolean): Promise<AnnotationJournal> {
    const files = annotationFiles(sessionDir, docId);
    const snapshot = new Low<AnnotationSnapshot>(new AtomicJsonFile(files.snapshot), { docId, annotations: [] });
    try {
      await snapshot.read();
    } catch (error) {
      throw new PizhuError('BAD_FILE', `${files.snapshot}: damaged annotation file (${(error as Error).message})`);
    }
    const parsed = AnnotationSnapshotSchema.safeParse(snapshot.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PizhuError('BAD_FILE', `${files.snapshot}: damaged annotation file (${issue?.path.join('.')}: ${issue?.message})`);
    }
    const journal = new AnnotationJournal(docId, snapshot, files.snapshot, files.log, readOnly);
    for (const a of parsed.data.annotations) journal.byId.set(a.id, a);
    for (const r of parsed.data.relations ?? []) journal.relationsById.set(r.id, r);
    const { changes, validBytes, torn } = readLog(journal.logPath);
    for (const change of changes) journal.applyInMemory(change);
    journal.logged = changes.length;
    // Appending after a torn line would glue the next change to it: cut it off first (which needs no room on a full disk).
    if (torn && !readOnly) {
      try {
        truncateSync(journal.logPath, validBytes);
      } catch (error) {
        throw storageError(error, journal.logPath, 'its torn last line cannot be cut off');
      }
    }
    return journal;
  }

  all(): Annotation[] {
    return [...this.byId.values()];
  }

  get(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  relations(): Relation[] {
    return [...this.relationsById.values()];
  }

  relation(id: string): Relation | undefined {
    return this.relationsById.get(id);
  }

  private applyInMemory(change: AnnotationChange): void {
    for (const id of change.remove) this.byId.delete(id);
    for (const a of change.put) this.byId.set(a.id, a);
    if (!change.relations) return;
    for (const id of change.relations.remove) this.relationsById.delete(id);
    for (const r of change.relations.put) this.relationsById.set(r.id, r);
  }

  /**
   * Apply and persist one change as one line of the log; on return it is on
   * disk, and only then in memory: a reader in between sees the spans as they
   * were. A large change is written in pieces with the event loop running
   * between them (see appendLine), and still as one line, so a crash leaves
   * all of it or none of it.
   */
  async apply(change: AnnotationChange): Promise<void> {
    if (this.readOnly) throw new PizhuError('CONFLICT', 'this session is open read-only');
    if (this.logFd === null) {
      this.logFd = openForAppend(this.logPath);
      // fdatasync makes the file's bytes durable, not its name: a log created after a compaction must be in its folder too.
      try {
        fsyncDir(dirname(this.logPath));
      } catch (error) {
        throw storageError(error, this.logPath);
      }
    }
    await appendLine(this.logFd, this.logPath, changePieces(change));
    this.applyInMemory(change);
    this.logged++;
    if (this.logged >= COMPACT_AFTER) {
      // The change is already safe in the log: a failed fold (disk full) must not report it as lost; the next write or close tries again.
      await this.compact().catch(() => undefined);
    }
  }

  /** Fold the log into the snapshot: write the snapshot atomically, then drop the log. */
  async compact(): Promise<void> {
    if (this.readOnly || this.logged === 0) return;
    this.snapshot.data = { docId: this.docId, annotations: this.all(), relations: this.relations() };
    try {
      await this.snapshot.write();
    } catch (error) {
      // Nothing is lost: the old snapshot and the whole log are still there, and the next open reads both.
      const cause = storageError(error, this.snapshotPath);
      if (!(cause instanceof PizhuError)) throw cause;
      throw new PizhuError(
        cause.code,
        `${this.logPath}: could not be folded into its snapshot (${cause.message}); nothing is lost, the log keeps every change`,
      );
    }
    this.closeLog();
    try {
      unlinkSync(this.logPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw storageError(error, this.logPath, 'could not be removed after folding');
    }
    this.logged = 0;
  }

  private closeLog(): void {
    if (this.logFd !== null) closeSync(this.logFd);
    this.logFd = null;
  }

  /** Close the log without folding it: its document is being removed. */
  abandon(): void {
    this.closeLog();
  }

  /** Fold and close; the log is closed even when the fold fails (the error says so). */
  async close(): Promise<void> {
    try {
      await this.compact();
    } finally {
      this.closeLog();
    }
  }
}
