import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cliProcess';

describe('the CLI stamps the spans it makes with their annotator', () => {
  it('--annotator NAME names the analyst once (kept in the settings); later spans default to them; before, spans have none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pizhu-annotator-'));
    writeFileSync(join(dir, 'report.txt'), '一、主要目标\n城镇新增就业1200万人以上。\n');
    expect(runCli(dir, 'import', '--session', 's.pizhu', 'report.txt').status).toBe(0);
    const { documents } = JSON.parse(runCli(dir, 'list', '--session', 's.pizhu').stdout) as { documents: Array<{ id: string }> };
    const annotate = (start: number, ...more: string[]) => {
      const run = runCli(
        dir,
        'annotate',
        '--session',
        's.pizhu',
        '--doc',
        documents[0]!.id,
        '--start',
        String(start),
        '--end',
        String(start + 2),
        '--tag',
        'target',
        ...more,
      );
      expect(run.stderr).toBe('');
      return JSON.parse(run.stdout) as { annotator?: string };
    };
    expect(annotate(7).annotator).toBeUndefined();
    const named = annotate(9, '--annotator', '王芳');
    const settings = JSON.parse(readFileSync(join(dir, 'data', 'settings.json'), 'utf8')) as { analyst: { id: string; name: string } };
    expect(settings.analyst.name).toBe('王芳');
    expect(named.annotator).toBe(settings.analyst.id);
    expect(annotate(11).annotator).toBe(settings.analyst.id);
  }, 120_000);
});
