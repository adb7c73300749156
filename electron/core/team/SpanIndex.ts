import { RecordIndex } from './RecordIndex';
import { TeamSpanSchema, type TeamSpan } from './teamRecords';

/** The replica's span records by document (see RecordIndex). */
export class SpanIndex extends RecordIndex<TeamSpan> {
  constructor(spans: readonly TeamSpan[]) {
    super('span', TeamSpanSchema, spans);
  }
}
