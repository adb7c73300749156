import { findCueWords, type CueWord } from './cueWords';
import type { Modality } from './valueSchema';

/** 确保 commits the government; 力争 and its kin only aim. */
const WORDS: ReadonlyArray<readonly [string, Modality]> = [
  ['确保', 'hard'],
  ['务必', 'hard'],
  ['必须', 'hard'],
  ['一定要', 'hard'],
  ['力争', 'soft'],
  ['争取', 'soft'],
  ['努力', 'soft'],
  ['力求', 'soft'],
  ['尽力', 'soft'],
  ['尽可能', 'soft'],
];

/** Every modality word in `text` before index `to`, in order; the last one before a quantity is the one that governs it. */
export function findModalityWords(text: string, to: number): CueWord<Modality>[] {
  return findCueWords(text, WORDS, 0, to);
}
