import { call, importText, teamCore } from './teamCore';

/**
 * A child for the crash test: open the (joined) session, then make spans one after another and print each id once
 * the core has acknowledged it, while the background replication runs; the parent kills it with SIGKILL midway.
 */
const [dataDir, session, text] = process.argv.slice(2) as [string, string, string];
const core = await teamCore(dataDir, session);
const docId = await importText(core, 'report.txt', text);
for (let i = 0; ; i++) {
  const start = i % (text.length - 2);
  const span = await call<{ id: string }>(core, 'annotations.create', {
    docId,
    start,
    end: start + 2,
    tag: i % 2 ? 'target' : 'policy',
    note: `n${i}`,
  });
  process.stdout.write(`ack ${span.id}\n`);
}
