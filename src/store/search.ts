import { cliticAnalyses, cliticRoles, normalise, normaliseWithOffsets, originalSpan } from '../text/index.ts';
import type { Db } from './db.ts';

/**
 * Full-text search over articles. The index holds the normalised text and the query is
 * normalised the same way, so أ/إ/آ/ا, ة/ه, ى/ي, diacritics and tatweel variants match. Each
 * Arabic word is indexed also without its proclitics (بالقاهرة under القاهره and قاهره too), so a
 * query for القاهرة finds بالقاهرة، وللقاهرة.
 */

const ARABIC_LETTER = /[\u0621-\u064a]/;

/** An Arabic word's forms without its proclitics, with the article where it had one (وللعاصمة: العاصمه). */
function bareForms(word: string): string[] {
  const roles = cliticRoles();
  const forms = new Set<string>();
  for (const a of cliticAnalyses(word)) {
    if (a.enclitic !== null) continue;
    forms.add(a.stem);
    if (a.proclitics.some((c) => roles.articles.has(c))) forms.add(roles.article + a.stem);
  }
  return [...forms];
}

/** What the index holds for a text: every word normalised, Arabic words also without their proclitics. */
export function indexText(text: string): string {
  const words = normalise(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => (ARABIC_LETTER.test(w) ? bareForms(w).join(' ') : w)).join(' ');
}

export interface SearchHit {
  id: string;
  title: string | null;
  date: string;
  /** Where the first query word stands, in the article's own spelling. */
  snippet: string;
}

/** Characters of context either side of the snippet's word. */
const SNIPPET_CONTEXT = 60;

/** The query's words, normalised: letters and digits, as the index's tokenizer cuts them. */
export function queryWords(query: string): string[] {
  return normalise(query.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** An FTS5 query that matches every word as a plain string: no FTS syntax is taken from the user. */
export function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

export class SearchQueries {
  private readonly matching;

  constructor(db: Db) {
    this.matching = db.prepare<{ match: string; limit: number }, { id: string; title: string | null; date: string; text: string }>(
      `SELECT a.id, a.title, a.date, a.text FROM articles_fts f JOIN articles a ON a.rowid = f.rowid
       WHERE articles_fts MATCH @match ORDER BY bm25(articles_fts), a.date DESC LIMIT @limit`,
    );
  }

  /** Articles holding every word of the query, best first; none when the query has no words. */
  search(query: string, limit = 20): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    return this.matching.all({ match: ftsQuery(words), limit }).map((a) => ({ id: a.id, title: a.title, date: a.date, snippet: snippet(a.text, words) }));
  }
}

function snippet(text: string, words: string[]): string {
  const n = normaliseWithOffsets(text);
  // a proclitic may stand before the word (بالقاهره for القاهره)
  const found = new RegExp(`(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u').exec(n.norm);
  if (!found) return text.slice(0, SNIPPET_CONTEXT * 2).replace(/\s+/g, ' ').trim();
  const [start, end] = originalSpan(n, found.index, found.index + found[0].length);
  const from = Math.max(0, start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, end + SNIPPET_CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}
