import type { Span } from '../api.ts';

/** A span in the article's text to highlight, with the role it plays. */
export interface Mark extends Span {
  role: 'trigger' | 'source' | 'target';
  label?: string;
}

/**
 * One sentence with its marks highlighted. Offsets are the article's; marks are drawn in text
 * order and an overlapping mark is skipped so no character is shown twice. Arabic sentences are
 * laid out right to left whatever the interface language.
 */
export function Sentence({ text, start, end, lang, marks }: { text: string; start: number; end: number; lang: string; marks: Mark[] }) {
  const inside = marks.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start);
  const parts: (string | Mark)[] = [];
  let at = start;
  for (const m of inside) {
    if (m.start < at) continue;
    if (m.start > at) parts.push(text.slice(at, m.start));
    parts.push(m);
    at = m.end;
  }
  if (at < end) parts.push(text.slice(at, end));
  return (
    <blockquote className="sentence" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} data-testid="evidence-sentence">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          <span key={i}>{p}</span>
        ) : (
          <mark key={i} className={`mark-${p.role}`} title={p.label ?? p.role} data-role={p.role}>
            {text.slice(p.start, p.end)}
          </mark>
        ),
      )}
    </blockquote>
  );
}
