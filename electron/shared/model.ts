import { z } from 'zod';
import { DocumentDateSchema } from './structure/documentDate';
import { TargetValueSchema } from './values/valueSchema';

/**
 * The data model of a Pizhu session. Every offset in it counts Unicode code
 * points (one per character, whatever its UTF-16 length), as the CLI and all
 * exports do; the renderer converts to UTF-16 only at the editor's edge.
 */

export const LanguageSchema = z.enum(['zh', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * Whether `id` names a property every plain object inherits ("constructor",
 * "__proto__", …): such an id used as a key of `{}` reads or writes the
 * prototype instead of the entry, so no id may be one.
 */
export function isPrototypeName(id: string): boolean {
  return Object.hasOwn(Object.prototype, id);
}

export const TAG_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;
export const TagIdSchema = z
  .string()
  .regex(TAG_ID_PATTERN, 'a tag id is 1–40 lowercase letters, digits, - or _')
  .refine((id) => !isPrototypeName(id), 'a tag id cannot be the name of a built-in object property');

/**
 * Document and span ids as the core makes them: `d_` or `a_` and base64url.
 * A document id names its files in the session folder: the grammar leaves
 * no room for a slash, a backslash or a dot, so an id can never be a path.
 */
export const DOCUMENT_ID_PATTERN = /^d_[A-Za-z0-9_-]{1,64}$/;
export const ANNOTATION_ID_PATTERN = /^a_[A-Za-z0-9_-]{1,64}$/;
export const RELATION_ID_PATTERN = /^r_[A-Za-z0-9_-]{1,64}$/;
export const DocumentIdSchema = z.string().regex(DOCUMENT_ID_PATTERN, 'a document id is d_ followed by 1–64 letters, digits, - or _');
export const AnnotationIdSchema = z.string().regex(ANNOTATION_ID_PATTERN, 'a span id is a_ followed by 1–64 letters, digits, - or _');
export const RelationIdSchema = z.string().regex(RELATION_ID_PATTERN, 'a relation id is r_ followed by 1–64 letters, digits, - or _');

export const TagLabelSchema = z.object({
  zh: z.string().trim().min(1).max(100),
  en: z.string().trim().min(1).max(100),
});

export const TagSchema = z.object({
  id: TagIdSchema,
  label: TagLabelSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #RRGGBB'),
  /** One printable character pressed without modifiers, or null. */
  hotkey: z.string().length(1).nullable(),
});
export type Tag = z.infer<typeof TagSchema>;

/** A kind of link between two spans, part of the session's schema as tags are; `pairs`, when given, are the only (from tag, to tag) pairs it may join. */
export const RelationTypeSchema = z.object({
  id: TagIdSchema,
  label: TagLabelSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #RRGGBB'),
  pairs: z.array(z.object({ from: TagIdSchema, to: TagIdSchema })).optional(),
});
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const HeadingSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** 1 = headline, 2 = subheading or section, 3+ = deeper numbered clauses. */
  level: z.number().int().min(1).max(6),
});
export type Heading = z.infer<typeof HeadingSchema>;

export const DocumentFormatSchema = z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'json', 'jsonl', 'brat', 'w3c', 'qdpx']);
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>;

export const DocumentSourceSchema = z.object({
  fileName: z.string(),
  format: DocumentFormatSchema,
  /** The encoding the bytes were decoded from, e.g. 'UTF-8', 'GB18030'; null where the format fixes it. */
  encoding: z.string().nullable(),
  importedAt: z.string(),
  /** Whether the newspaper clean-up ran on this document. */
  cleanup: z.boolean(),
  subtitle: z.string().optional(),
  dateline: z.string().optional(),
  byline: z.string().optional(),
  /** Photo captions taken out of the body by the clean-up. */
  captions: z.array(z.string()).default([]),
});
export type DocumentSource = z.infer<typeof DocumentSourceSchema>;

/** A document's region or issuer as written, on one line. */
export const DocumentRegionSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\r\n]*$/, 'one line');
export const DocumentIssuerSchema = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .regex(/^[^\r\n]*$/, 'one line');

/**
 * A document as stored. `text` holds one paragraph or heading per line,
 * separated by '\n'; `headings` marks which lines are headings.
 */
export const DocumentRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  headings: z.array(HeadingSchema).default([]),
  /** SHA-256 of `text`, hex: how a re-import of the same content is recognised. */
  hash: z.string(),
  source: DocumentSourceSchema,
  /** The decoded text before clean-up, kept for provenance. */
  original: z.string().optional(),
  /** The document's date: found in its dateline or title on import, or set by hand; absent in sessions from before it existed. */
  date: DocumentDateSchema.nullable().optional(),
  /** The administrative region the document is of ('青岛市', '安徽省'): found in its title or issuer on import, or set by hand; null: none; absent in sessions from before it existed. */
  region: DocumentRegionSchema.nullable().optional(),
  /** The body that issued it (发文机关, '国务院', '安徽省人民政府办公厅'): found on import or set by hand, as `region`. */
  issuer: DocumentIssuerSchema.nullable().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Length of the text in code points. */
  length: z.number().int().nonnegative(),
  hash: z.string(),
  source: DocumentSourceSchema,
  /** Span counts by tag id. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  date: DocumentDateSchema.nullable().optional(),
  region: DocumentRegionSchema.nullable().optional(),
  issuer: DocumentIssuerSchema.nullable().optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** One piece of a discontinuous span, in code points. */
export const FragmentSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Fragment = z.infer<typeof FragmentSchema>;

/** How `quote` joins the pieces of a discontinuous span. */
export const FRAGMENT_QUOTE_JOINER = ' … ';

