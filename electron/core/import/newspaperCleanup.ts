import type { Block } from './importTypes';
import { brokenByLayout, textLayout, type SourceLine } from './layoutBreak';
import { headingLevel, joinLines, numberingLevel } from './lineShape';

/** One article (or one whole document) after clean-up. */
export interface CleanArticle {
  title: string;
  blocks: Block[];
  subtitle?: string;
  dateline?: string;
  byline?: string;
  captions: string[];
}

/** A dateline opening a report: '早报1月28日讯', '新华社北京3月5日电', '本报讯'. */
const DATELINE =
  /^((?:[^\s，。,；;：:“”]{0,20}?\d{1,2}月\d{1,2}日|本报[^\s，。,；;：:]{0,10}?|新华社[^\s，。,；;：:]{0,10}?)(?:讯|电))[\s　]*/u;
/** The first half of a dateline that a line break cut before its '讯'. */
const DATELINE_HEAD = /^[^\s，。,；;：:“”]{0,20}?\d{1,2}月\d{1,2}日$/u;
const DATELINE_TAIL = /^(日?(?:讯|电))[\s　]*/u;
/** A reporter's credit closing an article: '（观海新闻/青岛早报记者 刘文超）'. */
const BYLINE = /[（(][^（）()]{0,40}(?:记者|通讯员|特约撰稿)[^（）()]{0,40}[)）]$/u;
/** A photo credit closing a caption line. */
const CAPTION = /(?:资料图片|资料照片|供图|[\s　/／](?:本报)?(?:记者|通讯员)?\s*[\p{Script=Han}A-Za-z·]{2,12}\s*[/／]?\s*摄)[）)]?$/u;
/** Longest caption line, in code points: longer lines ending so are prose. */
const MAX_CAPTION_LENGTH = 80;
/** Most lines (headline, subheadings) above a dateline that belong to its article. */
const MAX_PRELUDE = 3;

interface Line extends SourceLine {
  /** A level fixed by the format (a markdown heading); null when only the text can tell. */
  fixed: number | null;
}

function isCaption(line: Line): boolean {
  return line.fixed === null && [...line.text].length <= MAX_CAPTION_LENGTH && CAPTION.test(line.text);
}

function isByline(line: Line): boolean {
  return line.fixed === null && BYLINE.test(line.text) && /^[（(]/u.test(line.text);
}

function isHeadingLike(line: Line): boolean {
  return line.fixed !== null || headingLevel(line.text) !== null;
}

/** The dateline at `index` and how it splits the body; null when none starts there. */
function datelineAt(lines: Line[], index: number): { dateline: string; rest: string; consumed: number } | null {
  const line = lines[index]!;
  if (line.fixed !== null) return null;
  const whole = DATELINE.exec(line.text);
  if (whole) return { dateline: whole[1]!, rest: line.text.slice(whole[0].length), consumed: 1 };
  const next = lines[index + 1];
  if (!DATELINE_HEAD.test(line.text) || !next || next.fixed !== null) return null;
  const tail = DATELINE_TAIL.exec(next.text);
  if (!tail) return null;
  // Kept as printed, even where the break repeated a character ('…28日' + '日讯'): the dateline is provenance.
  return { dateline: line.text + tail[1]!, rest: next.text.slice(tail[0].length), consumed: 2 };
}

/**
 * Joins paragraphs that the layout cut mid-sentence (a page or column break,
 * a removed caption, a hard wrap), then decides which lines are headings.
 * Headings are never joined to the paragraph after them.
 */
function joinAndClassify(lines: Line[]): Block[] {
  const layout = textLayout(lines);
  const joined: Line[] = [];
  for (const line of lines) {
    const last = joined[joined.length - 1];
    const continues = last !== undefined && last.fixed === null && line.fixed === null && brokenByLayout(last.text, line, layout);
    if (continues) last.text = joinLines(last.text, line.text);
    else joined.push({ ...line });
  }
  return joined.map((line) => ({ text: line.text, level: line.fixed ?? headingLevel(line.text) }));
}

/** Where articles start: each dateline with the headline block above it, and after each byline. */
function articleStarts(lines: Line[]): number[] {
  const starts = new Set<number>([0]);
  let floor = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isByline(lines[i]!)) {
      if (i + 1 < lines.length) starts.add(i + 1);
      floor = i + 1;
      continue;
    }
    if (!datelineAt(lines, i)) continue;
    let start = i;
    while (start > floor && i - start < MAX_PRELUDE && isHeadingLike(lines[start - 1]!)) start--;
    starts.add(start);
    floor = i + 1;
  }
  return [...starts].sort((a, b) => a - b);
}

