import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles, FIXTURES_DIR, optionalShared, sharedPath } from '../sharedDir';

const CORPUS = sharedPath('corpus');

/** Every file below `dir`, relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the in-repo test material', () => {
  it('is what the tests read, not ../shared', () => {
    expect(CORPUS).toBe(join(FIXTURES_DIR, 'corpus'));
    expect(sharedPath('validators', 'refi', 'Project.xsd')).toBe(join(FIXTURES_DIR, 'validators', 'refi', 'Project.xsd'));
    expect(sharedPath('samples', 'qingdao-2023-01-28.txt')).toBe(join(FIXTURES_DIR, '..', '..', 'resources', 'qingdao-2023-01-28.txt'));
  });

  it('holds the corpus byte for byte as encoding-check.tsv describes it (no line endings converted on checkout)', () => {
    const [, ...rows] = readFileSync(join(CORPUS, 'encoding-check.tsv'), 'utf8').trimEnd().split('\n');
    const facts = rows
      .map((row) => row.split('\t'))
      .map(([path, bytes, , crlf, , , , , sha]) => ({ path, bytes: Number(bytes), crlf: Number(crlf), sha }));
    expect(corpusFiles().map((path) => relative(CORPUS, path))).toEqual(facts.map((f) => f.path).sort());
    for (const { path, bytes, crlf, sha } of facts) {
      const data = readFileSync(join(CORPUS, path!));
      const actual = {
        path,
        bytes: data.length,
        crlf: data.toString('latin1').split('\r\n').length - 1,
        sha: createHash('sha256').update(data).digest('hex').slice(0, 16),
      };
      expect(actual).toEqual({ path, bytes, crlf, sha });
    }
  });
});

const shared = optionalShared();
// Vitest lists a skipped test without its reason; say it where the run's output shows it.
if (shared.skip !== null) console.log(`sharedFixtures.test.ts: comparing the in-repo copies with ../shared skipped: ${shared.skip}`);

describe.skipIf(shared.skip !== null)('the in-repo test material beside ../shared (only where ../shared is present)', () => {
  const root = shared.path ?? '';

  it.each([
    ['corpus', join(FIXTURES_DIR, 'corpus'), 'corpus'],
    ['validators', join(FIXTURES_DIR, 'validators'), 'validators'],
  ])('the %s copies are byte-identical to the shared files', (_kind, own, theirs) => {
    for (const file of filesBelow(own).filter((f) => f !== 'PROVENANCE.md')) {
      expect(readFileSync(join(own, file)).equals(readFileSync(join(root, theirs, file))), file).toBe(true);
    }
  });

  it('the bundled sample is the shared sample', () => {
    expect(
      readFileSync(sharedPath('samples', 'qingdao-2023-01-28.txt')).equals(readFileSync(join(root, 'samples', 'qingdao-2023-01-28.txt'))),
    ).toBe(true);
  });
});
