import { CodePointSet } from './codePointSet';
import type { AssertionKind, PatternNode } from './patternTree';

/**
 * A pattern tree compiled to the instructions of a Pike VM (pikeVm.ts):
 * CHAR and SET consume one code point, SPLIT forks into two threads (the
 * first preferred, which is how greedy and lazy quantifiers and the order
 * of alternatives are kept), JMP jumps, ASSERT checks the position, FAIL
 * ends a thread, MATCH ends a match. Counted repetition is unrolled, so the
 * program's size is capped: `x{1000}{1000}` is refused instead of built.
 *
 * JavaScript rejects an optional iteration of a quantifier that matches
 * nothing and backtracks into it for one that does (`(.*?)?` takes a
 * character rather than none). A thread carries no such memory, so a body
 * that can match empty is compiled twice: a first copy in which nothing has
 * been consumed yet, whose end fails, and whose every consuming instruction
 * goes on in the second copy, whose end is the iteration's.
 */

export const CHAR = 0;
export const SET = 1;
export const SPLIT = 2;
export const JMP = 3;
export const ASSERT = 4;
export const MATCH = 5;
export const FAIL = 6;

export const ASSERTIONS: readonly AssertionKind[] = ['lineStart', 'lineEnd', 'wordBoundary', 'notWordBoundary'];

/** Instructions past which a pattern is refused. */
export const MAX_INSTRUCTIONS = 20_000;

export interface Program {
  /** The opcode of each instruction. */
  op: Uint8Array;
  /** CHAR: the code point; SET: the index in `sets`; SPLIT: the preferred target; JMP: the target; ASSERT: the index in ASSERTIONS. */
  x: Int32Array;
  /** SPLIT: the other target; CHAR and SET: where the thread goes on after the character. */
  y: Int32Array;
  sets: CodePointSet[];
}

/** A pattern whose unrolled program would pass MAX_INSTRUCTIONS. */
export class PatternTooLarge extends Error {
  override name = 'PatternTooLarge';
}

/** Whether `node` can match the empty string. */
function nullable(node: PatternNode): boolean {
  switch (node.type) {
    case 'char':
    case 'set':
      return false;
    case 'assert':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

/** The program of `node`; `flags` are those the sets are tested with (`u`, or `iu` when case does not matter). */
export function compile(node: PatternNode, flags: string): Program {
  const op: number[] = [];
  const x: number[] = [];
  const y: number[] = [];
  const sets: CodePointSet[] = [];
  const setIndex = new Map<string, number>();

  const push = (code: number, a = 0, b = 0): number => {
    if (op.length >= MAX_INSTRUCTIONS) throw new PatternTooLarge(`the pattern unrolls to more than ${MAX_INSTRUCTIONS} steps`);
    op.push(code);
    x.push(a);
    y.push(b);
    return op.length - 1;
  };

  /** Points the SPLIT at `at` to its body (the next instruction) and to `out`, preferring the body when greedy. */
  const branch = (at: number, out: number, greedy: boolean): void => {
    x[at] = greedy ? at + 1 : out;
    y[at] = greedy ? out : at + 1;
  };

  const emit = (n: PatternNode): void => {
    switch (n.type) {
      case 'char':
        push(CHAR, n.cp, op.length + 1);
        return;
      case 'set': {
        let index = setIndex.get(n.source);
        if (index === undefined) {
          index = sets.push(new CodePointSet(n.source, flags)) - 1;
          setIndex.set(n.source, index);
        }
        push(SET, index, op.length + 1);
        return;
      }
      case 'assert':
        push(ASSERT, ASSERTIONS.indexOf(n.kind));
        return;
      case 'seq':
        for (const item of n.items) emit(item);
        return;
      case 'alt': {
        const jumps: number[] = [];
        n.options.forEach((option, k) => {
          if (k === n.options.length - 1) return emit(option);
          const split = push(SPLIT);
          emit(option);
          jumps.push(push(JMP));
          x[split] = split + 1;
          y[split] = op.length;
        });
        for (const j of jumps) x[j] = op.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k++) emit(n.body);
        const iteration = nullable(n.body) ? () => emitNonEmpty(n.body) : () => emit(n.body);
        if (n.max === Infinity) {
          const loop = push(SPLIT);
          iteration();
          push(JMP, loop);
          branch(loop, op.length, n.greedy);
          return;
        }
        // x{0,3} as (?:x(?:x(?:x)?)?)?: each optional copy is tried only after the one before it matched, as a backtracking engine does.
        const splits: number[] = [];
        for (let k = n.min; k < n.max; k++) {
          splits.push(push(SPLIT));
          iteration();
        }
        for (const s of splits) branch(s, op.length, n.greedy);
        return;
      }
    }
  };

  /** `body` restricted to the ways it matches at least one character, in the order it tries them. */
  const emitNonEmpty = (body: PatternNode): void => {
    const first = op.length;
    emit(body);
    push(FAIL);
    // The second copy is laid out like the first, `shift` further on: a consuming step of the first goes on at its twin's successor.
    const shift = op.length - first;
    for (let p = first; p < first + shift - 1; p++) if (op[p] === CHAR || op[p] === SET) y[p] = y[p]! + shift;
    emit(body);
  };

  emit(node);
  push(MATCH);
  return { op: Uint8Array.from(op), x: Int32Array.from(x), y: Int32Array.from(y), sets };
}
