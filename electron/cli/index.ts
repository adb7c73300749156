import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PizhuError } from '../shared/errors';
import { ExportRequestSchema, OffsetUnitSchema, SearchRequestSchema, type OffsetUnit, type SearchResult } from '../shared/contract';
import { appDataDir } from '../core/appDataDir';
import { SessionStore, sessionExists } from '../core/store/SessionStore';
import { summarize } from '../core/api/documentSummary';
import { exportFromStore } from '../core/api/exportFromStore';
import { MAX_IMPORT_BYTES } from '../core/import/readDocuments';
import { writeFileAtomic } from '../core/store/atomicWrite';
import { noticeLine } from './noticeText';
import { suggestionsIn } from '../core/api/documentSuggestions';
import { ruleRun } from '../core/suggest/ruleRun';
import type { SuggestionItem } from '../shared/suggest/suggestionItem';
import { SuggestionTagSchema, type SuggestionTag } from '../shared/suggest/suggestionSchema';
import { runSearch } from '../core/search/runSearch';
import { SearchableDocuments } from '../core/search/SearchableDocuments';
import { agreementCommand, TEAM_USAGE, teamCommand } from './teamCommands';
import { CliError } from './CliError';
import { withCore } from './withCore';
import { analystFor } from '../core/team/teamSession';
import { cliExportLayers } from './exportLayers';
import type { Annotation } from '../shared/model';
import { sessionIndicators } from '../core/indicators/sessionIndicators';
import { documentFacts } from '../core/spans/spanFields';
import { isoDate } from '../core/export/spanRows';
import { analyzeStructure } from '../shared/structure/analyzeStructure';

const USAGE = `usage: npm run cli -- <command> [options]
  list     --session PATH
  import   --session PATH [--no-cleanup] [--offsets utf16|codepoints] FILE...
  annotate --session PATH --doc ID --start N --end N --tag TAG [--note TEXT] [--annotator NAME]
  export   --session PATH --format csv|xlsx|json|jsonl|brat|w3c|qdpx --out PATH [--doc ID[,ID...]] [--tags a,b] [--lang zh|en]
           [--offsets utf16|codepoints] [--layers own|all]
  suggest  --session PATH [--doc ID[,ID...]] [--tags target,project,policy,achievement] [--accept-all] [--annotator NAME]
  search   --session PATH --query TEXT [--regex] [--ignore-space] [--doc ID[,ID...]] [--tag TAG] [--annotator NAME]
  indicators --session PATH
${TEAM_USAGE}
  --offsets: how doccano JSONL counts offsets, UTF-16 code units as doccano does (the default) or code points
  import reads documents (.txt .md .html .docx .pdf) and annotation exports, recognised by their content:
           Pizhu .json, doccano .jsonl, brat .zip, W3C .json/.jsonld, REFI-QDA .qdpx (or a .qde with its texts inline)`;

function required(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new CliError(`--${name} is required (npm run cli -- help shows the usage)`, 2);
  return value;
}

function integer(values: Record<string, unknown>, name: string): number {
  const text = required(values, name);
  if (!/^\d+$/.test(text)) throw new CliError(`--${name}: not a non-negative whole number: ${text}`, 2);
  return Number(text);
}

async function list(session: string): Promise<void> {
  const store = await SessionStore.open(session, { create: false, readOnly: true });
  try {
    const documents = [];
    for (const d of store.documents()) {
      // A document from before dates were stored has its date read from its text, as the app shows it.
      const date = d.date !== undefined ? d.date : ((await store.readDocument(d.id)).date ?? null);
      // Region and issuer likewise.
      const read = d.region !== undefined && d.issuer !== undefined ? d : await store.readDocument(d.id);
      const [region, issuer] = [read.region ?? null, read.issuer ?? null];
      const { id, title, length, counts } = summarize(store, d, date);
      const perTag = Object.fromEntries(store.tags().map((t) => [t.id, counts[t.id] ?? 0]));
      documents.push({ id, title, length, date, region, issuer, spans: Object.values(counts).reduce((a, b) => a + b, 0), counts: perTag });
    }
    console.log(
      JSON.stringify({ session: { name: store.name, path: store.path }, tags: store.tags().map((t) => t.id), documents }, null, 2),
    );
  } finally {
    await store.close();
  }
}

