import type { CodeBook, ExportActor, ExportEvent } from './types.ts';
import { compactDate, pairs, publisher } from './table.ts';

/**
 * The Phoenix dataset's 26 columns (Open Event Data Alliance), with a header, one row per
 * source × target pair. Actor columns: the full code (country + sector), the entity (country or
 * organisation) and the role (sector); issues, attributes and places are empty.
 */

export const PHOENIX_COLUMNS = [
  'EventID', 'Date', 'Year', 'Month', 'Day',
  'SourceActorFull', 'SourceActorEntity', 'SourceActorRole', 'SourceActorAttribute',
  'TargetActorFull', 'TargetActorEntity', 'TargetActorRole', 'TargetActorAttribute',
  'EventCode', 'EventRootCode', 'QuadClass', 'GoldsteinScore', 'Issues', 'Lat', 'Lon', 'LocationName', 'StateName', 'CountryCode',
  'SentenceID', 'URLs', 'NewsSources',
] as const;

function side(a: ExportActor | undefined): string[] {
  if (!a) return ['', '', '', ''];
  return [a.code + (a.agent ?? ''), a.code, a.agent ?? '', ''];
}

export function phoenixRows(e: ExportEvent, _codes: CodeBook): string[][] {
  const all = pairs(e.sources, e.targets);
  const [year, month, day] = e.date.split('-');
  return all.map(([source, target], k) => [
    all.length > 1 ? `${e.id}-${k + 1}` : String(e.id), compactDate(e.date), year ?? '', month ?? '', day ?? '',
    ...side(source), ...side(target),
    e.cameo, e.cameo.slice(0, 2), String(e.quad_class), String(e.goldstein), '', '', '', '', '', '',
    `${e.evidence.article_id}_${e.evidence.sentence_index}`, e.evidence.url ?? '', publisher(e.evidence.url, e.evidence.source),
  ]);
}
