import { Lexicon } from '../src/lexicon/index.ts';
const mb = (n: number): string => (n / 1048576).toFixed(1);
const before = process.memoryUsage();
console.log('before rss', mb(before.rss), 'heap', mb(before.heapUsed), 'maxRSS', (process.resourceUsage().maxRSS / 1024).toFixed(0));
const l = Lexicon.load();
global.gc?.();
const after = process.memoryUsage();
console.log('after rss', mb(after.rss), 'heap', mb(after.heapUsed), 'maxRSS', (process.resourceUsage().maxRSS / 1024).toFixed(0), l.compiled.phrases.length);
