import { z } from 'zod';
import {
  AnnotationIdSchema,
  AnalystSchema,
  AnnotationSchema,
  DocumentIdSchema,
  DocumentRecordSchema,
  DocumentIssuerSchema,
  DocumentRegionSchema,
  DocumentSortSchema,
  DocumentSummarySchema,
  FragmentSchema,
  LanguageSchema,
  PanelFilterSchema,
  PanelLayoutSchema,
  RecentSessionSchema,
  RelationIdSchema,
  RelationSchema,
  RelationTypeSchema,
  SettingsSchema,
  TagIdSchema,
  TagLabelSchema,
  TagSchema,
  TextWidthSchema,
  ViewStateSchema,
} from './model';
import type { OperationName } from './operationNames';
import { OutlineSchema } from './structure/outline';
import { DocumentDateSchema } from './structure/documentDate';
import { IndicatorTableSchema } from './indicators/indicatorTableSchema';
import { SuggestionIdSchema, SuggestionItemSchema } from './suggest/suggestionItem';
import { SuggestionSchema, SuggestionTagSchema } from './suggest/suggestionSchema';
import { SpanTableSchema } from './table/spanTableSchema';
import { TargetValueSchema } from './values/valueSchema';
import { TeamConflictSchema, TeamJoinSchema, TeamLayerSchema, TeamStatusSchema, TeamSyncSchema } from './team/teamApi';
import type { Result } from './errors';
import {
  AgreementMatrixRequestSchema,
  AgreementMatrixSchema,
  CurationResultSchema,
  CurationTakeAgreedRequestSchema,
  CurationTakeRequestSchema,
  DisagreementSchema,
  DisagreementsRequestSchema,
  ExportLayersSchema,
} from './agreement/agreementSchemas';

/**
 * The API contract: every operation the renderer may ask of the core, with
 * the schema of its input and of its output. Both transports (IPC in
 * Electron, HTTP in the web mode) are built from this one table, and the core
 * validates every input against it before use.
 */

const Id = z.string().min(1).max(200);
/** Ids the core uses as file names or map keys are held to their grammar (model.ts) at the boundary. */
const DocId = DocumentIdSchema;
const SpanId = AnnotationIdSchema;
const Offset = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31);
const Empty = z.object({}).strict();
/** An indicator group's key (shared/indicators/indicatorKey.ts). */
const IndicatorKey = z.string().min(1).max(500);
const AnalystIdSchema = AnalystSchema.shape.id;
/** The most spans one annotations.createMany may carry. */
export const MAX_SPANS_PER_CALL = 100_000;
const Ok = z.object({ ok: z.literal(true) });

export const SessionInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  documents: z.number().int(),
  spans: z.number().int(),
  /** What opening the session had to set aside, each naming its file (a damaged undo history): for the host to tell the user. */
  notices: z.array(z.string()).default([]),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** The document the last undo or redo touched, for the renderer to show (the first, when it touched several). */
  docId: z.string().nullable(),
  /** Every document the last undo or redo touched: a search's "tag all" is one step over many. */
  docIds: z.array(z.string()).default([]),
});
export type HistoryState = z.infer<typeof HistoryStateSchema>;

export const ImportFileSchema = z.object({
  name: z.string().min(1).max(1000),
  /** The file's bytes, base64. */
  data: z.string(),
});
export type ImportFile = z.infer<typeof ImportFileSchema>;

export const ImportPreviewDocSchema = z.object({
  title: z.string(),
  chars: z.number().int(),
  encoding: z.string().nullable(),
  cleanup: z.boolean(),
  /** Id of the document already in the session with the same text, if any. */
  duplicateOf: z.string().nullable(),
});

/**
 * What an import could not carry over, or changed on the way in, counted by
 * kind: nothing is dropped or altered without a word. The renderer words each
 * kind in the user's language; `detail` names lines or examples.
 */
