import type { Coder } from '../coder/index.ts';
import type { Db } from './db.ts';
import type { StoreWriter } from './writer.ts';

/**
 * `nasij recode`: articles coded with other data files than the coder's are coded again, each in
 * one transaction, so a run stopped half-way leaves every article wholly old or wholly new and a
 * rerun goes on where it stopped.
 */

export class Recoder {
  private readonly stale;
  private readonly article;
  private readonly mentions;

  constructor(db: Db, private readonly writer: StoreWriter, private readonly coder: Coder) {
    this.stale = db.prepare<{ version: string; all: number }, { id: string }>('SELECT id FROM articles WHERE @all = 1 OR lexicon_version != @version ORDER BY rowid');
    this.article = db.prepare<[string], { text: string; date: string }>('SELECT text, date FROM articles WHERE id = ?');
    this.mentions = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM event_mentions WHERE article_id = ?');
  }

  /** The articles to recode: coded with other data than this coder's, or every one. */
  staleIds(all: boolean): string[] {
    return this.stale.all({ version: this.coder.version, all: all ? 1 : 0 }).map((r) => r.id);
  }

  /** Codes one article again and replaces its records; returns its event records before and after. */
  recode(id: string): { before: number; after: number } {
    const a = this.article.get(id);
    if (!a) return { before: 0, after: 0 };
    const before = this.mentions.get(id)?.n ?? 0;
    const { records } = this.coder.code({ docId: id, text: a.text, date: a.date });
    this.writer.replaceRecords(id, this.coder.version, records);
    return { before, after: records.filter((r) => r.kind === 'event').length };
  }
}
