import { sectionLine } from '../../shared/structure/sectionPath';

/** What opens the line of a selection's Description that gives its clause path, after the note. */
const MARK = '§ ';

/** A selection's Description: the note, then a line with the clause path (REFI-QDA has no other place a reader shows with the selection). */
export function selectionDescription(note: string, section: readonly string[] | undefined): string {
  if (!section?.length) return note;
  return `${note}${note ? '\n' : ''}${MARK}${sectionLine(section)}`;
}

/**
 * The note of a Description Pizhu's export wrote: without its last line when
 * that line is exactly the clause path the text gives there, so that a note
 * of the analyst's own that merely starts with § is never cut.
 */
export function noteOfDescription(description: string, section: readonly string[]): string {
  if (!section.length) return description;
  const line = `${MARK}${sectionLine(section)}`;
  if (description === line) return '';
  return description.endsWith(`\n${line}`) ? description.slice(0, -line.length - 1) : description;
}
