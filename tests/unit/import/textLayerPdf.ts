import { deflateSync } from 'node:zlib';

/** One line of text placed on a page: its left edge and baseline in points, and its font size. */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

const PAGE = { width: 595, height: 842 };

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

/** A code point as the UTF-16BE hex a ToUnicode CMap maps to. */
function utf16Hex(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += hex4(char.charCodeAt(i));
  return out;
}

/**
 * A PDF whose text layer says exactly what it is given, as a PDF printer
 * writes one: every character a glyph of a Type0 font (Identity-H, one em
 * wide) whose ToUnicode map names the code point, so the text layer may hold
 * Kangxi radicals where the page shows ideographs. No font program is
 * embedded: text extraction reads only the map. Built by hand, with a
 * correct cross-reference table, because pdf-lib's standard fonts are
 * Latin-only.
 */
export function textLayerPdf(pages: PlacedLine[][]): Uint8Array {
  const cids = new Map<string, number>();
  for (const page of pages) for (const line of page) for (const char of line.text) if (!cids.has(char)) cids.set(char, cids.size + 1);
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...[...cids].map(([char, cid]) => `1 beginbfchar <${hex4(cid)}> <${utf16Hex(char)}> endbfchar`),
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');

  const objects: Buffer[] = [];
  const add = (body: Buffer | string): number => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const stream = (content: Buffer, dict = ''): Buffer => {
    const packed = deflateSync(content);
    return Buffer.concat([
      Buffer.from(`<< /Length ${packed.length} /Filter /FlateDecode ${dict}>>\nstream\n`, 'latin1'),
      packed,
      Buffer.from('\nendstream'),
    ]);
  };
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pagesRef = add('');
  const toUnicode = add(stream(Buffer.from(cmap, 'latin1')));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /PizhuTest /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PizhuTest /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /PizhuTest /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page.map(
      (line) => `BT /F1 ${line.size} Tf 1 0 0 1 ${line.x} ${line.y} Tm <${[...line.text].map((c) => hex4(cids.get(c)!)).join('')}> Tj ET`,
    );
    const content = add(stream(Buffer.from(ops.join('\n'), 'latin1')));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Contents ${content} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`,
      ),
    );
  }
  objects[pagesRef - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );

  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** Lines of full-width characters set flush left at a 12 pt size and 18 pt pitch, from the top of the page. */
export function bodyLines(texts: string[], top = 780): PlacedLine[] {
  return texts.map((text, i) => ({ text, x: 72, y: top - i * 18, size: 12 }));
}
