import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlToText } from './html-text.ts';
import { isoDay } from './html.ts';
import { InputError } from './read-input.ts';
import type { SourceItem } from './source-item.ts';

/**
 * RSS and Atom feeds (`@rowanmanning/feed-parser`, lenient with the malformed feeds news sites
 * serve): one article per item, from its content or, failing that, its description. An item with
 * no text is reported by its link and the others are still read.
 */

/** A feed item as an article: `link` is where the full article is, for callers that fetch it. */
export interface FeedArticle {
  item: SourceItem;
  link: string | undefined;
}

/** The articles of a feed's XML; a document that is no feed at all is one error naming it. */
export function articlesFromFeed(xml: string, name: string): FeedArticle[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new InputError(name, `not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)})`);
  }
  const lang = (feed.language ?? '').toLowerCase();
  return feed.items.map((item, i) => {
    const link = item.url ?? undefined;
    const itemName = link ?? `${name}#${i + 1}`;
    const text = htmlToText(item.content ?? item.description ?? '');
    if (text === '') return { item: { error: new InputError(itemName, `feed item ${i + 1} of ${name} has no text`) }, link };
    const meta: Record<string, string> = {};
    if (item.title) meta.title = htmlToText(item.title);
    // the parser gives Date objects: the day is read in UTC
    const day = isoDay((item.published ?? item.updated)?.toISOString());
    if (day) meta.date = day;
    if (link) meta.url = link;
    if (lang.startsWith('ar') || lang.startsWith('en')) meta.lang = lang.slice(0, 2);
    return { item: { doc: { name: itemName, text, meta } }, link };
  });
}
