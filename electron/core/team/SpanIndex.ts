import { TeamSpanSchema, type TeamSpan } from './teamRecords';

/**
 * The replica's span records by document, kept in memory once read: opening a document asks for its layers, and a
 * scan of a team's million spans for each would take seconds. Replicated changes update it record by record, each
 * checked again as it comes.
 */
export class SpanIndex {
  private readonly byHash = new Map<string, Map<string, TeamSpan>>();
  private readonly hashOf = new Map<string, string>();

  constructor(spans: readonly TeamSpan[]) {
    for (const span of spans) this.put(span);
  }

  of(docHash: string): TeamSpan[] {
    return [...(this.byHash.get(docHash)?.values() ?? [])];
  }

  /** Take in replicated records: a span that passes the check is put, anything else under its id (deleted, damaged) goes. */
  apply(docs: ReadonlyArray<Record<string, unknown> & { _id: string }>): void {
    for (const doc of docs) {
      if (!doc._id.startsWith('span:')) continue;
      this.remove(doc._id);
      const parsed = doc._deleted ? null : TeamSpanSchema.safeParse(doc);
      if (parsed?.success) this.put(parsed.data);
    }
  }

  private put(span: TeamSpan): void {
    let spans = this.byHash.get(span.docHash);
    if (!spans) {
      spans = new Map();
      this.byHash.set(span.docHash, spans);
    }
    spans.set(span._id, span);
    this.hashOf.set(span._id, span.docHash);
  }

  private remove(id: string): void {
    const hash = this.hashOf.get(id);
    if (hash === undefined) return;
    this.byHash.get(hash)?.delete(id);
    this.hashOf.delete(id);
  }
}
