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
  class PouchDB {
    constructor(name: string, options?: DatabaseOptions);
    allDocs(options?: AllDocsOptions): Promise<{ total_rows: number; rows: Row[] }>;
    bulkDocs(docs: Array<Record<string, unknown>>): Promise<WriteResult[]>;
    get(id: string): Promise<Record<string, unknown> & { _id: string; _rev: string }>;
    put(doc: Record<string, unknown>): Promise<WriteResult>;
    replicate: {
      to(target: PouchDB, options?: { retry?: boolean }): Promise<ReplicationResult>;
      from(source: PouchDB, options?: { retry?: boolean }): Promise<ReplicationResult>;
    };
    info(): Promise<Record<string, unknown>>;
    close(): Promise<void>;
  }
  export default PouchDB;
}
