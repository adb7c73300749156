import type { Analyst, Annotation } from '../../shared/model';
import type { ExportScope } from './exportScope';

/** The analyst whose layer a span is in, named as the team knows them; null for a span of no team. */
export function annotatorOf(scope: ExportScope, a: Annotation): Analyst | null {
  if (!a.annotator) return null;
  return scope.analystById.get(a.annotator) ?? { id: a.annotator, name: a.annotator };
}
