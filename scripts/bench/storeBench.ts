import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCore } from '../../electron/core/createCore';
import { SessionStore } from '../../electron/core/store/SessionStore';
import { writeFileAtomic } from '../../electron/core/store/atomicWrite';
import { OffsetMap } from '../../electron/shared/codePoints';
import type { Annotation, DocumentRecord } from '../../electron/shared/model';
import { median, type Bench } from './figure';
import { corpusFiles, sharedPath } from '../../tests/sharedDir';

const CORPUS = sharedPath('corpus');
const MB = 1000 * 1000;
/** The 20 MB session holds 50,000 spans; the 1 MB one the same density of spans per byte. */
const SPANS_PER_MB = 50_000 / 20;
const BATCH = 500;
const WARMUP = 20;
const SAMPLES = 300;
const TAGS = ['target', 'project', 'policy'];

function corpusTexts(dir: string): Array<{ name: string; text: string }> {
  return corpusFiles(dir).map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8').replace(/\r\n?/g, '\n') }));
}

function folderSize(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? folderSize(path) : statSync(path).size;
  }
  return bytes;
}

function randomSpan(id: string, docId: string, text: OffsetMap, now: string): Annotation {
  const start = Math.floor(Math.random() * (text.length - 40));
  const end = start + 2 + Math.floor(Math.random() * 38);
  const tag = TAGS[Math.floor(Math.random() * TAGS.length)]!;
  return { id, docId, start, end, quote: text.slice(start, end), tag, note: '', created: now, modified: now };
}

/**
 * A session of about `bytes` on disk: corpus documents repeated until the
 * text and the spans spread over them together reach the size.
 */
async function buildSession(dir: string, bytes: number): Promise<{ documents: DocumentRecord[]; spans: Annotation[] }> {
  const corpus = corpusTexts(CORPUS);
  const spanCount = Math.round((bytes / MB) * SPANS_PER_MB);
  const now = new Date().toISOString();
  // One span's share of the file: measured on a sample span rather than guessed.
  const spanBytes = Buffer.byteLength(JSON.stringify(randomSpan('a_000000000000000000', 'd_00000', new OffsetMap(corpus[0]!.text), now)));
  const textBudget = bytes - spanCount * spanBytes;

  const documents: DocumentRecord[] = [];
  let textBytes = 0;
  for (let i = 0; textBytes < textBudget; i++) {
    const { name, text } = corpus[i % corpus.length]!;
    const round = Math.floor(i / corpus.length);
    const body = round ? `${text}\n第${round + 1}遍` : text;
    documents.push({
      id: `d_${String(i).padStart(5, '0')}`,
      title: `${name.replace(/\.txt$/, '')} (${round + 1})`,
      text: body,
      headings: [],
      hash: createHash('sha256').update(body).digest('hex'),
      source: { fileName: name, format: 'txt', encoding: 'UTF-8', importedAt: now, cleanup: false, captions: [] },
    });
    textBytes += Buffer.byteLength(body);
  }

  const store = await SessionStore.open(dir, { create: true });
  await store.addDocuments(documents);
  const texts = documents.map((d) => new OffsetMap(d.text));
  // Spans land on documents in proportion to their length, as an analyst's would.
  const weights = texts.map((t) => t.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const spans: Annotation[] = [];
  const byDoc = new Map<number, Annotation[]>();
  for (let n = 0; n < spanCount; n++) {
    let pick = Math.random() * total;
    let d = 0;
    while (pick >= weights[d]! && d < weights.length - 1) pick -= weights[d++]!;
    const span = randomSpan(`a_${String(n).padStart(18, '0')}`, documents[d]!.id, texts[d]!, now);
    spans.push(span);
    const list = byDoc.get(d);
    if (list) list.push(span);
    else byDoc.set(d, [span]);
  }
  for (const [d, list] of byDoc) {
    for (let at = 0; at < list.length; at += BATCH) {
      await store.applyAnnotations(documents[d]!.id, { put: list.slice(at, at + BATCH), remove: [] });
    }
  }
  await store.close();
  return { documents, spans };
}

/** Median time for the core to acknowledge one new span, on disk and fdatasynced. */
async function spanWriteMs(root: string, dir: string, documents: DocumentRecord[]): Promise<number> {
  const core = await createCore({ dataDir: join(root, 'data'), sessionPath: dir });
  const lengths = documents.map((d) => new OffsetMap(d.text).length);
  const times: number[] = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const d = Math.floor(Math.random() * documents.length);
    const start = Math.floor(Math.random() * (lengths[d]! - 40));
    const input = { docId: documents[d]!.id, start, end: start + 5 + (i % 30), tag: TAGS[i % TAGS.length] };
    const began = performance.now();
    const result = await core.call('annotations.create', input);
    const took = performance.now() - began;
    if (!result.ok) throw new Error(`annotations.create failed: ${result.error.message}`);
    if (i >= WARMUP) times.push(took);
  }
  await core.close();
  return median(times);
}

