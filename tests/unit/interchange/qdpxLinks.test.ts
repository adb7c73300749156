import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../../../electron/shared/codePoints';
import { validateQde } from '../export/refiSchema';
import { noticeCounts, noticeDetail, readFromDisk } from './interchangeFixture';

const g = (name: string) => {
  const hex = createHash('md5').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

// 16 code points; 𠮷 is two UTF-16 units.
const TEXT = '𠮷野家项目服务于扩大内需目标。';

const selection = (name: string, start: number, end: number, code: string, inner = '') =>
  `<PlainTextSelection guid="${g(name)}" startPosition="${start}" endPosition="${end}">${inner}<Coding guid="${g(`coding-${name}`)}"><CodeRef targetGUID="${g(code)}"/></Coding></PlainTextSelection>`;

/** Links as MAXQDA, ATLAS.ti and NVivo write them between passages and to notes, a note on a passage as QualCoder writes it, and Pizhu's fragment links. */
const PROJECT = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="links" origin="hand-written">
  <CodeBook><Codes>
    <Code guid="${g('project')}" name="项目" isCodable="true" color="#1c7ed6"/>
    <Code guid="${g('target')}" name="目标" isCodable="true" color="#e8590c"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="${g('s1')}" name="报告">
      <PlainTextContent>${TEXT}</PlainTextContent>
      ${selection('p1', 0, 5, 'project')}
      ${selection('t1', 8, 12, 'target')}
      ${selection('t2', 12, 14, 'target')}
      ${selection('frag1', 0, 3, 'target')}
      ${selection('frag2', 12, 14, 'project')}
      <NoteRef targetGUID="${g('passage')}"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="${g('why')}" name="why"><PlainTextContent>因为投资</PlainTextContent></Note>
    <Note guid="${g('nvivo')}" name="annotation"><PlainTextContent>NVivo 的批注</PlainTextContent></Note>
    <Note guid="${g('passage')}" name="QualCoder annotation"><PlainTextContent>QualCoder 的批注</PlainTextContent>
      <PlainTextSelection guid="${g('passage-sel')}" startPosition="8" endPosition="12"/></Note>
  </Notes>
  <Links>
    <Link guid="${g('l1')}" name="服务于" direction="OneWay" originGUID="${g('p1')}" targetGUID="${g('t1')}"><NoteRef targetGUID="${g('why')}"/></Link>
    <Link guid="${g('l2')}" name="supports" direction="OneWay" color="#123456" originGUID="${g('p1')}" targetGUID="${g('t2')}"/>
    <Link guid="${g('l3')}" originGUID="${g('nvivo')}" targetGUID="${g('p1')}"/>
    <Link guid="${g('l4')}" name="fragment" direction="Associative" originGUID="${g('t1')}" targetGUID="${g('t2')}"/>
    <Link guid="${g('l5')}" name="fragment" direction="Associative" originGUID="${g('frag1')}" targetGUID="${g('frag2')}"/>
    <Link guid="${g('l6')}" name="cites" originGUID="${g('p1')}" targetGUID="${g('s1')}"/>
  </Links>
</Project>
`;

describe('REFI-QDA Links', () => {
  it('become relations, notes of the passage they link a Note to, and fragments of one span; other Links are reported', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pizhu-links-'));
    await writeFile(join(dir, 'project.qde'), PROJECT);
    expect((await validateQde(join(dir, 'project.qde'))).valid).toBe(true);

    const read = await readFromDisk('links.qde', PROJECT);
    const map = new OffsetMap(TEXT);
    const label = new Map(read.tags.map((t) => [t.id, t.label.zh]));
    const spans = read.annotations.map((a) => [a.key, label.get(a.tag), map.slice(a.start, a.end), a.fragments ?? null, a.note]);
    expect(spans).toEqual([
      [g('p1'), '项目', '𠮷野家项目', null, 'NVivo 的批注'],
      [
        g('t1'),
        '目标',
        '扩大内需目标',
        [
          { start: 8, end: 12 },
          { start: 12, end: 14 },
        ],
        'QualCoder 的批注',
      ],
      [g('frag1'), '目标', '𠮷野家', null, ''],
      [g('frag2'), '项目', '目标', null, ''],
    ]);
    // 服务于 is the label of Pizhu's default type serves; a Link that names the second fragment names its span.
    expect(read.relations.map((r) => [r.type, r.from, r.to, r.note])).toEqual([
      ['serves', g('p1'), g('t1'), '因为投资'],
      ['supports', g('p1'), g('t1'), ''],
    ]);
    expect(read.relationTypes.find((t) => t.id === 'supports')?.color).toBe('#123456');
    expect(noticeCounts(read.notices)).toEqual({ relations: 2 });
    expect(noticeDetail(read.notices, 'relations')).toBe(
      'fragment: does not join two selections coded alike in one text; cites: not between two coded selections of one text',
    );
  });
});
