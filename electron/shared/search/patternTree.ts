import type { CharacterFolder } from './characterFold';

/**
 * A regular expression read into a tree whose literal characters are folded
 * like the text it searches, so that a pattern means what it says whatever
 * width its author typed: ４万 and 4万 are one pattern, `（` is a literal
 * parenthesis, and `\d+万` finds ４万 because the text it runs on says 4万.
 *
 * What is folded: every character that stands for itself, however written
 * (４, \uFF14 and \u{FF14} alike), outside classes and inside them, and the
 * ends of a class range when both are full-width ASCII ([０-９] is [0-9]).
 * What is not: class escapes (\d, \p{Han}), which the folded text meets as
 * it is, and other ranges, which keep their code points ([⼀-⿕] finds
 * nothing, the text holding no radicals). Inside a negated class, a
 * character that folds to several (…) stays as written.
 *
 * The pattern must already be valid for `new RegExp(source, 'u')`; the
 * reader only tells apart what the engine (program.ts) cannot run:
 * backreferences and lookaround, which need backtracking.
 */

export type AssertionKind = 'lineStart' | 'lineEnd' | 'wordBoundary' | 'notWordBoundary';

export type PatternNode =
  | { type: 'char'; cp: number }
  /** One character out of a set, tested by the native engine with `source` (`.`, `\d`, `[...]`). */
  | { type: 'set'; source: string }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] }
  | { type: 'repeat'; body: PatternNode; min: number; max: number; greedy: boolean }
  | { type: 'assert'; kind: AssertionKind };

/** A valid pattern that the engine cannot run; its message says which construct. */
export class UnsupportedPattern extends Error {
  override name = 'UnsupportedPattern';
}

/** The tree of `source` (valid in the `u` mode), its literals folded with `fold`. */
export function readPattern(source: string, fold: CharacterFolder): PatternNode {
  return new Reader(source, fold).disjunction();
}

type ClassMember = { kind: 'char'; cp: number } | { kind: 'range'; from: number; to: number } | { kind: 'escape'; source: string };

const CLASS_ESCAPES = 'dDsSwW';
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };
const FULL_WIDTH_ASCII_FIRST = 0xff01;
const FULL_WIDTH_ASCII_LAST = 0xff5e;
const FULL_WIDTH_SHIFT = 0xfee0;

const hex = (cp: number): string => `\\u{${cp.toString(16)}}`;

function seq(items: PatternNode[]): PatternNode {
  return items.length === 1 ? items[0]! : { type: 'seq', items };
}

class Reader {
  private at = 0;

  constructor(
    private readonly src: string,
    private readonly fold: CharacterFolder,
  ) {}

