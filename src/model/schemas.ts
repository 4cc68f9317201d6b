import { z } from 'zod';

/**
 * The document model shared by every stage. Offsets are UTF-16 code-unit offsets into the
 * article text after NFC normalisation, so any span can be highlighted in the original.
 */

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const Language = z.enum(['ar', 'en', 'other']);
export type Language = z.infer<typeof Language>;
export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const offset = z.number().int().nonnegative();

export const Span = z.object({ start: offset, end: offset });

export const Article = z.object({
  id: z.string().regex(/^[0-9a-f]{16,64}$/).describe('hash of the normalised text'),
  source: z.string().min(1),
  url: z.string().url().optional(),
  title: z.string().optional(),
  published: IsoDate,
  language: Language,
  text: z.string().describe('the article text, NFC'),
});
export type Article = z.infer<typeof Article>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  start: offset,
  end: offset,
  lang: Language,
});
export type Sentence = z.infer<typeof Sentence>;

export const CliticAnalysis = z.object({
  proclitics: z.array(z.string()).describe('in order, e.g. ["و", "ب", "ال"]'),
  stem: z.string().describe('what remains, in matching form'),
  enclitic: z.string().nullable(),
});
export type CliticAnalysis = z.infer<typeof CliticAnalysis>;

export const TokenKind = z.enum(['word', 'number', 'punct', 'symbol']);
export type TokenKind = z.infer<typeof TokenKind>;

export const Token = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  norm: z.string().describe('matching form; never for display'),
  kind: TokenKind,
  sentence: z.number().int().nonnegative(),
  analyses: z.array(CliticAnalysis).describe('candidate clitic segmentations, unsegmented first'),
});
export type Token = z.infer<typeof Token>;

export const DateMention = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  date: IsoDate,
  precision: DatePrecision,
  relative: z.boolean(),
});
export type DateMention = z.infer<typeof DateMention>;

export const MentionKind = z.enum(['state', 'region', 'organisation', 'group', 'person', 'agent', 'role', 'place']);
export type MentionKind = z.infer<typeof MentionKind>;
export const MentionForm = z.enum(['name', 'adjective', 'people', 'capital', 'metonym', 'place', 'agent', 'role']);

export const Mention = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  kind: MentionKind,
  form: MentionForm.describe('how the text refers to the actor: its name, an adjective (إسرائيلية), its people (الروس) …'),
  code: z.string().nullable().describe('ISO alpha-3 state code or organisation code'),
  agent: z.string().nullable().describe('sector code (GOV, MIL, …)'),
  entry: z.string().describe('the lexicon entry that matched, as file:line'),
});
export type Mention = z.infer<typeof Mention>;

export const PloverType = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'PROTEST', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
export type PloverType = z.infer<typeof PloverType>;

const SentenceRef = z.object({ index: z.number().int().nonnegative(), start: offset, end: offset });
const RecordBase = {
  id: z.string().describe('stable hash'),
  doc_id: z.string(),
  sentence: SentenceRef,
};

export const ActorRef = z.object({
  code: z.string(),
  agent: z.string().nullable(),
  text: z.string(),
  start: offset,
  end: offset,
});
export type ActorRef = z.infer<typeof ActorRef>;

export const RecordDatePrecision = z.enum(['day', 'month', 'year', 'article']);
export type RecordDatePrecision = z.infer<typeof RecordDatePrecision>;

export const Event = z.object({
  kind: z.literal('event'),
  ...RecordBase,
  type: PloverType,
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().regex(/^\d{2,4}$/),
  quad_class: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number().min(-10).max(10),
  date: IsoDate,
  date_precision: RecordDatePrecision,
  sources: z.array(ActorRef),
  targets: z.array(ActorRef),
  trigger: z.object({ text: z.string(), start: offset, end: offset }),
  negated: z.boolean(),
  modality: z.enum(['future', 'hypothetical', 'historical']).nullable(),
  rule: z.string(),
});
export type Event = z.infer<typeof Event>;

const GroupingRef = z.object({ code: z.string(), text: z.string(), start: offset, end: offset });

export const MembershipChange = z.enum(['found', 'join', 'seek', 'member', 'withdraw', 'suspend', 'expel']);
export type MembershipChange = z.infer<typeof MembershipChange>;

export const Membership = z.object({
  kind: z.literal('membership'),
  ...RecordBase,
  actor: GroupingRef,
  grouping: GroupingRef,
  change: MembershipChange,
  date: IsoDate,
  date_precision: RecordDatePrecision,
  negated: z.boolean(),
  rule: z.string(),
});
export type Membership = z.infer<typeof Membership>;

export const GroupingFormat = z.enum(['bilateral', 'minilateral', 'multilateral']);
export type GroupingFormat = z.infer<typeof GroupingFormat>;

export const Grouping = z.object({
  kind: z.literal('grouping'),
  ...RecordBase,
  code: z.string(),
  name: z.string(),
  format: GroupingFormat,
  members: z.array(z.string()),
  issues: z.array(z.string()),
  new: z.boolean().describe('first seen in the text, not in the lexicon'),
});
export type Grouping = z.infer<typeof Grouping>;

/** Every schema that is published as JSON Schema in docs/schema/. */
export const PUBLISHED_SCHEMAS = {
  Article, Sentence, Token, CliticAnalysis, DateMention, Mention, Event, Membership, Grouping,
} as const;
