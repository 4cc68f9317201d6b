/**
 * Plain-text tables for the terminal. Widths count what a terminal draws: combining marks,
 * Arabic harakat and tatweel-free text are measured without their zero-width marks.
 */

const ZERO_WIDTH = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f\u061c]/g;

export function displayWidth(s: string): number {
  return [...s.replace(ZERO_WIDTH, '')].length;
}

function fit(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ');
  if (displayWidth(flat) <= width) return flat + ' '.repeat(width - displayWidth(flat));
  const chars = [...flat];
  let out = '';
  for (const ch of chars) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - displayWidth(out) - 1));
}

/** Renders rows under a header; each column is as wide as its widest cell, up to `maxWidth`. */
export function renderTable(header: string[], rows: string[][], maxWidth = 48): string {
  const widths = header.map((h, c) => Math.min(maxWidth, Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? '')))));
  const line = (cells: string[]): string => cells.map((cell, c) => fit(cell, widths[c] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