  disjunction(): PatternNode {
    const options = [this.alternative()];
    while (this.src[this.at] === '|') {
      this.at++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private alternative(): PatternNode {
    const items: PatternNode[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') items.push(this.term());
    return seq(items);
  }

  private term(): PatternNode {
    const c = this.src[this.at];
    if (c === '^' || c === '$') {
      this.at++;
      return { type: 'assert', kind: c === '^' ? 'lineStart' : 'lineEnd' };
    }
    return this.quantified(this.atom());
  }

  private quantified(atom: PatternNode): PatternNode {
    let min: number;
    let max: number;
    const c = this.src[this.at];
    if (c === '*' || c === '+' || c === '?') {
      this.at++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /\{(\d+)(,(\d*))?\}/y;
      m.lastIndex = this.at;
      const found = m.exec(this.src)!;
      this.at = m.lastIndex;
      min = Number(found[1]);
      max = found[2] === undefined ? min : found[3] === '' ? Infinity : Number(found[3]);
    } else return atom;
    const greedy = this.src[this.at] !== '?';
    if (!greedy) this.at++;
    return { type: 'repeat', body: atom, min, max, greedy };
  }

  private atom(): PatternNode {
    const c = this.src[this.at];
    if (c === '.') {
      this.at++;
      return { type: 'set', source: '.' };
    }
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.atomEscape();
    return this.literal(this.codePoint());
  }

  private codePoint(): number {
    const cp = this.src.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return cp;
  }

  /** A literal character folded: one char node, or a sequence when it folds to several or to none. */
  private literal(cp: number): PatternNode {
    const folded = [...this.fold(String.fromCodePoint(cp))];
    return seq(folded.map((ch) => ({ type: 'char', cp: ch.codePointAt(0)! })));
  }

  private group(): PatternNode {
    this.at++;
    if (this.src[this.at] === '?') {
      const next = this.src[this.at + 1];
      const after = this.src[this.at + 2];
      if (next === ':') this.at += 2;
      else if (next === '<' && after !== '=' && after !== '!') this.at = this.src.indexOf('>', this.at) + 1;
      else if (next === '=' || next === '!' || next === '<') throw new UnsupportedPattern('lookahead and lookbehind are not supported');
      else throw new UnsupportedPattern('inline modifiers are not supported');
    }
    const inner = this.disjunction();
    this.at++;
    return inner;
  }

  private atomEscape(): PatternNode {
    const c = this.src[this.at + 1]!;
    if (CLASS_ESCAPES.includes(c) || c === 'p' || c === 'P') return { type: 'set', source: this.classEscape() };
    if (c === 'b' || c === 'B') {
      this.at += 2;
      return { type: 'assert', kind: c === 'b' ? 'wordBoundary' : 'notWordBoundary' };
    }
    if (c === 'k' || (c >= '1' && c <= '9')) throw new UnsupportedPattern('backreferences are not supported');
    return this.literal(this.characterEscape());
  }

  /** `\d`, `\p{Han}` and the like, as written; `at` is on the backslash. */
  private classEscape(): string {
    const start = this.at;
    const c = this.src[this.at + 1];
    this.at = c === 'p' || c === 'P' ? this.src.indexOf('}', this.at) + 1 : this.at + 2;
    return this.src.slice(start, this.at);
  }

  /** The code point of a character escape (`\n`, `\x41`, `\u{20BB7}`, `\.`); `at` is on the backslash. */
  private characterEscape(): number {
    this.at++;
    const c = this.src[this.at]!;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) {
      this.at++;
      return control;
    }
    if (c === 'c') {
      this.at += 2;
      return this.src.charCodeAt(this.at - 1) % 32;
    }
    if (c === '0') {
      this.at++;
      return 0;
    }
    if (c === 'x') {
      this.at += 3;
      return parseInt(this.src.slice(this.at - 2, this.at), 16);
    }
    if (c === 'u') return this.unicodeEscape();
    return this.codePoint();
  }

  /** `\uXXXX`, a surrogate pair of them, or `\u{X...}`; `at` is on the u. */
  private unicodeEscape(): number {
    if (this.src[this.at + 1] === '{') {
      const close = this.src.indexOf('}', this.at);
      const cp = parseInt(this.src.slice(this.at + 2, close), 16);
      this.at = close + 1;
      return cp;
    }
    const unit = parseInt(this.src.slice(this.at + 1, this.at + 5), 16);
    this.at += 5;
    // In the u mode, \uD842\uDFB7 is one character, 𠮷.
    if (unit >= 0xd800 && unit <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(this.src.slice(this.at, this.at + 6))) {
      const low = parseInt(this.src.slice(this.at + 2, this.at + 6), 16);
      this.at += 6;
      return 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
    }
    return unit;
  }

  private characterClass(): PatternNode {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const members: ClassMember[] = [];
    while (this.src[this.at] !== ']') {
      const first = this.classAtom();
      if (first.kind === 'char' && this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const last = this.classAtom();
        // The u mode admits ranges between two characters only.
        members.push({ kind: 'range', from: first.cp, to: (last as { cp: number }).cp });
      } else members.push(first);
    }
    this.at++;
    return this.foldClass(members, negated);
  }

  private classAtom(): ClassMember {
    if (this.src[this.at] !== '\\') return { kind: 'char', cp: this.codePoint() };
    const c = this.src[this.at + 1]!;
    if (CLASS_ESCAPES.includes(c) || c === 'p' || c === 'P') return { kind: 'escape', source: this.classEscape() };
    if (c === 'b' || c === '-') {
      this.at += 2;
      return { kind: 'char', cp: c === 'b' ? 0x08 : 0x2d };
    }
    return { kind: 'char', cp: this.characterEscape() };
  }

  /**
   * The class with its members folded. A member that folds to several
   * characters cannot stand in a class: a positive class becomes the
   * alternation of the class and those sequences.
   */
  private foldClass(members: ClassMember[], negated: boolean): PatternNode {
    let body = '';
    const sequences: PatternNode[] = [];
    for (const m of members) {
      if (m.kind === 'escape') body += m.source;
      else if (m.kind === 'range') {
        const shift = isFullWidthAscii(m.from) && isFullWidthAscii(m.to) ? FULL_WIDTH_SHIFT : 0;
        body += `${hex(m.from - shift)}-${hex(m.to - shift)}`;
      } else {
        const folded = [...this.fold(String.fromCodePoint(m.cp))];
        if (folded.length === 1) body += hex(folded[0]!.codePointAt(0)!);
        else if (folded.length > 1 && negated) body += hex(m.cp);
        else if (folded.length > 1) sequences.push(this.literal(m.cp));
      }
    }
    const set: PatternNode = { type: 'set', source: `[${negated ? '^' : ''}${body}]` };
    return sequences.length === 0 ? set : { type: 'alt', options: [set, ...sequences] };
  }
}

function isFullWidthAscii(cp: number): boolean {
  return cp >= FULL_WIDTH_ASCII_FIRST && cp <= FULL_WIDTH_ASCII_LAST;
}