export const IMPORT_NOTICE_KINDS = [
  // annotation exports (brat, doccano, W3C, REFI-QDA, Pizhu json)
  'relations',
  'events',
  'attributes',
  'normalizations',
  'equivalences',
  'notes',
  'discontinuous-spans',
  'bad-lines',
  'unmatched-annotations',
  'unknown-lines',
  'bad-spans',
  'categories',
  'sources',
  'uncoded-selections',
  'cases',
  'sets',
  'variables',
  'graphs',
  'users',
  'duplicate-annotations',
  'duplicate-relations',
  'tag-labels',
  // documents
  'decoded-with-replacement',
  'control-characters',
  'compatibility-ideographs',
] as const;
export const ImportNoticeKindSchema = z.enum(IMPORT_NOTICE_KINDS);
export type ImportNoticeKind = z.infer<typeof ImportNoticeKindSchema>;

export const ImportNoticeSchema = z.object({
  kind: ImportNoticeKindSchema,
  count: z.number().int().nonnegative(),
  detail: z.string().max(2000).optional(),
});
export type ImportNotice = z.infer<typeof ImportNoticeSchema>;

/**
 * How offsets are counted in a doccano JSONL file: doccano's interface counts
 * UTF-16 code units (the default); scripts may count code points.
 */
export const OFFSET_UNITS = ['utf16', 'codepoints'] as const;
export const OffsetUnitSchema = z.enum(OFFSET_UNITS);
export type OffsetUnit = z.infer<typeof OffsetUnitSchema>;

export const ImportPreviewItemSchema = z.object({
  file: z.string(),
  /** What the file was recognised as (a document format or an annotation export). */
  kind: z.string(),
  documents: z.array(ImportPreviewDocSchema),
  /** Annotations the file brings (annotation exports only). */
  annotations: z.number().int(),
  /** Relations between spans the file brings (annotation exports only; absent: none). */
  relations: z.number().int().nonnegative().optional(),
  /** What this file cannot carry over or had changed on the way in. */
  notices: z.array(ImportNoticeSchema),
  error: z.string().nullable(),
});
export type ImportPreviewItem = z.infer<typeof ImportPreviewItemSchema>;