function buildArticle(lines: Line[], captions: string[], newspaper: boolean): CleanArticle {
  const article: CleanArticle = { title: '', blocks: [], captions };
  let body = lines;
  const prelude: Line[] = [];
  if (newspaper) {
    const datelineIndex = lines.findIndex((_, i) => datelineAt(lines, i) !== null);
    const preludeEnd = datelineIndex >= 0 ? datelineIndex : isHeadingLike(lines[0]!) ? 1 : 0;
    if (lines.slice(0, preludeEnd).every(isHeadingLike)) {
      prelude.push(...lines.slice(0, preludeEnd));
      body = lines.slice(preludeEnd);
      if (datelineIndex >= 0) {
        const found = datelineAt(lines, datelineIndex)!;
        article.dateline = found.dateline;
        const rest = { ...lines[datelineIndex + found.consumed - 1]!, text: found.rest };
        body = [rest, ...lines.slice(datelineIndex + found.consumed)].filter((l) => l.text !== '');
      }
    }
    const last = body[body.length - 1];
    if (last && isByline(last)) {
      article.byline = last.text;
      body = body.slice(0, -1);
    }
  }
  const blocks = joinAndClassify(body);
  if (prelude.length > 0) {
    article.title = prelude[0]!.text;
    if (prelude[1]) article.subtitle = prelude[1].text;
    article.blocks = [...prelude.map((line, i) => ({ text: line.text, level: i === 0 ? 1 : Math.max(2, line.fixed ?? 2) })), ...blocks];
    return article;
  }
  article.blocks = blocks;
  article.title = promoteTitle(blocks);
  return article;
}

/** Reference labels and links an export from a legal database puts above the title. */
const METADATA_LINE = /^【[^】]*】|:\/\//u;

/**
 * The document's title: a level-1 heading the format marked, else its first
 * line after any metadata lines, promoted to a level-1 heading when it reads as one.
 */
function promoteTitle(blocks: Block[]): string {
  const fixedTitle = blocks.find((b) => b.level === 1);
  if (fixedTitle) return fixedTitle.text;
  const first = blocks.find((b) => !METADATA_LINE.test(b.text)) ?? blocks[0];
  if (!first) return '';
  if (first.level !== null && numberingLevel(first.text) === null) first.level = 1;
  return first.text;
}

/**
 * Newspaper clean-up of a text's lines: takes photo captions out, splits a
 * page holding several articles (headline, subheading, dateline, body,
 * byline) into one article each, joins paragraphs cut mid-sentence, and
 * recognises headings. A text that is no newspaper page comes back as one
 * article with every character kept. `lines` are trimmed and non-empty;
 * a block's level is kept where the format fixed it.
 */
export function newspaperCleanup(lines: readonly Block[]): CleanArticle[] {
  const kept: Line[] = [];
  const captionsAt: number[] = [];
  const captionTexts: string[] = [];
  for (const block of lines) {
    const line = {
      text: block.text,
      fixed: block.level,
      afterBlank: block.afterBlank ?? false,
      afterCaption: captionsAt.at(-1) === kept.length,
    };
    if (isCaption(line)) {
      captionsAt.push(kept.length);
      captionTexts.push(line.text);
    } else {
      kept.push(line);
    }
  }
  const newspaper = kept.some((line, i) => isByline(line) || datelineAt(kept, i) !== null);
  const starts = newspaper ? articleStarts(kept) : [0];
  // A page header before the first article is kept with that article rather than dropped or split off.
  if (starts.length > 1 && !hasDateline(kept, starts[0]!, starts[1]!) && !hasByline(kept, starts[0]!, starts[1]!)) starts.splice(1, 1);
  const articles: CleanArticle[] = [];
  for (let a = 0; a < starts.length; a++) {
    const from = starts[a]!;
    const to = starts[a + 1] ?? kept.length;
    const captions = captionTexts.filter((_, c) => captionsAt[c]! >= from && (captionsAt[c]! < to || a === starts.length - 1));
    const article = buildArticle(kept.slice(from, to), captions, newspaper);
    if (article.blocks.length > 0) articles.push(article);
  }
  return articles;
}

function hasDateline(lines: Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (datelineAt(lines, i)) return true;
  return false;
}

function hasByline(lines: Line[], from: number, to: number): boolean {
  return lines.slice(from, to).some(isByline);
}
