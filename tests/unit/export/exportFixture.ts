import { readFileSync } from 'node:fs';
import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import type { Annotation, DocumentRecord, Heading, Tag } from '../../../electron/shared/model';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { textHash } from '../../../electron/core/interchange/textHash';
import { sharedPath } from '../../sharedDir';

export const SAMPLE = sharedPath('samples', 'qingdao-2023-01-28.txt');

/** Text made of lines, with the lines chosen as headings marked at their levels. */
function documentOf(id: string, lines: string[], headingLevel: (line: string, index: number) => number | null): DocumentRecord {
  const headings: Heading[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    const level = headingLevel(line, i);
    if (level !== null) headings.push({ start: at, end: at + codePointLength(line), level });
    at += codePointLength(line) + 1;
  });
  const text = lines.join('\n');
  return {
    id,
    title: lines[0]!.trim(),
    text,
    headings,
    hash: textHash(text),
    source: {
      fileName: 'qingdao-2023-01-28.txt',
      format: 'txt',
      encoding: 'UTF-8',
      importedAt: '2026-01-02T03:04:05.000Z',
      cleanup: true,
      captions: [],
    },
  };
}

/** A text with astral characters, markup, formula-like cells and control characters. */
export const HOSTILE_TEXT = [
  '𠮷野家的😀早餐；吃了三碗。',
  '=SUM(A1:A3) 与 -1+2 以及 @cmd 都不是公式！',
  '<b>粗体</b> & "引号" \'单引号\'，制表\t符，控制\u0001\u0007字符。',
  '最后一行👍🏽结束',
].join('\n');

const TAGS: Tag[] = [...DEFAULT_TAGS, { id: 'risk_2', label: { zh: '风险', en: 'Risk, "quoted"' }, color: '#ae3ec9', hotkey: null }];

/** Span number `n` over the `occurrence`-th appearance of `phrase` in the document. */
function phraseSpan(doc: DocumentRecord, phrase: string, tag: string, note: string, n: number, occurrence = 0): Annotation {
  const map = new OffsetMap(doc.text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = doc.text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  const start = map.toCodePoint(at);
  const end = start + codePointLength(phrase);
  return {
    id: `ann-${n}`,
    docId: doc.id,
    start,
    end,
    quote: map.slice(start, end),
    tag,
    note,
    created: `2026-01-02T10:00:${String(n).padStart(2, '0')}.000Z`,
    modified: `2026-01-03T10:00:${String(n).padStart(2, '0')}.000Z`,
  };
}

/** The snapshot the export tests share: the real sample split into its two articles plus the hostile text, with overlapping, nested and line-crossing spans. */
export function buildSnapshot(): ExportSnapshot {
  const lines = readFileSync(SAMPLE, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const split = lines.findIndex((l) => l.startsWith('西海岸'));
  const sectionLine = (l: string) => /^发力.{2,8}战场$/.test(l);
  const a = documentOf('doc-a', lines.slice(0, split), (l, i) => (i === 0 ? 1 : sectionLine(l) ? 2 : null));
  const b = documentOf('doc-b', lines.slice(split), (_l, i) => (i === 0 ? 1 : null));
  const c: DocumentRecord = { ...documentOf('doc-c', HOSTILE_TEXT.split('\n'), () => null), title: 'CON: <危险> 标题?' };

  const annotations: Annotation[] = [];
  const add = (doc: DocumentRecord, phrase: string, tag: string, note = '', occurrence = 0) => {
    annotations.push(phraseSpan(doc, phrase, tag, note, annotations.length + 1, occurrence));
  };
  add(a, '发力扩大内需战场', 'target', '标题, 含逗号和"引号"');
  add(a, '扩大内需', 'policy', '嵌套在上一个里面');
  add(a, '项目落地提质年', 'project');
  add(a, '落地提质', 'policy', '与上一个重叠', 0);
  add(a, '提质年”活动', 'target');
  add(a, '增长20%以上', 'target', '数字目标');
  add(a, '战场\n要下大力气', 'risk_2', '跨越换行');
  add(a, '推动实现全年工作目标任务', 'target', '', 1);
  add(b, '创新突破年', 'project');
  add(b, '聚焦四大国家战略创新突破', 'policy', '');
  add(c, '𠮷野家', 'project', '星辰字');
  add(c, '😀早餐', 'target', 'emoji');
  add(c, '=SUM(A1:A3)', 'risk_2', '=HYPERLINK("http://x")');
  add(c, '-1+2', 'policy');
  add(c, '<b>粗体</b> & "引号"', 'target', '<script>alert(1)</script>');
  add(c, '控制\u0001\u0007字符', 'policy', 'ctrl\u0002note');
  add(c, '👍🏽', 'target', 'skin tone');
  add(c, '三碗。\n=SUM', 'project', 'across a line');

  return {
    sessionName: '青岛/市北: 2023 "五大战场"',
    exportedAt: '2026-02-03T04:05:06.000Z',
    tags: TAGS,
    documents: [a, b, c],
    annotations,
  };
}

/** A session of one document holding `text`, with a span over the first appearance of each phrase, carrying its note. */
function oneDocumentSnapshot(title: string, text: string, spans: Array<[phrase: string, note: string]>): ExportSnapshot {
  const doc: DocumentRecord = { ...documentOf('doc-1', text.split('\n'), () => null), title };
  const annotations = spans.map(([phrase, note], i) => phraseSpan(doc, phrase, 'target', note, i + 1));
  return { sessionName: title, exportedAt: '2026-02-03T04:05:06.000Z', tags: TAGS, documents: [doc], annotations };
}

/**
 * A document whose spans and notes hold line breaks in every position a
 * spreadsheet reader can get wrong (CR, CRLF, a leading break, a line that
 * starts like a formula) and OOXML's `_xHHHH_` escape typed as text.
 */
export function multiLineSnapshot(): ExportSnapshot {
  const text = ['头一行', '三碗。', '=1+1 是等式', '中间\r回车', '', '前导换行', '=2+2', '末行 _x0041_ 字面'].join('\n');
  return oneDocumentSnapshot('多行', text, [
    ['三碗。\n=1+1 是等式', ''],
    ['=1+1', '=3+3'],
    ['中间\r回车', 'note\r\nwith CRLF'],
    ['\n前导换行', '\n=4+4'],
    ['=2+2', '-1+2\r'],
    ['_x0041_', '_x000D_ 与 _X005f_'],
  ]);
}

/** Every character Python's str.splitlines ends a line at, which is how brat reads a .ann file. */
export const PYTHON_LINE_BREAKS = ['\n', '\r', '\u000b', '\u000c', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029'];

/** A document with a span across each of Python's line breaks (and CRLF), a span that is only a break, and notes holding them. */
export function lineBreakSnapshot(): ExportSnapshot {
  const pieces = PYTHON_LINE_BREAKS.map((br, i) => `第${i}段${br}续${i}`);
  const text = `开头${pieces.join('。')}\r\n末尾\u2028\u2029。`;
  return oneDocumentSnapshot('断行', text, [
    ...PYTHON_LINE_BREAKS.map((br, i): [string, string] => [`第${i}段${br}续${i}`, `备注${br}第二行`]),
    ['\r\n末尾\u2028\u2029', 'CRLF\r\n'],
    ['\u2028\u2029', ''],
  ]);
}
