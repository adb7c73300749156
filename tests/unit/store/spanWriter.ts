import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { SessionStore } from '../../../electron/core/store/SessionStore';

/**
 * Child process for the crash test, at the store level: it loads only the
 * store, so it starts several times faster than the whole core. It adds
 * spans as fast as it can, quotes taken from the text as the core takes
 * them, and writes each span's id to stdout once `applyAnnotations` has
 * returned, i.e. once the store has acknowledged it.
 */
const sessionPath = process.argv[2];
if (!sessionPath) throw new Error('usage: spanWriter.ts SESSION_DIR');

const store = await SessionStore.open(sessionPath, { create: false });
const docs = await Promise.all(
  store.documents().map(async (d) => ({ id: d.id, text: new OffsetMap((await store.readDocument(d.id)).text) })),
);
if (!docs.length) throw new Error(`${sessionPath}: no documents to annotate`);
const tags = store.tags().map((t) => t.id);
// writeSync, not console.log: an id must reach the pipe before the next write begins, not sit in a buffer.
writeSync(1, 'ready\n');

for (;;) {
  const doc = docs[Math.floor(Math.random() * docs.length)]!;
  const start = Math.floor(Math.random() * (doc.text.length - 1));
  const end = Math.min(doc.text.length, start + 1 + Math.floor(Math.random() * 30));
  const now = new Date().toISOString();
  const id = `a_${randomBytes(9).toString('base64url')}`;
  const tag = tags[Math.floor(Math.random() * tags.length)]!;
  await store.applyAnnotations(doc.id, {
    put: [{ id, docId: doc.id, start, end, quote: doc.text.slice(start, end), tag, note: '', created: now, modified: now }],
    remove: [],
  });
  writeSync(1, `${id}\n`);
}
