import { codePointLength } from '../codePoints';
import type { DocumentLine } from './documentLines';

/**
 * A chapter (or section) heading with its first article run on in the same
 * line, as some exports print them: '第一章　总则　　第一条 　为规范…'. The
 * space before '第…条' is where the lost line break was.
 */
const RUN_ON = /^(第[^章节]{1,6}[章节][^\n]*?)[\s　]+(?=第[一二三四五六七八九十百零〇0-9０-９]{1,6}条)/u;

/** The lines with each chapter heading that runs on into an article split into two lines there. */
export function splitRunOnArticles(lines: readonly DocumentLine[]): DocumentLine[] {
  return lines.flatMap((line) => {
    const match = RUN_ON.exec(line.text);
    if (!match) return [line];
    const heading = match[1]!;
    const restStart = line.start + codePointLength(match[0]);
    return [
      { text: heading, start: line.start, end: line.start + codePointLength(heading) },
      { text: line.text.slice(match[0].length), start: restStart, end: line.end },
    ];
  });
}