/** The --offsets unit for doccano JSONL, doccano's UTF-16 when the flag is absent. */
function offsetUnit(values: Record<string, unknown>): OffsetUnit {
  const unit = OffsetUnitSchema.safeParse(values.offsets ?? 'utf16');
  if (!unit.success) throw new CliError(`--offsets: expected utf16 or codepoints, not ${String(values.offsets)}`, 2);
  return unit.data;
}

async function importFiles(session: string, files: string[], cleanup: boolean, offsets: OffsetUnit): Promise<void> {
  if (!files.length) throw new CliError('import: name at least one file to import', 2);
  const unreadable: string[] = [];
  const payload: { name: string; data: string }[] = [];
  for (const f of files) {
    try {
      // Sized before it is read: a 1 GiB file read whole took 2.5 GB only to fail as too long a string.
      const size = statSync(f).size;
      if (size > MAX_IMPORT_BYTES) {
        unreadable.push(`${f}: too large (${(size / 2 ** 20).toFixed(1)} MiB; the limit is ${MAX_IMPORT_BYTES / 2 ** 20} MiB)`);
        continue;
      }
      payload.push({ name: basename(f), data: readFileSync(f).toString('base64') });
    } catch (error) {
      unreadable.push(`${f}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  for (const line of unreadable) console.error(line);
  if (!payload.length) throw new CliError(`none of the ${files.length} files could be read`);
  const failed = await withCore(session, async (call) => {
    const preview = await call('import.preview', { files: payload, cleanup, offsets });
    const report = await call('import.commit', { previewId: preview.previewId });
    for (const item of preview.items) {
      if (item.error) continue;
      for (const d of item.documents) {
        const made = report.created.find((c) => c.title === d.title);
        if (made && !d.duplicateOf)
          console.log(`${item.file}: created ${made.id} "${d.title}" (${d.chars} characters, ${d.encoding ?? 'no encoding'})`);
      }
      if (item.annotations) console.log(`${item.file}: ${item.annotations} annotations to add`);
      if (item.relations) console.log(`${item.file}: ${item.relations} relations to add`);
    }
    for (const d of report.duplicates) console.log(`${d.file}: already in the session as ${d.existingId} "${d.title}", not imported again`);
    for (const n of report.notices) console.log(noticeLine(n.file, n));
    if (report.annotationsAdded) console.log(`annotations added: ${report.annotationsAdded}`);
    if (report.relationsAdded) console.log(`relations added: ${report.relationsAdded}`);
    for (const e of report.errors) console.error(e.message);
    return report.errors.length + unreadable.length;
  });
  if (failed) throw new CliError(`${failed} of ${files.length} files were refused (see above); the others were imported`);
}

async function annotate(session: string, values: Record<string, unknown>): Promise<void> {
  if (!sessionExists(session)) throw new CliError(`${resolve(session)}: no session there`);
  const input = {
    docId: required(values, 'doc'),
    start: integer(values, 'start'),
    end: integer(values, 'end'),
    tag: required(values, 'tag'),
    note: typeof values.note === 'string' ? values.note : '',
  };
  const created = await withCore(session, (call) => call('annotations.create', input));
  console.log(JSON.stringify(created));
}

async function exportSpans(session: string, values: Record<string, unknown>): Promise<void> {
  const split = (name: string) => (typeof values[name] === 'string' ? (values[name] as string).split(',').filter(Boolean) : null);
  const format = required(values, 'format');
  if (values.offsets !== undefined && format !== 'jsonl') {
    throw new CliError('--offsets is for --format jsonl: the other formats count code points', 2);
  }
  const request = ExportRequestSchema.safeParse({
    format,
    docIds: split('doc'),
    tags: split('tags'),
    language: values.lang ?? 'zh',
    offsets: offsetUnit(values),
    layers: values.layers ?? 'own',
  });
  if (!request.success) throw new CliError(`export: ${request.error.issues[0]?.path.join('.')}: ${request.error.issues[0]?.message}`, 2);
  const out = resolve(required(values, 'out'));
  const store = await SessionStore.open(session, { create: false, readOnly: true });
  try {
    const file = await exportFromStore(store, request.data, await cliExportLayers(store, request.data.layers));
    writeFileAtomic(out, file.bytes);
    console.log(`${out}: ${file.bytes.byteLength} bytes (${request.data.format})`);
  } finally {
    await store.close();
  }
}

/**
 * Prints the suggestions of the documents named (all by default) as a JSON
 * array: the rule engine's and projections of accepted text, less those
 * rejected in the app or over a span of their tag, as suggestions.list
 * gives them. Printing reads the session read-only; --accept-all goes
 * through the core (suggestions.accept), each document's suggestions made
 * spans as one undoable change with their origin (rule:<id>), and prints
 * the spans made.
 */
/** What `suggest` offers without --tags: what the engine suggests by default, achievements only when asked for. */
const DEFAULT_SUGGESTED: readonly SuggestionTag[] = ['target', 'project', 'policy'];

async function suggestSpans(session: string, values: Record<string, unknown>): Promise<void> {
  const docIds = typeof values.doc === 'string' ? values.doc.split(',').filter(Boolean) : null;
  const tagsText = typeof values.tags === 'string' ? values.tags.split(',').filter(Boolean) : null;
  const tags = tagsText ? tagsText.map((t) => SuggestionTagSchema.safeParse(t)) : null;
  const bad = tagsText?.find((_, i) => !tags![i]!.success);
  if (bad !== undefined) throw new CliError(`--tags: not a tag the engine suggests: ${bad} (target, project, policy, achievement)`, 2);
  const wanted = tags ? tags.map((t) => t.data!) : null;
  const print = (items: unknown[]) => console.log(JSON.stringify(items, null, 2));
  const shape = (s: SuggestionItem) => ({
    docId: s.docId,
    start: s.start,
    end: s.end,
    tag: s.tag,
    quote: s.quote,
    rule: s.rule,
    score: s.score,
    value: s.value ?? null,
    id: s.id,
  });

  if (!values['accept-all']) {
    const store = await SessionStore.open(session, { create: false, readOnly: true });
    try {
      const out: ReturnType<typeof shape>[] = [];
      for (const id of docIds ?? store.documents().map((d) => d.id)) {
        const record = await store.readDocument(store.document(id).id);
        out.push(...suggestionsIn(store, id, ruleRun(record), wanted ?? DEFAULT_SUGGESTED).map(shape));
      }
      print(out);
    } finally {
      await store.close();
    }
    return;
  }

  const created = await withCore(session, async (call) => {
    const ids = docIds ?? (await call('documents.list', {})).map((d) => d.id);
    const spans: Annotation[] = [];
    for (const docId of ids) {
      const offered = await call('suggestions.list', { docId, tags: [...(wanted ?? DEFAULT_SUGGESTED)] });
      if (offered.length === 0) continue;
      spans.push(...(await call('suggestions.accept', { docId, ids: offered.map((s) => s.id) })));
    }
    return spans;
  });
  print(created.map(({ id, docId, start, end, tag, quote, origin }) => ({ id, docId, start, end, tag, quote, origin })));
}

/**
 * Prints the hits of a search (every document, or those named) as a JSON
 * array, offsets in code points, by the core's own search (runSearch),
 * reading the session read-only; with --tag, tags every hit not already a
 * span of that tag through the core, as one undoable change (search.run,
 * then search.tagAll), and prints the spans made. A search cut short is
 * said on stderr, and is not tagged: tagging part of what the query finds
 * is seldom what was meant.
 */
async function searchDocuments(session: string, values: Record<string, unknown>): Promise<void> {
  if (!sessionExists(session)) throw new CliError(`${resolve(session)}: no session there`);
  const parsed = SearchRequestSchema.safeParse({
    query: required(values, 'query'),
    regex: values.regex === true,
    ignoreSpace: values['ignore-space'] === true,
    docIds: typeof values.doc === 'string' ? values.doc.split(',').filter(Boolean) : null,
  });
  if (!parsed.success) throw new CliError(`search: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`, 2);
  const tag = values.tag === undefined ? null : required(values, 'tag');
  const print = (items: unknown[]) => console.log(JSON.stringify(items, null, 2));
  const hitsOf = (result: SearchResult) => {
    if (result.truncated) {
      const why = result.truncated === 'too-slow' ? 'the pattern took too long' : 'too many hits';
      const stopped = `search stopped after ${result.total} hits (${why}); narrow the query or the documents`;
      if (tag) throw new CliError(`${stopped}; nothing was tagged`);
      console.error(`pizhu: ${stopped}`);
    }
    return result.documents.flatMap((d) => d.hits);
  };

  if (!tag) {
    const store = await SessionStore.open(session, { create: false, readOnly: true });
    try {
      const hits = hitsOf(await runSearch(store, new SearchableDocuments(), parsed.data));
      print(hits.map(({ docId, start, end, quote, context }) => ({ docId, start, end, quote, context })));
    } finally {
      await store.close();
    }
    return;
  }
  const made = await withCore(session, async (call) => {
    const hits = hitsOf(await call('search.run', parsed.data));
    const ranges = hits.map(({ docId, start, end }) => ({ docId, start, end }));
    return ranges.length ? await call('search.tagAll', { tag, hits: ranges }) : [];
  });
  print(made.map(({ id, docId, start, end, tag: spanTag, quote }) => ({ id, docId, start, end, tag: spanTag, quote })));
}

/**
 * Prints the session's targets grouped by indicator, as indicators.list
 * gives them (merges and names by hand included), reading the session
 * read-only: one entry per indicator, its values in the documents' date
 * order, each with its document's title and ISO date (null: undated).
 */
async function printIndicators(session: string): Promise<void> {
  const store = await SessionStore.open(session, { create: false, readOnly: true });
  try {
    const table = await sessionIndicators(store, {
      date: async (id) => (await store.readDocument(id)).date ?? null,
      facts: async (id) => {
        const record = await store.readDocument(id);
        return documentFacts(analyzeStructure(record.text), record.date);
      },
    });
    const documents = new Map(table.documents.map((d) => [d.id, d]));
    const out = table.rows.map((row) => ({
      indicator: row.name,
      values: row.values.map((v) => {
        const doc = documents.get(v.docId)!;
        const date = isoDate(doc.date);
        return {
          docId: v.docId,
          title: doc.title,
          date: date === '' ? null : date,
          amount: v.amount,
          amountMax: v.amountMax,
          unit: v.unit,
          comparator: v.comparator,
          quote: v.quote,
        };
      }),
    }));
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        session: { type: 'string' },
        doc: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        tag: { type: 'string' },
        note: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        tags: { type: 'string' },
        lang: { type: 'string' },
        offsets: { type: 'string' },
        layers: { type: 'string' },
        'no-cleanup': { type: 'boolean' },
        'accept-all': { type: 'boolean' },
        query: { type: 'string' },
        regex: { type: 'boolean' },
        'ignore-space': { type: 'boolean' },
        server: { type: 'string' },
        db: { type: 'string' },
        annotator: { type: 'string' },
        annotators: { type: 'string' },
        'no-guard': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message} (npm run cli -- help shows the usage)`, 2);
  }
  const { values, positionals } = parsed;
  // The spans a command makes are in the layer of the analyst it names (kept in the settings for next time), else of the one the settings name.
  if (typeof values.annotator === 'string' && (command === 'annotate' || command === 'suggest' || command === 'search')) {
    await analystFor(appDataDir(), values.annotator);
  }
  switch (command) {
    case 'list':
      return list(required(values, 'session'));
    case 'import':
      return importFiles(required(values, 'session'), positionals, !values['no-cleanup'], offsetUnit(values));
    case 'annotate':
      return annotate(required(values, 'session'), values);
    case 'export':
      return exportSpans(required(values, 'session'), values);
    case 'suggest':
      return suggestSpans(required(values, 'session'), values);
    case 'search':
      return searchDocuments(required(values, 'session'), values);
    case 'indicators':
      return printIndicators(required(values, 'session'));
    case 'team':
      return teamCommand(positionals[0], required(values, 'session'), values);
    case 'agreement':
      return agreementCommand(required(values, 'session'), values);
    case 'help':
    case undefined:
      console.log(USAGE);
      return;
    default:
      throw new CliError(`unknown command "${command}" (npm run cli -- help shows the usage)`, 2);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  const message = error instanceof CliError || error instanceof PizhuError ? error.message : `unexpected error: ${error.message}`;
  console.error(`pizhu: ${message}`);
  process.exit(error instanceof CliError ? error.exitCode : 1);
});
