import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { badFile } from './badFile';

/** Deepest nesting read: far more than any QDA-XML code tree, and a bound on what a hostile file can make the reader walk. */
const MAX_DEPTH = 100;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** An XML element with its namespace resolved, its attributes' and text's references decoded. */
export class XmlElement {
  constructor(
    /** Local name, without a prefix. */
    readonly name: string,
    /** Namespace URI; '' for none. */
    readonly ns: string,
    /** Attributes without a prefix (QDA-XML's are unqualified). */
    readonly attrs: ReadonlyMap<string, string>,
    readonly children: readonly XmlElement[],
    /** The element's own character data, text and CDATA in order. */
    readonly text: string,
  ) {}

  /** Child elements of this name in the element's own namespace. */
  all(name: string): XmlElement[] {
    return this.children.filter((c) => c.name === name && c.ns === this.ns);
  }

  first(name: string): XmlElement | undefined {
    return this.children.find((c) => c.name === name && c.ns === this.ns);
  }

  attr(name: string): string | undefined {
    return this.attrs.get(name);
  }
}

/** Whether a code point may appear in XML 1.0 at all (the Char production). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/**
 * Resolves character references and the five predefined entities in one
 * pass, so that `&amp;#65;` stays `&#65;`. Without a DTD no other entity is
 * defined: one is an error, as is a bare `&`.
 */
function decodeReferences(fileName: string, raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(?:#x([0-9a-fA-F]+);|#([0-9]+);|([A-Za-z_][\w.-]*);)?/g, (whole, hex?: string, dec?: string, entity?: string) => {
    if (entity !== undefined) {
      const value = PREDEFINED[entity];
      if (value === undefined) throw badFile(fileName, `uses the entity &${entity}; which XML does not define without a DTD`);
      return value;
    }
    if (hex === undefined && dec === undefined) throw badFile(fileName, 'is not well-formed XML (a bare "&")');
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    if (!isXmlChar(cp)) throw badFile(fileName, `is not well-formed XML (${whole} is not a character XML allows)`);
    return String.fromCodePoint(cp);
  });
}

type OrderedNode = Record<string, unknown>;

/**
 * Parses XML into elements, safely: a DOCTYPE is refused (QDA-XML has none,
 * and it is what entity-expansion attacks need), nesting is capped, and
 * malformed XML is refused with its line. Line ends are normalised and
 * attribute whitespace too, as the XML specification says a parser must.
 *
 * @throws PizhuError('BAD_FILE') naming `fileName` and the problem.
 */
export function parseXml(fileName: string, xml: string): XmlElement {
  const text = xml.replace(/\r\n?/g, '\n');
  if (/^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<!DOCTYPE/.test(text))
    throw badFile(fileName, 'declares a DOCTYPE, which QDA-XML does not use');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw badFile(fileName, `is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let nodes: OrderedNode[];
  try {
    nodes = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      processEntities: false,
      removeNSPrefix: false,
      cdataPropName: '#cdata',
      ignoreDeclaration: true,
      ignorePiTags: true,
      maxNestedTags: MAX_DEPTH,
    }).parse(text) as OrderedNode[];
  } catch (error) {
    const message = (error as Error).message;
    if (/nested tags/i.test(message)) throw badFile(fileName, `nests elements more than ${MAX_DEPTH} deep`);
    throw badFile(fileName, `cannot be read as XML (${message})`);
  }

  const build = (node: OrderedNode, scope: ReadonlyMap<string, string>): XmlElement | null => {
    const qname = Object.keys(node).find((k) => k !== ':@');
    if (qname === undefined || qname === '#text' || qname === '#cdata') return null;
    const rawAttrs = (node[':@'] ?? {}) as Record<string, string>;
    const namespaces = new Map(scope);
    const attrs = new Map<string, string>();
    for (const [key, value] of Object.entries(rawAttrs)) {
      const decoded = decodeReferences(fileName, value.replace(/[\t\n]/g, ' '));
      if (key === 'xmlns') namespaces.set('', decoded);
      else if (key.startsWith('xmlns:')) namespaces.set(key.slice(6), decoded);
      else if (!key.includes(':')) attrs.set(key, decoded);
    }
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const ns = namespaces.get(prefix);
    if (ns === undefined && prefix) throw badFile(fileName, `uses the namespace prefix "${prefix}" without declaring it`);
    const children: XmlElement[] = [];
    let own = '';
    for (const child of (node[qname] ?? []) as OrderedNode[]) {
      if (typeof child['#text'] === 'string') own += decodeReferences(fileName, child['#text']);
      else if (Array.isArray(child['#cdata'])) own += (child['#cdata'] as OrderedNode[]).map((c) => String(c['#text'] ?? '')).join('');
      else {
        const element = build(child, namespaces);
        if (element) children.push(element);
      }
    }
    return new XmlElement(colon < 0 ? qname : qname.slice(colon + 1), ns ?? '', attrs, children, own);
  };
  const roots = nodes.map((n) => build(n, new Map())).filter((e): e is XmlElement => e !== null);
  if (roots.length !== 1) throw badFile(fileName, 'is not well-formed XML (it has no single root element)');
  return roots[0]!;
}
