import type { Token } from '../model/index.ts';
import type { Cues } from './cues.ts';
import { cliticRoles } from '../text/index.ts';
import type { TriggerHit } from './triggers.ts';

/**
 * Negation and modality of a trigger from the words before it in its clause: لم/لن/ليس/عدم, not,
 * n't, never; a denial verb over the clause (نفى أن …, denied that …); سـ/سوف/will (future);
 * إذا/لو/قد + imperfect/if/could/might (hypothetical). "historical" is decided from the event date.
 */

export interface Modality {
  negated: boolean;
  modality: 'future' | 'hypothetical' | null;
  reasons: string[];
}

const NEGATION_REACH = 3;
const MODAL_REACH = 5;

/** A word, or a two-word phrase, ending at token `at`. */
interface Phrase {
  at: number;
  /** Its last word ("n't" ends a phrase where it ends its last word). */
  word: string;
  /** The word before it, for a two-word phrase. */
  before: string | undefined;
  /** The text to look up in the cue sets; undefined for a two-word phrase no cue starts with. */
  key: string | undefined;
}

/** A phrase as written in the reasons: joined only for them, as most phrases are no cue. */
function textOf(p: Phrase): string {
  return p.key ?? `${p.before ?? ''} ${p.word}`;
}

/**
 * Every part of a cue before one of its spaces: a two-word phrase can be a cue only if its first
 * word is one, so the others are never joined into a string to be looked up (most of them).
 */
const cueHeadsOf = new WeakMap<Cues, Set<string>>();

function cueHeads(cues: Cues): Set<string> {
  let heads = cueHeadsOf.get(cues);
  if (heads) return heads;
  heads = new Set<string>();
  for (const set of Object.values(cues)) {
    for (const cue of set) for (let k = cue.indexOf(' '); k >= 0; k = cue.indexOf(' ', k + 1)) heads.add(cue.slice(0, k));
  }
  cueHeadsOf.set(cues, heads);
  return heads;
}

/** Normalised words and two-word phrases ending at each position in [from, to). */
function phrasesBetween(tokens: Token[], from: number, to: number, heads: Set<string>): Phrase[] {
  const out: Phrase[] = [];
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    out.push({ at: i, word: t.norm, before: undefined, key: t.norm });
    const prev = tokens[i - 1];
    if (prev && i - 1 >= from) out.push({ at: i, word: t.norm, before: prev.norm, key: heads.has(prev.norm) ? `${prev.norm} ${t.norm}` : undefined });
  }
  return out;
}

/** Whether a phrase is one of a set of cues. */
function isCue(set: Set<string>, p: Phrase): boolean {
  return p.key !== undefined && set.has(p.key);
}

export function readModality(tokens: Token[], clauseOf: number[], hit: TriggerHit, cues: Cues, lightVerbs: Set<string>): Modality {
  const reasons: string[] = [];
  const heads = cueHeads(cues);
  const clause = clauseOf[hit.first];
  let start = hit.first;
  while (start > 0 && clauseOf[start - 1] === clause) start--;
  const near = phrasesBetween(tokens, Math.max(start, hit.first - NEGATION_REACH), hit.first, heads);
  let negated = false;
  let modality: Modality['modality'] = null;
  for (const p of near) {
    const adjacent = p.at === hit.first - 1;
    if (isCue(cues.negation, p) || (adjacent && isCue(cues['negation-adjacent'], p)) || p.word.endsWith("n't")) {
      negated = true;
      reasons.push(`negated by "${textOf(p)}"`);
    }
    if (isCue(cues['future-negation'], p)) {
      negated = true;
      modality = 'future';
      reasons.push(`negated future by "${textOf(p)}"`);
    }
  }
  // a denial verb in the clause before this one: نفى أن يكون … / denied that …
  const denialFrom = Math.max(0, start - 6);
  for (const p of phrasesBetween(tokens, denialFrom, start, heads)) {
    if (isCue(cues.denial, p) || tokens[p.at]?.analyses.some((a) => cues.denial.has(a.stem))) {
      negated = true;
      reasons.push(`denied by "${textOf(p)}"`);
    }
  }
  const clitics = cliticRoles();
  const isFuture = (c: string): boolean => clitics.future.has(c);
  if (hit.analysis.proclitics.some(isFuture)) {
    modality = 'future';
    reasons.push('future prefix سـ');
  }
  // ستفرض … عقوبات: the future prefix sits on the light verb that carries a noun trigger
  for (let i = Math.max(start, hit.first - MODAL_REACH); i < hit.first; i++) {
    const lightFuture = tokens[i]?.analyses.some((a) => a.proclitics.some(isFuture) && lightVerbs.has(a.stem));
    if (lightFuture && modality === null) {
      modality = 'future';
      reasons.push(`future prefix on the light verb "${tokens[i]?.text ?? ''}"`);
    }
  }
  for (const p of phrasesBetween(tokens, Math.max(start, hit.first - MODAL_REACH), hit.first, heads)) {
    if (isCue(cues.future, p) && modality === null) {
      modality = 'future';
      reasons.push(`future by "${textOf(p)}"`);
    }
    // قد before a perfect verb means "already", not "may" (قد أعلنت)
    const certainty = isCue(cues['certainty-before-perfect'], p) && hit.forms[0]?.tense === 'perfect';
    if (isCue(cues.hypothetical, p) && !certainty) {
      modality = 'hypothetical';
      reasons.push(`hypothetical by "${textOf(p)}"`);
    }
  }
  return { negated, modality, reasons };
}
