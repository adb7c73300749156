import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../electron/shared/model';
import { dateLabel, sortDocuments } from '../../../renderer/src/shell/lib/documentOrder';

const doc = (id: string, title: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  title,
  length: 1,
  hash: id,
  source: { fileName: `${id}.txt`, format: 'txt', encoding: 'UTF-8', importedAt: '2026-01-01T00:00:00.000Z', cleanup: false, captions: [] },
  counts: {},
  ...extra,
});

const DOCS = [
  doc('a', '阿坝州政务数据资源管理暂行办法', {
    region: '阿坝州',
    issuer: '阿坝州人民政府办公室',
    date: { year: 2021, month: 10, day: 11, raw: '2021年10月11日', source: 'text' },
  }),
  doc('b', '政府工作报告', { region: null, issuer: '国务院', date: { year: 2023, raw: '2023年', source: 'title' } }),
  doc('c', '北京市数据专区', { region: '北京市', issuer: null, date: null }),
  doc('d', '2023年政府工作报告', {
    region: '北京市',
    issuer: '北京市人民政府',
    date: { year: 2023, month: 1, raw: '2023年1月', source: 'title' },
  }),
];
const ids = (docs: DocumentSummary[]) => docs.map((d) => d.id).join('');

describe('sortDocuments', () => {
  it('keeps the imported order, or turns it round', () => {
    expect(ids(sortDocuments(DOCS, { key: 'imported', descending: false }))).toBe('abcd');
    expect(ids(sortDocuments(DOCS, { key: 'imported', descending: true }))).toBe('dcba');
  });

  it('orders titles by pinyin with numbers by value', () => {
    expect(ids(sortDocuments(DOCS, { key: 'title', descending: false }))).toBe('dacb');
  });

  it('orders dates by year, month and day, a year alone before its months', () => {
    expect(ids(sortDocuments(DOCS, { key: 'date', descending: false }))).toBe('abdc');
    expect(ids(sortDocuments(DOCS, { key: 'date', descending: true }))).toBe('dbac');
  });

  it('puts the documents without a region or issuer last either way, ties in imported order', () => {
    expect(ids(sortDocuments(DOCS, { key: 'region', descending: false }))).toBe('acdb');
    expect(ids(sortDocuments(DOCS, { key: 'region', descending: true }))).toBe('cdab');
    expect(ids(sortDocuments(DOCS, { key: 'issuer', descending: false }))).toBe('adbc');
  });

  it('labels dates by as much as is known', () => {
    expect(DOCS.map((d) => dateLabel(d.date))).toEqual(['2021-10-11', '2023', '', '2023-01']);
  });
});
