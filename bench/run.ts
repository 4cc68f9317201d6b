import { benchCoder } from './coder.ts';
import { benchLexicon } from './lexicon.ts';
import { benchText } from './text.ts';
import { peakRssMb, report } from './report.ts';

/**
 * `npm run bench`: prints throughput and memory figures. Sizes can be lowered for a quick look
 * with NASIJ_BENCH_MB (default 50, the size the goals are stated for).
 */
const megabytes = Number(process.env.NASIJ_BENCH_MB ?? 50);
console.log(`Nasij benchmarks — Node ${process.version}, one core, ${megabytes} MB generated corpus`);
benchText(megabytes);
benchLexicon(Math.max(1, Math.round(megabytes / 10)));
await benchCoder(Number(process.env.NASIJ_BENCH_SENTENCES ?? 100_000));
report('memory', { 'peak RSS MB': peakRssMb().toFixed(0) });
