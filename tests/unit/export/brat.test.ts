import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { buildSnapshot } from './exportFixture';

async function bratFiles() {
  const snapshot = buildSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'brat' }));
  const zip = await JSZip.loadAsync(file.bytes);
  const files = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(path, await entry.async('string'));
  return { snapshot, files };
}

describe('brat export', () => {
  it('pairs a .txt holding the exact text with a .ann per document, with safe unique names', async () => {
    const { snapshot, files } = await bratFiles();
    const txts = [...files.keys()].filter((p) => p.endsWith('.txt'));
    expect(txts).toHaveLength(snapshot.documents.length);
    for (const txt of txts) {
      expect(files.has(txt.replace(/\.txt$/, '.ann'))).toBe(true);
      expect(txt.split('/').pop()).not.toMatch(/[<>:"\\|?*]/);
    }
    expect(txts.map((p) => files.get(p))).toEqual(snapshot.documents.map((d) => d.text));
    expect(txts.some((p) => p.endsWith('/CON_ _危险_ 标题_.txt'))).toBe(true);
  });

  it('writes tab-separated T and # lines whose code-point offsets select the quoted text', async () => {
    const { snapshot, files } = await bratFiles();
    let tLines = 0;
    let notes = 0;
    for (const [path, ann] of files) {
      if (!path.endsWith('.ann')) continue;
      const chars = Array.from(files.get(path.replace(/\.ann$/, '.txt'))!);
      const ids = new Set<string>();
      for (const line of ann.split('\n').filter(Boolean)) {
        const fields = line.split('\t');
        expect(fields).toHaveLength(3);
        if (line.startsWith('T')) {
          tLines++;
          const [id, typeAndOffsets, text] = fields as [string, string, string];
          expect(id).toMatch(/^T\d+$/);
          ids.add(id);
          const [type, ...rest] = typeAndOffsets.split(' ');
          expect(snapshot.tags.map((t) => t.id)).toContain(type);
          const pieces = rest.join(' ').split(';').map((p) => p.split(' ').map(Number));
          const quoted = pieces.map(([s, e]) => chars.slice(s, e).join(''));
          for (const q of quoted) expect(q).not.toMatch(/[\r\n]/);
          expect(quoted.join(' ')).toBe(text);
        } else {
          notes++;
          expect(fields[0]).toMatch(/^#\d+$/);
          expect(fields[1]).toMatch(/^AnnotatorNotes T\d+$/);
          expect(ids.has(fields[1]!.split(' ')[1]!)).toBe(true);
        }
      }
    }
    expect(tLines).toBe(snapshot.annotations.length);
    expect(notes).toBe(snapshot.annotations.filter((a) => a.note).length);
  });

  it('uses the discontinuous form for a span across a line break', async () => {
    const { files } = await bratFiles();
    const ann = [...files].find(([p]) => p.endsWith('.ann') && files.get(p.replace(/\.ann$/, '.txt'))!.startsWith('市北'))![1];
    expect(ann).toMatch(/\trisk_2 265 267;268 273\t战场 要下大力气\n/);
  });

  it('declares the tags in annotation.conf and their labels and colours in visual.conf', async () => {
    const { snapshot, files } = await bratFiles();
    const conf = [...files].find(([p]) => p.endsWith('/annotation.conf'))![1];
    expect(conf).toMatch(/^\[entities\]\ntarget\nproject\npolicy\nrisk_2\n/);
    for (const section of ['[relations]', '[events]', '[attributes]']) expect(conf).toContain(section);
    const visual = [...files].find(([p]) => p.endsWith('/visual.conf'))![1];
    expect(visual).toContain('target | 目标 | Target');
    for (const tag of snapshot.tags) expect(visual).toContain(`${tag.id}\tbgColor:${tag.color}`);
  });
});
