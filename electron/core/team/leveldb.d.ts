// The parts of levelup and leveldown (PouchDB's own LevelDB binding, the same versions) the layer index uses.
declare module 'leveldown' {
  interface LevelDown {
    readonly location: string;
  }
  function leveldown(location: string): LevelDown;
  export default leveldown;
}

declare module 'levelup' {
  import type { LevelDown } from 'leveldown';
  type Operation = { type: 'put'; key: string; value: string } | { type: 'del'; key: string };
  interface LevelUp {
    get(key: string, options: { asBuffer: false }): Promise<string>;
    batch(operations: Operation[]): Promise<void>;
    createValueStream(options: { gte: string; lt: string; asBuffer: false }): NodeJS.ReadableStream;
    clear(): Promise<void>;
    close(): Promise<void>;
  }
  function levelup(store: LevelDown): LevelUp;
  export type { LevelUp, Operation };
  export default levelup;
}
