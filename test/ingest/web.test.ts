import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFromHtml } from '../../src/ingest/html.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { decodeMarkup } from '../../src/ingest/markup-charset.ts';
import { InputError } from '../../src/ingest/read-input.ts';
import type { SourceItem } from '../../src/ingest/source-item.ts';
import { readWebSource, type WebOptions } from '../../src/ingest/web.ts';

// our own sentences, in news style
const P1 = 'استقبل الرئيس المصري أمس في القاهرة وزير الخارجية الفرنسي، وبحث الجانبان سبل تعزيز التعاون الثنائي بين البلدين في مجالات الطاقة والنقل.';
const P2 = 'وقال المتحدث باسم الرئاسة إن المحادثات تناولت أيضاً الأوضاع في السودان وليبيا والجهود المبذولة لوقف إطلاق النار في غزة.';
const P3 = 'وكانت باريس قد استضافت الشهر الماضي اجتماعاً لوزراء خارجية عدد من الدول الأوروبية والعربية لبحث الأزمة.';

function page(head: string, lang = 'ar'): string {
  return `<!doctype html><html lang="${lang}" dir="rtl"><head><meta charset="utf-8"><title>لقاء في القاهرة | صحيفة</title>${head}</head><body>
<nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/economy">اقتصاد</a></nav>
<article><h1>لقاء مصري فرنسي</h1><p>${P1}</p><p>${P2} <b>مصدر</b></p><p>${P3}</p></article>
<footer>جميع الحقوق محفوظة للصحيفة</footer><script>var x = "لا يقرأ";</script></body></html>`;
}

const PUBLISHED = '<meta property="article:published_time" content="2024-03-07T01:30:00+03:00">';

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

test('html: the article body, paragraph by paragraph, without menus, footers or scripts', () => {
  const doc = articleFromHtml(page(PUBLISHED), 'a.html');
  const lines = doc.text.split('\n');
  assert.ok(lines.includes(P1), doc.text);
  assert.ok(lines.some((l) => l.startsWith(P2)));
  assert.ok(lines.includes(P3));
  assert.ok(!/الرئيسية|محفوظة|يقرأ/.test(doc.text), doc.text);
  assert.equal(doc.name, 'a.html');
});

test('html: a heading and the paragraph after it are two lines, not one run-on word', () => {
  assert.equal(htmlToText('<h2>قمة</h2><p>اجتمع القادة.</p>text<br>more'), 'قمة\nاجتمع القادة.\ntext\nmore');
});

test('html: the publication date is the day the page wrote, whatever its time zone', () => {
  assert.equal(articleFromHtml(page(PUBLISHED), 'a.html').meta.date, '2024-03-07');
});

test('html: the date from JSON-LD, else from a time element', () => {
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2023-11-02T08:00:00Z"}]}</script>';
  assert.equal(articleFromHtml(page(ld), 'b.html').meta.date, '2023-11-02');
  const withTime = page('').replace('<h1>', '<time datetime="2022-05-09">9 أيار</time><h1>');
  assert.equal(articleFromHtml(withTime, 'c.html').meta.date, '2022-05-09');
  assert.equal(articleFromHtml(page(''), 'd.html').meta.date, undefined);
});

test('html: title, declared language and canonical URL go into the metadata', () => {
  const doc = articleFromHtml(page('<link rel="canonical" href="https://news.example/eg-fr">', 'ar-EG'), 'a.html');
  assert.match(doc.meta.title ?? '', /لقاء/);
  assert.equal(doc.meta.lang, 'ar');
  assert.equal(doc.meta.url, 'https://news.example/eg-fr');
});

test('html: a page with no article text is refused by name', () => {
  assert.throws(
    () => articleFromHtml('<html><body><nav><a href="/">الرئيسية</a></nav></body></html>', 'empty.html'),
    (err: unknown) => err instanceof InputError && /^empty\.html: no article text/.test(err.message),
  );
});

test('charset: a windows-1256 page is decoded as it declares', () => {
  const bytes = Uint8Array.from([...Buffer.from('<html><head><meta charset="windows-1256"></head><body>'), 0xc7, 0xe1, 0xd1, 0xed, 0xc7, 0xd6, ...Buffer.from('</body></html>')]);
  assert.match(decodeMarkup('w.html', bytes), /الرياض/);
  assert.throws(() => decodeMarkup('w.html', bytes, 'utf-8'), /w\.html: invalid UTF-8/);
  assert.throws(() => decodeMarkup('w.html', Buffer.from('<meta charset="klingon">x')), /unknown character set "klingon"/);
});

const dir = mkdtempSync(join(tmpdir(), 'nasij-web-'));

