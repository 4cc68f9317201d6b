import type { ExportEvent } from './types.ts';

/**
 * PLOVER's event JSON (one object per line): the fields of the PLOVER specification — id, date,
 * event, mode, context, actor and recipient with their texts, event_text (the trigger) and text
 * (the sentence) — with the CAMEO code, Goldstein score, quad class and report counts beside them.
 * Actors stay n-ary: `actor` and `recipient` are lists of "COUNTRY SECTOR" codes.
 */

function actorCode(a: { code: string; agent: string | null }): string {
  return a.agent ? `${a.code} ${a.agent}` : a.code;
}

export function ploverJson(e: ExportEvent): string {
  return JSON.stringify({
    id: String(e.id),
    date: e.date,
    date_precision: e.date_precision,
    event: e.type,
    mode: e.mode ?? '',
    context: e.context,
    actor: e.sources.map(actorCode),
    actor_text: e.sources.map((a) => a.text),
    recipient: e.targets.map(actorCode),
    recipient_text: e.targets.map((a) => a.text),
    event_text: e.evidence.trigger_text,
    text: e.evidence.sentence_text,
    negated: e.negated,
    modality: e.modality,
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad_class: e.quad_class,
    num_articles: e.num_articles,
    num_sources: e.num_sources,
    url: e.evidence.url,
    rule: e.evidence.rule,
  });
}