/**
 * Tagging 100,000 spans in one annotations.createMany ("tag all matches" on a
 * long report): how long it takes, and the longest stretch in which the
 * host's event loop could not answer anything else (a window event, an HTTP
 * request), measured by a chain of setImmediate callbacks running beside it:
 * in wall time, and in this process's CPU time, which a busy machine does
 * not inflate.
 */
async function createManyFigures(root: string): Promise<{ ms: number; blockMs: number; blockCpuMs: number }> {
  const dir = join(root, 'create-many.pizhu');
  const store = await SessionStore.open(dir, { create: true });
  const text = '经济发展目标项目政策'.repeat(30_001);
  await store.addDocuments([
    {
      id: 'd_many',
      title: 'many',
      text,
      headings: [],
      hash: createHash('sha256').update(text).digest('hex'),
      source: {
        fileName: 'many.txt',
        format: 'txt',
        encoding: 'UTF-8',
        importedAt: new Date().toISOString(),
        cleanup: false,
        captions: [],
      },
    },
  ]);
  await store.close();
  const core = await createCore({ dataDir: join(root, 'data'), sessionPath: dir });
  const spans = Array.from({ length: 100_000 }, (_, i) => ({ start: i * 3, end: i * 3 + 2 }));
  let running = true;
  let blockMs = 0;
  let blockCpuMs = 0;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const tick = (): void => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    blockMs = Math.max(blockMs, now - last);
    blockCpuMs = Math.max(blockCpuMs, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const began = performance.now();
  const result = await core.call('annotations.createMany', { docId: 'd_many', tag: 'policy', spans });
  const ms = performance.now() - began;
  // One more turn of the loop, so that the tick waiting behind a call that never yielded gets to measure the wait.
  await new Promise((resolve) => setImmediate(resolve));
  running = false;
  if (!result.ok) throw new Error(`annotations.createMany failed: ${result.error.message}`);
  await core.close();
  return { ms, blockMs, blockCpuMs };
}

/**
 * Saving one span: its cost must not grow with the session. Measured in a
 * 1 MB and a 20 MB session, beside what rewriting the whole 20 MB session
 * as one JSON file would cost (the schema-1 layout), and the time to open it.
 */
const bench: Bench = async (report) => {
  const root = mkdtempSync(join(tmpdir(), 'pizhu-store-bench-'));
  try {
    const many = await createManyFigures(root);
    report('store.createMany.100k.ms', many.ms, 'ms');
    report('store.createMany.100k.block.ms', many.blockMs, 'ms');
    report('store.createMany.100k.block.cpu.ms', many.blockCpuMs, 'ms');

    const small = join(root, 'one-mb.pizhu');
    const smallSession = await buildSession(small, 1 * MB);
    report('store.write.1mb.median.ms', await spanWriteMs(root, small, smallSession.documents), 'ms');

    const big = join(root, 'twenty-mb.pizhu');
    const bigSession = await buildSession(big, 20 * MB);
    report('store.session.20mb.bytes', folderSize(big), 'bytes');
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const began = performance.now();
      const store = await SessionStore.open(big, { create: false });
      opens.push(performance.now() - began);
      if (store.spanCount() !== bigSession.spans.length)
        throw new Error(`the 20 MB session opened with ${store.spanCount()} spans, not ${bigSession.spans.length}`);
      await store.close();
    }
    report('store.open.20mb.ms', median(opens), 'ms');
    report('store.write.20mb.median.ms', await spanWriteMs(root, big, bigSession.documents), 'ms');

    const began = performance.now();
    writeFileAtomic(join(root, 'whole-session.json'), JSON.stringify({ documents: bigSession.documents, annotations: bigSession.spans }));
    report('store.fullrewrite.20mb.ms', performance.now() - began, 'ms');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

export default bench;
