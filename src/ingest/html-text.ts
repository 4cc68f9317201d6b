import { parseHTML } from 'linkedom';

/**
 * Plain text from an HTML fragment, with the paragraph breaks its block elements make: a
 * heading and the paragraph after it are two sentences, not one run-on word ("الرياضاستقبل").
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

const ELEMENT = 1;
const TEXT = 3;

/** The smallest view of a DOM node that the walk needs (linkedom's types are loose). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  const block = BLOCKS.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode, out);
  if (block) out.push('\n');
}

/** Paragraphs of text, one per line, trimmed, with no empty lines. */
export function textOfNode(node: DomNode): string {
  const parts: string[] = [];
  walk(node, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text of an HTML fragment (a feed item's description, an extracted article's body). */
export function htmlToText(html: string): string {
  // a wrapper element keeps linkedom from treating a bare fragment as a whole document
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  return textOfNode(document.body as unknown as DomNode);
}
