import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { LexicalEditor } from 'lexical';
import { useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { OffsetMap } from '../../../../electron/shared/codePoints';
import type { Relation, RelationType, Tag } from '../../../../electron/shared/model';
import type { SuggestionItem } from '../../../../electron/shared/suggest/suggestionItem';
import type { TeamLayer } from '../../../../electron/shared/team/teamApi';
import { lineIndexAt, type Line, type SpanRange } from '../segments';
import type { TextRange } from '../trimRange';
import type { WordBoundaries } from '../wordBoundaries';
import { EDITOR_NODES } from './nodes/documentNodes';
import { paletteStyle } from './paint';
import { ActiveSpanPlugin } from './plugins/ActiveSpanPlugin';
import { CaretKeysPlugin } from './plugins/CaretKeysPlugin';
import { ContextMenuPlugin } from './plugins/ContextMenuPlugin';
import { FindHighlightsPlugin } from './plugins/FindHighlightsPlugin';
import { FragmentSelectPlugin } from './plugins/FragmentSelectPlugin';
import { LinkTargetPlugin } from './plugins/LinkTargetPlugin';
import { LineWindowPlugin } from './plugins/LineWindowPlugin';
import { MarkClickPlugin } from './plugins/MarkClickPlugin';
import { MarkSyncPlugin } from './plugins/MarkSyncPlugin';
import { RelationArcsPlugin } from './plugins/RelationArcsPlugin';
import { RevealOffsetPlugin } from './plugins/RevealOffsetPlugin';
import { RootNormalizePlugin } from './plugins/RootNormalizePlugin';
import { ScrollRestorePlugin } from './plugins/ScrollRestorePlugin';
import { SpanRangePlugin } from './plugins/SpanRangePlugin';
import { SuggestionsPlugin } from './plugins/SuggestionsPlugin';
import { LayersPlugin } from './plugins/LayersPlugin';
import { DOCUMENT_THEME } from './theme';

export interface DocumentViewProps {
  /** The editor, for the workspace to send commands (commands.ts) and read the selection (domRanges.ts). */
  editorRef: RefObject<LexicalEditor | null>;
  map: OffsetMap;
  lines: readonly Line[];
  spans: readonly SpanRange[];
  /** The tags' colours, applied as custom properties that the marks refer to. */
  tags: readonly Tag[];
  /** The span the popover edits: outlined, with handles on its edges. */
  active: { id: string; start: number; end: number; tag: string } | null;
  /** The suggestions drawn over the text (none when they are hidden), and the current one, drawn stronger and kept in view. */
  suggestions: readonly SuggestionItem[];
  currentSuggestionId: string | null;
  /** Other analysts' layers shown over the text, read-only (LayersPlugin). */
  layers: readonly TeamLayer[];
  /** The word boundaries span edges snap to, or null to move them by characters. */
  words: WordBoundaries | null;
  label: string;
  /** Where the reader was, as a fraction of the text (ScrollRestorePlugin). */
  initialScroll: number;
  onScroll: (fraction: number) => void;
  onMarkClick: (ids: string[], anchor: DOMRect) => void;
  onContextMenu: (range: TextRange, x: number, y: number) => void;
  onResize: (id: string, range: TextRange) => void;
  /** Shown under the text, outside the editor (the document's source). */
  footer?: ReactNode;
  /** The document's relations and the session's relation types, for the arcs of `arcsFor` (RelationArcsPlugin). */
  relations: readonly Relation[];
  relationTypes: readonly RelationType[];
  arcsFor: string | null;
  /** A link being made: the span it would go to is outlined and an arc drawn to it. */
  linkTarget: { to: string; type: string } | null;
  /** The span a selection is added to as a fragment (always when `armed`, else with Ctrl held), and the call when one is let go. */
  fragment: { spanId: string | null; armed: boolean; onSelect: () => void };
}

/**
 * The document in a read-only Lexical editor, one plugin per behaviour
 * (editor/plugins). The text is never editable (contenteditable=false), so
 * typing and pasting cannot change it; the marks are a view of the stored
 * spans, which the editor never owns.
 */
export function DocumentView(props: DocumentViewProps) {
  const { editorRef, map, lines, spans, tags, active, words, label, initialScroll, footer } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const palette = useMemo(() => paletteStyle(tags), [tags]);
  // Read once, as ScrollRestorePlugin and MarkSyncPlugin read it: where the reader starts.
  const [startLine] = useState(() => lineIndexAt(lines, Math.floor(initialScroll * map.length)));
  const initialConfig = useMemo(
    () => ({
      namespace: 'pizhu-document',
      nodes: EDITOR_NODES,
      editable: false,
      theme: DOCUMENT_THEME,
      onError: (error: Error) => {
        throw error;
      },
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="ws-doc-scroll" ref={scroller}>
        <article className="ws-doc">
          <div className="ws-doc-body" style={palette}>
            <ContentEditable className="ws-doc-text" aria-label={label} aria-multiline tabIndex={0} />
            <LayersPlugin map={map} lines={lines} layers={props.layers} />
            <SpanRangePlugin map={map} lines={lines} span={active} words={words} onResize={props.onResize} />
            <RelationArcsPlugin
              focusId={props.arcsFor}
              relations={props.relations}
              types={props.relationTypes}
              pending={props.linkTarget}
            />
          </div>
          {footer}
        </article>
      </div>
      <EditorRefPlugin editorRef={editorRef} />
      <RootNormalizePlugin />
      <MarkSyncPlugin map={map} lines={lines} spans={spans} initialScroll={initialScroll} />
      <ScrollRestorePlugin map={map} lines={lines} scroller={scroller} initialScroll={initialScroll} onScroll={props.onScroll} />
      <LineWindowPlugin scroller={scroller} startLine={startLine} />
      <ActiveSpanPlugin activeId={active?.id ?? null} />
      <RevealOffsetPlugin map={map} lines={lines} />
      <FindHighlightsPlugin map={map} lines={lines} />
      <SuggestionsPlugin map={map} lines={lines} suggestions={props.suggestions} currentId={props.currentSuggestionId} />
      <CaretKeysPlugin map={map} lines={lines} />
      <MarkClickPlugin onMarkClick={props.onMarkClick} />
      <LinkTargetPlugin targetId={props.linkTarget?.to ?? null} />
      <FragmentSelectPlugin spanId={props.fragment.spanId} armed={props.fragment.armed} onSelect={props.fragment.onSelect} />
      <ContextMenuPlugin map={map} lines={lines} onContextMenu={props.onContextMenu} />
    </LexicalComposer>
  );
}
