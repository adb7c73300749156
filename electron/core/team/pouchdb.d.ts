// The parts of PouchDB's API the team replica uses. @types/pouchdb is not used: it pulls in the DOM library and
// redeclares Node's global Buffer, which breaks the type-checking of the whole Node side.
declare module 'pouchdb' {
  interface Row {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: Record<string, unknown> & { _id: string; _rev: string };
    error?: string;
  }
  interface AllDocsOptions {
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
    startkey?: string;
    endkey?: string;
  }
  interface WriteResult {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string;
    message?: string;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  interface DatabaseOptions {
    skip_setup?: boolean;
    auth?: { username: string; password: string };
    fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>;
  }
  interface LiveOptions {
    live: true;
    retry: true;
    back_off_function?: (delay: number) => number;
    batch_size?: number;
  }
  /** A live replication: its events, and cancel() to end it. */
  interface Replication {
    on(event: 'change', listener: (info: { docs: Array<Record<string, unknown> & { _id: string }>; docs_written: number }) => void): this;
    on(event: 'paused', listener: (error?: { status?: number; message?: string; name?: string }) => void): this;
    on(event: 'active', listener: () => void): this;
    on(event: 'denied', listener: (error: { id?: string; message?: string; reason?: string }) => void): this;
    on(event: 'error', listener: (error: { status?: number; message?: string }) => void): this;
    on(event: 'complete', listener: () => void): this;
    cancel(): void;
  }
  class PouchDB {
    constructor(name: string, options?: DatabaseOptions);
    allDocs(options?: AllDocsOptions): Promise<{ total_rows: number; rows: Row[] }>;
    bulkDocs(docs: Array<Record<string, unknown>>): Promise<WriteResult[]>;
    get(
      id: string,
      options?: { rev?: string; conflicts?: boolean },
    ): Promise<Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[]; _deleted?: boolean }>;
    put(doc: Record<string, unknown>): Promise<WriteResult>;
    changes(options: {
      since: number;
      limit: number;
    }): Promise<{ results: Array<{ id: string; seq: number; deleted?: boolean }>; last_seq: number }>;
    changes(options: { since: number; limit: number; include_docs: true }): Promise<{
      results: Array<{ id: string; seq: number; deleted?: boolean; doc?: Record<string, unknown> & { _id: string } }>;
      last_seq: number;
    }>;
    replicate: {
      to(target: PouchDB, options: LiveOptions): Replication;
      to(target: PouchDB, options?: { retry?: boolean; batch_size?: number }): Promise<ReplicationResult>;
      from(source: PouchDB, options: LiveOptions): Replication;
      from(source: PouchDB, options?: { retry?: boolean; batch_size?: number }): Promise<ReplicationResult>;
    };
    info(): Promise<Record<string, unknown>>;
    close(): Promise<void>;
  }
  export default PouchDB;
}
