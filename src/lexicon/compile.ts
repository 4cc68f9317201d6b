import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataFileError } from '../datafile/tsv.ts';
import { readAmbiguous, phraseTokens } from './ambiguous.ts';
import { conflictBetween, precedence } from './claims.ts';
import { laterWordKey } from './match.ts';
import type { RawPhrase, SourceResult } from './sources/common.ts';
import { readOrganisations } from './sources/organisations.ts';
import { readGroups } from './sources/groups.ts';
import { readPeople } from './sources/people.ts';
import { readPetrarchActors, readPetrarchAgents } from './sources/petrarch.ts';
import { readSectorList } from './sources/sectors.ts';
import { readStates } from './sources/states.ts';
import { readSnapshot, writeSnapshot } from './snapshot.ts';
import type { AmbiguousPhrase, LexEntry, LexPhrase, OrganisationEntry, StateEntry, TrieNode } from './types.ts';

/**
 * Compiles the data files of one or more lexicon folders (the bundled one first, then the user's
 * `--lexicon` folders, each layered over the ones before) into a token trie. A later layer's entry
 * with the same code replaces the earlier one, and its phrases win over earlier claims.
 */

export interface CompiledLexicon {
  /** Hash of every data file read: records say which lexicon coded them. */
  version: string;
  root: TrieNode;
  entries: LexEntry[];
  states: Map<string, StateEntry>;
  organisations: Map<string, OrganisationEntry>;
  ambiguous: Map<string, AmbiguousPhrase>;
  /** Every phrase, in trie order. */
  phrases: LexPhrase[];
}

function filesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => join(dir, f));
}

/** Every data file of a lexicon folder with the reader that understands it. */
function layerFiles(dir: string): { file: string; read: () => SourceResult }[] {
  const out: { file: string; read: () => SourceResult }[] = [];
  for (const file of filesIn(join(dir, 'states'), /\.ya?ml$/)) out.push({ file, read: () => readStates(file) });
  for (const file of filesIn(join(dir, 'regions'), /\.ya?ml$/)) out.push({ file, read: () => readStates(file, true) });
  for (const file of filesIn(join(dir, 'organisations'), /\.ya?ml$/)) out.push({ file, read: () => readOrganisations(file) });
  for (const file of filesIn(join(dir, 'people'), /\.ya?ml$/)) out.push({ file, read: () => readPeople(file) });
  for (const file of filesIn(join(dir, 'groups'), /\.ya?ml$/)) out.push({ file, read: () => readGroups(file) });
  for (const name of ['agents.tsv', 'roles.tsv']) {
    const file = join(dir, name);
    if (existsSync(file)) out.push({ file, read: () => readSectorList(file, name === 'agents.tsv' ? 'agent' : 'role') });
  }
  for (const file of filesIn(dir, /actors.*\.txt$/i)) out.push({ file, read: () => readPetrarchActors(file) });
  for (const file of filesIn(dir, /agents.*\.txt$/i)) out.push({ file, read: () => readPetrarchAgents(file) });
  return out;
}

const keyOf = (tokens: string[]): string => tokens.join(' ');

class Builder {
  readonly entries = new Map<string, LexEntry>();
  readonly phrases = new Map<string, LexPhrase[]>();
  readonly ambiguous = new Map<string, AmbiguousPhrase>();
  private readonly entryLayer = new Map<LexEntry, number>();
  private layer = 0;

  addLayer(dir: string): void {
    this.layer++;
    const layerPhrases: LexPhrase[] = [];
    for (const { read } of layerFiles(dir)) {
      const result = read();
      for (const e of result.entries) this.replaceEntry(e);
      for (const p of result.phrases) layerPhrases.push(toPhrase(p));
    }
    const ambiguousFile = join(dir, 'ambiguous.tsv');
    if (existsSync(ambiguousFile)) {
      for (const a of readAmbiguous(ambiguousFile)) this.ambiguous.set(keyOf(a.tokens), a);
    }
    this.mergeLayer(layerPhrases);
  }

  /**
   * An entry with an id seen in an earlier layer (a state or organisation code) replaces it,
   * phrases and all; the same id twice in one layer is a mistake in the data.
   */
  private replaceEntry(entry: LexEntry): void {
    const old = this.entries.get(entry.id);
    if (old && this.entryLayer.get(old) === this.layer) {
      const [file, line] = splitWhere(entry.where);
      throw new DataFileError(file, line, `${entry.id} is already defined at ${old.where}`);
    }
    if (old) {
      for (const [key, list] of this.phrases) this.phrases.set(key, list.filter((p) => p.entry !== old));
    }
    this.entries.set(entry.id, entry);
    this.entryLayer.set(entry, this.layer);
  }

