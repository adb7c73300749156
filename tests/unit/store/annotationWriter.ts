import { writeSync } from 'node:fs';
import { createCore } from '../../../electron/core/createCore';

/**
 * Child process for the crash test: opens the session through the core and
 * creates spans as fast as it can, writing each span's id to stdout the
 * moment `annotations.create` has answered, i.e. once the core has
 * acknowledged it. The parent kills it at a random moment.
 */
const [dataDir, sessionPath] = process.argv.slice(2);
if (!dataDir || !sessionPath) throw new Error('usage: annotationWriter.ts DATA_DIR SESSION_DIR');

const core = await createCore({ dataDir, sessionPath });
const listed = await core.call('documents.list', {});
if (!listed.ok) throw new Error(listed.error.message);
const docs = listed.value as Array<{ id: string; length: number }>;
if (!docs.length) throw new Error(`${sessionPath}: no documents to annotate`);
const tags = ['target', 'project', 'policy'];
// writeSync, not console.log: an id must reach the pipe before the next write begins, not sit in a buffer.
writeSync(1, 'ready\n');

for (;;) {
  const doc = docs[Math.floor(Math.random() * docs.length)]!;
  const start = Math.floor(Math.random() * (doc.length - 1));
  const end = Math.min(doc.length, start + 1 + Math.floor(Math.random() * 30));
  const tag = tags[Math.floor(Math.random() * tags.length)];
  const result = await core.call('annotations.create', { docId: doc.id, start, end, tag });
  if (!result.ok) {
    writeSync(2, `${result.error.code}: ${result.error.message}\n`);
    process.exit(1);
  }
  writeSync(1, `${(result.value as { id: string }).id}\n`);
}
