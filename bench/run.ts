import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: each benchmark runs in its own process so that its peak RSS is its own.
 * Sizes: NASIJ_BENCH_MB (text corpus, default 50), NASIJ_BENCH_SENTENCES (coder, default 100,000),
 * NASIJ_BENCH_ARTICLES (ingest, default 50,000), NASIJ_BENCH_EVENTS (query latency, default 5 M) and
 * NASIJ_BENCH_ANALYSIS_EVENTS (analyses, default 1 M).
 * NASIJ_BENCH_ONLY=store-ingest,store-query runs only those sections.
 */
const all = [['text'], ['lexicon', '--compile'], ['lexicon'], ['coder'], ['store-ingest'], ['store-query'], ['analysis']];
const only = process.env.NASIJ_BENCH_ONLY?.split(',');
const sections = only ? all.filter(([name]) => only.includes(name ?? '')) : all;
console.log(`Nasij benchmarks — Node ${process.version}`);
for (const [section, ...args] of sections) {
  // the compiled benchmarks (dist/bench), so that no TypeScript loader sits in the figures
  const script = fileURLToPath(new URL(`./${section}.js`, import.meta.url));
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
