import type { ImportNotice, ImportNoticeKind } from '../shared/contract';

/** How the CLI words each kind of import notice, after its count. */
const WORDING: Record<ImportNoticeKind, string> = {
  relations: 'relations not imported: they do not link two imported spans',
  events: 'events not imported: Pizhu has no events',
  attributes: 'attributes not imported: Pizhu has no attributes',
  normalizations: 'normalisations not imported: Pizhu has no normalisations',
  equivalences: 'equivalences not imported: Pizhu has no equivalences',
  notes: 'notes not imported',
  'discontinuous-spans': 'discontinuous spans not imported',
  'bad-lines': 'lines skipped as unreadable',
  'unmatched-annotations': "annotations not imported: they match no single place in the session's documents",
  'unknown-lines': 'lines of an unknown kind skipped',
  'bad-spans': 'spans skipped: their offsets do not fit the text',
  categories: 'document categories not imported',
  sources: 'sources not imported: Pizhu imports text sources whose text the project holds',
  'uncoded-selections': 'selections without a code not imported',
  cases: 'cases not imported',
  sets: 'sets not imported',
  variables: 'variables not imported',
  graphs: 'graphs not imported',
  users: 'users not imported: Pizhu does not record who made a span',
  'duplicate-annotations': 'annotations already in the session, not added again',
  'duplicate-relations': 'relations already in the session, not added again',
  'tag-labels': "tags whose labels differ from the session's",
  'decoded-with-replacement': 'characters that could not be decoded, replaced with U+FFFD',
  'control-characters': 'control characters',
  'compatibility-ideographs': 'compatibility ideographs',
};

/** One line of the `import` output for a notice: `FILE: COUNT what (detail)`. */
export function noticeLine(file: string, notice: ImportNotice): string {
  return `${file}: ${notice.count} ${WORDING[notice.kind]}${notice.detail ? ` (${notice.detail})` : ''}`;
}
