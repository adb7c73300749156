import { FoldedDocument } from '../../shared/search/foldedDocument';
import { analyzeStructure } from '../../shared/structure/analyzeStructure';
import { ClauseIndex } from '../../shared/structure/clauseIndex';
import type { SessionStore } from '../store/SessionStore';

/** One document made ready for search: its folds, and the sections a hit's path is read from. */
export class SearchableDocument {
  readonly folded: FoldedDocument;
  private clauses: ClauseIndex | undefined;

  constructor(text: string) {
    this.folded = new FoldedDocument(text);
  }

  /** The headings enclosing code-point offset `at`, outermost first; the outline is analysed on the first call. */
  sectionAt(at: number): readonly string[] {
    this.clauses ??= new ClauseIndex(analyzeStructure(this.folded.text));
    return this.clauses.pathAt(at);
  }
}

/**
 * Characters of text kept ready at most. A search of a corpus runs many
 * queries over the same documents, so each is read from disk and folded
 * once; a session far larger than this is searched in turns, the documents
 * searched longest ago let go first.
 */
const MAX_CHARS = 40_000_000;

/**
 * The open session's documents made ready for search, kept between
 * searches. A document's text never changes once imported, so an entry
 * stays right until the document is removed or the session closed.
 */
export class SearchableDocuments {
  private readonly docs = new Map<string, SearchableDocument>();
  private chars = 0;

  async get(store: SessionStore, docId: string): Promise<SearchableDocument> {
    const kept = this.docs.get(docId);
    if (kept) {
      this.docs.delete(docId);
      this.docs.set(docId, kept);
      return kept;
    }
    const doc = new SearchableDocument((await store.readDocument(docId)).text);
    this.chars += doc.folded.text.length;
    this.docs.set(docId, doc);
    for (const [id, old] of this.docs) {
      if (this.chars <= MAX_CHARS || id === docId) break;
      this.docs.delete(id);
      this.chars -= old.folded.text.length;
    }
    return doc;
  }

  forget(docId?: string): void {
    if (docId === undefined) {
      this.docs.clear();
      this.chars = 0;
      return;
    }
    const old = this.docs.get(docId);
    if (!old) return;
    this.docs.delete(docId);
    this.chars -= old.folded.text.length;
  }
}
