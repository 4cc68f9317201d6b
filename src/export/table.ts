/**
 * Writing rows as tab-separated (GDELT, ICEWS, Phoenix) or comma-separated (RFC 4180) lines.
 * A tab or line break inside a field would break a tab-separated row, so it becomes a space.
 */

export type Separator = 'tab' | 'comma';

function tsvField(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function formatRow(fields: readonly string[], separator: Separator): string {
  return separator === 'tab' ? fields.map(tsvField).join('\t') : fields.map(csvField).join(',');
}

/** YYYYMMDD from YYYY-MM-DD. */
export function compactDate(iso: string): string {
  return iso.slice(0, 10).replace(/-/g, '');
}

/** Every source × target pair of an event (a side with no actor is one empty actor). */
export function pairs<T>(sources: readonly T[], targets: readonly T[]): [T | undefined, T | undefined][] {
  const s = sources.length > 0 ? sources : [undefined];
  const t = targets.length > 0 ? targets : [undefined];
  return s.flatMap((a) => t.map((b): [T | undefined, T | undefined] => [a, b]));
}

/** The host of a URL (the publisher, as ICEWS and Phoenix name it), or the file name. */
export function publisher(url: string | null, source: string): string {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return url;
    }
  }
  return source;
}
