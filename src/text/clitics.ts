import { readTsv, DataFileError } from '../datafile/tsv.ts';
import { dataPath } from '../datafile/paths.ts';
import type { CliticAnalysis } from '../model/index.ts';
import { BoundedCache } from '../util/bounded-cache.ts';

/**
 * Arabic clitic analysis. For a word in matching form it proposes every segmentation that the
 * clitic data allow, unsegmented first; the lexicon and the trigger patterns choose among them.
 */

/** A stem shorter than this is no word: "لا" is not ل + ا. */
const MIN_STEM = 2;
/** Distinct words seen in news are few; caching their analyses saves most of the work. */
const CACHE_LIMIT = 50_000;

interface ProcliticPath {
  surface: string;
  clitics: string[];
  future: boolean;
}

interface CliticData {
  paths: ProcliticPath[];
  enclitics: string[];
  futureOpeners: Set<string>;
  roles: CliticRoles;
}

/** What each proclitic is, for the rules that read analyses (from `data/lang/ar/clitics.tsv`). */
export interface CliticRoles {
  conjunctions: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  future: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** Prepositions that may stand before a verb (ل of purpose); the others mark a noun. */
  verbPrepositions: ReadonlySet<string>;
  /** The definite article as written (ال). */
  article: string;
  /** Prepositions written fused with the article (ل in لل). */
  fusedPrepositions: ReadonlySet<string>;
  /** The fused forms as written (لل). */
  fused: ReadonlySet<string>;
}

const SLOTS = ['conj', 'prep', 'future', 'article', 'fused', 'enclitic', 'verb-prep'] as const;
type Slot = (typeof SLOTS)[number];

function readSlots(file: string): Map<Slot, string[]> {
  const slots = new Map<Slot, string[]>(SLOTS.map((s) => [s, []]));
  for (const { fields, line } of readTsv(file, 2)) {
    const slot = (fields[0] ?? '').trim() as Slot;
    const forms = slots.get(slot);
    if (!forms) throw new DataFileError(file, line, `unknown slot "${slot}" (expected ${SLOTS.join(', ')})`);
    forms.push((fields[1] ?? '').trim());
  }
  return slots;
}

/** All proclitic sequences: (conj)? then one of prep, prep+article, article, fused prep+article, future. */
function procliticPaths(slots: Map<Slot, string[]>): ProcliticPath[] {
  const get = (s: Slot): string[] => slots.get(s) ?? [];
  const article = get('article');
  const middles: { surface: string; clitics: string[]; future: boolean }[] = [{ surface: '', clitics: [], future: false }];
  for (const p of get('prep')) {
    middles.push({ surface: p, clitics: [p], future: false });
    for (const a of article) middles.push({ surface: p + a, clitics: [p, a], future: false });
  }
  for (const a of article) middles.push({ surface: a, clitics: [a], future: false });
  for (const f of get('fused')) middles.push({ surface: f, clitics: [f.slice(0, 1), ...article], future: false });
  for (const f of get('future')) middles.push({ surface: f, clitics: [f], future: true });
  const paths: ProcliticPath[] = [];
  for (const conj of ['', ...get('conj')]) {
    for (const m of middles) {
      const surface = conj + m.surface;
      if (surface !== '') paths.push({ surface, clitics: conj ? [conj, ...m.clitics] : m.clitics, future: m.future });
    }
  }
  return paths.sort((a, b) => a.surface.length - b.surface.length);
}

let data: CliticData | undefined;

function cliticData(): CliticData {
  if (data) return data;
  const slots = readSlots(dataPath('lang', 'ar', 'clitics.tsv'));
  const openers = readTsv(dataPath('lang', 'ar', 'future-prefixes.tsv'), 1).map((r) => (r.fields[0] ?? '').trim());
  const set = (slot: Slot): ReadonlySet<string> => new Set(slots.get(slot) ?? []);
  data = {
    paths: procliticPaths(slots),
    enclitics: [...(slots.get('enclitic') ?? [])].sort((a, b) => a.length - b.length),
    futureOpeners: new Set(openers),
    roles: {
      conjunctions: set('conj'), prepositions: set('prep'), future: set('future'), articles: set('article'), verbPrepositions: set('verb-prep'),
      article: slots.get('article')?.[0] ?? '',
      fusedPrepositions: new Set((slots.get('fused') ?? []).map((f) => f.slice(0, 1))),
      fused: set('fused'),
    },
  };
  return data;
}

export function cliticRoles(): CliticRoles {
  return cliticData().roles;
}

/** Bases left after removing an enclitic; a ت before a suffix may be a ة (حكومته → حكومه). */
function enclticBases(word: string, enclitics: string[]): { base: string; enclitic: string | null }[] {
  const bases: { base: string; enclitic: string | null }[] = [{ base: word, enclitic: null }];
  for (const e of enclitics) {
    if (word.length - e.length < MIN_STEM || !word.endsWith(e)) continue;
    const base = word.slice(0, -e.length);
    bases.push({ base, enclitic: e });
    if (base.endsWith('ت')) bases.push({ base: base.slice(0, -1) + 'ه', enclitic: e });
  }
  return bases;
}

function analyse(word: string): CliticAnalysis[] {
  const { paths, enclitics, futureOpeners } = cliticData();
  const out: CliticAnalysis[] = [];
  const seen = new Set<string>();
  for (const { base, enclitic } of enclticBases(word, enclitics)) {
    const add = (proclitics: string[], stem: string): void => {
      const key = `${proclitics.join('+')}|${stem}|${enclitic ?? ''}`;
      if (stem.length < MIN_STEM || seen.has(key)) return;
      seen.add(key);
      out.push({ proclitics, stem, enclitic });
    };
    add([], base);
    for (const path of paths) {
      if (!base.startsWith(path.surface)) continue;
      const stem = base.slice(path.surface.length);
      if (path.future && !futureOpeners.has(stem[0] ?? '')) continue;
      add(path.clitics, stem);
    }
  }
  return out;
}

const cache = new BoundedCache<string, CliticAnalysis[]>(CACHE_LIMIT);

/**
 * Candidate clitic analyses of an Arabic word in matching form, unsegmented first. The returned
 * arrays are shared between calls: treat them as read-only.
 */
export function cliticAnalyses(norm: string): CliticAnalysis[] {
  return cache.memo(norm, analyse);
}
