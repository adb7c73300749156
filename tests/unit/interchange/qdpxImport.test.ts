import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readInterchange } from '../../../electron/core/interchange/readInterchange';
import { PizhuError } from '../../../electron/shared/errors';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { TagSchema } from '../../../electron/shared/model';
import { buildZip, deflatedZeros, smallEntry } from '../../fixtures/hostile/zipBomb';
import { validateQde } from '../export/refiSchema';
import { noticeCounts, noticeDetail, readFromDisk } from './interchangeFixture';

const QUALCODER = join(import.meta.dirname, '..', '..', 'fixtures', 'refi', 'qualcoder.qdpx');

/** A GUID as QDA-XML wants them, made from a short name so that the tests can name them. */
const g = (name: string) => {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** Writes a project.qde to disk and checks it against the REFI-QDA schema, so a fixture is a real project. */
async function expectValid(qde: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'pizhu-qde-'));
  await writeFile(join(dir, 'project.qde'), qde);
  const lint = await validateQde(join(dir, 'project.qde'));
  expect(lint.valid, lint.output).toBe(true);
}

async function qdpx(qde: string, sources: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('project.qde', qde);
  for (const [name, content] of Object.entries(sources)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function refused(name: string, content: string | Uint8Array): Promise<string> {
  return readInterchange(name, content instanceof Uint8Array ? content : Buffer.from(content)).then(
    () => 'not refused',
    (error: Error) => error.message,
  );
}

const quotes = (read: Awaited<ReturnType<typeof readFromDisk>>) => {
  const maps = new Map(read.documents.map((d) => [d.key, new OffsetMap(d.text)]));
  const labels = new Map(read.tags.map((t) => [t.id, t.label.en]));
  return read.annotations.map((a) => [maps.get(a.docKey)!.slice(a.start, a.end), labels.get(a.tag), a.note]);
};

// 15 code points; 𠮷 and 😀 are two UTF-16 units each.
const TEXT = '𠮷野家的😀早餐；推动扩大内需。';

/** A project in the shapes MAXQDA and NVivo write, with a namespace prefix, inline text and everything Pizhu cannot carry. */
const FOREIGN = `<?xml version="1.0" encoding="utf-8"?>
<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="外来项目" origin="hand-written">
  <q:Users><q:User guid="${g('u1')}" name="Analyst A"/></q:Users>
  <q:CodeBook><q:Codes>
    <q:Code guid="${g('c1')}" name="政策工具" isCodable="false" color="#abc">
      <q:Code guid="${g('c2')}" name="供给型" isCodable="true" color="#123456"/>
    </q:Code>
    <q:Code guid="${g('c3')}" name="Goal" isCodable="true"/>
  </q:Codes></q:CodeBook>
  <q:Variables><q:Variable guid="${g('v1')}" name="Year" typeOfVariable="Integer"/></q:Variables>
  <q:Cases><q:Case guid="${g('k1')}" name="Province A"/></q:Cases>
  <q:Sources>
    <q:TextSource guid="${g('s1')}" name="报告">
      <q:PlainTextContent>${TEXT}</q:PlainTextContent>
      <q:PlainTextSelection guid="${g('p1')}" startPosition="0" endPosition="3">
        <q:Description>描述</q:Description>
        <q:Coding guid="${g('d1')}"><q:CodeRef targetGUID="${g('c2')}"/><q:NoteRef targetGUID="${g('n2')}"/></q:Coding>
        <q:NoteRef targetGUID="${g('n1')}"/>
      </q:PlainTextSelection>
      <q:PlainTextSelection guid="${g('p2')}" startPosition="4" endPosition="5">
        <q:Coding guid="${g('d2')}"><q:CodeRef targetGUID="${g('c1')}"/></q:Coding>
        <q:Coding guid="${g('d3')}"><q:CodeRef targetGUID="${g('c3')}"/></q:Coding>
        <q:Coding guid="${g('d4')}"><q:CodeRef targetGUID="${g('k1')}"/></q:Coding>
      </q:PlainTextSelection>
      <q:PlainTextSelection guid="${g('p3')}" startPosition="8" endPosition="12"><q:Description>a memo on the text</q:Description></q:PlainTextSelection>
      <q:PlainTextSelection guid="${g('p4')}" startPosition="10" endPosition="99">
        <q:Coding guid="${g('d5')}"><q:CodeRef targetGUID="${g('c3')}"/></q:Coding>
      </q:PlainTextSelection>
      <q:VariableValue><q:VariableRef targetGUID="${g('v1')}"/><q:IntegerValue>2024</q:IntegerValue></q:VariableValue>
    </q:TextSource>
    <q:TextSource guid="${g('s2')}" name="外部文本" plainTextPath="absolute://C:/data/外部.txt"/>
    <q:PictureSource guid="${g('s3')}" name="photo.png" path="internal://${g('s3')}.png">
      <q:PictureSelection guid="${g('p5')}" firstX="0" firstY="0" secondX="5" secondY="5">
        <q:Coding guid="${g('d6')}"><q:CodeRef targetGUID="${g('c3')}"/></q:Coding>
      </q:PictureSelection>
    </q:PictureSource>
    <q:AudioSource guid="${g('s4')}" name="interview.mp3" path="relative://interview.mp3"/>
  </q:Sources>
  <q:Notes>
    <q:Note guid="${g('n1')}" name="memo"><q:PlainTextContent>选段备注</q:PlainTextContent></q:Note>
    <q:Note guid="${g('n2')}" name="coding memo"><q:PlainTextContent>编码备注 &amp; more</q:PlainTextContent></q:Note>
    <q:Note guid="${g('n3')}" name="journal"><q:PlainTextContent>研究日志</q:PlainTextContent></q:Note>
  </q:Notes>
  <q:Links>
    <q:Link guid="${g('l1')}" name="supports" originGUID="${g('p1')}" targetGUID="${g('p2')}"/>
    <q:Link guid="${g('l2')}" name="supports" originGUID="${g('p2')}" targetGUID="${g('p1')}"/>
    <q:Link guid="${g('l3')}" originGUID="${g('p1')}" targetGUID="${g('s2')}"/>
  </q:Links>
  <q:Sets><q:Set guid="${g('t1')}" name="重点"><q:MemberSource targetGUID="${g('s1')}"/></q:Set></q:Sets>
  <q:Graphs><q:Graph guid="${g('r1')}" name="Map"/></q:Graphs>
  <q:Description>Project memo</q:Description>
</q:Project>
`;

describe('REFI-QDA import of a project QualCoder wrote (tests/fixtures/refi/qualcoder.qdpx)', () => {
  it('is a valid QDA-XML project', async () => {
    const zip = await JSZip.loadAsync(await readFile(QUALCODER));
    await expectValid(await zip.file('project.qde')!.async('string'));
  });

  it('reads its text sources, code tree, coded selections with their memos, astral characters counted as one', async () => {
    const read = await readFromDisk('qualcoder.qdpx', await readFile(QUALCODER));
    expect(read.kind).toBe('qdpx');
    expect(read.documents.map((d) => [d.title, d.source.format])).toEqual([
      ['政府工作报告2024.txt', 'qdpx'],
      ['note.txt', 'qdpx'],
    ]);
    expect(read.documents[0]!.text).toBe(
      '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n推动𠮷野家项目落地，支持𩸽鱼加工。',
    );
    expect(read.tags.map((t) => [t.label.zh, t.label.en, t.color])).toEqual([
      ['目标', '目标', '#F0A0A0'],
      ['Project', 'Project', '#ACE6FF'],
      ['Project › 𠮷 brand', 'Project › 𠮷 brand', '#FFD6A5'],
      ['政策工具 › 供给型 › 人才培养', '政策工具 › 供给型 › 人才培养', '#9FD3C7'],
    ]);
    for (const tag of read.tags) expect(TagSchema.safeParse(tag).success, tag.id).toBe(true);
    expect(read.tags.map((t) => t.id).slice(1, 3)).toEqual(['project', 'project-brand']);
    expect(quotes(read)).toEqual([
      ['国内生产总值增长5%左右', '目标', '约5%'],
      ['城镇新增就业1200万人以上', '目标', ''],
      ['国内生产总值', '政策工具 › 供给型 › 人才培养', 'overlaps the target'],
      ['𠮷野家项目', 'Project', '有"引号"&符号'],
      ['𠮷野家', 'Project › 𠮷 brand', ''],
      ['𩸽鱼加工', 'Project', ''],
      ['Expand domestic demand.', 'Project', 'first line'],
    ]);
    expect(read.annotations[0]!.created).toBe('2024-03-05T09:30:00Z');
  });

  it('reports what Pizhu cannot carry over: the PDF and the picture, the case, the variable, the coders, the other memos', async () => {
    const read = await readFromDisk('qualcoder.qdpx', await readFile(QUALCODER));
    expect(noticeCounts(read.notices)).toEqual({ notes: 6, sources: 2, cases: 1, variables: 1, users: 2 });
    expect(noticeDetail(read.notices, 'sources')).toBe('PDF 文件.pdf with 1 selection, picture photo.png with 1 selection');
    expect(noticeDetail(read.notices, 'notes')).toBe(
      'on codes ×2, project description, on sources, not attached to anything, on text without a code',
    );
    expect(noticeDetail(read.notices, 'users')).toBe('colin, kai');
    expect(noticeDetail(read.notices, 'cases')).toBe('中央');
    expect(noticeDetail(read.notices, 'variables')).toBe('年份');
  });

  it('gives the same tag ids each time, so that a re-import finds its spans again', async () => {
    const first = await readFromDisk('qualcoder.qdpx', await readFile(QUALCODER));
    const second = await readFromDisk('copy.qdpx', await readFile(QUALCODER));
    expect(second.tags).toEqual(first.tags);
    expect(second.annotations).toEqual(first.annotations);
  });

  it('reads a bare .qde only for the texts it holds, and says the others are in the archive', async () => {
    const zip = await JSZip.loadAsync(await readFile(QUALCODER));
    const read = await readFromDisk('project.qde', await zip.file('project.qde')!.async('uint8array'));
    expect(read.documents).toEqual([]);
    expect(read.tags).toHaveLength(4);
    expect(noticeDetail(read.notices, 'sources')).toMatch(
      /^text 政府工作报告2024\.txt with 6 selections: its text, sources\/[0-9a-f-]+\.txt, is in the \.qdpx archive: import the \.qdpx instead; /,
    );
  });
});

describe('REFI-QDA import of foreign projects', () => {
  it('is a valid QDA-XML project (the fixture)', async () => {
    await expectValid(FOREIGN);
  });

  it('reads inline texts, code paths and colours, one span per coding with the Description and Notes as its note', async () => {
    const read = await readFromDisk('foreign.qde', FOREIGN);
    expect(read.documents.map((d) => [d.key, d.title, d.text])).toEqual([[g('s1'), '报告', TEXT]]);
    expect(read.tags.map((t) => [t.label.en, t.color])).toEqual([
      ['政策工具 › 供给型', '#123456'],
      ['Goal', expect.stringMatching(/^#[0-9a-f]{6}$/)],
      // The category is no tag until a selection is coded with it; its #abc is #aabbcc.
      ['政策工具', '#aabbcc'],
    ]);
    expect(read.tags[1]!.id).toBe('goal');
    expect(quotes(read)).toEqual([
      ['𠮷野家', '政策工具 › 供给型', '描述\n选段备注\n编码备注 & more'],
      ['😀', '政策工具', ''],
      ['😀', 'Goal', ''],
    ]);
  });

  it('reads Links between coded selections as relations; reports, by kind and name, what it leaves out; a selection that does not fit its text is skipped, never cut', async () => {
    const read = await readFromDisk('foreign.qde', FOREIGN);
    expect(read.relations.map((r) => [r.type, r.from, r.to])).toEqual([
      ['supports', g('p1'), g('p2')],
      ['supports', g('p2'), g('p1')],
    ]);
    expect(read.relationTypes.map((t) => [t.id, t.label.en])).toEqual([['supports', 'supports']]);
    expect(noticeCounts(read.notices)).toEqual({
      relations: 1,
      notes: 3,
      'bad-spans': 1,
      sources: 3,
      'uncoded-selections': 1,
      cases: 1,
      sets: 1,
      variables: 1,
      graphs: 1,
      users: 1,
    });
    expect(noticeDetail(read.notices, 'relations')).toBe('unnamed: not between two coded selections of one text');
    expect(noticeDetail(read.notices, 'bad-spans')).toBe('报告: 10–99 lies outside its text (15 characters)');
    expect(noticeDetail(read.notices, 'sources')).toBe(
      'text 外部文本: its text is outside the project (absolute://C:/data/外部.txt); picture photo.png with 1 selection; audio interview.mp3',
    );
    expect(noticeDetail(read.notices, 'uncoded-selections')).toBe('报告');
    expect(noticeDetail(read.notices, 'notes')).toBe('project description, on selections without a code, not attached to anything');
    expect(noticeDetail(read.notices, 'cases')).toBe('Province A; 1 selection coded to them');
    expect(noticeDetail(read.notices, 'sets')).toBe('重点');
    expect(noticeDetail(read.notices, 'graphs')).toBe('Map');
    expect(noticeDetail(read.notices, 'variables')).toBe('Year');
    expect(noticeDetail(read.notices, 'users')).toBe('Analyst A');
  });

  it('recognises a REFI-QDA project by its content: a .zip holding project.qde, texts in Sources/ as NVivo names the folder', async () => {
    const qde = FOREIGN.replace(
      `<q:TextSource guid="${g('s2')}" name="外部文本" plainTextPath="absolute://C:/data/外部.txt"/>`,
      `<q:TextSource guid="${g('s2')}" name="内部文本" plainTextPath="internal://${g('s2')}.txt"/>`,
    );
    await expectValid(qde);
    const read = await readFromDisk('export.zip', await qdpx(qde, { [`Sources/${g('s2')}.txt`]: '\ufeff第二篇' }));
    expect(read.kind).toBe('qdpx');
    // UTF-8 as the standard says; QualCoder writes a BOM, which is not part of the text.
    expect(read.documents.map((d) => [d.title, d.text])).toEqual([
      ['报告', TEXT],
      ['内部文本', '第二篇'],
    ]);
  });

  it('takes a project of codes alone (how ATLAS.ti sends a code book) as its tags', async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="codes"><CodeBook><Codes><Code guid="${g('c1')}" name="Commits" isCodable="true"><Code guid="${g('c2')}" name="2022-05-10T02:05:59Z 19e4dce" isCodable="true"/></Code></Codes></CodeBook></Project>`;
    await expectValid(qde);
    const read = await readFromDisk('codes.qdpx', await qdpx(qde));
    expect(read.documents).toEqual([]);
    expect(read.tags.map((t) => [t.id, t.label.zh])).toEqual([
      ['commits', 'Commits'],
      ['commits-2022-05-10t02-05-59z-19e', 'Commits › 2022-05-10T02:05:59Z 19e4dce'],
    ]);
  });

  it('keeps a deep path within a label, the names nearest the code kept', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `层级名称第${i + 1}级`);
    const nested = names.reduceRight((inner, name, i) => `<Code guid="${g(`c${i}`)}" name="${name}" isCodable="true">${inner}</Code>`, '');
    const read = await readFromDisk(
      'deep.qde',
      `<Project xmlns="urn:QDA-XML:project:1.0" name="d"><CodeBook><Codes>${nested}</Codes></CodeBook></Project>`,
    );
    const deepest = read.tags[read.tags.length - 1]!.label.zh;
    expect(Array.from(deepest).length).toBeLessThanOrEqual(100);
    expect(deepest.startsWith('… › ')).toBe(true);
    expect(deepest.endsWith('层级名称第11级 › 层级名称第12级')).toBe(true);
  });
});

describe('REFI-QDA import refuses a broken or hostile file with a message naming it, never a crash', () => {
  const project = (body: string) => `<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p">${body}</Project>`;
  const source = (selection: string) =>
    project(
      `<CodeBook><Codes><Code guid="${g('c1')}" name="A" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${g('s1')}" name="doc"><PlainTextContent>abc</PlainTextContent>${selection}</TextSource></Sources>`,
    );

  it('refuses a DOCTYPE, and so any entity expansion', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${project('<Description>&b;</Description>')}`;
    expect(await refused('laughs.qde', laughs)).toBe('laughs.qde: declares a DOCTYPE, which QDA-XML does not use');
  });

  it('refuses entities XML does not define, and malformed XML with its line', async () => {
    expect(await refused('nbsp.qde', project('<Description>a&nbsp;b</Description>'))).toBe(
      'nbsp.qde: uses the entity &nbsp; which XML does not define without a DTD',
    );
    expect(
      await refused('broken.qde', `<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="p">\n<Sources></Project>`),
    ).toMatch(/^broken\.qde: is not well-formed XML \(line 3: /);
    expect(await refused('ctrl.qde', project('<Description>&#1;</Description>'))).toBe(
      'ctrl.qde: is not well-formed XML (&#1; is not a character XML allows)',
    );
  });

  it('decodes character references once: &amp;#65; is the text "&#65;"', async () => {
    const read = await readFromDisk(
      'refs.qde',
      project(
        `<Sources><TextSource guid="${g('s1')}" name="t&#x20BB7;"><PlainTextContent>&#x20BB7;&amp;#65;&#13;&lt;</PlainTextContent></TextSource></Sources>`,
      ),
    );
    expect(read.documents.map((d) => [d.title, d.text])).toEqual([['t𠮷', '𠮷&#65;\r<']]);
  });

  it('refuses nesting deeper than the reader walks', async () => {
    const deep = '<Code guid="' + g('c1') + '" name="x" isCodable="true">';
    expect(await refused('deep.qde', project(`<CodeBook><Codes>${deep.repeat(200)}${'</Code>'.repeat(200)}</Codes></CodeBook>`))).toBe(
      'deep.qde: nests elements more than 100 deep',
    );
  });

  it('refuses what is not a REFI-QDA project: another XML, a .qdpx that is no zip or holds no project.qde', async () => {
    expect(await refused('other.qde', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>')).toBe(
      'other.qde: is not a REFI-QDA project: its root element is <CodeBook> in urn:QDA-XML:codebook:1.0, not <Project> in urn:QDA-XML:project:1.0',
    );
    expect(await refused('plain.qdpx', 'not a zip')).toBe('plain.qdpx: is not a valid zip file');
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect(await refused('empty.qdpx', await zip.generateAsync({ type: 'uint8array' }))).toBe(
      'empty.qdpx: holds no project.qde, so it is not a REFI-QDA project',
    );
    expect(await refused('nothing.qde', project(''))).toBe('nothing.qde: holds neither a text source nor a code Pizhu can import');
  });

  it('refuses a coding of no code, a source twice, a text in the archive that is not UTF-8', async () => {
    const coding = (target: string) =>
      `<PlainTextSelection guid="${g('p1')}" startPosition="0" endPosition="1"><Coding guid="${g('d1')}"><CodeRef targetGUID="${target}"/></Coding></PlainTextSelection>`;
    expect(await refused('ref.qde', source(coding(g('ff'))))).toBe(
      `ref.qde: a coding in "doc" refers to code ${g('ff')}, which the code book does not hold`,
    );
    const twice = project(
      `<Sources><TextSource guid="${g('s1')}" name="a"><PlainTextContent>a</PlainTextContent></TextSource><TextSource guid="${g('s1')}" name="b"><PlainTextContent>b</PlainTextContent></TextSource></Sources>`,
    );
    expect(await refused('twice.qde', twice)).toBe(`twice.qde: source ${g('s1')} appears twice`);
    const latin = project(`<Sources><TextSource guid="${g('s1')}" name="a" plainTextPath="internal://a.txt"/></Sources>`);
    expect(await refused('latin.qdpx', await qdpx(latin, { 'sources/a.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }))).toBe(
      'latin.qdpx/sources/a.txt: is not valid UTF-8 text',
    );
  });

  it('skips and names selections whose positions are not whole numbers or run past the text', async () => {
    const sel = (s: string, e: string) =>
      `<PlainTextSelection guid="${g('p1')}" startPosition="${s}" endPosition="${e}"><Coding guid="${g('d1')}"><CodeRef targetGUID="${g('c1')}"/></Coding></PlainTextSelection>`;
    const read = await readFromDisk('pos.qde', source(sel('2', '1') + sel('0', 'x') + sel('0', '4') + sel('1', '3')));
    expect(read.annotations.map((a) => [a.start, a.end])).toEqual([[1, 3]]);
    expect(noticeDetail(read.notices, 'bad-spans')).toBe(
      'doc: 2–1 lies outside its text (3 characters); doc: offsets that are not whole numbers (0, x); doc: 0–4 lies outside its text (3 characters)',
    );
  });

  it('unpacks a .qdpx within the zip budget: a project.qde claiming or inflating to too much is refused', async () => {
    const claims = buildZip([{ ...smallEntry('project.qde', project('')), claimedSize: 300 * 2 ** 20 }]);
    expect(await refused('claims.qdpx', claims)).toMatch(
      /^claims\.qdpx: it would unpack to \d+ MB, more than the limit of 256 MB \(a zip bomb\?\)$/,
    );
    const zeros = await deflatedZeros(300 * 2 ** 20);
    const lies = buildZip([{ name: 'project.qde', deflated: zeros.deflated, crc: zeros.crc, claimedSize: 1000 }]);
    expect(await refused('lies.qdpx', lies)).toBe(
      'lies.qdpx: project.qde makes the zip unpack to more than the limit of 256 MB (a zip bomb?)',
    );
  });

  it('reads a cut or altered project, or refuses it by name: never another error', async () => {
    const readOrRefuse = async (name: string, bytes: Uint8Array) => {
      try {
        await readInterchange(name, bytes);
      } catch (error) {
        expect(error, String(error)).toBeInstanceOf(PizhuError);
        expect((error as PizhuError).code).toBe('BAD_FILE');
        expect((error as Error).message.startsWith(`${name}`)).toBe(true);
      }
    };
    const qde = Buffer.from(FOREIGN);
    const zip = await JSZip.loadAsync(await readFile(QUALCODER));
    const archiveQde = Buffer.from(await zip.file('project.qde')!.async('uint8array'));
    await fc.assert(
      fc.asyncProperty(fc.nat(qde.length), fc.nat(qde.length), fc.integer({ min: 0, max: 255 }), async (cut, at, byte) => {
        const altered = Buffer.from(qde.subarray(0, Math.max(cut, 1)));
        if (at < altered.length) altered[at] = byte;
        await readOrRefuse('altered.qde', altered);
        const project = Buffer.from(archiveQde);
        project[at % project.length] = byte;
        zip.file('project.qde', project);
        await readOrRefuse('altered.qdpx', await zip.generateAsync({ type: 'uint8array' }));
      }),
      { numRuns: 150 },
    );
  });
});
