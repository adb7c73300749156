import type { DocumentLine } from './documentLines';
import { isProse } from './lineLooks';
import { numberingAt } from './numbering';

/**
 * How many lines open the document before its body: the title, a subtitle,
 * the dateline ('——2023年3月5日在第十四届全国人民代表大会第一次会议上'), the
 * speaker ('国务院总理　李克强'), a newspaper dateline cut from its '讯'. None
 * of them is a section. The body starts at the first line of prose ('各位代表：'
 * is prose: it ends with a colon) or the first numbered heading.
 */
export function frontMatterLength(lines: readonly DocumentLine[]): number {
  const body = lines.findIndex((line) => isProse(line.text) || numberingAt(line.text) !== null);
  return body < 0 ? lines.length : body;
}
