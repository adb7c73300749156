import { HeadingNode } from '@lexical/rich-text';
import { LineChunkNode } from './LineChunkNode';
import { ReadingParagraphNode } from './ReadingParagraphNode';
import { SpanMarkNode } from './SpanMarkNode';

/** Every node class the document editor uses; the app and the headless tests register the same list. */
export const EDITOR_NODES = [HeadingNode, LineChunkNode, ReadingParagraphNode, SpanMarkNode];
