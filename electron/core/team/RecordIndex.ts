import type { z } from 'zod';

interface ByDocument {
  _id: string;
  docHash: string;
}

/**
 * The replica's records of one kind (spans, relations) by document, kept in memory once read: opening a document
 * asks for its layers, and a scan of a team's million spans for each would take seconds. Replicated changes update
 * it record by record, each checked again as it comes.
 */
export class RecordIndex<T extends ByDocument> {
  private readonly byHash = new Map<string, Map<string, T>>();
  private readonly hashOf = new Map<string, string>();

  constructor(
    /** The ids it holds start with this and a colon. */
    private readonly prefix: string,
    private readonly schema: z.ZodType<T>,
    records: readonly T[],
  ) {
    for (const record of records) this.put(record);
  }

  of(docHash: string): T[] {
    return [...(this.byHash.get(docHash)?.values() ?? [])];
  }

  /** Take in replicated records: one of its kind that passes the check is put, anything else under its id (deleted, damaged) goes. */
  apply(docs: ReadonlyArray<Record<string, unknown> & { _id: string }>): void {
    for (const doc of docs) {
      if (!doc._id.startsWith(`${this.prefix}:`)) continue;
      this.remove(doc._id);
      const parsed = doc._deleted ? null : this.schema.safeParse(doc);
      if (parsed?.success) this.put(parsed.data);
    }
  }

  private put(record: T): void {
    let records = this.byHash.get(record.docHash);
    if (!records) {
      records = new Map();
      this.byHash.set(record.docHash, records);
    }
    records.set(record._id, record);
    this.hashOf.set(record._id, record.docHash);
  }

  private remove(id: string): void {
    const hash = this.hashOf.get(id);
    if (hash === undefined) return;
    this.byHash.get(hash)?.delete(id);
    this.hashOf.delete(id);
  }
}
