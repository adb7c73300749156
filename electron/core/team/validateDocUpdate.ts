/**
 * The design document `team init` puts on the server. CouchDB runs `validate_doc_update` on every write, so an
 * analyst (a server user named by their analyst id) can write only their own spans and relations; admins can
 * write anything. Kept as source text because CouchDB takes JavaScript, not a function object.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var kind = newDoc._id.split(':')[0];
  var what = kind === 'span' ? 'spans' : kind === 'rel' ? 'relations' : null;
  if (!what) return;
  var owner = newDoc._id.split(':')[1];
  if (owner !== userCtx.name) throw { forbidden: 'the ' + what + ' of ' + owner + ' are written by ' + owner + ' only' };
  if (!newDoc._deleted && (!newDoc.annotator || newDoc.annotator.id !== owner)) {
    throw { forbidden: kind === 'span' ? 'a span names its own analyst' : 'a relation names its own analyst' };
  }
}`;

export const DESIGN_DOCUMENT_ID = '_design/pizhu';

export const designDocument = () => ({ _id: DESIGN_DOCUMENT_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE });
