import type { ImportNotice } from '../../shared/contract';

/**
 * One line of an imported document before it becomes text: a paragraph
 * (`level` null) or a heading of a known level.
 */
export interface Block {
  text: string;
  level: number | null;
  /** A blank line stood before it in the source: set by plain text only, where it tells paragraph ends from wrapped lines. */
  afterBlank?: boolean;
}

/** What a format reader hands on: the blocks, and the text to keep as `original`. */
export interface ReadResult {
  blocks: Block[];
  /** Decoded text before any clean-up, line endings normalised. */
  original: string;
  /** The encoding the bytes were decoded from; null where the format fixes it. */
  encoding: string | null;
  /** What decoding could not carry over (bytes that are no character). */
  notices: ImportNotice[];
}
