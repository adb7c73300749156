import { DocumentIssuerSchema, DocumentRegionSchema } from '../../shared/model';
import type { DocumentOrigin } from '../../shared/structure/documentOrigin';

/**
 * The region and issuer an export carries for a document, those that read as
 * one (a string on one line, or null); one that does not is left out, and the
 * import finds it in the text instead.
 */
export function carriedOrigin(fields: { region?: unknown; issuer?: unknown }): Partial<DocumentOrigin> {
  const region = DocumentRegionSchema.nullable().safeParse(fields.region);
  const issuer = DocumentIssuerSchema.nullable().safeParse(fields.issuer);
  return {
    ...(fields.region !== undefined && region.success && { region: region.data }),
    ...(fields.issuer !== undefined && issuer.success && { issuer: issuer.data }),
  };
}
