import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { buildSnapshot, lineBreakSnapshot, PYTHON_LINE_BREAKS } from './exportFixture';

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
          const pieces = rest
            .join(' ')
            .split(';')
            .map((p) => p.split(' ').map(Number));
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

/**
 * A .ann file as brat reads it (its annotation.py takes the lines of
 * `str.splitlines`), each T line's text checked against the document between
 * its code-point offsets as brat checks it (fragments joined by a space).
 */
function bratReads(txtPath: string, annPath: string): { lines: string[]; textbounds: Array<{ fragments: string[]; matches: boolean }> } {
  const script = [
    'import json, re, sys',
    'text = open(sys.argv[1], encoding="utf-8", newline="").read()',
    'lines = open(sys.argv[2], encoding="utf-8", newline="").read().splitlines()',
    'tbs = []',
    'for line in lines:',
    '    m = re.match(r"T\\d+\\t\\S+ ([\\d ;]+)\\t(.*)$", line, re.S)',
    '    if not m: continue',
    '    spans = [tuple(map(int, p.split(" "))) for p in m.group(1).split(";")]',
    '    fragments = [text[s:e] for s, e in spans]',
    '    tbs.append({"fragments": fragments, "matches": " ".join(fragments) == m.group(2)})',
    'print(json.dumps({"lines": lines, "textbounds": tbs}, ensure_ascii=True))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, txtPath, annPath], { encoding: 'utf8' })) as ReturnType<typeof bratReads>;
}

describe('brat export of spans and notes across line breaks', () => {
  it("splits fragments at every character Python's splitlines ends a line at, so that brat reads each T line whole", async () => {
    const snapshot = lineBreakSnapshot();
    const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'brat' }));
    const zip = await JSZip.loadAsync(file.bytes);
    const dir = await mkdtemp(join(tmpdir(), 'pizhu-brat-'));
    const names = Object.keys(zip.files).filter((n) => /\.(txt|ann)$/.test(n));
    for (const name of names) await writeFile(join(dir, name.split('/').pop()!), await zip.file(name)!.async('uint8array'));
    const { lines, textbounds } = bratReads(join(dir, '断行.txt'), join(dir, '断行.ann'));

    // Every span but the one made only of line breaks, and a note for each span that has one.
    const kept = snapshot.annotations.filter((a) => a.quote !== '\u2028\u2029');
    expect(lines.filter((l) => l.startsWith('T'))).toHaveLength(kept.length);
    expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(kept.filter((a) => a.note).length);
    for (const line of lines) expect(line).toMatch(/^(T\d+\t\S+ [\d ;]+|#\d+\tAnnotatorNotes T\d+)\t/);
    expect(textbounds).toHaveLength(kept.length);
    for (const { fragments, matches } of textbounds) {
      expect(matches).toBe(true);
      for (const fragment of fragments) {
        expect(fragment.length).toBeGreaterThan(0);
        for (const br of PYTHON_LINE_BREAKS) expect(fragment).not.toContain(br);
      }
    }
    expect(textbounds[0]!.fragments).toEqual(['第0段', '续0']);
    expect(textbounds.at(-1)!.fragments).toEqual(['末尾']);
    expect(lines.filter((l) => l.startsWith('#'))[0]).toMatch(/\tAnnotatorNotes T1\t备注 第二行$/);
  });
});
