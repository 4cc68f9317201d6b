import type { CliticAnalysis, Token } from '../model/index.ts';
import { cliticRoles, normalise } from '../text/index.ts';
import { BoundedCache } from '../util/bounded-cache.ts';
import type { LexPhrase, TrieNode } from './types.ts';

/**
 * The clitic-aware longest-match scan over a sentence's tokens. The first word of a phrase may
 * carry proclitics (وبالولايات → الولايات); later words are matched as written, with or without
 * their article (الكوري الجنوبي ↔ كوري جنوبي). Among matches at one position the longest wins,
 * then the one that strips fewer clitics. Only agent words may lose a pronoun suffix (حكومته).
 */

export interface RawMatch {
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Character span in the document; a leading conjunction or preposition is left out. */
  start: number;
  end: number;
  phrases: LexPhrase[];
  proclitics: string[];
  enclitic: string | null;
}

const INNER_PUNCTUATION = new Set(['.', '-', '‐', '–']);

interface FirstKey {
  key: string;
  analysis: CliticAnalysis;
  /** The word's article was dropped to make this key (المبارك → مبارك). */
  articleDropped: boolean;
}

/**
 * A person's name never gains an article it was not written with (رمضان المبارك is not Mubarak,
 * الصدام is not Saddam); organisations do (ناتو / الناتو، بريكس / البريكس).
 */
function refusesArticle(p: LexPhrase): boolean {
  return p.entry.kind === 'person';
}

function firstKeys(analyses: CliticAnalysis[]): FirstKey[] {
  const { article } = cliticRoles();
  const keys: FirstKey[] = [];
  for (const a of analyses) {
    const hasArticle = a.proclitics.at(-1) === article;
    if (hasArticle) keys.push({ key: article + a.stem, analysis: a, articleDropped: false });
    keys.push({ key: a.stem, analysis: a, articleDropped: hasArticle });
  }
  return keys;
}

/**
 * Words after the first are compared without their article on both sides, so that one entry
 * covers the definite and the construct forms (وزير الخارجية ↔ وزير خارجية روسيا).
 */
export function laterWordKey(norm: string): string {
  const { article } = cliticRoles();
  return norm.startsWith(article) && norm.length > article.length + 1 ? norm.slice(article.length) : norm;
}

function isCapitalised(token: Token): boolean {
  return token.text === token.text.toUpperCase();
}

function acceptable(phrases: LexPhrase[], tokens: Token[], first: number, last: number, enclitic: string | null, articleDropped: boolean): LexPhrase[] {
  if (enclitic === null && !articleDropped && !phrases.some((p) => p.caseSensitive)) return phrases; // the common case allocates nothing
  return phrases.filter((p) => {
    if (articleDropped && refusesArticle(p)) return false;
    if (enclitic !== null && (p.form !== 'agent' || last - first !== 1)) return false;
    if (!p.caseSensitive) return true;
    for (let k = first; k < last; k++) if (!isCapitalised(tokens[k] as Token)) return false;
    return true;
  });
}

/** Number of original characters that make up the first `count` normalised characters of `text`. */
function surfaceLength(text: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) {
    seen += normalise(text[i] as string).length;
    i++;
  }
  return i;
}

/** Characters to leave out at the start of the span: conjunction/preposition, not a fused article. */
function leadingCliticLength(analysis: CliticAnalysis): number {
  const { article, fusedPrepositions } = cliticRoles();
  const withArticle = analysis.proclitics.at(-1) === article;
  const kept = withArticle ? analysis.proclitics.slice(0, -1) : analysis.proclitics;
  const last = kept.at(-1);
  if (withArticle && last !== undefined && fusedPrepositions.has(last)) return kept.length - 1; // لل: keep ل with its fused article
  return kept.reduce((n, c) => n + c.length, 0);
}

interface Candidate {
  last: number;
  phrases: LexPhrase[];
  analysis: CliticAnalysis;
  stripped: number;
}

/** A better candidate than `best`: longer, or as long with fewer clitics stripped. */
function better(best: Candidate | null, last: number, stripped: number): boolean {
  return !best || last > best.last || (last === best.last && stripped < best.stripped);
}

/** Walks the trie from `node` over the words after `first`, keeping the best acceptable phrase. */
function extend(node: TrieNode, tokens: Token[], first: number, key: FirstKey, best: Candidate | null): Candidate | null {
  const { analysis } = key;
  const stripped = analysis.proclitics.length + (analysis.enclitic ? 1 : 0);
  let n: TrieNode | undefined = node;
  let last = first + 1;
  while (n) {
    if (n.phrases && better(best, last, stripped)) {
      const phrases = acceptable(n.phrases, tokens, first, last, analysis.enclitic, key.articleDropped);
      if (phrases.length > 0) best = { last, phrases, analysis, stripped };
    }
    const token = tokens[last];
    // a pronoun suffix ends a phrase; punctuation other than a dot or a hyphen (el-Sisi) does too
    if (analysis.enclitic !== null || !n.next || !token || (token.kind === 'punct' && !INNER_PUNCTUATION.has(token.norm))) break;
    n = n.next.get(laterWordKey(token.norm));
    last++;
  }
  return best;
}

/** A first-word key of a token with the trie node it leads to. */
interface Start {
  node: TrieNode;
  key: FirstKey;
}

const NO_STARTS: Start[] = [];

/**
 * The readings of a word that start a phrase, with their trie nodes: one lookup per word instead
 * of one per reading. A word's readings follow from its matching form, so they are cached by it.
 */
const startCaches = new WeakMap<TrieNode, BoundedCache<string, Start[]>>();
const WORD_CACHE_LIMIT = 100_000;

function startCache(root: TrieNode): BoundedCache<string, Start[]> {
  let cache = startCaches.get(root);
  if (!cache) startCaches.set(root, (cache = new BoundedCache(WORD_CACHE_LIMIT)));
  return cache;
}

function startsOf(next: Map<string, TrieNode>, token: Token): Start[] {
  const starts: Start[] = [];
  for (const key of firstKeys(token.analyses)) {
    const node = next.get(key.key);
    if (node) starts.push({ node, key });
  }
  return starts.length > 0 ? starts : NO_STARTS;
}

function bestAt(root: TrieNode, cache: BoundedCache<string, Start[]>, tokens: Token[], i: number): Candidate | null {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || !root.next) return null;
  const starts = cache.get(token.norm) ?? cache.set(token.norm, startsOf(root.next, token));
  let best: Candidate | null = null;
  for (const { node, key } of starts) best = extend(node, tokens, i, key, best);
  return best;
}

/** Longest, left-to-right, non-overlapping phrase matches over the tokens of one sentence. */
export function matchPhrases(root: TrieNode, tokens: Token[]): RawMatch[] {
  const matches: RawMatch[] = [];
  const cache = startCache(root);
  let i = 0;
  while (i < tokens.length) {
    const best = bestAt(root, cache, tokens, i);
    if (!best) {
      i++;
      continue;
    }
    const firstToken = tokens[i] as Token;
    const lastToken = tokens[best.last - 1] as Token;
    const skip = surfaceLength(firstToken.text, leadingCliticLength(best.analysis));
    matches.push({
      first: i,
      last: best.last,
      start: firstToken.start + skip,
      end: lastToken.end,
      phrases: best.phrases,
      proclitics: best.analysis.proclitics,
      enclitic: best.analysis.enclitic,
    });
    i = best.last;
  }
  return matches;
}
