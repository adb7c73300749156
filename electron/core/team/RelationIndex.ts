import { RecordIndex } from './RecordIndex';
import { TeamRelationSchema, type TeamRelation } from './teamRecords';

/** The replica's relation records by document (see RecordIndex). */
export class RelationIndex extends RecordIndex<TeamRelation> {
  constructor(relations: readonly TeamRelation[]) {
    super('rel', TeamRelationSchema, relations);
  }
}
