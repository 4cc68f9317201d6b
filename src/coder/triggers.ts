import type { CliticAnalysis, Token } from '../model/index.ts';
import { laterWordKey, type Lang } from '../lexicon/index.ts';
import { cliticRoles, hasHamza, stemEnglish, tokenise, writtenLetters } from '../text/index.ts';
import { BoundedCache } from '../util/bounded-cache.ts';
import type { TriggerForm } from './patterns.ts';
import type { NotTriggers } from './cues.ts';

const WORD_CACHE_LIMIT = 100_000;

/**
 * Finding triggers in a sentence. Arabic words are looked up through their clitic analyses (a verb
 * may carry و/ف/سـ and an object pronoun, a noun و/ف/ب/ل/ك/ال and a possessive); English words by
 * lemma. Multi-word triggers (وقف إطلاق النار، air strike, call for) are walked in a trie; the
 * longest wins. A named actor is never part of a trigger; an agent or role word (المتظاهرون،
 * السفير، protesters) may be only inside a longer trigger (طرد السفير، تبادل الأسرى), never alone.
 */

/** Token indices covered by actors: named ones block triggers, agent/role words only alone. */
export interface Blocked {
  named: Set<number>;
  generic: Set<number>;
  /**
   * Words that may stand with the subject between a verb and the rest of its phrase (أرسلت رواندا
   * أمس نحو ألف جندي): numbers, quantity words and dates.
   */
  filler: Set<number>;
  /** Words that open a noun phrase (a, the, its): in English its modifiers may split a verb from its object word (lifted a nationwide curfew). */
  opener: Set<number>;
  /** Particles of phrasal verbs (in, back, out): never reached past modifiers. */
  particle: Set<number>;
}

/** How many words a VSO subject and its fillers may hold between a verb and the rest of its phrase. */
const SPLIT_REACH = 8;

interface TrieNode {
  next: Map<string, TrieNode> | null;
  forms: TriggerForm[] | null;
}

export interface TriggerIndex {
  lang: Lang;
  root: TrieNode;
  size: number;
  /** Words that never start a trigger (names like فيصل = ف + يصل). */
  never: NotTriggers;
}

export interface TriggerHit {
  first: number;
  last: number;
  /** The later words of a phrase split by its subject (قطعت السعودية علاقاتها → علاقاتها): trigger, not party. */
  splitWords: number[];
  forms: TriggerForm[];
  /** The analysis of the first word that matched (its سـ marks the future). */
  analysis: CliticAnalysis;
}

/** Trie keys of a written trigger, as text tokens will produce them. */
export function triggerWords(lang: Lang): (text: string) => string[] {
  if (lang === 'en') return (text) => tokenise(text).map((t) => stemEnglish(t.norm));
  return (text) => tokenise(text).map((t, i) => (i === 0 ? t.norm : laterWordKey(t.norm)));
}

export function buildTriggerIndex(lang: Lang, forms: TriggerForm[], never: NotTriggers): TriggerIndex {
  const root: TrieNode = { next: null, forms: null };
  for (const f of forms) {
    let node = root;
    for (const w of f.words) {
      node.next ??= new Map();
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: null, forms: null }));
      node = child;
    }
    (node.forms ??= []).push(f);
  }
  return { lang, root, size: forms.length, never };
}

/**
 * A verb takes no article and no preposition but ل of purpose, and that only before an imperfect
 * (ليدعم، not لدعم, which is the noun); a noun takes no future سـ.
 */
function fits(form: TriggerForm, a: CliticAnalysis): boolean {
  const clitics = cliticRoles();
  if (form.pos !== 'verb') return !a.proclitics.some((c) => clitics.future.has(c));
  return !a.proclitics.some(
    (c) => clitics.articles.has(c) || (clitics.prepositions.has(c) && (!clitics.verbPrepositions.has(c) || form.tense === 'perfect')),
  );
}

