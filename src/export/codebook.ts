import { readCameo } from '../coder/index.ts';
import { Lexicon } from '../lexicon/index.ts';
import type { CodeBook } from './types.ts';

/** The exporters' code book from the lexicon (which codes are states) and the CAMEO codebook (names). */
export function loadCodeBook(lexiconDirs: string[] = []): CodeBook {
  const states = new Set([...Lexicon.load(lexiconDirs).compiled.states.values()].filter((s) => !s.region).map((s) => s.code));
  const cameo = readCameo();
  return { isState: (code) => states.has(code), cameoName: (code) => cameo.get(code)?.name ?? '' };
}
