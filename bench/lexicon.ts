import { Lexicon } from '../src/lexicon/index.ts';
import { analyseText } from '../src/text/document.ts';
import type { Token } from '../src/model/index.ts';
import { generateCorpus } from './corpus.ts';
import { report, timed } from './report.ts';

/** Lexicon load time and matcher throughput (tokens/s on one core), tokenisation excluded. */
export function benchLexicon(megabytes: number): void {
  let lexicon: Lexicon | undefined;
  const load = timed(() => {
    lexicon = Lexicon.load();
  });
  if (!lexicon) return;
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
  const match = timed(() => {
    for (const s of sentences) mentions += lex.sentenceMentions(s.text, s.sentence, s.tokens, '2024-03-07').length;
  });
  report('lexicon: load and match', {
    'load ms (compile all data)': (load * 1000).toFixed(0),
    entries: lexicon.compiled.entries.length,
    phrases: lexicon.compiled.phrases.length,
    tokens: tokenCount,
    mentions,
    'tokens/s': Math.round(tokenCount / match),
  });
}