export const ImportPreviewSchema = z.object({
  previewId: z.string(),
  items: z.array(ImportPreviewItemSchema),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportReportSchema = z.object({
  created: z.array(DocumentSummarySchema),
  duplicates: z.array(z.object({ file: z.string(), title: z.string(), existingId: z.string() })),
  annotationsAdded: z.number().int(),
  /** Relations between spans added (absent: none). */
  relationsAdded: z.number().int().nonnegative().optional(),
  /** What was not carried over (or was changed), per file. */
  notices: z.array(ImportNoticeSchema.extend({ file: z.string() })),
  errors: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'jsonl', 'brat', 'w3c', 'qdpx'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportRequestSchema = z.object({
  format: ExportFormatSchema,
  /** null: every document. */
  docIds: z.array(Id).nullable().default(null),
  /** null: every tag. */
  tags: z.array(TagIdSchema).nullable().default(null),
  /** Language of tag labels in csv and xlsx. */
  language: LanguageSchema.default('zh'),
  /** How jsonl counts offsets (doccano's UTF-16 by default); the other formats always count code points. */
  offsets: OffsetUnitSchema.default('utf16'),
  /** null: every span the other fields select; else only these spans (the rows of the span table), in every format. */
  spanIds: z.array(AnnotationIdSchema).max(1_000_000).nullable().default(null),
  /** The own layer only, or every analyst's spans from the team replica too; each span names its annotator. */
  layers: ExportLayersSchema.default('own'),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes, base64. */
  data: z.string(),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;

/** The most hits one search.run returns; past it the answer says it was cut short. */
export const MAX_SEARCH_HITS = 5_000;

export const SearchRequestSchema = z
  .object({
    query: z.string().min(1).max(10_000),
    /** Read the query as a regular expression (JavaScript syntax) rather than as literal text. */
    regex: z.boolean().default(false),
    /** Match across spaces and line breaks: the text's whitespace is left out on both sides. */
    ignoreSpace: z.boolean().default(false),
    /** null or left out: every document. */
    docIds: z.array(DocId).max(100_000).nullable().default(null),
  })
  .strict();
export type SearchRequest = z.input<typeof SearchRequestSchema>;

export const SearchHitSchema = z.object({
  docId: z.string(),
  /** Code-point offsets of the hit in the document's text. */
  start: z.number().int(),
  end: z.number().int(),
  /** The text the hit covers, as it stands in the document (not folded). */
  quote: z.string(),
  /** The hit inside its sentence, cut to a window either side: a concordance line; `clipped…` says the sentence goes on past the cut. */
  context: z.object({
    before: z.string(),
    hit: z.string(),
    after: z.string(),
    clippedBefore: z.boolean(),
    clippedAfter: z.boolean(),
  }),
  /** The headings of the sections the hit lies in, outermost first; left out when it lies in none. */
  section: z.array(z.string()).optional(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  /** The documents with hits, in the session's order, each with its hits in text order. */
  documents: z.array(z.object({ docId: z.string(), title: z.string(), count: z.number().int(), hits: z.array(SearchHitSchema) })),
  /** Hits returned, over all documents. */
  total: z.number().int(),
  /**
   * Null when every document in scope was searched to its end; otherwise why
   * the search stopped short, with the hits found until then: more hits than
   * MAX_SEARCH_HITS, or a pattern that took too long.
   */
  truncated: z.enum(['too-many-hits', 'too-slow']).nullable(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}

export const contract = {
  'session.info': op(Empty, SessionInfoSchema.nullable(), 'The open session, or null when none is open.'),
  'session.create': op(z.object({ path: z.string().min(1) }).strict(), SessionInfoSchema, 'Create a session at a path and open it.'),
  'session.open': op(z.object({ path: z.string().min(1) }).strict(), SessionInfoSchema, 'Open an existing session.'),
  'session.saveAs': op(
    z.object({ path: z.string().min(1) }).strict(),
    SessionInfoSchema,
    'Copy the open session to a new path and continue there.',
  ),
  'session.close': op(Empty, Ok, 'Close the open session and release its lock.'),
  'session.recent': op(
    Empty,
    z.object({ sessions: z.array(RecentSessionSchema), dropped: z.array(z.string()) }),
    'Recent sessions; entries whose files are gone are dropped and named.',
  ),

  'settings.get': op(
    Empty,
    SettingsSchema.pick({ language: true, snapToWords: true, textWidth: true }).extend({
      /** What reading settings.json had to set aside (a damaged file kept aside), naming the files: for the host to tell the user. */
      notices: z.array(z.string()).default([]),
    }),
    'App settings the renderer may read.',
  ),
  'settings.set': op(
    z
      .object({
        language: LanguageSchema.nullable().optional(),
        snapToWords: z.boolean().optional(),
        textWidth: TextWidthSchema.optional(),
      })
      .strict(),
    Ok,
    'Change app settings; a setting left out keeps its value.',
  ),

  'tags.list': op(Empty, z.array(TagSchema), 'The tags, in display order.'),
  'tags.create': op(
    z.object({ label: TagLabelSchema, color: TagSchema.shape.color, hotkey: TagSchema.shape.hotkey }).strict(),
    TagSchema,
    'Add a tag; its id is derived from the English label.',
  ),
  'tags.update': op(
    z
      .object({
        id: TagIdSchema,
        label: TagLabelSchema.optional(),
        color: TagSchema.shape.color.optional(),
        hotkey: TagSchema.shape.hotkey.optional(),
      })
      .strict(),
    TagSchema,
    'Rename, recolour or re-key a tag.',
  ),
  'tags.reorder': op(z.object({ ids: z.array(TagIdSchema) }).strict(), z.array(TagSchema), 'Put the tags in this order.'),
  'tags.remove': op(
    z.object({ id: TagIdSchema, moveTo: TagIdSchema.nullable() }).strict(),
    Ok,
    'Delete a tag; its spans move to `moveTo`, or are deleted when it is null.',
  ),

  'documents.list': op(Empty, z.array(DocumentSummarySchema), 'Every document with its span counts.'),
  'documents.get': op(z.object({ id: DocId }).strict(), DocumentRecordSchema, 'One document with its text.'),
  'documents.rename': op(
    z.object({ id: DocId, title: z.string().trim().min(1).max(500) }).strict(),
    DocumentSummarySchema,
    'Rename a document.',
  ),
  'documents.update': op(
    z
      .object({
        id: DocId,
        title: z.string().trim().min(1).max(500).optional(),
        date: DocumentDateSchema.nullable().optional(),
        region: DocumentRegionSchema.nullable().optional(),
        issuer: DocumentIssuerSchema.nullable().optional(),
      })
      .strict(),
    DocumentSummarySchema,
    "Change a document's title, date, region or issuer (null: the document has none); a field left out keeps its value.",
  ),
  'documents.remove': op(z.object({ id: DocId }).strict(), Ok, 'Delete a document and its spans.'),
  'documents.outline': op(
    z.object({ docId: DocId }).strict(),
    OutlineSchema,
    "A document's headings as the structure analysis finds them (numbered, run-in and titled), in text order; computed once per document and kept.",
  ),

  'annotations.list': op(z.object({ docId: DocId }).strict(), z.array(AnnotationSchema), "A document's spans in text order."),
  'annotations.create': op(
    z.object({ docId: DocId, start: Offset, end: Offset, tag: TagIdSchema, note: z.string().max(100_000).default('') }).strict(),
    AnnotationSchema,
    'Tag a span (code-point offsets); the quote is taken from the text.',
  ),
  'annotations.createMany': op(
    z
      .object({
        docId: DocId,
        tag: TagIdSchema,
        spans: z
          .array(z.object({ start: Offset, end: Offset }).strict())
          .min(1)
          .max(MAX_SPANS_PER_CALL),
      })
      .strict(),
    z.array(AnnotationSchema),
    'Tag many spans as one undoable change (tag all matches).',
  ),
  'annotations.update': op(
    z
      .object({
        id: SpanId,
        tag: TagIdSchema.optional(),
        note: z.string().max(100_000).optional(),
        start: Offset.optional(),
        end: Offset.optional(),
        /** A target's value as the analyst corrects it; it holds until the range changes. */
        value: TargetValueSchema.nullable().optional(),
        /** The span's pieces, ordered and apart (not with start or end); one piece makes it an ordinary span again. */
        fragments: z
          .array(FragmentSchema.extend({ start: Offset, end: Offset }).strict())
          .min(1)
          .max(1000)
          .optional(),
      })
      .strict(),
    AnnotationSchema,
    "Change a span's tag, note, range, fragments or value (code-point offsets; the quote, section and a target's parsed value follow the range).",
  ),
  'annotations.addFragment': op(
    z.object({ id: SpanId, start: Offset, end: Offset }).strict(),
    AnnotationSchema,
    'Add a piece to a span, making it discontinuous; pieces it overlaps or touches merge with it.',
  ),
  'annotations.remove': op(z.object({ id: SpanId }).strict(), Ok, 'Delete a span.'),
  'annotations.listAll': op(
    Empty,
    SpanTableSchema,
    'Every span of the session, for the span table: each with its section, a target its value, the words around it in its sentence, and the relations that join it.',
  ),
  'annotations.retagMany': op(
    z.object({ ids: z.array(SpanId).min(1).max(MAX_SPANS_PER_CALL), tag: TagIdSchema }).strict(),
    z.object({ changed: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() }),
    'Give spans of any documents a new tag as one undoable change; a span already of that tag, or whose range already is a span of it, is left as it is.',
  ),
  'annotations.removeMany': op(
    z.object({ ids: z.array(SpanId).min(1).max(MAX_SPANS_PER_CALL) }).strict(),
    z.object({ removed: z.number().int().nonnegative() }),
    'Delete spans of any documents, and the relations that join them, as one undoable change.',
  ),

  'relationTypes.list': op(Empty, z.array(RelationTypeSchema), 'The relation types, in display order.'),
  'relationTypes.create': op(
    z.object({ label: TagLabelSchema, color: RelationTypeSchema.shape.color, pairs: RelationTypeSchema.shape.pairs }).strict(),
    RelationTypeSchema,
    'Add a relation type; its id is derived from the English label.',
  ),
  'relationTypes.update': op(
    z
      .object({
        id: TagIdSchema,
        label: TagLabelSchema.optional(),
        color: RelationTypeSchema.shape.color.optional(),
        /** The (from tag, to tag) pairs it may join; null: any. */
        pairs: RelationTypeSchema.shape.pairs.unwrap().nullable().optional(),
      })
      .strict(),
    RelationTypeSchema,
    'Rename or recolour a relation type, or change the tag pairs it may join (existing relations are kept).',
  ),
  'relationTypes.remove': op(z.object({ id: TagIdSchema }).strict(), Ok, 'Delete a relation type and every relation of it.'),

  'relations.list': op(z.object({ docId: DocId }).strict(), z.array(RelationSchema), "The relations between a document's spans."),
  'relations.create': op(
    z.object({ docId: DocId, type: TagIdSchema, from: SpanId, to: SpanId, note: z.string().max(100_000).default('') }).strict(),
    RelationSchema,
    "Link two spans of a document (from → to); refused where the type's tag pairs do not allow them.",
  ),
  'relations.update': op(
    z.object({ id: RelationIdSchema, type: TagIdSchema.optional(), note: z.string().max(100_000).optional() }).strict(),
    RelationSchema,
    "Change a relation's type or note.",
  ),
  'relations.remove': op(z.object({ id: RelationIdSchema }).strict(), Ok, 'Delete a relation.'),

  'history.state': op(Empty, HistoryStateSchema, 'Whether undo and redo are possible.'),
  'history.undo': op(Empty, HistoryStateSchema, 'Undo the last annotation or tag change.'),
  'history.redo': op(Empty, HistoryStateSchema, 'Redo the last undone change.'),

  'view.get': op(Empty, ViewStateSchema, "The session's view state."),
  'view.set': op(
    z
      .object({
        openDocId: z.string().nullable().optional(),
        scroll: z
          .object({ docId: DocId, fraction: z.number().min(0).max(1) })
          .strict()
          .optional(),
        filter: PanelFilterSchema.optional(),
        layout: PanelLayoutSchema.optional(),
        outline: z
          .object({
            open: z.boolean().optional(),
            /** The headings folded in one document (replacing what was folded there before); empty unfolds them all. */
            folded: z
              .object({ docId: DocId, starts: z.array(Offset).max(100_000) })
              .strict()
              .optional(),
          })
          .strict()
          .optional(),
        showSuggestions: z.boolean().optional(),
        documentSort: DocumentSortSchema.optional(),
        /** The analysts (by id) whose layers the document view hides. */
        hiddenLayers: z.array(AnalystIdSchema).max(1000).optional(),
      })
      .strict(),
    Ok,
    'Change part of the view state.',
  ),

  'import.preview': op(
    z
      .object({
        files: z.array(ImportFileSchema).min(1).max(1000),
        cleanup: z.boolean().default(true),
        /** How doccano JSONL files count offsets (doccano's UTF-16 by default). */
        offsets: OffsetUnitSchema.default('utf16'),
      })
      .strict(),
    ImportPreviewSchema,
    'Read files and say what importing them would create; writes nothing.',
  ),
  'import.commit': op(z.object({ previewId: Id }).strict(), ImportReportSchema, 'Write what a preview showed.'),
  'import.cancel': op(z.object({ previewId: Id }).strict(), Ok, 'Drop a preview; writes nothing.'),

  'export.run': op(ExportRequestSchema, ExportFileSchema, 'Export spans in one format.'),

  'suggest.run': op(
    z.object({ docId: Id, tags: z.array(SuggestionTagSchema).min(1).nullable().default(null) }).strict(),
    z.array(SuggestionSchema),
    'Suggest target, project and policy spans in a document by the rule engine (null tags: the three); writes nothing.',
  ),
  'suggestions.list': op(
    z.object({ docId: DocId, tags: z.array(SuggestionTagSchema).min(1).nullable().default(null) }).strict(),
    z.array(SuggestionItemSchema),
    "A document's suggestions now: the engine's and projections of accepted text, less rejected ones and those over a span of their tag (null tags: the session's).",
  ),
  'suggestions.accept': op(
    z.object({ docId: DocId, ids: z.array(SuggestionIdSchema).min(1).max(MAX_SPANS_PER_CALL) }).strict(),
    z.array(AnnotationSchema),
    'Make suggestions spans (origin rule:<id>) as one undoable change; ids no longer offered are passed over.',
  ),
  'suggestions.reject': op(
    z.object({ docId: DocId, ids: z.array(SuggestionIdSchema).min(1).max(MAX_SPANS_PER_CALL) }).strict(),
    z.object({ rejected: z.number().int().nonnegative() }),
    'Reject suggestions for good, kept in the session, as one undoable change; ids no longer offered are passed over.',
  ),

  'search.run': op(
    SearchRequestSchema,
    SearchResultSchema,
    'Find a phrase or a regular expression across documents (full-width and half-width forms alike); writes nothing.',
  ),
  'search.tagAll': op(
    z
      .object({
        tag: TagIdSchema,
        hits: z
          .array(z.object({ docId: DocId, start: Offset, end: Offset }).strict())
          .min(1)
          .max(MAX_SPANS_PER_CALL),
      })
      .strict(),
    z.array(AnnotationSchema),
    'Tag hits across documents as one undoable change; a hit already a span of the tag is left as it is. The spans made.',
  ),

  'indicators.list': op(
    Empty,
    IndicatorTableSchema,
    "The session's target spans grouped by normalised indicator, documents ordered by date; writes nothing.",
  ),
  'indicators.merge': op(
    z.object({ from: z.array(IndicatorKey).min(1).max(1000), into: IndicatorKey }).strict(),
    IndicatorTableSchema,
    'Merge indicator groups into another, kept in the session (not an undo step). The table after it.',
  ),
  'indicators.split': op(
    z.object({ key: IndicatorKey }).strict(),
    IndicatorTableSchema,
    'Take an indicator merged into another group back out into a row of its own, kept in the session (not an undo step). The table after it.',
  ),
  'indicators.rename': op(
    z.object({ key: IndicatorKey, name: z.string().max(200) }).strict(),
    IndicatorTableSchema,
    'Name an indicator group (an empty name gives it back its key), kept in the session (not an undo step). The table after it.',
  ),
  'team.status': op(Empty, TeamStatusSchema, "The open session's team: server, analyst, and how the background replication stands."),
  'team.join': op(
    TeamJoinSchema,
    TeamStatusSchema,
    'Join the open session to a team (server, database, your name); credentials go to the host, never into the session.',
  ),
  'team.leave': op(Empty, TeamStatusSchema, 'Stop replicating and forget the team of the open session (its spans stay).'),
  'team.retry': op(Empty, TeamStatusSchema, 'Start the replication afresh now, without waiting for its back-off.'),
  'team.sync': op(
    Empty,
    TeamSyncSchema,
    "One replication round with the server now, both ways; answers once what it pulled is in the session (teammates' documents, the own spans and relations from other machines, tags and relation types). The CLI's team sync.",
  ),
  'team.layers': op(
    z.object({ docId: DocId }).strict(),
    z.array(TeamLayerSchema),
    "The other analysts' spans of a document, as replicated and checked against its text, one layer per analyst.",
  ),
  'team.conflicts': op(Empty, z.array(TeamConflictSchema), 'The records with conflicting revisions, each with every version.'),
  'team.resolve': op(
    z.object({ id: z.string().min(1).max(300), rev: z.string().min(1).max(200) }).strict(),
    TeamStatusSchema,
    'Keep one version of a record in conflict (by revision); the others are dropped, here and, once replicated, everywhere.',
  ),
  'agreement.matrix': op(
    AgreementMatrixRequestSchema,
    AgreementMatrixSchema,
    'Agreement between every two analysts (F1 exact and overlap, κ, αu), per tag and overall, per document and pooled.',
  ),
  'agreement.disagreements': op(
    DisagreementsRequestSchema,
    z.array(DisagreementSchema),
    'Where two analysts differ, in document and text order, with both versions in their sentences.',
  ),
  'curation.take': op(
    CurationTakeRequestSchema,
    CurationResultSchema,
    "Copy spans of another analyst's layer into the own layer as one undoable change; an identical own span is kept, not doubled.",
  ),
  'curation.takeAgreed': op(
    CurationTakeAgreedRequestSchema,
    CurationResultSchema,
    'Copy into the own layer every span the analysts agree on (same range and tag) in a document, as one undoable change.',
  ),
} as const;

export type Contract = typeof contract;
export type Input<N extends OperationName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends OperationName> = z.output<Contract[N]['input']>;
export type Output<N extends OperationName> = z.output<Contract[N]['output']>;

/** What `window.pizhu` and the HTTP client both provide: one async function per operation. */
export type PizhuApi = { [N in OperationName]: (input: Input<N>) => Promise<Result<Output<N>>> };

export { MENU_COMMANDS, type MenuCommand } from './operationNames';

// The list in operationNames.ts (kept free of zod so the preload stays small) must name exactly these operations.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const contractMatchesNames: Exact<keyof Contract, OperationName> = true;
