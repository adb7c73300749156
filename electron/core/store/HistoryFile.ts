import { closeSync, existsSync, readFileSync, statSync } from 'node:fs';
import { appendLine, openForAppend } from './appendLine';
import { writeFileAtomic } from './atomicWrite';
import { changePieces } from './changePieces';
import { keepAside } from './keepAside';
import { inSession } from './sessionPaths';
import {
  entryOnDisk,
  HISTORY_FILE,
  HISTORY_FORMAT,
  HISTORY_VERSION,
  HistoryHeaderSchema,
  HistoryOpSchema,
  type DocumentChange,
  type HistoryOp,
} from './sessionFormat';

const HEADER = JSON.stringify({ format: HISTORY_FORMAT, version: HISTORY_VERSION });

/** One op as pieces of its line: an op carrying a large change is serialised a chunk at a time. */
function* opPieces(op: HistoryOp): Iterable<string> {
  if (!('entry' in op)) {
    yield `${JSON.stringify(op)}\n`;
    return;
  }
  const { entry, ...rest } = op;
  const head = JSON.stringify(rest).slice(0, -1);
  const parts = entry.changes;
  if (parts.length === 1) {
    const [part] = parts as [DocumentChange];
    yield* changePieces(part.change, `${head},"entry":{"docId":${JSON.stringify(part.docId)},"change":`, `${rejectionsOf(part)}}}`);
    return;
  }
  let before = `${head},"entry":{"changes":[`;
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    const after = `${rejectionsOf(part)}${last ? '}]}}' : '},'}`;
    const pieces = changePieces(part.change, `${before}{"docId":${JSON.stringify(part.docId)},"change":`, after);
    yield* last ? pieces : withoutLineEnd(pieces);
    before = '';
  }
}

/** A part's rejected suggestions as the members that follow its change, where it has any. */
function rejectionsOf(part: DocumentChange): string {
  return part.rejections ? `,"rejections":${JSON.stringify(part.rejections)}` : '';
}

/** The pieces of a line but for its closing line break: a part of a line that goes on. */
function* withoutLineEnd(pieces: Iterable<string>): Iterable<string> {
  let held: string | undefined;
  for (const piece of pieces) {
    if (held !== undefined) yield held;
    held = piece;
  }
  if (held !== undefined) yield held.slice(0, -1);
}

/** An op as history.log holds it: a step of one document in the shape every build reads. */
function opOnDisk(op: HistoryOp): unknown {
  return 'entry' in op ? { ...op, entry: entryOnDisk(op.entry) } : op;
}

/** What reading history.log found. */
export interface HistoryRead {
  ops: HistoryOp[];
  /** The last line was cut short by a crash: it was never acknowledged, and must go before anything is appended. */
  torn: boolean;
  /** Set when the file was damaged and kept aside: what to tell the user. */
  notice: string | null;
}

/**
 * history.log, the undo and redo steps of a session: a header line, then
 * one line per op (see HistoryOpSchema), appended and fdatasynced like an
 * annotation log, and rewritten whole (atomically) when it has grown well
 * past what the stacks hold. Only a writer opens it. What the ops mean is
 * api/History.ts's business; this file only reads, appends and replaces lines.
 */
export class HistoryFile {
  private fd: number | null = null;
  /** Lines after the header. */
  private lines: number;

  private constructor(
    readonly path: string,
    lines: number,
  ) {
    this.lines = lines;
  }

  get opCount(): number {
    return this.lines;
  }

  /**
   * Read the file. A damaged one (a bad header, or a line that is not a
   * valid op and not the torn last line) is kept aside, and history starts
   * empty: undo is a convenience, and must never stop the session opening.
   */
  static open(sessionDir: string): { file: HistoryFile; read: HistoryRead } {
    const path = inSession(sessionDir, HISTORY_FILE);
    let text = '';
    try {
      if (existsSync(path)) text = readFileSync(path, 'utf8');
    } catch (error) {
      return HistoryFile.damaged(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const lines = text.split('\n');
    // A file written in full ends with '\n', so its last piece is empty.
    const torn = lines.pop() !== '';
    if (lines.length === 0) return { file: new HistoryFile(path, 0), read: { ops: [], torn, notice: null } };
    if (!HistoryHeaderSchema.safeParse(parseJson(lines[0]!)).success)
      return HistoryFile.damaged(path, 'line 1 is not a Pizhu history header');
    const ops: HistoryOp[] = [];
    for (let i = 1; i < lines.length; i++) {
      const op = HistoryOpSchema.safeParse(parseJson(lines[i]!));
      if (!op.success) {
        const issue = op.error.issues[0];
        return HistoryFile.damaged(path, `line ${i + 1}: ${issue?.path.join('.') || 'not JSON'}: ${issue?.message}`);
      }
      ops.push(op.data);
    }
    return { file: new HistoryFile(path, ops.length), read: { ops, torn, notice: null } };
  }

  private static damaged(path: string, problem: string): { file: HistoryFile; read: HistoryRead } {
    const file = new HistoryFile(path, 0);
    return { file, read: { ops: [], torn: false, notice: file.setAside(problem) } };
  }

  /**
   * Keep the file aside as damaged (ops that do not replay are damage too);
   * the next op starts a new file. Returns the message for the user.
   */
  setAside(problem: string): string {
    this.closeFd();
    this.lines = 0;
    const start = `${this.path}: damaged undo history (${problem})`;
    try {
      return `${start}; kept aside as ${keepAside(this.path)}; undo starts afresh`;
    } catch (error) {
      return `${start}; it could not be kept aside (${(error as NodeJS.ErrnoException).code ?? 'error'}) and will be replaced; undo starts afresh`;
    }
  }

  /** Append one op; on return it is on disk (a large one is written in pieces, see appendLine). */
  async append(op: HistoryOp): Promise<void> {
    if (this.fd === null) {
      const fresh = !existsSync(this.path) || statSync(this.path).size === 0;
      if (fresh) writeFileAtomic(this.path, `${HEADER}\n`);
      this.fd = openForAppend(this.path);
    }
    await appendLine(this.fd, this.path, opPieces(op));
    this.lines++;
  }

  /** Replace the whole file with these ops, atomically (how a grown or torn file is compacted). */
  rewrite(ops: readonly HistoryOp[]): void {
    this.closeFd();
    writeFileAtomic(this.path, [HEADER, ...ops.map((op) => JSON.stringify(opOnDisk(op)))].join('\n') + '\n');
    this.lines = ops.length;
  }

  close(): void {
    this.closeFd();
  }

  private closeFd(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
