import { writeSync } from 'node:fs';
import { writeFileAtomic } from '../../../electron/core/store/atomicWrite';

/**
 * Child process for the short-write test: replaces a file with `size` bytes
 * through writeFileAtomic and says "written" once the call has returned.
 * Run under a file size limit, the write must fail and leave the old file.
 */
const [path, size] = process.argv.slice(2);
if (!path || !size) throw new Error('usage: atomicWriter.ts FILE SIZE');
writeSync(1, 'ready\n');
writeFileAtomic(path, JSON.stringify({ filler: 'x'.repeat(Number(size)) }));
writeSync(1, 'written\n');
