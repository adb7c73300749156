import type { AnnotationChange } from '../store/sessionFormat';

/** One undoable change to one document's spans, with the change that reverses it. */
export interface HistoryEntry {
  docId: string;
  forward: AnnotationChange;
  inverse: AnnotationChange;
}

const LIMIT = 500;

/**
 * Undo and redo of annotation changes. It lives in the core, not the
 * renderer, so that it survives a reload of the window within the session.
 */
export class History {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];

  record(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  takeUndo(): HistoryEntry | undefined {
    const entry = this.undoStack.pop();
    if (entry) this.redoStack.push(entry);
    return entry;
  }

  takeRedo(): HistoryEntry | undefined {
    const entry = this.redoStack.pop();
    if (entry) this.undoStack.push(entry);
    return entry;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Drop entries of a document that no longer exists. */
  forgetDocument(docId: string): void {
    this.undoStack = this.undoStack.filter((e) => e.docId !== docId);
    this.redoStack = this.redoStack.filter((e) => e.docId !== docId);
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }
}
