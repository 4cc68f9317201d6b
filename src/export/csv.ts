import type { ExportEvent } from './types.ts';

/** Nasij's own flat table: one row per event, several actors joined by ";" (with a header). */

export const CSV_COLUMNS = [
  'id', 'date', 'date_precision', 'type', 'mode', 'context', 'cameo', 'quad_class', 'goldstein', 'negated', 'modality',
  'sources', 'source_agents', 'source_texts', 'targets', 'target_agents', 'target_texts',
  'num_mentions', 'num_articles', 'num_sources', 'article_id', 'url', 'sentence_index', 'trigger', 'sentence', 'rule',
] as const;

export function csvRow(e: ExportEvent): string[] {
  const join = (values: (string | null)[]): string => values.map((v) => v ?? '').join(';');
  return [
    String(e.id), e.date, e.date_precision, e.type, e.mode ?? '', e.context.join(';'), e.cameo, String(e.quad_class), String(e.goldstein),
    String(e.negated), e.modality ?? '',
    join(e.sources.map((a) => a.code)), join(e.sources.map((a) => a.agent)), join(e.sources.map((a) => a.text)),
    join(e.targets.map((a) => a.code)), join(e.targets.map((a) => a.agent)), join(e.targets.map((a) => a.text)),
    String(e.num_mentions), String(e.num_articles), String(e.num_sources), e.evidence.article_id, e.evidence.url ?? e.evidence.source,
    String(e.evidence.sentence_index), e.evidence.trigger_text, e.evidence.sentence_text, e.evidence.rule,
  ];
}
