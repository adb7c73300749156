import { documentLines } from './documentLines';
import { frontMatterLength } from './frontMatter';
import { numberedSections } from './numberedSections';
import { plainHeadings } from './plainHeadings';
import type { Outline, Section } from './outline';
import { splitRunOnArticles } from './runOnArticles';
import { titledSections } from './titledSentences';

/** Options of the structure analysis. */
export interface StructureOptions {
  /** Whether short titled sentences that open a paragraph count as run-in headings (default true). */
  titledSentences?: boolean;
}

/**
 * The outline of a document's text (one paragraph or heading per line, as
 * stored; the raw text of a file, with CR line ends, blank lines and
 * indentation, reads the same). Lines above the body (title, dateline,
 * speaker) are never sections. Numbered headings (一、 （一） 1. （1） ① 第一章
 * 第一节 第一条) count where their numbers run in sequence, and take their
 * levels from the order in which their kinds first appear; titled sentences
 * subdivide the innermost numbered sections where they open most paragraphs;
 * a text with no numbered heading gets its unnumbered title lines instead.
 */
export function analyzeStructure(text: string, options: StructureOptions = {}): Outline {
  const lines = splitRunOnArticles(documentLines(text));
  const from = frontMatterLength(lines);
  const numbered = numberedSections(lines, from);
  if (numbered.length === 0) return { sections: plainHeadings(lines, from) };
  const titled = options.titledSentences === false ? [] : titledSections(lines, numbered);
  const sections: Section[] = [...numbered.map(({ line: _line, item: _item, ...section }) => section), ...titled];
  // A titled sentence starts after its parent's heading, so ordering by start puts every section after its parent.
  sections.sort((a, b) => a.start - b.start);
  return { sections };
}
