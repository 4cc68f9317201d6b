import { Lexicon } from '../src/lexicon/index.ts';
import { analyseText } from '../src/text/document.ts';
import type { Token } from '../src/model/index.ts';
import { generateCorpus } from './corpus.ts';
import { peakRssMb, report, timed } from './report.ts';

/**
 * Lexicon compile and load times, peak RSS of the loaded lexicon, and matcher throughput
 * (tokens/s on one core, tokenisation excluded).
 */
function benchLexicon(megabytes: number): void {
  if (process.argv.includes('--compile')) {
    const compile = timed(() => Lexicon.load([], { cache: false }));
    Lexicon.load(); // leaves a snapshot for the load measurement, run in a fresh process
    report('lexicon: compile', { 'compile ms (all data files)': (compile * 1000).toFixed(0), 'peak RSS MB while compiling': peakRssMb().toFixed(0) });
    return;
  }
  let lexicon: Lexicon | undefined;
  const load = timed(() => {
    lexicon = Lexicon.load();
  });
  if (!lexicon) return;
  const lexiconRss = peakRssMb();
  const docs = generateCorpus(megabytes).map((a) => analyseText(a.text, { published: a.published }));
  const sentences: { tokens: Token[]; sentence: (typeof docs)[number]['sentences'][number]; text: string }[] = [];
  for (const doc of docs) {
    const byIndex = new Map<number, Token[]>();
    for (const t of doc.tokens) byIndex.set(t.sentence, [...(byIndex.get(t.sentence) ?? []), t]);
    for (const s of doc.sentences) sentences.push({ tokens: byIndex.get(s.index) ?? [], sentence: s, text: doc.text });
  }
  const tokenCount = sentences.reduce((n, s) => n + s.tokens.length, 0);
  let mentions = 0;
  const lex = lexicon;
  for (const s of sentences) lex.sentenceMentions(s.text, s.sentence, s.tokens, '2024-03-07'); // warm-up pass: steady state is measured
  const match = timed(() => {
    for (const s of sentences) mentions += lex.sentenceMentions(s.text, s.sentence, s.tokens, '2024-03-07').length;
  });
  report('lexicon: load and match', {
    'load ms (compiled snapshot)': (load * 1000).toFixed(0),
    'peak RSS MB after loading': lexiconRss.toFixed(0),
    entries: lexicon.compiled.entries.length,
    phrases: lexicon.compiled.phrases.length,
    tokens: tokenCount,
    mentions,
    'tokens/s': Math.round(tokenCount / match),
  });
}

benchLexicon(Math.max(1, Math.round(Number(process.env.NASIJ_BENCH_MB ?? 50) / 5)));
