import { describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from '../../../electron/core/team/validateDocUpdate';

type Validate = (newDoc: Record<string, unknown>, oldDoc: unknown, userCtx: { name: string | null; roles: string[] }) => void;
// CouchDB evaluates the source as one function expression; so does this test.
const validate = new Function(`return (${VALIDATE_DOC_UPDATE});`)() as Validate;
const span = (owner: string, annotator = owner) => ({
  _id: `span:${owner}:s1`,
  type: 'span',
  annotator: { id: annotator, name: annotator },
});
const relation = (owner: string, annotator = owner) => ({
  _id: `rel:${owner}:r_1`,
  type: 'relation',
  annotator: { id: annotator, name: annotator },
});
const refusal = (run: () => void): unknown => {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
};

describe('the server-side guard (validate_doc_update of _design/pizhu)', () => {
  const li = { name: 'li', roles: [] };

  it('lets an analyst write and delete their own spans, and documents and tags', () => {
    expect(refusal(() => validate(span('li'), null, li))).toBeNull();
    expect(refusal(() => validate({ _id: 'span:li:s1', _deleted: true }, span('li'), li))).toBeNull();
    expect(refusal(() => validate({ _id: 'doc:abc', type: 'document' }, null, li))).toBeNull();
    expect(refusal(() => validate({ _id: 'tag:target', type: 'tag' }, null, li))).toBeNull();
  });

  it("refuses another analyst's spans, a deletion of them, and a span that names someone else", () => {
    expect(refusal(() => validate(span('wang'), null, li))).toEqual({ forbidden: 'the spans of wang are written by wang only' });
    expect(refusal(() => validate({ _id: 'span:wang:s1', _deleted: true }, span('wang'), li))).toMatchObject({
      forbidden: expect.any(String),
    });
    expect(refusal(() => validate(span('li', 'wang'), null, li))).toEqual({ forbidden: 'a span names its own analyst' });
  });

  it("lets an analyst write and delete their own relations, and relation types; refuses another analyst's", () => {
    expect(refusal(() => validate(relation('li'), null, li))).toBeNull();
    expect(refusal(() => validate({ _id: 'rel:li:r_1', _deleted: true }, relation('li'), li))).toBeNull();
    expect(refusal(() => validate({ _id: 'reltype:serves', type: 'relationType' }, null, li))).toBeNull();
    expect(refusal(() => validate(relation('wang'), null, li))).toEqual({ forbidden: 'the relations of wang are written by wang only' });
    expect(refusal(() => validate({ _id: 'rel:wang:r_1', _deleted: true }, relation('wang'), li))).toMatchObject({
      forbidden: expect.any(String),
    });
    expect(refusal(() => validate(relation('li', 'wang'), null, li))).toEqual({ forbidden: 'a relation names its own analyst' });
  });

  it('lets an admin write anything', () => {
    expect(refusal(() => validate(span('wang'), null, { name: 'admin', roles: ['_admin'] }))).toBeNull();
  });
});
