import { Coder, type CodeInput } from '../src/coder/coder.ts';
import { codeInParallel, codeToJsonLines } from '../src/coder/parallel.ts';
import { generateCorpus, totalBytes } from './corpus.ts';
import { peakRssMb, report, timed } from './report.ts';

/** Coding throughput on one core over ≥100k Arabic sentences, then the same with 2 threads. */
async function benchCoder(sentences: number): Promise<void> {
  const perArticle = 30;
  const corpus = generateCorpus(Infinity, 1, perArticle, Math.ceil(sentences / perArticle));
  const inputs: CodeInput[] = corpus.map((a, i) => ({ docId: `bench-${i}`, text: a.text, date: a.published }));
  const mb = totalBytes(corpus) / (1024 * 1024);
  let coder: Coder | undefined;
  const load = timed(() => {
    coder = Coder.load();
  });
  if (!coder) return;
  const c = coder;
  for (const input of inputs.slice(0, Math.ceil(inputs.length / 10))) c.code(input); // warm-up: steady state is measured
  let counted = 0;
  let records = 0;
  const one = timed(() => {
    for (const input of inputs) {
      const doc = c.code(input);
      records += doc.records.length;
      counted += doc.sentences;
    }
  });
  report('coder: one core', {
    'load ms': (load * 1000).toFixed(0),
    articles: inputs.length,
    sentences: counted,
    records,
    'sentences/s': Math.round(counted / one),
    'MB/s': (mb / one).toFixed(2),
    'peak RSS MB': peakRssMb().toFixed(0),
  });
  // --threads writes JSON Lines, so its one-core baseline does too (what `nasij code` does on one thread)
  let lines = 0;
  const oneWithOutput = timed(() => {
    for (const input of inputs) lines += codeToJsonLines(c, input).jsonLines.length;
  });
  report('coder: one core, writing JSON Lines', {
    'sentences/s': Math.round(counted / oneWithOutput),
    'output MB': (lines / (1024 * 1024)).toFixed(1),
  });
  let parallelRecords = 0;
  const t0 = process.hrtime.bigint();
  // the main thread codes with the coder it has; the worker loads its own
  await codeInParallel(inputs, 2, [], (_, coded) => {
    parallelRecords += coded.records;
  }, c);
  const two = Number(process.hrtime.bigint() - t0) / 1e9;
  report('coder: --threads 2, writing JSON Lines (includes starting the workers)', {
    'sentences/s': Math.round(counted / two),
    'speed-up over one core writing JSON Lines': (oneWithOutput / two).toFixed(2),
    'same record count': String(parallelRecords === records),
  });
}

await benchCoder(Number(process.env.NASIJ_BENCH_SENTENCES ?? 100_000));
