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

/** Normalised words and two-word phrases ending at each position in [from, to). */
function phrasesBetween(tokens: Token[], from: number, to: number): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    out.push({ text: t.norm, at: i });
    const prev = tokens[i - 1];
    if (prev && i - 1 >= from) out.push({ text: `${prev.norm} ${t.norm}`, at: i });
  }
  return out;
}

export function readModality(tokens: Token[], clauseOf: number[], hit: TriggerHit, cues: Cues, lightVerbs: Set<string>): Modality {
  const reasons: string[] = [];
  const clause = clauseOf[hit.first];
  let start = hit.first;
  while (start > 0 && clauseOf[start - 1] === clause) start--;
  const near = phrasesBetween(tokens, Math.max(start, hit.first - NEGATION_REACH), hit.first);
  let negated = false;
  let modality: Modality['modality'] = null;
  for (const p of near) {
    const adjacent = p.at === hit.first - 1;
    if (cues.negation.has(p.text) || (adjacent && cues['negation-adjacent'].has(p.text)) || p.text.endsWith("n't")) {
      negated = true;
      reasons.push(`negated by "${p.text}"`);
    }
    if (cues['future-negation'].has(p.text)) {
      negated = true;
      modality = 'future';
      reasons.push(`negated future by "${p.text}"`);
    }
  }
  // a denial verb in the clause before this one: نفى أن يكون … / denied that …
  const denialFrom = Math.max(0, start - 6);
  for (const p of phrasesBetween(tokens, denialFrom, start)) {
    if (cues.denial.has(p.text) || tokens[p.at]?.analyses.some((a) => cues.denial.has(a.stem))) {
      negated = true;
      reasons.push(`denied by "${p.text}"`);
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
  for (const p of phrasesBetween(tokens, Math.max(start, hit.first - MODAL_REACH), hit.first)) {
    if (cues.future.has(p.text) && modality === null) {
      modality = 'future';
      reasons.push(`future by "${p.text}"`);
    }
    // قد before a perfect verb means "already", not "may" (قد أعلنت)
    const certainty = cues['certainty-before-perfect'].has(p.text) && hit.forms[0]?.tense === 'perfect';
    if (cues.hypothetical.has(p.text) && !certainty) {
      modality = 'hypothetical';
      reasons.push(`hypothetical by "${p.text}"`);
    }
  }
  return { negated, modality, reasons };
}
