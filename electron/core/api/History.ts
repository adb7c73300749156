import type { HistoryFile } from '../store/HistoryFile';
import type { DocumentChange, HistoryEntry, HistoryOp } from '../store/sessionFormat';
import type { SessionStore } from '../store/SessionStore';

export type { DocumentChange, HistoryEntry };

/** Steps kept; the oldest go first. */
const LIMIT = 500;
/** Spans and span ids held by all steps together: bounds history.log and memory. The newest step is always kept. */
const MAX_RECORDS = 250_000;
/** history.log is rewritten from the stacks once it holds this many more lines than they have steps. */
const SLACK = 200;

function size(entry: HistoryEntry): number {
  return entry.changes.reduce(
    (n, { change, rejections }) =>
      n +
      change.put.length +
      change.remove.length +
      (change.relations ? change.relations.put.length + change.relations.remove.length : 0) +
      (rejections ? rejections.add.length + rejections.remove.length : 0),
    0,
  );
}

/** A step without its part on a document that is gone; null when nothing of it is left. */
function without(entry: HistoryEntry, docId: string): HistoryEntry | null {
  const changes = entry.changes.filter((part) => part.docId !== docId);
  if (changes.length === entry.changes.length) return entry;
  return changes.length ? { changes } : null;
}

/**
 * Undo and redo of annotation changes (spans and the relations between them, and rejected suggestions), each step a change to one document
 * or to several at once (a search's "tag all"). It lives in the core, not the
 * renderer, and in the session folder (history.log), so that it survives a
 * reload of the window and a restart of the app or the web host.
 *
 * Each step is the change that takes the spans one step back (undo stack)
 * or forward (redo stack); applying one yields the step that reverses it
 * (see historyOps). A step is written to history.log only after the change
 * it reverses is on disk, so no step ever describes spans that are not; a
 * crash between the two leaves the history one step behind the spans, and
 * since steps carry whole spans and remove by id, replaying a step twice
 * does what once does. Writing the history is best effort: a failed write
 * (a full disk) does not fail the change, whose spans are saved; the file is
 * rewritten whole at the next chance.
 */
export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  /** The file missed an op: rewrite it from the stacks at the next change. */
  private behind = false;

  private constructor(private readonly file: HistoryFile | null) {}

  /** No session, or a reader: nothing to undo, nothing written. */
  static none(): History {
    return new History(null);
  }

  /**
   * The history of a session opened for writing, as history.log left it.
   * Ops that do not replay (an undo with nothing to undo) mean damage: the
   * file is kept aside and the user told, through `store.notices`. Steps of
   * documents that are gone, or naming tags or relation types that are gone (a crash between a
   * removal and the history saying so), go as a removal would have dropped them.
   */
  static open(store: SessionStore): History {
    if (!store.history) return History.none();
    const { file, read } = store.history;
    const history = new History(file);
    for (const [i, op] of read.ops.entries()) {
      if (!history.apply(op)) {
        store.notices.push(file.setAside(`line ${i + 2}: "${op.op}" with no step to take`));
        return new History(file);
      }
    }
    const docs = new Set(store.documents().map((d) => d.id));
    const tags = new Set(store.tags().map((t) => t.id));
    const types = new Set(store.relationTypes().map((t) => t.id));
    const steps = [...history.undoStack, ...history.redoStack];
    let changed = read.torn;
    const gone = ({ change }: DocumentChange) =>
      change.put.some((a) => !tags.has(a.tag)) || (change.relations?.put ?? []).some((r) => !types.has(r.type));
    if (steps.some((e) => e.changes.some(gone))) {
      history.apply({ op: 'clear' });
      changed = true;
    }
    for (const docId of new Set(steps.flatMap((e) => e.changes.map((part) => part.docId)))) {
      if (docs.has(docId)) continue;
      history.apply({ op: 'forget', docId });
      changed = true;
    }
    if (changed || file.opCount > history.steps + SLACK) history.rewrite();
    return history;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The step an undo applies; it stays until `undone` says it was applied. */
  nextUndo(): HistoryEntry | undefined {
    return this.undoStack.at(-1);
  }

  nextRedo(): HistoryEntry | undefined {
    return this.redoStack.at(-1);
  }

  /** A new change is on disk; `reverse` undoes it. The redo steps go. */
  async record(reverse: HistoryEntry): Promise<void> {
    await this.commit({ op: 'do', entry: reverse });
  }

  /** The next undo step was applied; `reverse` redoes it. */
  async undone(reverse: HistoryEntry): Promise<void> {
    await this.commit({ op: 'undo', entry: reverse });
  }

  /** The next redo step was applied; `reverse` undoes it again. */
  async redone(reverse: HistoryEntry): Promise<void> {
    await this.commit({ op: 'redo', entry: reverse });
  }

  /** Drop what the steps would do to a document that no longer exists; a step left with nothing to do goes. */
  async forgetDocument(docId: string): Promise<void> {
    const touches = (e: HistoryEntry) => e.changes.some((part) => part.docId === docId);
    if ([...this.undoStack, ...this.redoStack].some(touches)) await this.commit({ op: 'forget', docId });
  }

  async clear(): Promise<void> {
    if (this.steps > 0) await this.commit({ op: 'clear' });
  }

  private get steps(): number {
    return this.undoStack.length + this.redoStack.length;
  }

  /** What an op does to the stacks, the same live and when history.log is replayed; false if it cannot apply. */
  private apply(op: HistoryOp): boolean {
    switch (op.op) {
      case 'do':
        this.undoStack.push(op.entry);
        this.redoStack = [];
        break;
      case 'undo':
        if (!this.undoStack.pop()) return false;
        this.redoStack.push(op.entry);
        break;
      case 'redo':
        if (!this.redoStack.pop()) return false;
        this.undoStack.push(op.entry);
        break;
      case 'forget': {
        const keep = (stack: HistoryEntry[]) => stack.map((e) => without(e, op.docId)).filter((e) => e !== null);
        this.undoStack = keep(this.undoStack);
        this.redoStack = keep(this.redoStack);
        break;
      }
      case 'clear':
        this.undoStack = [];
        this.redoStack = [];
        break;
      case 'keep':
        (op.stack === 'undo' ? this.undoStack : this.redoStack).push(op.entry);
        break;
    }
    // The oldest steps go first: the bottom of the undo stack, then the far end of the redo stack.
    let records = [...this.undoStack, ...this.redoStack].reduce((n, e) => n + size(e), 0);
    while (this.steps > LIMIT || (records > MAX_RECORDS && this.steps > 1)) {
      const dropped = this.undoStack.length ? this.undoStack.shift()! : this.redoStack.shift()!;
      records -= size(dropped);
    }
    return true;
  }

  private async commit(op: HistoryOp): Promise<void> {
    this.apply(op);
    if (!this.file) return;
    try {
      if (this.behind || this.file.opCount >= this.steps + SLACK) this.rewrite();
      else await this.file.append(op);
    } catch {
      this.behind = true;
    }
  }

  /** Replace history.log with the stacks as they are. */
  private rewrite(): void {
    if (!this.file) return;
    try {
      this.file.rewrite([
        ...this.undoStack.map((entry): HistoryOp => ({ op: 'keep', stack: 'undo', entry })),
        ...this.redoStack.map((entry): HistoryOp => ({ op: 'keep', stack: 'redo', entry })),
      ]);
      this.behind = false;
    } catch {
      this.behind = true;
    }
  }
}