function firstKeys(lang: Lang, token: Token): { key: string; analysis: CliticAnalysis }[] {
  if (lang === 'en') return [{ key: stemEnglish(token.norm), analysis: token.analyses[0] ?? { proclitics: [], stem: token.norm, enclitic: null } }];
  return token.analyses.map((a) => ({ key: a.stem, analysis: a }));
}

function laterKey(lang: Lang, token: Token): string {
  return lang === 'en' ? stemEnglish(token.norm) : laterWordKey(token.norm);
}

function coversOnlyGeneric(blocked: Blocked, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!blocked.generic.has(k)) return false;
  return true;
}

/** A first-word reading of a token with the trie node it leads to. */
interface Start {
  node: TrieNode;
  analysis: CliticAnalysis;
}

const NO_STARTS: Start[] = [];

/**
 * The readings of a word that start a trigger, with their trie nodes: one lookup per word instead
 * of one per reading. A word's readings follow from its matching form, so they are cached by it.
 */
const startCaches = new WeakMap<TriggerIndex, BoundedCache<string, Start[]>>();

function startCache(index: TriggerIndex): BoundedCache<string, Start[]> {
  let cache = startCaches.get(index);
  if (!cache) startCaches.set(index, (cache = new BoundedCache(WORD_CACHE_LIMIT)));
  return cache;
}

function startsOf(index: TriggerIndex, next: Map<string, TrieNode>, token: Token): Start[] {
  const starts: Start[] = [];
  for (const { key, analysis } of firstKeys(index.lang, token)) {
    const node = next.get(key);
    if (node) starts.push({ node, analysis });
  }
  return starts.length > 0 ? starts : NO_STARTS;
}

/** A not-trigger word, unless the writer put a hamza it lacks (هنأ is the verb, هنا "here"). */
function startsNone(index: TriggerIndex, token: Token): boolean {
  if (!index.never.folded.has(token.norm)) return false;
  return !hasHamza(token.text) || index.never.written.has(writtenLetters(token.text));
}

function longestFrom(index: TriggerIndex, cache: BoundedCache<string, Start[]>, tokens: Token[], i: number, blocked: Blocked): TriggerHit | null {
  const token = tokens[i] as Token;
  if (token.kind !== 'word' || blocked.named.has(i) || !index.root.next || startsNone(index, token)) return null;
  const starts = cache.get(token.norm) ?? cache.set(token.norm, startsOf(index, index.root.next, token));
  let best: TriggerHit | null = null;
  let bestStripped = Infinity;
  let bestReach = 0;
  for (const start of starts) {
    const { analysis } = start;
    let node: TrieNode | undefined = start.node;
    let at = i + 1;
    let split = false;
    const words: number[] = [];
    const stripped = analysis.proclitics.length + (analysis.enclitic ? 1 : 0);
    while (node) {
      const better = at > bestReach || (at === bestReach && stripped < bestStripped);
      if (better && node.forms && node.forms.some((f) => fits(f, analysis) && (!split || f.pos === 'verb'))) {
        const allowed = split || (at - i > 1 ? !coversOnlyGeneric(blocked, i, at) : !blocked.generic.has(i));
        if (allowed) {
          // a phrase split by its subject (قطعت السعودية علاقاتها) keeps the verb alone as its span
          best = { first: i, last: split ? i + 1 : at, splitWords: split ? [...words] : [], forms: node.forms.filter((f) => fits(f, analysis)), analysis };
          bestStripped = stripped;
          bestReach = at;
        }
      }
      let nextAt = at;
      if (node.next) {
        if (at === i + 1) nextAt = afterSubject(index, node.next, tokens, blocked, at); // VSO: the subject between the verb and its object
        // called up 300,000 reservists: an English noun phrase may open after any word of the verb; its
        // modifiers belong to the phrase (declared a unilateral three-month humanitarian truce)
        if (nextAt === at && index.lang === 'en') {
          nextAt = afterModifiers(index, node.next, tokens, blocked, at);
          for (let k = at; k < nextAt; k++) words.push(k);
        }
        split ||= nextAt > at;
      }
      const next = tokens[nextAt];
      // words, and hyphens inside a trigger (cease-fire, sit-in)
      if (!node.next || !next || (next.kind !== 'word' && next.norm !== '-') || blocked.named.has(nextAt)) break;
      node = laterNode(index, node.next, next);
      words.push(nextAt);
      at = nextAt + 1;
    }
  }
  return best;
}