function rss(items: string, lang = 'ar'): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title><language>${lang}</language>${items}</channel></rss>`;
}

function item(title: string, link: string, description: string, date = 'Thu, 07 Mar 2024 10:00:00 GMT'): string {
  return `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate><description><![CDATA[${description}]]></description></item>`;
}

test('feed: one article per item; an item with no text is reported by its link, the rest are read', async () => {
  const path = join(dir, 'news.rss');
  writeFileSync(path, rss(item('لقاء', 'https://news.example/1', `<p>${P1}</p>`) + item('فارغ', 'https://news.example/2', '') + item('اجتماع', 'https://news.example/3', P3, 'Fri, 08 Mar 2024 09:00:00 GMT')));
  const items = await collect(readWebSource(path));
  assert.equal(items.length, 3);
  assert.deepEqual(items[0]?.doc, { name: 'https://news.example/1', text: P1, meta: { title: 'لقاء', date: '2024-03-07', url: 'https://news.example/1', lang: 'ar' } });
  assert.match(items[1]?.error?.message ?? '', /^https:\/\/news\.example\/2: feed item 2 of \S*news\.rss has no text/);
  assert.equal(items[2]?.doc?.meta.date, '2024-03-08');
});

test('feed: Atom entries are read too', async () => {
  const path = join(dir, 'news.atom');
  writeFileSync(path, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Summit</title><link href="https://news.example/a"/><updated>2024-01-02T00:00:00Z</updated><content type="html">&lt;p&gt;Leaders met in Cairo.&lt;/p&gt;</content></entry></feed>`);
  const [first] = await collect(readWebSource(path));
  assert.equal(first?.doc?.text, 'Leaders met in Cairo.');
  assert.equal(first?.doc?.meta.date, '2024-01-02');
});

test('feed: a file that is neither page nor feed is one error naming it', async () => {
  const path = join(dir, 'broken.xml');
  writeFileSync(path, 'هذا ليس ملف XML');
  const items = await collect(readWebSource(path));
  assert.equal(items.length, 1);
  assert.match(items[0]?.error?.message ?? '', /broken\.xml: not an RSS or Atom feed/);
  const missing = await collect(readWebSource(join(dir, 'missing.html')));
  assert.match(missing[0]?.error?.message ?? '', /missing\.html: no such file/);
});

// a real HTTP server on loopback: pages, a feed, failures
let server: Server;
let base = '';
const requests: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const send = (status: number, type: string, body: string | Buffer): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (req.url === '/article') send(200, 'text/html; charset=utf-8', page(PUBLISHED));
    else if (req.url === '/feed') send(200, 'application/rss+xml', rss(item('لقاء', `${base}/article`, 'ملخص قصير للخبر.') + item('مفقود', `${base}/gone`, 'ملخص خبر حذفت صفحته.')));
    else if (req.url === '/legacy') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1256' });
      res.end(Buffer.concat([Buffer.from('<html><body><article><p>'), Buffer.from(new Uint8Array(Array(60).fill([0xc7, 0xe1, 0xd1, 0xed, 0xc7, 0xd6, 0x20]).flat())), Buffer.from('</p></article></body></html>')]));
    } else if (req.url === '/slow') setTimeout(() => send(200, 'text/html', page('')), 2_000);
    else if (req.url === '/big') send(200, 'text/html', 'x'.repeat(5_000));
    else send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const fast: WebOptions = { fetch: { timeoutMs: 500, maxBytes: 1_000_000 }, followLinks: false };

test('url: a page is fetched and its article read, with the URL it came from', async () => {
  const [first] = await collect(readWebSource(`${base}/article`, fast));
  assert.equal(first?.doc?.meta.url, `${base}/article`);
  assert.equal(first?.doc?.meta.date, '2024-03-07');
  assert.ok(first?.doc?.text.includes(P1));
});

test('url: the charset the server sends is honoured', async () => {
  const [first] = await collect(readWebSource(`${base}/legacy`, fast));
  assert.match(first?.doc?.text ?? '', /^الرياض الرياض/);
});

test('url: a feed by URL gives its items; following links fetches the full articles', async () => {
  const summaries = await collect(readWebSource(`${base}/feed`, fast));
  assert.deepEqual(summaries.map((i) => i.doc?.text), ['ملخص قصير للخبر.', 'ملخص خبر حذفت صفحته.']);
  const full = await collect(readWebSource(`${base}/feed`, { ...fast, followLinks: true }));
  assert.ok(full[0]?.doc?.text.includes(P1));
  assert.equal(full[0]?.doc?.meta.url, `${base}/article`);
  // the page is gone: the feed's summary is still the article
  assert.equal(full[1]?.doc?.text, 'ملخص خبر حذفت صفحته.');
  assert.ok(requests.includes('/gone'));
});

test('url: failures are one error each, naming the URL and why', async () => {
  const reason = async (url: string, options = fast): Promise<string> => (await collect(readWebSource(url, options)))[0]?.error?.message ?? '';
  assert.equal(await reason(`${base}/nothing`), `${base}/nothing: HTTP 404 Not Found`);
  assert.equal(await reason(`${base}/slow`), `${base}/slow: timed out after 0.5 s`);
  assert.match(await reason(`${base}/big`, { ...fast, fetch: { timeoutMs: 500, maxBytes: 1_000 } }), /\/big: larger than 1000 bytes/);
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  assert.match(await reason(`http://127.0.0.1:${port}/x`), /: unreachable \(ECONNREFUSED\)/);
});
