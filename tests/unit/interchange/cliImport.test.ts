import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/storeFixture';

const run = promisify(execFile);
const appRoot = resolve(import.meta.dirname, '..', '..', '..');

describe('CLI import', () => {
  it('prints, per file, the relations it adds and what it did not carry over', async () => {
    const dir = tempDir('pizhu-cli-import-');
    const zip = new JSZip();
    zip.file('doc.txt', '市北区发力扩大内需战场');
    zip.file(
      'doc.ann',
      [
        'T1\tpolicy 5 9\t扩大内需',
        'T2\ttarget 0 3;5 9\t市北区 扩大内需',
        'R1\tserves Arg1:T1 Arg2:T2',
        'R2\tPart-of Arg1:T1 Arg2:T1',
        'E1\tEvent:T1 Theme:T2',
        'A1\tNegation E1',
        'A2\tNegation E1',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'col.zip'), await zip.generateAsync({ type: 'uint8array' }));
    const { stdout } = await run(
      join(appRoot, 'node_modules', '.bin', 'tsx'),
      [join(appRoot, 'electron', 'cli', 'index.ts'), 'import', '--session', join(dir, 'work.pizhu'), join(dir, 'col.zip')],
      { env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') } },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('col.zip: 2 annotations to add');
    expect(lines).toContain('col.zip: 1 relations to add');
    expect(lines).toContain('col.zip: 1 relations not imported: they do not link two imported spans (Part-of T1→T1 in doc.ann)');
    expect(lines).toContain('col.zip: 1 events not imported: Pizhu has no events (Event)');
    expect(lines).toContain('col.zip: 2 attributes not imported: Pizhu has no attributes (Negation ×2)');
    expect(lines.slice(-2)).toEqual(['annotations added: 2', 'relations added: 1']);
  });
});
