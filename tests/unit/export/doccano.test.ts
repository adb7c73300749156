import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { ExportRequestSchema, type OffsetUnit } from '../../../electron/shared/contract';
import { buildSnapshot } from './exportFixture';

type Line = { text: string; label: [number, number, string][]; title: string; notes: [number, number, string, string][] };

/**
 * Each line's labels and notes as Python reads them back: the text between
 * the offsets counted in UTF-16 code units (doccano's interface) or in code
 * points (Python's own str indices).
 */
function pythonQuotes(path: string, unit: OffsetUnit): { labels: string[][]; notes: string[][] } {
  const script = [
    'import json, sys',
    'def cut(text, s, e):',
    '    if sys.argv[2] == "codepoints": return text[s:e]',
    '    return text.encode("utf-16-le", "surrogatepass")[2 * s:2 * e].decode("utf-16-le", "surrogatepass")',
    'out = {"labels": [], "notes": []}',
    'for line in open(sys.argv[1], encoding="utf-8"):',
    '    row = json.loads(line)',
    '    out["labels"].append([cut(row["text"], s, e) for s, e, _ in row["label"]])',
    '    out["notes"].append([cut(row["text"], s, e) for s, e, _, _ in row["notes"]])',
    'print(json.dumps(out, ensure_ascii=True))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, path, unit], { encoding: 'utf8' })) as { labels: string[][]; notes: string[][] };
}

async function doccanoExport(request: Record<string, unknown>) {
  const snapshot = buildSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'jsonl', ...request }));
  const path = join(await mkdtemp(join(tmpdir(), 'pizhu-doccano-')), file.fileName);
  await writeFile(path, file.bytes);
  const lines = Buffer.from(file.bytes)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  // The export lists each document's spans in text order.
  const spans = snapshot.annotations.toSorted((a, b) => a.start - b.start || a.end - b.end || a.tag.localeCompare(b.tag));
  const quotes = snapshot.documents.map((d) => spans.filter((a) => a.docId === d.id).map((a) => a.quote));
  const noted = snapshot.documents.map((d) => spans.filter((a) => a.docId === d.id && a.note).map((a) => a.quote));
  return { snapshot, path, lines, quotes, noted };
}

describe('doccano JSONL export', () => {
  it("counts offsets in UTF-16 code units by default, as doccano's interface does, past astral characters too", async () => {
    const { path, lines, quotes, noted, snapshot } = await doccanoExport({});
    expect(lines.map((l) => l.label.map(([s, e]) => l.text.slice(s, e)))).toEqual(quotes);
    expect(lines.map((l) => l.notes.map(([s, e]) => l.text.slice(s, e)))).toEqual(noted);
    expect(pythonQuotes(path, 'utf16')).toEqual({ labels: quotes, notes: noted });
    // The astral text is where the units differ: 👍🏽 comes after six astral characters and is four units long.
    const hostile = lines.find((l) => l.text.startsWith('𠮷'))!;
    const thumb = hostile.label.find(([s, e]) => hostile.text.slice(s, e) === '👍🏽')!;
    const thumbSpan = snapshot.annotations.find((a) => a.quote === '👍🏽')!;
    expect(thumb[1] - thumb[0]).toBe(4);
    expect(thumb[0]).toBeGreaterThan(thumbSpan.start);
  });

  it('counts offsets in code points when asked, for scripts that index Python strings', async () => {
    const { path, lines, quotes, noted } = await doccanoExport({ offsets: 'codepoints' });
    expect(pythonQuotes(path, 'codepoints')).toEqual({ labels: quotes, notes: noted });
    expect(lines.map((l) => l.label.map(([s, e]) => Array.from(l.text).slice(s, e).join('')))).toEqual(quotes);
  });
});
