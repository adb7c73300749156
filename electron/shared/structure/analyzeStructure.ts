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
 * stored; the raw text of a file reads the same).
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
