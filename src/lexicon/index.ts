import { dataPath } from '../datafile/paths.ts';
import { readTsv } from '../datafile/tsv.ts';
import type { Mention, Sentence, Token } from '../model/index.ts';
import type { TextDocument } from '../text/index.ts';
import { compileLexicon, type CompiledLexicon, type CompileOptions } from './compile.ts';
import { composeReadings, readMatch, type Reading } from './compose.ts';
import { cliticRoles, normalise } from '../text/index.ts';
import { matchPhrases } from './match.ts';

export type { CompiledLexicon } from './compile.ts';
export type * from './types.ts';
export { tenureAt } from './compose.ts';
export { laterWordKey } from './match.ts';

/** A mention with its token range [first, last) in the sentence and the clitics before it. */
export interface ActorMention extends Mention {
  first: number;
  last: number;
  proclitics: string[];
  /** The pronoun suffix of a one-word mention (حكومتها): it belongs to an actor named before. */
  enclitic: string | null;
}

/** Sector of phrases that are no actor but must block a shorter match (مؤتمر صحفي). */
const NOT_AN_ACTOR = 'NONE';

/** The bundled lexicon folder. */
export const BUNDLED_LEXICON = dataPath('lexicon');

/**
 * Who acts: the compiled lexicon and the actor mentions it finds in a document, read at the
 * article date and composed into actors (role/agent + country + person).
 */
export class Lexicon {
  private readonly connectors: Set<string>;

  private readonly prepositions: Set<string>;

  private constructor(readonly compiled: CompiledLexicon, connectorFile: string) {
    const cues = readTsv(dataPath('lang', 'ar', 'cues.tsv'), 2).filter((r) => ['preposition', 'place'].includes(r.fields[0]?.trim() ?? ''));
    this.prepositions = new Set(cues.map((r) => normalise((r.fields[1] ?? '').trim())));
    this.connectors = new Set(readTsv(connectorFile, 2).filter((r) => r.fields[0]?.trim() === 'en').map((r) => (r.fields[1] ?? '').trim().toLowerCase().replace(/’/g, "'")));
  }

  /** Compiles the bundled data with the user's folders layered over it, in order. */
  static load(userDirs: string[] = [], options: CompileOptions = {}): Lexicon {
    return Lexicon.fromDirs([BUNDLED_LEXICON, ...userDirs], options);
  }

  /** Compiles exactly these folders, the first as the base (tests use a small lexicon). */
  static fromDirs(dirs: string[], options: CompileOptions = {}): Lexicon {
    return new Lexicon(compileLexicon(dirs, options), dataPath('lexicon', 'connectors.tsv'));
  }

  get version(): string {
    return this.compiled.version;
  }

  /** Actor mentions of one sentence's tokens. */
  sentenceMentions(text: string, sentence: Sentence, tokens: Token[], date: string): Mention[] {
    return this.sentenceActors(text, sentence, tokens, date).map(({ first: _f, last: _l, proclitics: _p, enclitic: _e, ...mention }) => mention);
  }

  /** Mentions with what the coder needs besides: their token range (indices into `tokens`) and proclitics. */
  sentenceActors(text: string, sentence: Sentence, tokens: Token[], date: string): ActorMention[] {
    const readings = matchPhrases(this.compiled.root, tokens).map((m) => {
      const ambiguous = this.compiled.ambiguous.get(tokens.slice(m.first, m.last).map((t) => t.norm).join(' '));
      return readMatch(m, date, ambiguous?.preferred ?? null);
    });
    const actors = readings.filter((r) => r.agent !== NOT_AN_ACTOR);
    const composed = composeReadings(actors, tokens, date, sentence.lang, this.connectors).filter((r, i, all) => !r.bound || this.boundHolds(r, tokens, all[i + 1]));
    return composed.map((r) => ({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind: r.kind,
      form: r.form,
      code: r.code,
      agent: r.agent,
      entry: r.entry,
      first: r.first,
      last: r.last,
      proclitics: r.proclitics,
      enclitic: r.enclitic,
    }));
  }

  /**
   * A bound name or place (مالي, also "financial"; جنين, also "foetus") counts where a name
   * stands: after a preposition (في مالي), with a clitic (ومالي، لمالي), or coordinated with the
   * next actor (مالي والنيجر). A bound adjective counts only composed with an agent, which clears
   * `bound` already.
   */
  private boundHolds(r: Reading, tokens: Token[], next: Reading | undefined): boolean {
    if (r.form !== 'name' && r.form !== 'place') return false;
    // a clitic, but not the article: الجنين is "the foetus", never the town
    if (r.proclitics.length > 0 && !r.proclitics.some((c) => cliticRoles().articles.has(c))) return true;
    const prev = tokens[r.first - 1];
    if (prev && this.prepositions.has(prev.norm)) return true;
    const conjunction = next?.proclitics[0];
    return next !== undefined && next.first === r.last && conjunction !== undefined && cliticRoles().conjunctions.has(conjunction);
  }

  /** Actor mentions of a whole analysed document, sentence by sentence. */
  mentions(doc: TextDocument, date = doc.published): Mention[] {
    const bySentence = new Map<number, Token[]>();
    for (const t of doc.tokens) {
      const list = bySentence.get(t.sentence);
      if (list) list.push(t);
      else bySentence.set(t.sentence, [t]);
    }
    return doc.sentences.flatMap((s) => this.sentenceMentions(doc.text, s, bySentence.get(s.index) ?? [], date));
  }
}
