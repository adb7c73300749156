import { existsSync, readFileSync, rmSync } from 'node:fs';
import { PizhuError } from '../../shared/errors';
import { DOCUMENT_ID_PATTERN } from '../../shared/model';
import { writeFileAtomic } from './atomicWrite';
import { keepAside } from './keepAside';
import { inSession } from './sessionPaths';
import {
  SUGGESTIONS_DIR,
  SUGGESTIONS_FORMAT,
  SUGGESTIONS_VERSION,
  SuggestionFileSchema,
  type Rejection,
  type RejectionChange,
} from './sessionFormat';

/** suggestions/ID.json of a document. */
export function rejectionPath(dir: string, docId: string): string {
  if (!DOCUMENT_ID_PATTERN.test(docId))
    throw new PizhuError('BAD_PATH', `${dir}: ${JSON.stringify(docId.slice(0, 100))} is not a document id`);
  return inSession(dir, SUGGESTIONS_DIR, `${docId}.json`);
}

/**
 * The suggestions rejected in one document, in suggestions/ID.json: few
 * (an analyst's decisions, one at a time or a screenful at once), so the
 * file is rewritten whole and atomically at each change, and a change is
 * on disk when `apply` returns. Sessions from before suggestions have no
 * file (and their first writable open makes the folder). A damaged file
 * is kept aside (a notice says where) and the document starts with none:
 * a rejection lost means a suggestion shown again, never a span lost.
 */
export class RejectionFile {
  private byId: Map<string, Rejection>;

  private constructor(
    readonly path: string,
    readonly docId: string,
    rejected: readonly Rejection[],
    private readonly readOnly: boolean,
  ) {
    this.byId = new Map(rejected.map((r) => [r.id, r]));
  }

  /** Read the file; `notices` gets a line for a damaged one (kept aside by a writer, skipped by a reader). */
  static open(dir: string, docId: string, readOnly: boolean, notices: string[]): RejectionFile {
    const path = rejectionPath(dir, docId);
    if (!existsSync(path)) return new RejectionFile(path, docId, [], readOnly);
    let problem: string;
    try {
      const parsed = SuggestionFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success && parsed.data.docId === docId) return new RejectionFile(path, docId, parsed.data.rejected, readOnly);
      problem = parsed.success
        ? `it names document ${parsed.data.docId}`
        : `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`;
    } catch (error) {
      problem = error instanceof SyntaxError ? 'not JSON' : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
    if (readOnly) {
      notices.push(`${path}: damaged rejected suggestions (${problem}); read as none`);
    } else {
      const aside = keepAside(path);
      notices.push(`${path}: damaged rejected suggestions (${problem}); kept aside as ${aside}, the document's suggestions start afresh`);
    }
    return new RejectionFile(path, docId, [], readOnly);
  }

  get size(): number {
    return this.byId.size;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): Rejection[] {
    return [...this.byId.values()];
  }

  /** Add and withdraw rejections; returns the change that reverses what this one did (nothing for what was already so). */
  async apply(change: RejectionChange): Promise<RejectionChange> {
    if (this.readOnly) throw new PizhuError('CONFLICT', `${this.path}: opened read-only`);
    const next = new Map(this.byId);
    const reverse: RejectionChange = { add: [], remove: [] };
    for (const id of change.remove) {
      const old = next.get(id);
      if (!old) continue;
      next.delete(id);
      reverse.add.push(old);
    }
    for (const rejection of change.add) {
      if (next.has(rejection.id)) continue;
      next.set(rejection.id, rejection);
      reverse.remove.push(rejection.id);
    }
    if (reverse.add.length === 0 && reverse.remove.length === 0) return reverse;
    this.write([...next.values()]);
    this.byId = next;
    return reverse;
  }

  /** The document is gone: so is its file. */
  remove(): void {
    rmSync(this.path, { force: true });
  }

  private write(rejected: Rejection[]): void {
    writeFileAtomic(this.path, JSON.stringify({ format: SUGGESTIONS_FORMAT, version: SUGGESTIONS_VERSION, docId: this.docId, rejected }));
  }
}
