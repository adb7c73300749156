import type { Annotation } from '../../shared/model';
import type { CoreContext } from './CoreContext';

/** A new span in the layer of the analyst named in the settings; a span made before anyone was named stays in no one's. */
export function stamped(ctx: CoreContext, span: Annotation): Annotation {
  const analyst = ctx.settings.data.analyst;
  return analyst ? { ...span, annotator: analyst.id } : span;
}
