import { HttpError } from './errors.ts';

/** An event page's cursor: the last event's (date, id), opaque to clients. */

export function encodeCursor(after: { date: string; id: number }): string {
  return Buffer.from(`${after.date}|${after.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { date: string; id: number } {
  const m = /^(\d{4}-\d{2}-\d{2})\|(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m?.[1] || !m[2]) throw new HttpError(400, 'querystring/cursor: not a cursor this API gave');
  return { date: m[1], id: Number(m[2]) };
}