/**
 * Where a verb phrase goes on after a VSO subject (named, or an agent word: أرسل الجيش قوات) and
 * the numbers, quantities, adverbs and dates around it: the first such word that continues it.
 */
function afterSubject(index: TriggerIndex, next: Map<string, TrieNode>, tokens: Token[], blocked: Blocked, at: number): number {
  const direct = tokens[at];
  if (direct && !blocked.named.has(at) && laterNode(index, next, direct)) return at; // not split after all
  for (let k = at; k - at < SPLIT_REACH; k++) {
    const t = tokens[k];
    if (!t) return at;
    // نشر ثلاثين ألف شرطي: the fillers alone may split it too
    if (k > at && !blocked.named.has(k) && laterNode(index, next, t)) return k;
    if (!blocked.named.has(k) && !blocked.generic.has(k) && !blocked.filler.has(k)) return at;
  }
  return at;
}

/** How many words an English noun phrase's opener, number and modifiers may hold between a verb and its object word. */
const MODIFIER_GAP = 4;

/**
 * lifted a nationwide curfew, fired more than 200 rockets, fired two anti-ship missiles: the object
 * word past the opener or number of its noun phrase and its modifiers.
 */
function afterModifiers(index: TriggerIndex, next: Map<string, TrieNode>, tokens: Token[], blocked: Blocked, at: number): number {
  const direct = tokens[at];
  if (!direct || !(blocked.opener.has(at) || blocked.filler.has(at))) return at;
  // lift the state of emergency: the opener itself goes on with the phrase (lift a ban ≠ lift a nationwide curfew)
  const withOpener = laterNode(index, next, direct)?.next;
  const afterOpener = tokens[at + 1];
  if (withOpener && afterOpener && laterNode(index, withOpener, afterOpener)) return at;
  for (let k = at + 1; k <= at + MODIFIER_GAP; k++) {
    const t = tokens[k];
    if (!t || (t.kind !== 'word' && t.kind !== 'number' && t.norm !== '-') || blocked.named.has(k)) return at;
    // gave the army time in …: a particle (give in, pull back) belongs right after its verb
    if (laterNode(index, next, t)) return blocked.particle.has(k) ? at : k;
  }
  return at;
}

/** The trie node for a later word of a phrase, read also without a pronoun suffix (علاقاتها → علاقات). */
function laterNode(index: TriggerIndex, next: Map<string, TrieNode>, token: Token): TrieNode | undefined {
  const exact = next.get(laterKey(index.lang, token));
  if (exact || index.lang !== 'ar') return exact;
  for (const a of token.analyses) if (a.enclitic && a.proclitics.length === 0 && next.has(a.stem)) return next.get(a.stem);
  return undefined;
}

/** Triggers of one sentence, left to right, not overlapping. */
export function findTriggers(index: TriggerIndex, tokens: Token[], blocked: Blocked): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // the later words of a split phrase belong to its verb: they start no trigger of their own, unless
  // a phrase of more words starts there (قدمت الجزائر طلباً رسمياً للانضمام: the bid, not the request)
  const takenBy = new Map<number, TriggerHit>();
  const cache = startCache(index);
  for (let i = 0; i < tokens.length; ) {
    const hit = longestFrom(index, cache, tokens, i, blocked);
    const owner = takenBy.get(i);
    if (hit && owner && hit.last - hit.first <= owner.splitWords.length + 1) {
      i++;
      continue;
    }
    if (hit) {
      if (owner) hits.splice(hits.indexOf(owner), 1);
      hits.push(hit);
      for (const k of hit.splitWords) takenBy.set(k, hit);
      i = hit.last;
    } else i++;
  }
  return hits;
}
