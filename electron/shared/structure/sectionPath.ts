/** How a span's clause path reads on one line, in the exports' cells and the span popover: 二、… › （一）… › …. */
export const SECTION_SEPARATOR = ' › ';

export function sectionLine(section: readonly string[] | undefined): string {
  return (section ?? []).join(SECTION_SEPARATOR);
}
