// An SvgElement tree as SVG text. Every attribute value and every text is escaped; tag and
// attribute names are the package's own (checked anyway, so a bad tree fails loudly).
import type { SvgElement } from './svg-tree.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

const NAME = /^[A-Za-z][A-Za-z0-9:-]*$/;

function checkedName(name: string): string {
  if (!NAME.test(name))
    throw new TypeError(`not an SVG element or attribute name: ${JSON.stringify(name)}`);
  return name;
}

/** Writes the tree as SVG (XML) text, indented, ending with a newline at the root. */
export function svgToString(root: SvgElement): string {
  const write = (node: SvgElement, depth: number): string => {
    const indent = '  '.repeat(depth);
    const tag = checkedName(node.tag);
    const attributes = Object.entries(node.attributes)
      .map(([name, value]) => ` ${checkedName(name)}="${escapeXmlAttribute(value)}"`)
      .join('');
    if (node.children.length === 0) return `${indent}<${tag}${attributes}/>`;
    if (node.children.every((child) => typeof child === 'string')) {
      return `${indent}<${tag}${attributes}>${node.children.map((text) => escapeXmlText(String(text))).join('')}</${tag}>`;
    }
    const inner = node.children
      .map((child) =>
        typeof child === 'string' ? `${indent}  ${escapeXmlText(child)}` : write(child, depth + 1),
      )
      .join('\n');
    return `${indent}<${tag}${attributes}>\n${inner}\n${indent}</${tag}>`;
  };
  return `${write(root, 0)}\n`;
}
