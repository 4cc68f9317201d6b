import type { DateMention, Language, Sentence, Token } from '../model/index.ts';
import { findDates } from './dates/index.ts';
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

function datesOf(text: string, sentence: Sentence, published: string): DateMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  return findDates(slice, published, sentence.lang).map((d) => ({
    ...d,
    start: d.start + sentence.start,
    end: d.end + sentence.start,
  }));
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
    for (const t of tokenise(text, s.start, s.end, s.index)) tokens.push(t);
    for (const d of datesOf(text, s, options.published)) dates.push(d);
  }
  return { text, lang: options.lang ?? detectLanguage(text), published: options.published, sentences, tokens, dates };
}
