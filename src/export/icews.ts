import type { CodeBook, ExportActor, ExportEvent } from './types.ts';
import { pairs, publisher } from './table.ts';

/**
 * ICEWS's 20 columns, with its header, one row per source × target pair (ICEWS is dyadic).
 * "Event Text" is the CAMEO name, "Intensity" the Goldstein score, "Story ID" the article id;
 * the place columns are empty (Nasij does not geocode).
 */

export const ICEWS_COLUMNS = [
  'Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity',
  'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher',
  'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude',
] as const;

function side(a: ExportActor | undefined, codes: CodeBook): string[] {
  if (!a) return ['', '', ''];
  return [a.text, a.agent ?? '', codes.isState(a.code) ? a.code : ''];
}

export function icewsRows(e: ExportEvent, codes: CodeBook): string[][] {
  const all = pairs(e.sources, e.targets);
  return all.map(([source, target], k) => [
    all.length > 1 ? `${e.id}-${k + 1}` : String(e.id), e.date, ...side(source, codes), codes.cameoName(e.cameo), e.cameo, String(e.goldstein),
    ...side(target, codes), e.evidence.article_id, String(e.evidence.sentence_index + 1), publisher(e.evidence.url, e.evidence.source),
    '', '', '', '', '', '',
  ]);
}
