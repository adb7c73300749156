/** A clause of a folded text: UTF-16 offsets into it, end exclusive. */
export interface Clause {
  start: number;
  end: number;
}

/** A clause that is nothing but a deadline (到2024年, 利用2-3年时间, 用三年左右时间, 到“十四五”末, 到本世纪末, 到一九八五年, 到二十世纪末), which joins the clause after it. */
export const DEADLINE_CLAUSE = String.raw`(?:力争|争取)?(?:到|至)(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?|"十[一二三四五六七八九]五"末|(?:本|二十)世纪末)|(?:力争)?(?:利用|用)(?:\d+(?:-\d+)?|[一二两三四五六七八九十]{1,3})年(?:左右)?(?:的)?时间`;
/** The longest such clause worth testing. */
const DEADLINE_LENGTH = 16;
const DEADLINE_ONLY = new RegExp(`^\\s*(?:${DEADLINE_CLAUSE})\\s*$`, 'u');

/**
 * Splits folded text into clauses at , ; : 。 ! ? and line ends (the gold
 * guidelines' clause ends, full-width forms folded to ASCII), so that no
 * suggestion runs across one. A comma between digits is a thousands
 * separator (1,200), not a clause end. The guidelines' one exception: a
 * clause that is only a deadline, before a comma, is one clause with the
 * next, since the deadline is part of that target's value; rules that must
 * not cross it match no comma.
 */
export function clausesOf(folded: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const end = /[,;:。!?\n\r]/gu;
  for (let m = end.exec(folded); m; m = end.exec(folded)) {
    const i = m.index;
    if (m[0] === ',' && /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? '')) continue;
    if (m[0] === ',' && i - start <= DEADLINE_LENGTH && DEADLINE_ONLY.test(folded.slice(start, i))) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (folded.length > start) clauses.push({ start, end: folded.length });
  return clauses;
}
