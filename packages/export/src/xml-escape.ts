// XML 1.0 cannot carry every string: some code points are illegal even as character references
// (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF). A label pasted from a PDF can hold
// them, and one such character makes the whole file unreadable, so they are dropped.
const ILLEGAL_IN_XML_1_0 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXmlChars(value: string): string {
  return value.replace(ILLEGAL_IN_XML_1_0, "");
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  // Escaped too, so `]]>` can never appear.
  ">": "&gt;",
  // A parser turns a literal CR LF into LF; the reference keeps the CR.
  "\r": "&#13;",
};

/** Escapes text content. */
export function xmlText(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  // A parser normalises literal tabs and line breaks in attribute values to spaces; character
  // references survive, so a multi-line description reads back as written.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Escapes a value for a double-quoted attribute. */
export function xmlAttribute(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/**
 * For attributes typed xsd:token (GEXF node and edge labels): no line breaks, tabs, or runs of
 * spaces, and nothing at either end.
 */
export function xmlToken(value: string): string {
  // Only XML's own whitespace: a no-break or ideographic space is part of the name.
  return xmlAttribute(value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, ""));
}
