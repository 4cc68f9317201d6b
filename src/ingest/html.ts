import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawDocument } from './front-matter.ts';
import { htmlToText } from './html-text.ts';
import { InputError } from './read-input.ts';

/**
 * A news page's article: its main text (Mozilla's Readability, the engine of Firefox's reader
 * view, over linkedom's DOM), title, publication date and language. The page's menus, footers
 * and related-story lists are left out; the body's paragraphs stay one per line.
 */

/** Meta tags that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish-date', 'date',
  'dc.date.issued', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date',
];

/** Readability drops pages with less text than this; short news items are still news. */
const MIN_ARTICLE_CHARS = 200;

/** Fewer words than this is a menu or a stub, not an article (a one-sentence brief has more). */
const MIN_ARTICLE_WORDS = 8;

/** A minimal view of the parsed page (linkedom's own types are loose). */
interface Page {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/** YYYY-MM-DD as the page wrote it: 2024-03-07T01:00+03:00 is the 7th where it was published. */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = value ? new Date(value) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : undefined;
}

function metaDate(page: Page): string | undefined {
  const byKey = new Map<string, string>();
  for (const m of Array.from(page.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  for (const key of DATE_META) {
    const day = isoDay(byKey.get(key));
    if (day) return day;
  }
  return undefined;
}

/** schema.org NewsArticle in JSON-LD: datePublished, at any depth (@graph lists). */
function jsonLdDate(page: Page): string | undefined {
  for (const script of Array.from(page.querySelectorAll('script[type="application/ld+json"]'))) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    const day = isoDay(found?.[1]);
    if (day) return day;
  }
  return undefined;
}

function timeElementDate(page: Page): string | undefined {
  const time = Array.from(page.querySelectorAll('time[datetime]'))[0];
  return isoDay(time?.getAttribute('datetime'));
}

/** The page's declared language, when it is one the coder reads (else the coder detects it). */
/** Where a saved page says it lives: its canonical link, else its og:url. */
function canonicalUrl(page: Page): string | undefined {
  const link = Array.from(page.querySelectorAll('link[rel="canonical"]'))[0]?.getAttribute('href');
  const og = Array.from(page.querySelectorAll('meta[property="og:url"]'))[0]?.getAttribute('content');
  const url = link ?? og ?? undefined;
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function languageOf(page: Page): string | undefined {
  const lang = (page.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  return lang.startsWith('ar') ? 'ar' : lang.startsWith('en') ? 'en' : undefined;
}

/** The article in an HTML page; `name` is the file or URL it came from, named in errors; `url`, where it was fetched. */
export function articleFromHtml(html: string, name: string, url?: string): RawDocument {
  const { document } = parseHTML(html);
  const page = document as unknown as Page;
  // read the date and language before Readability, which rewrites the document as it goes
  const date = metaDate(page) ?? jsonLdDate(page) ?? timeElementDate(page);
  const lang = languageOf(page);
  const source = url ?? canonicalUrl(page);
  // Readability's own types want a DOM Document; linkedom's is one, typed apart
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const text = parsed?.content ? htmlToText(parsed.content) : '';
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  if (words < MIN_ARTICLE_WORDS) throw new InputError(name, `no article text found in the page (${words} words)`);
  const meta: Record<string, string> = {};
  const title = parsed?.title?.trim();
  if (title) meta.title = title;
  const day = date ?? isoDay(parsed?.publishedTime);
  if (day) meta.date = day;
  if (lang) meta.lang = lang;
  if (source) meta.url = source;
  return { name, text, meta };
}
