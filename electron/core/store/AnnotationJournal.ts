import { closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Annotation } from '../../shared/model';
import { PizhuError } from '../../shared/errors';
import { AtomicJsonFile } from './AtomicJsonFile';
import { fsyncDir } from './atomicWrite';
import { Low } from 'lowdb';
import {
  ANNOTATIONS_DIR,
  AnnotationChangeSchema,
  AnnotationSnapshotSchema,
  type AnnotationChange,
  type AnnotationSnapshot,
} from './sessionFormat';

/** Past this many logged changes the log is folded into the snapshot. */
const COMPACT_AFTER = 2000;

/** The log's valid changes, and whether anything after them (a torn last line) must be cut off. */
function readLog(path: string): { changes: AnnotationChange[]; torn: boolean } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { changes: [], torn: false };
    throw error;
  }
  const changes: AnnotationChange[] = [];
  const lines = text.split('\n');
  // A log written in full ends with '\n', so its last piece is empty.
  const torn = lines.pop() !== '';
  for (const line of lines) {
    // A line cut short by a crash was never acknowledged: drop it and what follows.
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return { changes, torn: true };
    }
    const change = AnnotationChangeSchema.safeParse(parsed);
    if (!change.success) return { changes, torn: true };
    changes.push(change.data);
  }
  return { changes, torn };
}

/** Append all of `bytes` and fdatasync them; on failure cut the log back, so no fragment is left for the next line to glue onto. */
function appendDurably(fd: number, bytes: Buffer): void {
  const end = fstatSync(fd).size;
  try {
    // A full disk or a file size limit makes writeSync store only part of the bytes, and say so only in its return value.
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    fdatasyncSync(fd);
  } catch (error) {
    try {
      ftruncateSync(fd, end);
    } catch {
      // The write's own error is the one to report; a fragment left behind reads as a torn last line.
    }
    throw error;
  }
}

/**
 * The spans of one document: a lowdb snapshot plus an append-only log of
 * changes. Writing a change appends one line and fdatasyncs it, so its cost
 * does not grow with the number of spans; replaying is idempotent (puts
 * carry whole records, removes are by id), so a crash during compaction
 * loses nothing.
 */
export class AnnotationJournal {
  private readonly byId = new Map<string, Annotation>();
  private logged = 0;
  private logFd: number | null = null;

  private constructor(
    readonly docId: string,
    private readonly snapshot: Low<AnnotationSnapshot>,
    private readonly logPath: string,
    private readonly readOnly: boolean,
  ) {}

  static async open(sessionDir: string, docId: string, readOnly: boolean): Promise<AnnotationJournal> {
    const base = join(sessionDir, ANNOTATIONS_DIR, docId);
    const snapshot = new Low<AnnotationSnapshot>(new AtomicJsonFile(`${base}.json`), { docId, annotations: [] });
    try {
      await snapshot.read();
    } catch (error) {
      throw new PizhuError('BAD_FILE', `${base}.json: damaged annotation file (${(error as Error).message})`);
    }
    const parsed = AnnotationSnapshotSchema.safeParse(snapshot.data);
    if (!parsed.success) throw new PizhuError('BAD_FILE', `${base}.json: damaged annotation file`);
    const journal = new AnnotationJournal(docId, snapshot, `${base}.log`, readOnly);
    for (const a of parsed.data.annotations) journal.byId.set(a.id, a);
    const { changes, torn } = readLog(journal.logPath);
    for (const change of changes) journal.applyInMemory(change);
    journal.logged = changes.length;
    // Appending after a torn line would glue the next change to it: fold the valid prefix into the snapshot first.
    if (torn && !readOnly) {
      journal.logged = Math.max(1, journal.logged);
      await journal.compact();
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

  private applyInMemory(change: AnnotationChange): void {
    for (const id of change.remove) this.byId.delete(id);
    for (const a of change.put) this.byId.set(a.id, a);
  }

  /** Apply and persist one change; on return it is on disk. */
  async apply(change: AnnotationChange): Promise<void> {
    if (this.readOnly) throw new PizhuError('CONFLICT', 'this session is open read-only');
    if (this.logFd === null) {
      this.logFd = openSync(this.logPath, 'a');
      // fdatasync makes the file's bytes durable, not its name: a log created after a compaction must be in its folder too.
      fsyncDir(dirname(this.logPath));
    }
    appendDurably(this.logFd, Buffer.from(JSON.stringify(change) + '\n', 'utf8'));
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
    this.snapshot.data = { docId: this.docId, annotations: this.all() };
    await this.snapshot.write();
    this.closeLog();
    try {
      unlinkSync(this.logPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    this.logged = 0;
  }

  /** Write the full snapshot (used when the journal is created or copied). */
  async writeSnapshot(): Promise<void> {
    this.snapshot.data = { docId: this.docId, annotations: this.all() };
    await this.snapshot.write();
  }

  private closeLog(): void {
    if (this.logFd !== null) closeSync(this.logFd);
    this.logFd = null;
  }

  async close(): Promise<void> {
    await this.compact();
    this.closeLog();
  }
}
