import { createHash } from 'node:crypto';
import { Article as ArticleSchema, type Article, type Language } from '../model/index.ts';
import { toNfc } from './document.ts';
import { detectLanguage } from './language.ts';
import { normalise } from './normalise.ts';

/**
 * An article's identity is the hash of its normalised text, so the same story from two sources,
 * or with other spacing, diacritics or hamza spelling, gets one id.
 */
export function articleId(text: string): string {
  const key = normalise(toNfc(text)).replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

export interface ArticleInput {
  source: string;
  text: string;
  published: string;
  title?: string;
  url?: string;
  language?: Language;
}

/** Builds and validates an Article; throws a zod error naming the bad field. */
export function makeArticle(input: ArticleInput): Article {
  const text = toNfc(input.text);
  return ArticleSchema.parse({
    id: articleId(text),
    source: input.source,
    url: input.url,
    title: input.title,
    published: input.published,
    language: input.language ?? detectLanguage(text),
    text,
  });
}