  private mergeLayer(layer: LexPhrase[]): void {
    const byKey = new Map<string, LexPhrase[]>();
    for (const p of layer) {
      const key = keyOf(p.tokens);
      const list = byKey.get(key) ?? [];
      if (!list.some((q) => q.entry === p.entry && q.form === p.form)) list.push(p);
      byKey.set(key, list);
    }
    for (const [key, list] of byKey) {
      this.checkConflicts(key, list);
      // phrases of this layer override what earlier layers said about the same key
      const earlier = (this.phrases.get(key) ?? []).filter((old) => list.every((p) => !conflictBetween(old, p)));
      this.phrases.set(key, [...earlier, ...list].sort((a, b) => precedence(a) - precedence(b)));
    }
  }

  private checkConflicts(key: string, list: LexPhrase[]): void {
    if (this.ambiguous.has(key)) return;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i] as LexPhrase, list[j] as LexPhrase];
        const why = conflictBetween(a, b);
        if (why) {
          const [file, line] = splitWhere(b.where);
          throw new DataFileError(file, line, `"${b.text}" is also claimed by ${a.where} (${why}); list it in ambiguous.tsv or remove one`);
        }
      }
    }
  }

  /** An ambiguous phrase that no entry lists is given to its preferred entry. */
  private addUnclaimedAmbiguous(): void {
    for (const [key, a] of this.ambiguous) {
      if ((this.phrases.get(key) ?? []).length > 0) continue;
      const entry = this.entries.get(a.preferred);
      if (!entry) {
        const [file, line] = splitWhere(a.where);
        throw new DataFileError(file, line, `preferred code ${a.preferred} is no state or organisation`);
      }
      this.phrases.set(key, [{ lang: a.lang, text: a.text, tokens: a.tokens, caseSensitive: false, form: a.form, entry, sector: null, where: a.where }]);
    }
  }

  build(version: string): CompiledLexicon {
    this.addUnclaimedAmbiguous();
    return assemble(version, [...this.entries.values()], [...this.phrases.values()].flat(), [...this.ambiguous.values()]);
  }
}

/** The compiled structures from entries and phrases (phrases in precedence order per key). */
export function assemble(version: string, entries: LexEntry[], phrases: LexPhrase[], ambiguous: AmbiguousPhrase[]): CompiledLexicon {
  const root: TrieNode = { next: null, phrases: null };
  for (const p of phrases) insert(root, p);
  return {
    version,
    root,
    entries,
    states: new Map(entries.filter((e): e is StateEntry => e.kind === 'state' && !e.region).map((e) => [e.code, e])),
    organisations: new Map(entries.filter((e): e is OrganisationEntry => e.kind === 'organisation').map((e) => [e.code, e])),
    ambiguous: new Map(ambiguous.map((a) => [keyOf(a.tokens), a])),
    phrases,
  };
}

function splitWhere(where: string): [string, number] {
  const at = where.lastIndexOf(':');
  return [where.slice(0, at), Number(where.slice(at + 1)) || 1];
}

/** All-capital short acronyms must match capitalised text: "US" is not "us". */
function isCaseSensitive(p: RawPhrase): boolean {
  return p.lang === 'en' && /^[A-Z]{2,5}$/.test(p.text);
}

function toPhrase(p: RawPhrase): LexPhrase {
  const tokens = phraseTokens(p.text).map((t, i) => (i === 0 ? t : laterWordKey(t)));
  if (tokens.length === 0) {
    const [file, line] = splitWhere(p.where);
    throw new DataFileError(file, line, `phrase "${p.text}" has no words`);
  }
  return { ...p, tokens, caseSensitive: isCaseSensitive(p) };
}

function insert(root: TrieNode, p: LexPhrase): void {
  let node = root;
  for (const t of p.tokens) {
    node.next ??= new Map();
    let child = node.next.get(t);
    if (!child) {
      child = { next: null, phrases: null };
      node.next.set(t, child);
    }
    node = child;
  }
  (node.phrases ??= []).push(p);
}

/** Every data file of the layers, in reading order (what the version and the cache key cover). */
function dataFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) => [...layerFiles(dir).map((f) => f.file), join(dir, 'ambiguous.tsv')].filter((f) => existsSync(f)));
}

/** Hash of the data files' names (relative to their folder) and contents. */
function dataVersion(dirs: string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const file of dataFiles([dir])) hash.update(relative(dir, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

export interface CompileOptions {
  /** Reuse (and write) a snapshot of the compiled lexicon keyed by data and compiler (default true). */
  cache?: boolean;
}

export function compileLexicon(dirs: string[], options: CompileOptions = {}): CompiledLexicon {
  for (const dir of dirs) if (!existsSync(dir)) throw new DataFileError(dir, 1, 'lexicon folder not found');
  const version = dataVersion(dirs);
  const useCache = options.cache ?? process.env.NASIJ_NO_CACHE === undefined;
  if (useCache) {
    const cached = readSnapshot(version, dirs.map((d) => resolve(d)));
    if (cached) return cached;
  }
  const builder = new Builder();
  for (const dir of dirs) builder.addLayer(dir);
  const compiled = builder.build(version);
  if (useCache) writeSnapshot(compiled, dirs.map((d) => resolve(d)));
  return compiled;
}
