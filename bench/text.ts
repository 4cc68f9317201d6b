import { normalise } from '../src/text/normalise.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { tokenise } from '../src/text/tokens.ts';
import { analyseText } from '../src/text/document.ts';
import { generateCorpus, totalBytes } from './corpus.ts';
import { peakRssMb, report, timed } from './report.ts';

/** Text-engine throughput on one core: the core path, then the full analysis with dates. */
function benchText(megabytes: number): void {
  const corpus = generateCorpus(megabytes);
  const mb = totalBytes(corpus) / (1024 * 1024);
  let sentences = 0;
  let tokens = 0;
  const core = timed(() => {
    for (const a of corpus) {
      normalise(a.text);
      for (const s of splitSentences(a.text)) {
        sentences++;
        tokens += tokenise(a.text, s.start, s.end).length;
      }
    }
  });
  report('text: normalise + split + tokenise + clitics', {
    'corpus MB': mb.toFixed(1),
    articles: corpus.length,
    sentences,
    tokens,
    'MB/s': (mb / core).toFixed(1),
    'sentences/s': Math.round(sentences / core),
    'tokens/s': Math.round(tokens / core),
  });
  const sample = corpus.slice(0, Math.ceil(corpus.length / 10));
  const sampleMb = totalBytes(sample) / (1024 * 1024);
  let fullSentences = 0;
  analyseText(sample[0]?.text ?? '', { published: '2024-03-07' }); // load the date grammars first
  const full = timed(() => {
    for (const a of sample) fullSentences += analyseText(a.text, { published: a.published }).sentences.length;
  });
  report('text: full analysis incl. language and dates (10% of the corpus)', {
    'MB/s': (sampleMb / full).toFixed(1),
    'sentences/s': Math.round(fullSentences / full),
    'peak RSS MB (corpus in memory)': peakRssMb().toFixed(0),
  });
}

benchText(Number(process.env.NASIJ_BENCH_MB ?? 50));
