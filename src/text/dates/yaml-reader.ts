import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { YamlSource } from '../../datafile/yaml.ts';

/**
 * The date files' view of a YAML data file (parsed, with line numbers, by the shared YamlSource):
 * maps with string keys, lists of strings, strings, integers — each with the line it stands on.
 */

export interface YamlEntry {
  key: string;
  value: Node | null;
  line: number;
}

export interface YamlString {
  text: string;
  line: number;
}

export class YamlFile {
  private constructor(private readonly source: YamlSource) {}

  static read(file: string): YamlFile {
    return new YamlFile(new YamlSource(file));
  }

  get file(): string {
    return this.source.file;
  }

  get root(): Node | null {
    return this.source.root;
  }

  lineOf(node: Node | null | undefined): number {
    return this.source.lineOf(node);
  }

  fail(line: number, reason: string): never {
    this.source.fail(null, reason, line);
  }

  /** The entries of a map; `what` names the map in error messages. */
  entries(node: Node | null, what: string): YamlEntry[] {
    if (!isMap(node)) this.fail(this.lineOf(node), `${what} must be a map of "key: value" lines`);
    return node.items.map((pair) => {
      const key = pair.key as Node | null;
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
        this.fail(this.lineOf(key), `${what}: every key must be a plain word or phrase`);
      }
      return { key: String(key.value), value: pair.value as Node | null, line: this.lineOf(key) };
    });
  }

  /** A list of strings; a single string counts as a list of one. */
  strings(node: Node | null, what: string): YamlString[] {
    if (isSeq(node)) return node.items.map((item) => ({ text: this.string(item as Node | null, what), line: this.lineOf(item as Node) }));
    return [{ text: this.string(node, what), line: this.lineOf(node) }];
  }

  string(node: Node | null, what: string): string {
    if (!isScalar(node) || node.value === null || typeof node.value === 'object' || String(node.value).trim() === '') {
      this.fail(this.lineOf(node), `${what} must be a word or phrase`);
    }
    return String(node.value).trim();
  }

  integer(node: Node | null, what: string, min: number, max: number): number {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(this.lineOf(node), `${what} must be a whole number from ${min} to ${max}`);
    }
    return value;
  }

  /** One of a fixed set of words (e.g. a weekday name or a unit). */
  choice<T extends string>(node: Node | null, what: string, allowed: readonly T[]): T {
    const text = this.string(node, what);
    const found = allowed.find((a) => a === text);
    if (found === undefined) this.fail(this.lineOf(node), `${what} must be one of: ${allowed.join(', ')} (found "${text}")`);
    return found;
  }
}
