import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { buildSnapshot } from './exportFixture';
import { validateQde } from './refiSchema';

async function exportQdpx() {
  const snapshot = buildSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'qdpx', language: 'en' }));
  const zip = await JSZip.loadAsync(file.bytes);
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-qdpx-'));
  const qde = await zip.file('project.qde')!.async('string');
  await writeFile(join(dir, 'project.qde'), qde);
  return { snapshot, file, zip, qde, path: join(dir, 'project.qde') };
}

describe('REFI-QDA export', () => {
  it('writes a project.qde that the QDA-XML 1.0 schema accepts', async () => {
    const { path, file } = await exportQdpx();
    expect(file.fileName).toMatch(/\.qdpx$/);
    const lint = await validateQde(path);
    expect(lint.valid, lint.output).toBe(true);
  });

  it('is rejected by the same check once broken, so the check means something', async () => {
    const { path, qde } = await exportQdpx();
    await writeFile(path, qde.replace('isCodable="true"', 'isCodable="maybe"'));
    expect((await validateQde(path)).valid).toBe(false);
  });

  it('keeps texts in sources/<guid>.txt by path only, with code-point selections coded by tag', async () => {
    const { snapshot, zip, qde } = await exportQdpx();
    const project = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['TextSource', 'PlainTextSelection', 'Code'].includes(name),
    }).parse(qde).Project;
    expect(project.xmlns).toBe('urn:QDA-XML:project:1.0');
    expect(project.Users.User.guid).toBe(project.creatingUserGUID);
    const codes = new Map<string, string>(project.CodeBook.Codes.Code.map((c: { guid: string; name: string }) => [c.guid, c.name]));
    expect([...codes.values()]).toEqual(snapshot.tags.map((t) => t.label.en));
    const sources = project.Sources.TextSource as Array<Record<string, unknown>>;
    expect(sources).toHaveLength(snapshot.documents.length);
    let selections = 0;
    for (const [i, source] of sources.entries()) {
      expect(source.PlainTextContent).toBeUndefined();
      expect(source.plainTextPath).toBe(`internal://${source.guid}.txt`);
      const text = await zip.file(`sources/${source.guid}.txt`)!.async('string');
      const doc = snapshot.documents[i]!;
      expect(text).toBe(doc.text);
      const map = new OffsetMap(text);
      for (const sel of (source.PlainTextSelection ?? []) as Array<{
        startPosition: string;
        endPosition: string;
        Coding: { CodeRef: { targetGUID: string } };
        Description?: string;
      }>) {
        selections++;
        const a = snapshot.annotations.find(
          (x) => x.docId === doc.id && x.start === Number(sel.startPosition) && x.end === Number(sel.endPosition),
        )!;
        expect(map.slice(a.start, a.end)).toBe(a.quote);
        expect(codes.get(sel.Coding.CodeRef.targetGUID)).toBe(snapshot.tags.find((t) => t.id === a.tag)!.label.en);
        expect(sel.Description ?? '').toBe(a.note.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '\ufffd'));
      }
    }
    expect(selections).toBe(snapshot.annotations.length);
  });

  it('escapes markup and replaces the control characters XML 1.0 cannot hold', async () => {
    const { qde } = await exportQdpx();
    expect(qde).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(qde).toContain('ctrl\ufffdnote');
    expect(qde).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
