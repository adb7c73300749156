import { writeSync } from 'node:fs';
import { createCore } from '../../../electron/core/createCore';

/**
 * Child process for the createMany crash test: opens the session through
 * the core, says "ready", tags COUNT spans of its first document in one
 * annotations.createMany, and says "done" once the core has answered.
 */
const [dataDir, sessionPath, count] = process.argv.slice(2);
if (!dataDir || !sessionPath || !count) throw new Error('usage: bulkWriter.ts DATA_DIR SESSION_DIR COUNT');

const core = await createCore({ dataDir, sessionPath, warn: () => undefined });
const listed = await core.call('documents.list', {});
if (!listed.ok) throw new Error(listed.error.message);
const docId = (listed.value as Array<{ id: string }>)[0]!.id;
const spans = Array.from({ length: Number(count) }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));
writeSync(1, 'ready\n');
const result = await core.call('annotations.createMany', { docId, tag: 'policy', spans });
if (!result.ok) {
  writeSync(2, `${result.error.code}: ${result.error.message}\n`);
  process.exit(1);
}
writeSync(1, 'done\n');
setInterval(() => undefined, 60_000);
