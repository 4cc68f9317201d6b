import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coder/coder.ts';
import { openDb } from '../src/store/db.ts';
import { ingestArticle } from '../src/store/ingest.ts';
import { StoreWriter } from '../src/store/writer.ts';
import { generateCorpus, totalBytes } from './corpus.ts';
import { peakRssMb, report, timed } from './report.ts';

/**
 * Ingest throughput, coding included: generated articles of ~30 sentences (80 % Arabic) coded
 * and stored one transaction each, as `nasij ingest` does, into a new database file.
 */
function benchIngest(articles: number): void {
  const corpus = generateCorpus(Infinity, 0.8, 30, articles);
  const mb = totalBytes(corpus) / (1024 * 1024);
  const dir = mkdtempSync(join(tmpdir(), 'nasij-bench-ingest-'));
  const file = join(dir, 'bench.db');
  const db = openDb(file);
  try {
    const writer = new StoreWriter(db);
    const coder = Coder.load();
    let events = 0;
    const seconds = timed(() => {
      corpus.forEach((a, i) => {
        const out = ingestArticle(writer, coder, { text: a.text, date: a.published, title: null, source: { name: `bench-${i}`, url: null } });
        if (out.kind === 'added') events += out.events;
      });
    });
    const stored = db.prepare('SELECT count(*) FROM events').pluck().get() as number;
    db.pragma('wal_checkpoint(TRUNCATE)');
    report('store: ingest (code + store, one transaction per article, one core)', {
      articles: corpus.length,
      'input MB': mb.toFixed(1),
      'articles/s': Math.round(corpus.length / seconds),
      'MB/s': (mb / seconds).toFixed(2),
      'event records': events,
      'distinct events stored': stored,
      'database MB': (statSync(file).size / (1024 * 1024)).toFixed(0),
      'peak RSS MB': peakRssMb().toFixed(0),
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

benchIngest(Number(process.env.NASIJ_BENCH_ARTICLES ?? 50_000));
