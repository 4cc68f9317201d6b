import { z } from 'zod';

/** What the API accepts, checked before any handler runs; messages say what is wrong. */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const actorCode = z.string().regex(/^[A-Z][A-Z0-9_-]{1,15}$/, 'must be an actor code such as USA, EGY or NATO');
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback).describe(`at most ${max}`);

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

export const EventsQuery = z.object({
  actor: actorCode.optional().describe('source actor code'),
  target: actorCode.optional().describe('target actor code'),
  type: z.enum(PLOVER_TYPES).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: limit(500, 50),
  cursor: z.string().max(200).optional().describe('the next_cursor of the previous page'),
});

export const IdParam = z.object({ id: z.coerce.number().int().positive() });
export const ArticleIdParam = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/, 'must be an article id (32 hex digits)') });

export const PageQuery = z.object({
  limit: limit(200, 20),
  cursor: z.coerce.number().int().positive().optional().describe('the next_cursor of the previous page'),
});

export const DyadParams = z.object({ source: actorCode, target: actorCode });
export const DyadQuery = z.object({ by: z.enum(['day', 'week', 'month']).default('month'), from: isoDay.optional(), to: isoDay.optional() });

export const ActorsQuery = z.object({ limit: limit(1000, 100) });
export const GroupingsQuery = z.object({ format: z.enum(['bilateral', 'minilateral', 'multilateral']).optional() });
export const GroupingParam = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be a grouping code') });

export const SearchQuery = z.object({ q: z.string().trim().min(1, 'must not be empty').max(500), limit: limit(100, 20) });

export const NewArticleBody = z
  .object({
    text: z.string().trim().min(1, 'must not be empty').optional(),
    date: isoDay.optional().describe('publication date, the anchor of relative dates (with text; a fetched page gives its own)'),
    title: z.string().max(1000).optional(),
    url: z.url().optional().describe('where the text is from; with no text, the page (or feed) is fetched from it'),
    lang: z.enum(['ar', 'en']).optional(),
  })
  .refine((b) => b.text !== undefined || b.url !== undefined, { message: 'give the text, or a url to fetch it from', path: ['text'] })
  .refine((b) => b.text === undefined || b.date !== undefined, { message: 'must be a date YYYY-MM-DD (needed with text)', path: ['date'] });
export type NewArticleBody = z.infer<typeof NewArticleBody>;
