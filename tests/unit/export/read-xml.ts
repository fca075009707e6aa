// Reads the XML exports back with @xmldom/xmldom, a namespace-aware parser that shares no code
// with the writers, and refuses anything it would only warn about.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, "application/xml");
}

/** Element children, optionally only those with a namespace and local name. */
export function children(parent: Element, namespace?: string, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    if (namespace !== undefined && element.namespaceURI !== namespace) continue;
    if (localName !== undefined && element.localName !== localName) continue;
    found.push(element);
  }
  return found;
}

export function only(parent: Element, namespace: string, localName: string): Element {
  const found = children(parent, namespace, localName);
  if (found.length !== 1) throw new Error(`Expected one <${localName}> in <${parent.localName}>, found ${found.length}`);
  return found[0]!;
}

/** The code points XML 1.0 (production [2] Char) forbids that occur in the text. */
export function illegalXmlChars(text: string): number[] {
  const illegal: number[] = [];
  for (const char of text) {
    const c = char.codePointAt(0)!;
    const legal = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!legal) illegal.push(c);
  }
  return illegal;
}
