import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: each benchmark runs in its own process so that its peak RSS is its own.
 * Sizes: NASIJ_BENCH_MB (text corpus, default 50) and NASIJ_BENCH_SENTENCES (coder, default 100,000).
 */
const sections = [['text'], ['lexicon', '--compile'], ['lexicon'], ['coder']];
console.log(`Nasij benchmarks — Node ${process.version}`);
for (const [section, ...args] of sections) {
  // the compiled benchmarks (dist/bench), so that no TypeScript loader sits in the figures
  const script = fileURLToPath(new URL(`./${section}.js`, import.meta.url));
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
