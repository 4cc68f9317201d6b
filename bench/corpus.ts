import { loadSamples } from '../src/ingest/samples.ts';
import { splitSentences } from '../src/text/sentences.ts';

/**
 * A generated corpus for benchmarks: articles of ~30 sentences drawn with a fixed seed from the
 * bundled samples' sentences (ours, not third-party text), until the wanted size is reached.
 */

export interface BenchArticle {
  text: string;
  published: string;
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function sampleSentences(): { ar: string[]; en: string[] } {
  const out = { ar: [] as string[], en: [] as string[] };
  for (const doc of loadSamples()) {
    const lang = doc.meta.lang === 'en' ? 'en' : 'ar';
    for (const s of splitSentences(doc.text)) out[lang].push(doc.text.slice(s.start, s.end));
  }
  return out;
}

export function generateCorpus(megabytes: number, arabicShare = 0.8, sentencesPerArticle = 30, maxArticles = Infinity): BenchArticle[] {
  const pool = sampleSentences();
  const random = seeded(42);
  const articles: BenchArticle[] = [];
  let bytes = 0;
  while (bytes < megabytes * 1024 * 1024 && articles.length < maxArticles) {
    const source = random() < arabicShare ? pool.ar : pool.en;
    const lines: string[] = [];
    for (let i = 0; i < sentencesPerArticle; i++) lines.push(source[Math.floor(random() * source.length)] ?? '');
    const text = lines.join(' ');
    articles.push({ text, published: '2024-03-07' });
    bytes += Buffer.byteLength(text);
  }
  return articles;
}

export function totalBytes(articles: BenchArticle[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
}