export const AnnotationSchema = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The text between start and end, always equal to the document's text there. */
  quote: z.string(),
  tag: TagIdSchema,
  note: z.string(),
  created: z.string(),
  modified: z.string(),
  /** The clause path of the span's start, outermost heading first (一、… › （一）… › …). */
  section: z.array(z.string()).optional(),
  /** A target's parsed value; null where the quote holds no quantity the parser reads. Only on `target` spans. */
  value: TargetValueSchema.nullable().optional(),
  /** Where the span came from when not drawn by hand: `rule:<id>` for an accepted suggestion. */
  origin: z.string().optional(),
  /**
   * The pieces of a discontinuous span, ordered and not overlapping, at least two; `start`/`end` are then
   * the outer bounds (for readers that know no fragments) and `quote` the pieces' texts joined by FRAGMENT_QUOTE_JOINER.
   * Absent on an ordinary span.
   */
  fragments: z.array(FragmentSchema).min(2).optional(),
  /** The id of the analyst whose layer the span is in (AnalystSchema); absent in a session of one analyst. */
  annotator: z.string().optional(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** A directed link between two spans of one document. */
export const RelationSchema = z.object({
  id: z.string().min(1),
  docId: z.string().min(1),
  type: TagIdSchema,
  from: z.string().min(1),
  to: z.string().min(1),
  note: z.string(),
  created: z.string(),
  modified: z.string(),
  /** As on a span. */
  annotator: z.string().optional(),
});
export type Relation = z.infer<typeof RelationSchema>;

export const PanelFilterSchema = z.object({
  /** Tag ids shown; empty means all. */
  tags: z.array(z.string()).default([]),
  query: z.string().default(''),
  groupByTag: z.boolean().default(false),
  /** Fold spans of one tag with the same quote into one row; absent in sessions from before it existed. */
  groupQuotes: z.boolean().optional(),
  /** Group the rows under the outermost heading of their clause path (`top`) or under the whole path (`path`); absent: not grouped by section. */
  groupBySection: z.enum(['top', 'path']).optional(),
  /** Show only the spans of one document's section: those whose clause path starts with `path`. Other documents' spans are not filtered by it. */
  section: z.object({ docId: z.string().min(1), path: z.array(z.string()).min(1) }).optional(),
});
export type PanelFilter = z.infer<typeof PanelFilterSchema>;

/** One side panel of the window: its width in CSS pixels while open, and whether it is folded to a rail. */
export const SidePanelStateSchema = z.object({
  width: z.number().int().min(120).max(1200),
  collapsed: z.boolean(),
});
export type SidePanelState = z.infer<typeof SidePanelStateSchema>;

/** The side panels: the document list on the left, the annotation panel on the right. */
export const PanelLayoutSchema = z.object({
  documents: SidePanelStateSchema,
  annotations: SidePanelStateSchema,
});
export type PanelLayout = z.infer<typeof PanelLayoutSchema>;

/** What the document list is ordered by, and which way. */
export const DocumentSortSchema = z.object({
  key: z.enum(['imported', 'title', 'date', 'region', 'issuer']),
  descending: z.boolean(),
});
export type DocumentSort = z.infer<typeof DocumentSortSchema>;

export const ViewStateSchema = z.object({
  openDocId: z.string().nullable().default(null),
  /** Where each document was read: the fraction of its text (in code points) at the top of the view, in [0, 1]. */
  scroll: z.record(z.string(), z.number().min(0).max(1)).default({}),
  filter: PanelFilterSchema.default({ tags: [], query: '', groupByTag: false }),
  /** Absent until the panels are first resized or folded: the renderer's defaults hold. */
  layout: PanelLayoutSchema.optional(),
  /** The outline under the document list: whether it is shown, and the headings folded in each document, by the code-point offset where each starts. Absent until first changed. */
  outline: z
    .object({
      open: z.boolean(),
      folded: z.record(z.string(), z.array(z.number().int().nonnegative())),
    })
    .optional(),
  /** Whether the document shows the rule engine's suggestions; absent: it does. */
  showSuggestions: z.boolean().optional(),
  /** The order of the document list; absent: as imported. */
  documentSort: DocumentSortSchema.optional(),
  /** The analysts (by id) whose layers the document view hides; absent: every layer is shown. */
  hiddenLayers: z.array(z.string()).optional(),
});
export type ViewState = z.infer<typeof ViewStateSchema>;

export const RecentSessionSchema = z.object({
  path: z.string(),
  name: z.string(),
  documents: z.number().int().nonnegative(),
  spans: z.number().int().nonnegative(),
  lastOpened: z.string(),
});
export type RecentSession = z.infer<typeof RecentSessionSchema>;

export const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

/** How wide the reading column may grow: about 32, 39 or 48 characters of the reading font. */
export const TextWidthSchema = z.enum(['narrow', 'medium', 'wide']);
export type TextWidth = z.infer<typeof TextWidthSchema>;

/** An analyst of a team: the id is stable and is the name the team's server knows them by; the name is what others see. */
export const AnalystSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, . _ - (up to 64)'),
  name: z.string().min(1).max(200),
});
export type Analyst = z.infer<typeof AnalystSchema>;

export const SettingsSchema = z.object({
  /** null: follow the system locale. */
  language: LanguageSchema.nullable().default(null),
  /** Whether new and resized spans snap to word boundaries; off, spans keep exactly the characters chosen. */
  snapToWords: z.boolean().default(false),
  textWidth: TextWidthSchema.default('medium'),
  recent: z.array(RecentSessionSchema).default([]),
  windowBounds: WindowBoundsSchema.nullable().default(null),
  /** Who this user is in a team; asked once, on joining one. */
  analyst: AnalystSchema.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;
