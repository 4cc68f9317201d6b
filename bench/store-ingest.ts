import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../src/coder/coder.ts';
import { openDb } from '../src/store/db.ts';
import { ingestArticle, ingestBatch, type NewArticle } from '../src/store/ingest.ts';
import { StoreWriter } from '../src/store/writer.ts';
import { generateCorpus, totalBytes } from './corpus.ts';
import { peakRssMb, report, timed } from './report.ts';

/**
 * Ingest throughput, coding included: generated articles of ~30 sentences (80 % Arabic) coded
 * and stored one transaction each, as `nasij ingest` does, into a new database file; then the
 * first THREADED_ARTICLES of them again with `--threads 2`.
 */

const THREADED_ARTICLES = 10_000;
const BATCH = 1000;

function inDatabase<T>(fn: (writer: StoreWriter, file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-bench-ingest-'));
  const file = join(dir, 'bench.db');
  const db = openDb(file);
  try {
    return fn(new StoreWriter(db), file);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function oneCore(coder: Coder, articles: NewArticle[], mb: number): void {
  inDatabase((writer, file) => {
    let events = 0;
    const seconds = timed(() => {
      for (const a of articles) {
        const out = ingestArticle(writer, coder, a);
        if (out.kind === 'added') events += out.events;
      }
    });
    report('store: ingest (code + store, one transaction per article, one core)', {
      articles: articles.length,
      'input MB': mb.toFixed(1),
      'articles/s': Math.round(articles.length / seconds),
      'MB/s': (mb / seconds).toFixed(2),
      'event records': events,
      'database MB (before WAL checkpoint)': (statSync(file).size / (1024 * 1024)).toFixed(0),
      'peak RSS MB': peakRssMb().toFixed(0),
    });
  });
}

async function twoThreads(coder: Coder, articles: NewArticle[], mb: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-bench-ingest-'));
  const db = openDb(join(dir, 'bench.db'));
  try {
    const writer = new StoreWriter(db);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < articles.length; i += BATCH) await ingestBatch(writer, coder, articles.slice(i, i + BATCH), 2, [], () => {});
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    report('store: ingest --threads 2 (includes starting a worker per 1,000 articles)', {
      articles: articles.length,
      'articles/s': Math.round(articles.length / seconds),
      'MB/s': (mb / seconds).toFixed(2),
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchIngest(count: number): Promise<void> {
  const corpus = generateCorpus(Infinity, 0.8, 30, count);
  const articles = corpus.map((a, i) => ({ text: a.text, date: a.published, title: null, source: { name: `bench-${i}`, url: null } }));
  const coder = Coder.load();
  oneCore(coder, articles, totalBytes(corpus) / (1024 * 1024));
  const threaded = corpus.slice(0, THREADED_ARTICLES);
  await twoThreads(coder, articles.slice(0, THREADED_ARTICLES), totalBytes(threaded) / (1024 * 1024));
}

await benchIngest(Number(process.env.NASIJ_BENCH_ARTICLES ?? 50_000));
