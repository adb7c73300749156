/** A clause of a folded text: UTF-16 offsets into it, end exclusive. */
export interface Clause {
  start: number;
  end: number;
}

/**
 * Splits folded text into clauses at , ; : 。 ! ? and line ends (the gold
 * guidelines' clause ends, full-width forms folded to ASCII), so that no
 * suggestion runs across one. A comma between digits is a thousands
 * separator (1,200), not a clause end.
 */
export function clausesOf(folded: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const end = /[,;:。!?\n\r]/gu;
  for (let m = end.exec(folded); m; m = end.exec(folded)) {
    const i = m.index;
    if (m[0] === ',' && /\d/.test(folded[i - 1] ?? '') && /\d/.test(folded[i + 1] ?? '')) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (folded.length > start) clauses.push({ start, end: folded.length });
  return clauses;
}
