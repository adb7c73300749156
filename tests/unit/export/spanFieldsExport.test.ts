import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { ExportRequestSchema, type ExportFormat } from '../../../electron/shared/contract';
import { EDITED_VALUE, fieldSnapshot, JOBS_SECTION } from './fieldsFixture';

async function exported(format: ExportFormat, extra: Record<string, unknown> = {}) {
  const snapshot = fieldSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format, ...extra }));
  return { snapshot, file, text: () => Buffer.from(file.bytes).toString('utf8') };
}

const DATE = { year: 2025, month: 3, day: 5, raw: '2025年3月5日', source: 'dateline' };
const GDP = { indicator: '国内生产总值增长', amount: '5', unit: '%', comparator: 'around' };

/** What a format read back into Pizhu carries of the fields: each span's value (section is read from the text again). */
async function readBack(format: ExportFormat) {
  const { file } = await exported(format);
  const read = (await readInterchange(file.fileName, file.bytes))!;
  return { read, byStart: [...read.annotations].sort((a, b) => a.start - b.start) };
}

describe('the exports carry the clause path, the target values and the document date', () => {
  it('json: section and value on each span, date on the document', async () => {
    const { text } = await exported('json');
    const body = JSON.parse(text());
    expect(body.documents[0].date).toEqual(DATE);
    // In text order: 国内生产总值 comes before 城镇新增就业 on its line.
    expect(body.annotations[0].value).toMatchObject(GDP);
    expect(body.annotations[1]).toMatchObject({ section: JOBS_SECTION, value: EDITED_VALUE });
    expect(body.annotations[2]).toMatchObject({ section: ['二、2025年政府工作任务', '（二）扩大有效投资'] });
    expect(body.annotations[2]).not.toHaveProperty('value');
  });

  it('csv: the old columns in their places, then section path, seven value columns, the date, span id and relations', async () => {
    const rows: string[][] = parse((await exported('csv', { language: 'en' })).text(), { bom: true });
    expect(rows[0]).toEqual([
      ...['Document', 'Section', 'Tag', 'Tag id', 'Text', 'Start', 'End', 'Sentence', 'Note', 'Created'],
      ...['Section path', 'Indicator', 'Amount', 'Amount max', 'Unit', 'Comparator', 'Modality', 'Deadline', 'Document date'],
      ...['Region', 'Issuer'],
      'Annotator',
      ...['Span id', 'Relations'],
    ]);
    const [gdp, jobs, project] = rows.slice(1).sort((a, b) => Number(a[5]) - Number(b[5])) as string[][];
    expect(gdp!.slice(10, 19)).toEqual([JOBS_SECTION.join(' › '), '国内生产总值增长', '5', '', '%', 'around', '', '', '2025-03-05']);
    expect(jobs!.slice(10, 19)).toEqual([
      JOBS_SECTION.join(' › '),
      '城镇新增就业',
      '12000000',
      '',
      '名',
      'at-least',
      'hard',
      '年底前',
      '2025-03-05',
    ]);
    expect(project!.slice(10, 19)).toEqual(['二、2025年政府工作任务 › （二）扩大有效投资', '', '', '', '', '', '', '', '2025-03-05']);
    expect(project![8]).toBe('旧改');
  });

  it('xlsx: the same columns, amounts as exact text', async () => {
    const { file } = await exported('xlsx', { language: 'zh' });
    const workbook = new ExcelJS.Workbook();
    const bytes = file.bytes;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const text = (v: ExcelJS.CellValue): string =>
      v === null || v === undefined ? '' : typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v);
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as ExcelJS.CellValue[]).slice(1).map(text));
    expect(rows[0]!.slice(10)).toEqual([
      '章节路径',
      '指标',
      '数值',
      '数值上限',
      '单位',
      '比较',
      '约束',
      '期限',
      '文档日期',
      '地区',
      '发文机关',
      '标注者',
      '标注ID',
      '关系',
    ]);
    const jobs = rows.find((r) => r[4] === '城镇新增就业1200万人以上')!;
    expect(jobs.slice(10, 19)).toEqual([
      JOBS_SECTION.join(' › '),
      '城镇新增就业',
      '12000000',
      '',
      '名',
      'at-least',
      'hard',
      '年底前',
      '2025-03-05',
    ]);
  });

  it('jsonl: doccano’s triples as they were, with sections, values and the date beside them', async () => {
    const line = JSON.parse((await exported('jsonl')).text().trim());
    expect(line.label).toHaveLength(3);
    expect(line.date).toEqual(DATE);
    expect(line.sections[1]).toEqual([...line.label[1], JOBS_SECTION]);
    expect(line.values.map((v: unknown[]) => v[3])).toEqual([expect.objectContaining(GDP), EDITED_VALUE]);
    const { read, byStart } = await readBack('jsonl');
    expect(read.documents[0]!.date).toEqual(DATE);
    expect(byStart[1]!.value).toEqual(EDITED_VALUE);
  });

  it('brat: Section and Value comments beside AnnotatorNotes, read back as the value, the note left alone', async () => {
    const { file } = await exported('brat');
    const zip = await JSZip.loadAsync(file.bytes);
    const ann = await zip.file(/\.ann$/)[0]!.async('string');
    const lines = ann.trim().split('\n');
    expect(lines).toContain(`#3\tSection T2\t${JOBS_SECTION.join(' › ')}`);
    expect(lines).toContain(`#4\tValue T2\t${JSON.stringify(EDITED_VALUE)}`);
    expect(lines).toContain('#5\tAnnotatorNotes T3\t旧改');
    expect(lines.at(-1)).toBe('#7\tDocument T1\t{"date":"2025-03-05"}');
    const { read, byStart } = await readBack('brat');
    expect(byStart.map((a) => [a.note, a.value])).toEqual([
      ['', expect.objectContaining(GDP)],
      ['', EDITED_VALUE],
      ['旧改', undefined],
    ]);
    expect(read.notices).toEqual([]);
  });

  it('qdpx: the clause path after the note in the selection’s Description, and only the note read back', async () => {
    const { file } = await exported('qdpx');
    const qde = await (await JSZip.loadAsync(file.bytes)).file('project.qde')!.async('string');
    expect(qde).toContain(`<Description>旧改\n§ 二、2025年政府工作任务 › （二）扩大有效投资</Description>`);
    expect(qde).toContain(`<Description>§ ${JOBS_SECTION.join(' › ')}</Description>`);
    const { byStart } = await readBack('qdpx');
    expect(byStart.map((a) => a.note)).toEqual(['', '', '旧改']);
  });

  it('W3C: describing bodies with the path and the value as JSON, read back as the value', async () => {
    const collection = JSON.parse((await exported('w3c')).text());
    const [, jobs] = collection.first.items;
    expect(jobs.body.slice(1)).toEqual([
      { type: 'TextualBody', purpose: 'describing', value: JOBS_SECTION.join(' › ') },
      { type: 'TextualBody', purpose: 'describing', format: 'application/json', value: JSON.stringify(EDITED_VALUE) },
    ]);
    expect(collection['pizhu:documents'][0].date).toEqual(DATE);
    const { read, byStart } = await readBack('w3c');
    expect(read.documents[0]!.date).toEqual(DATE);
    expect(byStart.map((a) => a.value)).toEqual([expect.objectContaining(GDP), EDITED_VALUE, undefined]);
  });
});
