import { ASSERT, ASSERTIONS, CHAR, FAIL, JMP, MATCH, SPLIT, type Program } from './program';

/**
 * Runs a Program over a text in one pass, all threads in step (Thompson's
 * construction as Pike ran it), so that a search costs at most the text's
 * length times the program's size whatever the pattern: `(a+)+$` or
 * `.*.*.*x` cannot backtrack, because nothing does. Threads are kept in
 * priority order, which gives the match a backtracking engine would give
 * (leftmost, then greedy or lazy as written). Every thread step is counted
 * against a budget, so even that linear cost is bounded.
 */

/** A match in the folded text, in UTF-16 units. */
export interface VmMatch {
  start: number;
  end: number;
}

/**
 * Where a match may start and end: between the folds of two original
 * characters (FoldMap.isBoundary), so that no match takes part of a fold.
 */
export interface Boundaries {
  isBoundary(i: number): boolean;
}

/** Thread steps, shared by the searches of one query over many documents. */
export interface StepBudget {
  steps: number;
  readonly maxSteps: number;
}

/** What a line break is to ^ and $ (the `m` mode). */
function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** What a word character is to \b: ASCII letters, digits and the underscore, as in JavaScript. */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Whether the assertion numbered `kind` in ASSERTIONS holds at `pos`. */
function holds(kind: number, text: string, pos: number): boolean {
  const before = pos > 0 ? text.charCodeAt(pos - 1) : -1;
  const after = pos < text.length ? text.charCodeAt(pos) : -1;
  switch (ASSERTIONS[kind]) {
    case 'lineStart':
      return before < 0 || isLineTerminator(before);
    case 'lineEnd':
      return after < 0 || isLineTerminator(after);
    case 'wordBoundary':
      return isWordUnit(before) !== isWordUnit(after);
    default:
      return isWordUnit(before) === isWordUnit(after);
  }
}

export class PikeVm {
  private cPc: Int32Array;
  private cStart: Int32Array;
  private nPc: Int32Array;
  private nStart: Int32Array;
  /** The generation in which each instruction was last added to a list, so that each joins a list once per position. */
  private readonly mark: Int32Array;
  private generation = 0;
  private readonly stack: Int32Array;
  /** The consuming instructions a match can start with, or null when a start depends on the position or can be empty. */
  private readonly first: readonly number[] | null;
  private steps = 0;

  constructor(private readonly program: Program) {
    const n = program.op.length;
    this.cPc = new Int32Array(n);
    this.cStart = new Int32Array(n);
    this.nPc = new Int32Array(n);
    this.nStart = new Int32Array(n);
    this.mark = new Int32Array(n);
    this.stack = new Int32Array(2 * n + 2);
    this.first = this.startingInstructions();
  }

