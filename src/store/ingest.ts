import { codeInParallel, type Coder, type CodedRecord } from '../coder/index.ts';
import type { Language, Sentence } from '../model/index.ts';
import { articleId, detectLanguage, fingerprint, splitSentences, toNfc } from '../text/index.ts';
import type { ArticleSource, StoreWriter } from './writer.ts';

/**
 * Articles into the store: identified by the hash of their normalised text; a text already
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

/** An article with its text after NFC (every stored span points into it) and its id. */
interface Identified extends NewArticle {
  id: string;
}

function identify(input: NewArticle): Identified {
  const text = toNfc(input.text);
  return { ...input, text, id: articleId(text) };
}

export function ingestArticle(writer: StoreWriter, coder: Coder, input: NewArticle): IngestOutcome {
  const a = identify(input);
  if (writer.hasArticle(a.id)) return addSource(writer, a);
  let records: CodedRecord[];
  try {
    records = coder.code({ docId: a.id, text: a.text, date: a.date, lang: a.lang }).records;
  } catch (err) {
    throw new CodingError(`coding failed (${err instanceof Error ? err.message : String(err)})`);
  }
  return store(writer, a, records, coder.version);
}

/**
 * Articles in input order, coded on `threads` threads (the main thread stores them as their
 * records come back, in order, so the database is the same as ingesting them one by one).
 * A coding failure here ends the batch.
 */
export async function ingestBatch(writer: StoreWriter, coder: Coder, inputs: NewArticle[], threads: number, lexiconDirs: string[], onOutcome: (index: number, out: IngestOutcome) => void): Promise<void> {
  const articles = inputs.map(identify);
  // articles stored before the batch are not coded again; one repeated within it is coded twice and stored once
  const toCode = articles.map((a, i) => ({ a, i })).filter(({ a }) => !writer.hasArticle(a.id));
  let next = 0;
  const upTo = (end: number): void => {
    for (; next < end; next++) {
      const a = articles[next];
      if (a) onOutcome(next, addSource(writer, a));
    }
  };
  const codeInputs = toCode.map(({ a }) => ({ docId: a.id, text: a.text, date: a.date, lang: a.lang }));
  await codeInParallel(codeInputs, threads, lexiconDirs, (k, coded) => {
    const item = toCode[k];
    if (!item) return;
    upTo(item.i);
    const records = coded.jsonLines.split('\n').filter(Boolean).map((line) => JSON.parse(line) as CodedRecord);
    onOutcome(item.i, store(writer, item.a, records, coder.version));
    next = item.i + 1;
  }, coder);
  upTo(articles.length);
}

function addSource(writer: StoreWriter, a: Identified): IngestOutcome {
  return { kind: writer.addSource(a.id, a.source) ? 'new-source' : 'known', id: a.id };
}

function store(writer: StoreWriter, a: Identified, records: CodedRecord[], lexiconVersion: string): IngestOutcome {
  if (writer.hasArticle(a.id)) return addSource(writer, a);
  writer.addArticle({
    id: a.id,
    title: a.title,
    date: a.date,
    lang: a.lang ?? detectLanguage(a.text),
    text: a.text,
    lexiconVersion,
    source: a.source,
    sentences: sentencesOf(a.text, a.lang),
    records,
    signature: fingerprint(a.text),
  });
  return { kind: 'added', id: a.id, events: records.filter((r) => r.kind === 'event').length };
}

/** The sentences as the coder splits them (the same splitter over the same NFC text). */
function sentencesOf(text: string, lang: Language | undefined): Sentence[] {
  return splitSentences(text).map((s, index) => ({ index, start: s.start, end: s.end, lang: lang ?? detectLanguage(text, s.start, s.end) }));
}
