import type { Coder, CodedRecord } from '../coder/index.ts';
import type { Language, Sentence } from '../model/index.ts';
import { articleId, detectLanguage, fingerprint, splitSentences, toNfc } from '../text/index.ts';
import type { ArticleSource, StoreWriter } from './writer.ts';

/**
 * One article into the store: identified by the hash of its normalised text; a text already
 * stored only gains the new source, a new one is coded and stored with all its records at once.
 */

export interface NewArticle {
  text: string;
  date: string;
  title: string | null;
  source: ArticleSource;
  lang?: Language;
}

/** `added`: a new article; `new-source`: a stored text read from another place; `known`: nothing new. */
export type IngestOutcome = { kind: 'added'; id: string; events: number } | { kind: 'new-source' | 'known'; id: string };

/** The coder failed on an article: that article is reported and skipped, the run goes on. */
export class CodingError extends Error {
  override name = 'CodingError';
}

export function ingestArticle(writer: StoreWriter, coder: Coder, input: NewArticle): IngestOutcome {
  const text = toNfc(input.text);
  const id = articleId(text);
  if (writer.hasArticle(id)) return { kind: writer.addSource(id, input.source) ? 'new-source' : 'known', id };
  let records: CodedRecord[];
  try {
    records = coder.code({ docId: id, text, date: input.date, lang: input.lang }).records;
  } catch (err) {
    throw new CodingError(`coding failed (${err instanceof Error ? err.message : String(err)})`);
  }
  writer.addArticle({
    id,
    title: input.title,
    date: input.date,
    lang: input.lang ?? detectLanguage(text),
    text,
    lexiconVersion: coder.version,
    source: input.source,
    sentences: sentencesOf(text, input.lang),
    records,
    signature: fingerprint(text),
  });
  return { kind: 'added', id, events: records.filter((r) => r.kind === 'event').length };
}

/** The sentences as the coder splits them (the same splitter over the same NFC text). */
function sentencesOf(text: string, lang: Language | undefined): Sentence[] {
  return splitSentences(text).map((s, index) => ({ index, start: s.start, end: s.end, lang: lang ?? detectLanguage(text, s.start, s.end) }));
}
