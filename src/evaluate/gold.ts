import { z } from 'zod';
import { IsoDate, Language, MembershipChange, PloverType } from '../model/index.ts';

/**
 * Gold sets: our JSONL format (documented in docs/gold-format.md) and PETRARCH validation XML
 * (`<Sentence id date><EventCoding plover sourcecode targetcode/><Text>…</Text>`, closing tags
 * optional as in real files).
 */

const GoldEvent = z.object({
  type: PloverType,
  sources: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
  date: IsoDate.optional(),
  date_precision: z.enum(['day', 'month', 'year']).optional(),
  negated: z.boolean().optional(),
  modality: z.enum(['future', 'hypothetical', 'historical']).optional(),
});

const GoldMembership = z.object({
  actor: z.string(),
  grouping: z.string(),
  change: MembershipChange,
  date: IsoDate.optional(),
  negated: z.boolean().optional(),
});

const GoldGrouping = z.object({
  code: z.string(),
  members: z.array(z.string()),
  issues: z.array(z.string()).default([]),
  format: z.enum(['bilateral', 'minilateral', 'multilateral']).optional(),
});

export const GoldSentence = z.object({
  id: z.string(),
  lang: Language.optional(),
  date: IsoDate,
  text: z.string().min(1),
  events: z.array(GoldEvent).default([]),
  memberships: z.array(GoldMembership).default([]),
  groupings: z.array(GoldGrouping).default([]),
});
export type GoldSentence = z.infer<typeof GoldSentence>;
export type GoldEvent = z.infer<typeof GoldEvent>;

export class GoldError extends Error {
  override name = 'GoldError';
}

export function parseGoldJsonl(name: string, content: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new GoldError(`${name}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const parsed = GoldSentence.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new GoldError(`${name}:${i + 1}: field "${issue?.path.join('.')}": ${issue?.message}`);
    }
    out.push(parsed.data);
  });
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[(m[1] ?? '').toLowerCase()] = decodeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** "TUN None" → ["TUN"]; "None None" or "" → []. */
function petrarchCodes(code: string | undefined): string[] {
  const country = (code ?? '').trim().split(/\s+/)[0] ?? '';
  return country === '' || country.toLowerCase() === 'none' || country === '---' ? [] : [country.slice(0, 3)];
}

export function parsePetrarchXml(name: string, content: string): GoldSentence[] {
  const blocks = content.split(/<Sentence\b/i).slice(1);
  return blocks.map((block, i) => {
    const open = block.slice(0, block.indexOf('>') + 1);
    const attrs = attributes(open);
    const rawDate = attrs.date ?? '';
    const date = /^\d{8}$/.test(rawDate) ? `${rawDate.slice(0, 4)}-${rawDate.slice(4, 6)}-${rawDate.slice(6, 8)}` : rawDate;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new GoldError(`${name}: sentence ${attrs.id ?? i + 1}: date "${rawDate}" is not YYYYMMDD`);
    const textMatch = /<Text>([\s\S]*?)(?:<\/Text>|<\/?[A-Za-z][^>]*>|$)/i.exec(block);
    const text = decodeXml((textMatch?.[1] ?? '').trim());
    if (!text) throw new GoldError(`${name}: sentence ${attrs.id ?? i + 1} has no <Text>`);
    const events: GoldEvent[] = [];
    for (const m of block.matchAll(/<EventCoding\b[^>]*>/gi)) {
      const a = attributes(m[0]);
      const type = PloverType.safeParse((a.plover ?? '').toUpperCase());
      if (!type.success) continue; // codings without a PLOVER type (statements) are not scored
      events.push({ type: type.data, sources: petrarchCodes(a.sourcecode), targets: petrarchCodes(a.targetcode) });
    }
    return { id: attrs.id ?? String(i + 1), date, text, events, memberships: [], groupings: [] };
  });
}
