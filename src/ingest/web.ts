import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DEFAULT_FETCH, fetchSource, isUrl, type FetchOptions } from './fetch.ts';
import { articlesFromFeed, type FeedArticle } from './feed.ts';
import { articleFromHtml } from './html.ts';
import { charsetOfContentType, decodeMarkup } from './markup-charset.ts';
import { InputError } from './read-input.ts';
import type { SourceItem } from './source-item.ts';

/**
 * Web sources: news pages and RSS/Atom feeds, by URL or as saved files. What a source is comes
 * from the server's Content-Type, else the file extension, else the document's first tag.
 */

export interface WebOptions {
  fetch: FetchOptions;
  /** Fetch each feed item's page for the full article (feeds often carry only a summary). */
  followLinks: boolean;
  /** Links already stored: their feed items are skipped and their pages not fetched again. */
  known?: (url: string) => boolean;
}

export const DEFAULT_WEB: WebOptions = { fetch: DEFAULT_FETCH, followLinks: false };

type MarkupKind = 'html' | 'feed';

const EXTENSIONS: Record<string, MarkupKind> = { '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.rss': 'feed', '.atom': 'feed', '.xml': 'feed' };

/** A file read as a web source rather than as plain text. */
export function isMarkupFile(path: string): boolean {
  return extname(path).toLowerCase() in EXTENSIONS;
}

function kindFromContentType(contentType: string): MarkupKind | undefined {
  if (/rss|atom|\bxml\b/i.test(contentType) && !/xhtml/i.test(contentType)) return 'feed';
  return /html/i.test(contentType) ? 'html' : undefined;
}

function kindFromContent(text: string): MarkupKind | undefined {
  const head = text.slice(0, 2048);
  if (/<(rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
  return /<(!doctype html|html)[\s>]/i.test(head) ? 'html' : undefined;
}

async function* itemsOfFeed(articles: FeedArticle[], options: WebOptions): AsyncGenerator<SourceItem> {
  for (const { item, link } of articles) {
    // a watched feed repeats its items: one whose link is stored is skipped, its page not fetched
    if (link && options.known?.(link)) continue;
    if (!options.followLinks || !link || !item.doc) {
      yield item;
      continue;
    }
    try {
      const page = await fetchSource(link, options.fetch);
      const full = articleFromHtml(decodeMarkup(link, page.bytes, charsetOfContentType(page.contentType)), link, page.url);
      // the feed's date and title stand when the page lacks them
      yield { doc: { ...full, meta: { ...item.doc.meta, ...full.meta } } };
    } catch {
      yield item; // the page could not be read: the feed's summary is still the article's text
    }
  }
}

async function* itemsOfMarkup(text: string, kind: MarkupKind | undefined, name: string, url: string | undefined, options: WebOptions): AsyncGenerator<SourceItem> {
  const found = kind ?? kindFromContent(text);
  if (found === 'feed') yield* itemsOfFeed(articlesFromFeed(text, name), options);
  else if (found === 'html') yield { doc: articleFromHtml(text, name, url) };
  else throw new InputError(name, 'neither an HTML page nor an RSS or Atom feed');
}

/** The articles of a URL or a saved page or feed; a source that fails as a whole is one error item. */
export async function* readWebSource(source: string, options: WebOptions = DEFAULT_WEB): AsyncGenerator<SourceItem> {
  try {
    if (isUrl(source)) {
      const page = await fetchSource(source, options.fetch);
      const text = decodeMarkup(source, page.bytes, charsetOfContentType(page.contentType));
      yield* itemsOfMarkup(text, kindFromContentType(page.contentType), source, page.url, options);
      return;
    }
    const bytes = readMarkupFile(source);
    yield* itemsOfMarkup(decodeMarkup(source, bytes), EXTENSIONS[extname(source).toLowerCase()], source, undefined, options);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { error: err };
  }
}

function readMarkupFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read (${code ?? String(err)})`);
  }
}