  /**
   * The first match at or after `from` that starts and ends on `boundaries`,
   * or null; 'budget' when the budget ran out first. Empty matches are
   * returned like others.
   */
  exec(text: string, from: number, budget: StepBudget, boundaries: Boundaries): VmMatch | null | 'budget' {
    const { op, x, y, sets } = this.program;
    const len = text.length;
    // Generations only grow; long before they would overflow, the marks start again from zero.
    if (this.generation > 0x3fffffff) {
      this.mark.fill(0);
      this.generation = 0;
    }
    this.steps = budget.steps;
    let count = 0;
    let generation = ++this.generation;
    let matchStart = -1;
    let matchEnd = -1;
    let pos = from;
    for (;;) {
      if (matchStart < 0) {
        if (count === 0 && this.first) pos = this.skipToStart(text, pos);
        if (boundaries.isBoundary(pos)) count = this.add(this.cPc, this.cStart, count, 0, pos, pos, text, generation);
      }
      // With no thread left, a match found is final; without one, the search moves on to the next position.
      if (count === 0 && matchStart >= 0) break;
      let cp = -1;
      let width = 1;
      if (pos < len) {
        cp = text.charCodeAt(pos);
        if (cp >= 0xd800 && cp <= 0xdbff && pos + 1 < len) {
          const low = text.charCodeAt(pos + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            width = 2;
          }
        }
      }
      const next = ++this.generation;
      let nextCount = 0;
      for (let t = 0; t < count; t++) {
        const pc = this.cPc[t]!;
        this.steps++;
        const code = op[pc];
        if (code === MATCH) {
          // A match ending inside a fold is no match: the threads after this one get their turn, as after a failed end check.
          if (!boundaries.isBoundary(pos)) continue;
          // This thread outranks every one after it in the list: those are cut, the ones it outranked already went on.
          matchStart = this.cStart[t]!;
          matchEnd = pos;
          break;
        }
        if (cp >= 0 && (code === CHAR ? x[pc] === cp : sets[x[pc]!]!.has(cp))) {
          nextCount = this.add(this.nPc, this.nStart, nextCount, y[pc]!, this.cStart[t]!, pos + width, text, next);
        }
      }
      [this.cPc, this.nPc] = [this.nPc, this.cPc];
      [this.cStart, this.nStart] = [this.nStart, this.cStart];
      count = nextCount;
      generation = next;
      if (this.steps > budget.maxSteps) {
        budget.steps = this.steps;
        return 'budget';
      }
      if (pos >= len) break;
      pos += width;
    }
    budget.steps = this.steps;
    return matchStart < 0 ? null : { start: matchStart, end: matchEnd };
  }

  /** Adds the thread at `pc`, following jumps, splits and assertions at `pos`, in priority order; returns the list's new length. */
  private add(
    pcs: Int32Array,
    starts: Int32Array,
    count: number,
    pc: number,
    start: number,
    pos: number,
    text: string,
    generation: number,
  ): number {
    const { op, x, y } = this.program;
    const stack = this.stack;
    let sp = 0;
    stack[sp++] = pc;
    while (sp > 0) {
      const p = stack[--sp]!;
      if (this.mark[p] === generation) continue;
      this.mark[p] = generation;
      this.steps++;
      switch (op[p]) {
        case JMP:
          stack[sp++] = x[p]!;
          break;
        case SPLIT:
          // The preferred branch goes on top, so that all it reaches is listed before the other's.
          stack[sp++] = y[p]!;
          stack[sp++] = x[p]!;
          break;
        case ASSERT:
          if (holds(x[p]!, text, pos)) stack[sp++] = p + 1;
          break;
        case FAIL:
          break;
        default:
          pcs[count] = p;
          starts[count] = start;
          count++;
      }
    }
    return count;
  }

  /** The first position from `pos` on where one of the starting instructions accepts the character; the text's length if none does. */
  private skipToStart(text: string, pos: number): number {
    const first = this.first!;
    const { op, x, sets } = this.program;
    const only = first.length === 1 && op[first[0]!] === CHAR && x[first[0]!]! < 0xd800 ? x[first[0]!]! : -1;
    if (only >= 0) {
      const at = text.indexOf(String.fromCharCode(only), pos);
      this.steps += (at < 0 ? text.length : at) - pos;
      return at < 0 ? text.length : at;
    }
    const len = text.length;
    while (pos < len) {
      let cp = text.charCodeAt(pos);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && pos + 1 < len) {
        const low = text.charCodeAt(pos + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
          width = 2;
        }
      }
      for (const pc of first) if (op[pc] === CHAR ? x[pc] === cp : sets[x[pc]!]!.has(cp)) return pos;
      this.steps++;
      pos += width;
    }
    return len;
  }

  private startingInstructions(): number[] | null {
    const { op, x, y } = this.program;
    const found: number[] = [];
    const seen = new Set<number>();
    const stack = [0];
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      if (op[p] === ASSERT || op[p] === MATCH) return null;
      if (op[p] === JMP) stack.push(x[p]!);
      else if (op[p] === SPLIT) stack.push(y[p]!, x[p]!);
      else if (op[p] !== FAIL) found.push(p);
    }
    return found;
  }
}
