import { readFile } from 'node:fs/promises';
import { readDocuments } from '../../electron/core/import/readDocuments';
import { median, type Bench } from './figure';
import { corpusFiles, sharedPath } from '../../tests/sharedDir';

const CORPUS = sharedPath('corpus');
const ROUNDS = 5;
const FIFTY_MB = 50 * 1000 * 1000;

/**
 * Import speed: the whole corpus with clean-up (median of several rounds),
 * and one 50 MB text made by repeating the corpus, which must import whole.
 */
const bench: Bench = async (report) => {
  const files = await Promise.all(
    corpusFiles(CORPUS).map(async (path) => ({ name: path.split('/').pop()!, bytes: new Uint8Array(await readFile(path)) })),
  );
  const totalBytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
  let chars = 0;
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    chars = 0;
    const start = performance.now();
    for (const file of files) {
      for (const doc of (await readDocuments(file, { cleanup: true })).documents) chars += doc.text.length;
    }
    times.push(performance.now() - start);
  }
  const ms = median(times);
  report('import.corpus.throughput', totalBytes / (1024 * 1024) / (ms / 1000), 'MB/s');
  report('import.corpus.chars', chars, 'chars');
  report('import.corpus.ms', ms, 'ms');

  const parts: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; size < FIFTY_MB; i++) {
    const file = files[i % files.length]!;
    parts.push(file.bytes, new Uint8Array([0x0a]));
    size += file.bytes.byteLength + 1;
  }
  const big = Buffer.concat(parts);
  const start = performance.now();
  const { documents: docs } = await readDocuments({ name: 'fifty-megabytes.txt', bytes: new Uint8Array(big) }, { cleanup: true });
  const elapsed = performance.now() - start;
  if (docs.length !== 1 || docs[0]!.text.length < FIFTY_MB / 4) throw new Error('the 50 MB text did not import whole');
  report('import.50mb.ms', elapsed, 'ms');
};

export default bench;
