import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSpans } from '../../../electron/core/export/exportSpans';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { ExportRequestSchema } from '../../../electron/shared/contract';
import { buildSnapshot } from './exportFixture';
import { fieldSnapshot } from './fieldsFixture';
import { sharedPath } from '../../sharedDir';

const ROOT = sharedPath('validators', 'w3c', 'web-annotation-tests');

/** The 'must' assertion schemas a .test file lists, compiled against the shared definitions as validate_wa.py does. */
function mustAssertions(test: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of readdirSync(join(ROOT, 'definitions'))) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'definitions', f), 'utf8'));
    ajv.addSchema(schema, schema.id ?? f);
  }
  const { assertions } = JSON.parse(readFileSync(join(ROOT, test), 'utf8')) as { assertions: unknown[] };
  return assertions
    .filter((a): a is string => typeof a === 'string')
    .map((path) => {
      const schema = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
      return {
        path,
        must: (schema.assertionType ?? 'must') === 'must',
        expected: (schema.expectedResult ?? 'valid') === 'valid',
        validate: ajv.compile(schema),
      };
    })
    .filter((a) => a.must);
}

async function exported() {
  const snapshot = buildSnapshot();
  const file = await exportSpans(snapshot, ExportRequestSchema.parse({ format: 'w3c' }));
  return { snapshot, collection: JSON.parse(Buffer.from(file.bytes).toString('utf8')) };
}

describe('W3C export', () => {
  it('passes every MUST assertion for every annotation', async () => {
    const { snapshot, collection } = await exported();
    const items = collection.first.items as unknown[];
    expect(items).toHaveLength(snapshot.annotations.length);
    const assertions = mustAssertions('annotations/annotationMusts.test');
    expect(assertions.length).toBeGreaterThan(40);
    for (const item of items) {
      for (const a of assertions) expect({ path: a.path, ok: a.validate(item) === a.expected }).toEqual({ path: a.path, ok: true });
    }
    // The same checks do catch a broken annotation: a creation time that is not a date-time, and body with bodyValue.
    const broken = { ...(items[0] as object), created: 'yesterday', bodyValue: 'x' };
    expect(assertions.filter((a) => a.validate(broken) !== a.expected).map((a) => a.path)).toEqual([
      'annotations/3.2.5-notBodyBodyValue.json',
      'annotations/3.3.1-annotationCreatedValidated.json',
    ]);
  });

  it('passes every MUST assertion with the describing bodies of clause paths and target values', async () => {
    const file = await exportSpans(fieldSnapshot(), ExportRequestSchema.parse({ format: 'w3c' }));
    const items = JSON.parse(Buffer.from(file.bytes).toString('utf8')).first.items as Array<{ body: Array<{ purpose: string }> }>;
    expect(items.map((i) => i.body.filter((b) => b.purpose === 'describing').length)).toEqual([2, 2, 1]);
    const assertions = mustAssertions('annotations/annotationMusts.test');
    for (const item of items) {
      for (const a of assertions) expect({ path: a.path, ok: a.validate(item) === a.expected }).toEqual({ path: a.path, ok: true });
    }
  });

  it('passes every MUST assertion for the collection and its page', async () => {
    const { collection } = await exported();
    for (const a of mustAssertions('collections/collectionMusts.test'))
      expect({ path: a.path, ok: a.validate(collection) === a.expected }).toEqual({ path: a.path, ok: true });
    for (const a of mustAssertions('collections/pages/pageMusts.test'))
      expect({ path: a.path, ok: a.validate(collection.first) === a.expected }).toEqual({ path: a.path, ok: true });
  });

  it('selects each span by quote and by code-point position, with 32 code points of context', async () => {
    const { collection } = await exported();
    const docs = new Map((collection['pizhu:documents'] as Array<{ id: string; text: string }>).map((d) => [d.id, new OffsetMap(d.text)]));
    for (const item of collection.first.items) {
      const map = docs.get(item.target.source)!;
      expect(item.target.source).toMatch(/^urn:pizhu:doc:[0-9a-f]{64}$/);
      const [quote, position] = item.target.selector;
      expect(quote.exact).toBe(map.slice(position.start, position.end));
      expect(quote.prefix).toBe(map.slice(Math.max(0, position.start - 32), position.start));
      expect(quote.suffix).toBe(map.slice(position.end, position.end + 32));
      expect(item.body[0]).toMatchObject({ type: 'TextualBody', purpose: 'tagging' });
    }
  });
});
