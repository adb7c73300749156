import { codePointLength, OffsetMap } from '../../../electron/shared/codePoints';
import { DEFAULT_TAGS } from '../../../electron/shared/defaultTags';
import type { Annotation, DocumentRecord } from '../../../electron/shared/model';
import { documentDate } from '../../../electron/shared/structure/documentDate';
import type { TargetValue } from '../../../electron/shared/values/valueSchema';
import type { ExportSnapshot } from '../../../electron/core/export/exportTypes';
import { textHash } from '../../../electron/core/interchange/textHash';
import { documentFacts, withFreshFields } from '../../../electron/core/spans/spanFields';
import { analyzeStructure } from '../../../electron/shared/structure/analyzeStructure';

export const REPORT_TEXT = [
  '政府工作报告',
  '——2025年3月5日在第十四届全国人民代表大会第三次会议上',
  '一、2024年工作回顾',
  '过去一年，经济运行总体平稳。',
  '二、2025年政府工作任务',
  '（一）大力提振消费',
  '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。',
  '（二）扩大有效投资',
  '年内新开工改造城镇老旧小区5万个。',
].join('\n');

export const JOBS_SECTION = ['二、2025年政府工作任务', '（一）大力提振消费'];

/** The value of the jobs target as the analyst corrected it: what every export must carry rather than a fresh parse. */
export const EDITED_VALUE: TargetValue = {
  indicator: '城镇新增就业',
  amount: '12000000',
  amountMax: null,
  unit: '名',
  scale: '万',
  comparator: 'at-least',
  modality: 'hard',
  deadline: { year: 2025, by: 'end', raw: '年底前' },
  baseline: null,
};

/** One report with a dated dateline: a target with an edited value, a target the parser reads, and a project with a note. */
export function fieldSnapshot(): ExportSnapshot {
  const doc: DocumentRecord = {
    id: 'doc-r',
    title: '政府工作报告',
    text: REPORT_TEXT,
    headings: [],
    hash: textHash(REPORT_TEXT),
    source: {
      fileName: 'report.txt',
      format: 'txt',
      encoding: 'UTF-8',
      importedAt: '2026-01-02T03:04:05.000Z',
      cleanup: false,
      captions: [],
    },
    date: documentDate(REPORT_TEXT, '政府工作报告'),
  };
  const facts = documentFacts(analyzeStructure(doc.text), doc.date);
  const map = new OffsetMap(doc.text);
  const span = (n: number, phrase: string, tag: string, note: string): Annotation => {
    const start = map.toCodePoint(doc.text.indexOf(phrase));
    const end = start + codePointLength(phrase);
    const at = `2026-01-02T10:00:0${n}.000Z`;
    return withFreshFields({ id: `ann-${n}`, docId: doc.id, start, end, quote: phrase, tag, note, created: at, modified: at }, facts);
  };
  const jobs = { ...span(1, '城镇新增就业1200万人以上', 'target', ''), value: EDITED_VALUE };
  return {
    sessionName: '报告',
    exportedAt: '2026-02-03T04:05:06.000Z',
    tags: [...DEFAULT_TAGS],
    documents: [doc],
    annotations: [jobs, span(2, '国内生产总值增长5%左右', 'target', ''), span(3, '年内新开工改造城镇老旧小区5万个', 'project', '旧改')],
  };
}
