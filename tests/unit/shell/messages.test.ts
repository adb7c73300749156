import { describe, expect, it } from 'vitest';
import { ERROR_CODES, PizhuError } from '../../../electron/shared/errors';
import { describeError, errorCode } from '../../../renderer/src/shell/lib/describeError';
import { isDoccanoJsonl, isImportable } from '../../../renderer/src/shell/lib/importFileTypes';
import { fileProblem, noticesByFile } from '../../../renderer/src/shell/lib/importSummary';
import { errorStrings } from '../../../renderer/src/shell/strings/errorStrings';

describe('describeError', () => {
  it('says what the code means in the language, with the core’s message as detail', () => {
    const error = new PizhuError('BAD_FILE', 'x.docx: not a zip');
    expect(describeError(error, 'zh')).toBe('无法读取这个文件（x.docx: not a zip）');
    expect(describeError(error, 'en')).toBe('The file cannot be read (x.docx: not a zip)');
    expect(describeError(new PizhuError('DISK_FULL', ''), 'zh')).toBe('磁盘空间已满，无法写入');
  });

  it('words failures without a code as unexpected, and keeps `$` sequences of the message as they are', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'zh')).toBe('出现意外错误（Failed to fetch）');
    expect(describeError('tag "$&" is $1', 'en')).toBe('Something unexpected went wrong (tag "$&" is $1)');
    expect(errorCode(new Error('plain'))).toBeNull();
  });

  it('has a sentence for every error code in both languages, the Chinese one in Chinese', () => {
    for (const code of ERROR_CODES) {
      expect(errorStrings.zh[code], code).toMatch(/\p{Script=Han}/u);
      expect(errorStrings.en[code], code).toMatch(/^[A-Z]/);
    }
  });
});

describe('import file types', () => {
  it('tell importable files and doccano JSONL by extension, in any case', () => {
    expect(isImportable('报告.JSONLD')).toBe(true);
    expect(isImportable('notes.xyz')).toBe(false);
    expect(isImportable('README')).toBe(false);
    expect(isDoccanoJsonl('export.NDJSON')).toBe(true);
    expect(isDoccanoJsonl('export.json')).toBe(false);
  });
});

describe('fileProblem', () => {
  it('drops the file name the core starts with, which is shown beside the problem', () => {
    expect(fileProblem('broken.docx', 'broken.docx: not a zip')).toEqual({ kind: 'problem', detail: 'not a zip' });
    expect(fileProblem('a.txt', 'could not be read')).toEqual({ kind: 'problem', detail: 'could not be read' });
  });

  it('leaves an unknown type to the renderer to word, keeping anything the core says beyond it', () => {
    expect(fileProblem('notes.xyz', 'notes.xyz: unknown file type; accepted: .txt')).toEqual({ kind: 'unknown-type', detail: null });
    expect(fileProblem('doc.ann', 'doc.ann: a brat .ann file needs its .txt: import the collection as a zip')).toEqual({
      kind: 'unknown-type',
      detail: 'a brat .ann file needs its .txt: import the collection as a zip',
    });
  });
});

describe('noticesByFile', () => {
  it('groups a report’s notices by file, in the order the files come', () => {
    const notices = [
      { file: 'b.zip', kind: 'attributes' as const, count: 3 },
      { file: 'a.jsonl', kind: 'bad-lines' as const, count: 1, detail: 'line 4' },
      { file: 'b.zip', kind: 'relations' as const, count: 2 },
    ];
    expect(noticesByFile(notices)).toEqual([
      {
        file: 'b.zip',
        notices: [
          { kind: 'attributes', count: 3 },
          { kind: 'relations', count: 2 },
        ],
      },
      { file: 'a.jsonl', notices: [{ kind: 'bad-lines', count: 1, detail: 'line 4' }] },
    ]);
  });
});
