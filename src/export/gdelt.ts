import type { CodeBook, ExportActor, ExportEvent } from './types.ts';
import { compactDate, pairs } from './table.ts';

/**
 * The GDELT 2.0 event table: 61 tab-separated columns, no header, as GDELT publishes it. GDELT is
 * dyadic, so an event with several sources or targets gives a row per source × target pair;
 * GlobalEventID is the event id × 1000 + the pair's number, unique and stable. Columns Nasij has
 * no data for are empty: ethnic and religious codes, tone (AvgTone) and the geography (GDELT's
 * geo columns hold FIPS codes and coordinates of places; Nasij does not geocode).
 */

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

/** Most pairs one event may give before its ids would run into the next event's. */
export const MAX_PAIRS = 1000;

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => prefix + c);
}

function geoColumns(prefix: string): string[] {
  return ['_Type', '_FullName', '_CountryCode', '_ADM1Code', '_ADM2Code', '_Lat', '_Long', '_FeatureID'].map((c) => prefix + c);
}

/** GDELT's year fraction: 2021.0137 for 6 January 2021. */
function fractionDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const days = (d.getTime() - start) / 86_400_000 + 1;
  return (d.getUTCFullYear() + days / 365).toFixed(4);
}

/** Actor code as GDELT writes it: country (or organisation) then sector, ISRMIL, NATO. */
function actorFields(a: ExportActor | undefined, codes: CodeBook): string[] {
  if (!a) return Array<string>(10).fill('');
  const state = codes.isState(a.code);
  const agent = a.agent ?? '';
  return [a.code + agent, a.text, state ? a.code : '', state ? '' : a.code, '', '', '', agent, '', ''];
}

/** 20211231235959 from an ISO timestamp. */
function dateAdded(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14).padEnd(14, '0');
}

export function gdeltRows(e: ExportEvent, codes: CodeBook): string[][] {
  const cameo = e.cameo;
  const shared = [
    // GDELT marks events from the lead paragraph as root events; the first sentence stands for it
    e.evidence.sentence_index === 0 ? '1' : '0', cameo, cameo.slice(0, 3), cameo.slice(0, 2), String(e.quad_class), String(e.goldstein),
    String(e.num_mentions), String(e.num_sources), String(e.num_articles), '',
  ];
  const geo = Array<string>(24).fill('');
  return pairs(e.sources, e.targets).slice(0, MAX_PAIRS).map(([source, target], k) => [
    String(e.id * MAX_PAIRS + k), compactDate(e.date), compactDate(e.date).slice(0, 6), e.date.slice(0, 4), fractionDate(e.date),
    ...actorFields(source, codes), ...actorFields(target, codes),
    ...shared, ...geo,
    dateAdded(e.added_at), e.evidence.url ?? e.evidence.source,
  ]);
}
