import type { DateMention, Language, Sentence, Token } from '../model/index.ts';
import { findDatesInSpan } from './dates/index.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';
import { tokenise } from './tokens.ts';

/**
 * The text engine's one entry point: a document analysed into sentences (each with its own
 * language), tokens with clitic analyses, and dates resolved against the article date.
 * All offsets point into `text`, which is the input after NFC.
 */
export interface TextDocument {
  text: string;
  lang: Language;
  published: string;
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
}

export interface AnalyseOptions {
  /** Article date YYYY-MM-DD: anchors relative dates. */
  published: string;
  /** Force a language instead of detecting it per sentence. */
  lang?: Language;
}

/** NFC without throwing: lone surrogates make `normalize` fail on some engines. */
export function toNfc(text: string): string {
  try {
    return text.normalize('NFC');
  } catch {
    return text;
  }
}


export function analyseText(input: string, options: AnalyseOptions): TextDocument {
  const text = toNfc(input);
  const sentences: Sentence[] = splitSentences(text).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    lang: options.lang ?? detectLanguage(text, span.start, span.end),
  }));
  const tokens: Token[] = [];
  const dates: DateMention[] = [];
  for (const s of sentences) {
    const sentenceTokens = tokenise(text, s.start, s.end, s.index);
    for (const t of sentenceTokens) tokens.push(t);
    // the dates are read off the sentence's tokens: no second normalisation and tokenisation
    for (const d of findDatesInSpan(text, s.start, s.end, sentenceTokens, options.published, s.lang)) dates.push(d);
  }
  return { text, lang: options.lang ?? detectLanguage(text), published: options.published, sentences, tokens, dates };
}
