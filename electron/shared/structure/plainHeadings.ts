import type { DocumentLine } from './documentLines';
import { endsComplete, isAttachmentLabel, isDateLine, isProse, isSignatureLine, isTitleLike } from './lineLooks';
import type { Section } from './outline';

/** Length of an unnumbered heading, in code points: shorter is a label or a name, longer a sentence. */
const MIN_LENGTH = 4;
const MAX_LENGTH = 30;
/** Subtitle lines that may stand between a heading and its first paragraph. */
const MAX_SUBTITLES = 1;

/** Particles and prepositions a title never ends with, but a line cut mid-sentence often does. */
const DANGLING_END = /[的了在和与及或把被从向对于要将]$/u;
/** Punctuation a line can only start with when it continues the line before. */
const CONTINUATION_START = /^[，,、。．.；;：:！!？?）)」』”’》〉]/u;

/** Whether the line could head a section by its own look: a short title, not a date, a signature, a label or a cut-off phrase. */
function looksLikeHeading(line: string): boolean {
  const length = [...line].length;
  return (
    isTitleLike(line) &&
    length >= MIN_LENGTH &&
    length <= MAX_LENGTH &&
    !/^[【（(“"—\-－]/u.test(line) &&
    !DANGLING_END.test(line) &&
    !isDateLine(line) &&
    !isSignatureLine(line) &&
    !isAttachmentLabel(line)
  );
}

/**
 * The unnumbered headings of a document that has no numbered ones, as the
 * sections of a newspaper article ('发力扩大内需战场'): a short title on its
 * own line, after a finished paragraph and before the start of a new one,
 * with at most a subtitle between (a paragraph cut at a link or a page break
 * leaves fragments that look like titles). The subtitle is not a section of
 * its own. Every such heading is at level 1, and runs to the next.
 */
export function plainHeadings(lines: readonly DocumentLine[], from: number): Section[] {
  const sections: Section[] = [];
  for (let i = Math.max(from, 1); i < lines.length; i++) {
    const line = lines[i]!;
    if (!looksLikeHeading(line.text) || !endsComplete(lines[i - 1]!.text)) continue;
    let body = i + 1;
    while (body < lines.length && body - i - 1 < MAX_SUBTITLES && isTitleLike(lines[body]!.text)) body++;
    const first = lines[body]?.text;
    if (first === undefined || !isProse(first) || CONTINUATION_START.test(first)) continue;
    const previous = sections[sections.length - 1];
    if (previous) previous.bodyEnd = lines[i - 1]!.end;
    sections.push({
      start: line.start,
      end: line.end,
      level: 1,
      label: line.text,
      numbering: { kind: 'none', ordinal: sections.length + 1 },
      runIn: false,
      bodyEnd: lines[lines.length - 1]!.end,
    });
  }
  return sections;
}
