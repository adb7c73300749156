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
  it('prints, per file, what the import did not carry over', async () => {
    const dir = tempDir('pizhu-cli-import-');
    const zip = new JSZip();
    zip.file('doc.txt', '市北区发力扩大内需战场');
    zip.file(
      'doc.ann',
      'T1\tpolicy 5 9\t扩大内需\nT2\ttarget 0 3;5 9\t市北区 扩大内需\nR1\tPart-of Arg1:T1 Arg2:T1\nR2\tPart-of Arg1:T1 Arg2:T1\n',
    );
    writeFileSync(join(dir, 'col.zip'), await zip.generateAsync({ type: 'uint8array' }));
    const { stdout } = await run(
      join(appRoot, 'node_modules', '.bin', 'tsx'),
      [join(appRoot, 'electron', 'cli', 'index.ts'), 'import', '--session', join(dir, 'work.pizhu'), join(dir, 'col.zip')],
      { env: { ...process.env, PIZHU_DATA_DIR: join(dir, 'data') } },
    );
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('col.zip: 1 annotations to add');
    expect(lines).toContain('col.zip: 2 relations not imported (Part-of ×2)');
    expect(lines).toContain('col.zip: 1 discontinuous spans not imported (doc.ann line 2)');
    expect(lines[lines.length - 1]).toBe('annotations added: 1');
  });
});
