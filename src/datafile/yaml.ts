import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DataFileError } from './tsv.ts';

/**
 * YAML data files read with their line numbers, so that every complaint about an entry names the
 * file and the line where the editor will fix it.
 */
export class YamlSource {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(readonly file: string) {
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: this.lines, uniqueKeys: true });
    const [first] = doc.errors;
    if (first) throw new DataFileError(file, first.linePos?.[0]?.line ?? 1, first.message.split('\n')[0] ?? 'YAML error');
    this.root = doc.contents as Node | null;
  }

  lineOf(node: Node | null | undefined): number {
    return node?.range ? this.lines.linePos(node.range[0]).line : 1;
  }

  /** `file:line` of a node: what a mention reports as the entry that matched. */
  where(node: Node | null | undefined): string {
    return `${this.file}:${this.lineOf(node)}`;
  }

  /** Throws a DataFileError at the node's line (or at `line` when the caller knows it). */
  fail(node: Node | null | undefined, reason: string, line = this.lineOf(node)): never {
    throw new DataFileError(this.file, line, reason);
  }

  /** The key/value pairs of a mapping node. */
  entries(node: Node | null | undefined, what: string): [string, Node | null, Node][] {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping`);
    return node.items.map((pair) => {
      const key = pair.key as Node;
      if (!isScalar(key)) this.fail(key, `${what}: keys must be plain values`);
      return [String(key.value), pair.value as Node | null, key];
    });
  }

  /** The items of a sequence node; a single scalar counts as a one-item list. */
  items(node: Node | null | undefined, what: string): Node[] {
    if (node === null || node === undefined) return [];
    if (isScalar(node)) return [node];
    if (!isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items as Node[];
  }

  text(node: Node | null | undefined, what: string): string {
    if (!isScalar(node) || node.value === null || node.value === undefined) this.fail(node, `${what} must be a text value`);
    const value = node.value;
    if (typeof value !== 'string' && typeof value !== 'number') this.fail(node, `${what} must be a text value`);
    const s = String(value).trim();
    if (s === '') this.fail(node, `${what} is empty`);
    return s;
  }

  /** Strings of a list-valued field with the node of each, for per-phrase line numbers. */
  texts(node: Node | null | undefined, what: string): { value: string; node: Node }[] {
    return this.items(node, what).map((n) => ({ value: this.text(n, what), node: n }));
  }

  get(map: Node | null | undefined, key: string): Node | null | undefined {
    if (!isMap(map)) return undefined;
    return map.get(key, true) as Node | null | undefined;
  }
}
