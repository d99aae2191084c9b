// mammoth's own XML module (mammoth/lib/xml/index.js), which ships without a declaration.
declare module 'mammoth/lib/xml/index.js' {
  export interface XmlElement {
    type: 'element';
    name: string;
    attributes: Record<string, string>;
    children: XmlNode[];
  }
  export interface XmlText {
    type: 'text';
    value: string;
  }
  export type XmlNode = XmlElement | XmlText;
  const xml: {
    Element: new (name: string, attributes: Record<string, string>, children: XmlNode[]) => XmlElement;
    text(value: string): XmlText;
    readString(source: string, namespaceMap?: Record<string, string>): Promise<XmlElement | Error>;
  };
  export default xml;
}

// mammoth's xmldom-based reader itself (the one its xml module exports as readString).
declare module 'mammoth/lib/xml/reader.js' {
  import type { XmlElement } from 'mammoth/lib/xml/index.js';
  export function readString(source: string, namespaceMap?: Record<string, string>): Promise<XmlElement | Error>;
}
