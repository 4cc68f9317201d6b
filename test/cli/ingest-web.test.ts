import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/index.ts';
import { BIN } from './helpers.ts';

// our own sentences; pages and feeds served by a real HTTP server on loopback
const STRIKE = 'شنت إسرائيل أمس غارات على مواقع عسكرية في سوريا، وفق ما أعلن الجيش الإسرائيلي في بيان رسمي صدر مساء اليوم نفسه.';
const SANCTIONS = 'فرضت الولايات المتحدة أمس عقوبات جديدة على شركات إيرانية تتهمها بدعم برنامج الطائرات المسيرة، وفق بيان لوزارة الخزانة.';
const VISIT = 'استقبل الرئيس المصري أمس في القاهرة ملك الأردن، وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة خلال لقاء مطول.';

function page(text: string, date: string): string {
  return `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر</title><meta property="article:published_time" content="${date}T09:00:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>خبر عاجل</h1><p>${text}</p></article><footer>حقوق النشر</footer></body></html>`;
}

function rss(items: { link: string; summary: string; date: string }[]): string {
  const body = items.map((i) => `<item><title>خبر</title><link>${i.link}</link><pubDate>${i.date}</pubDate><description>${i.summary}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار</title>${body}</channel></rss>`;
}

let server: Server;
let base = '';
const requests: string[] = [];
const feedItems: { link: string; summary: string; date: string }[] = [];

before(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const pages: Record<string, string> = { '/strike': page(STRIKE, '2024-03-07'), '/sanctions': page(SANCTIONS, '2024-05-02'), '/visit': page(VISIT, '2024-06-10') };
    const html = pages[req.url ?? ''];
    if (html) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(feedItems));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feedItems.push({ link: `${base}/strike`, summary: 'غارات إسرائيلية على سوريا.', date: 'Thu, 07 Mar 2024 08:00:00 GMT' });
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** The real command in a child process, without blocking this process's server. */
function run(args: string[], until?: (stderr: string) => boolean): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (until && !signalled && until(stderr)) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

function dbIn(): string {
  return join(mkdtempSync(join(tmpdir(), 'nasij-web-ingest-')), 'news.db');
}

test('ingest: saved pages and feeds in a folder are read as articles, with their dates and URLs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-saved-'));
  mkdirSync(join(dir, 'pages'));
  writeFileSync(join(dir, 'pages', 'strike.html'), page(STRIKE, '2024-03-07').replace('</head>', '<link rel="canonical" href="https://news.example/strike"></head>'));
  writeFileSync(join(dir, 'pages', 'world.rss'), rss([{ link: 'https://news.example/sanctions', summary: SANCTIONS, date: 'Thu, 02 May 2024 08:00:00 GMT' }]));
  const db = dbIn();
  const r = await run(['ingest', dir, '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /2 articles added/);
  const store = openDb(db);
  const rows = store.prepare('SELECT a.date, s.url FROM articles a JOIN article_sources s ON s.article_id = a.id ORDER BY a.date').raw().all();
  assert.deepEqual(rows, [['2024-03-07', 'https://news.example/strike'], ['2024-05-02', 'https://news.example/sanctions']]);
  const strike = store.prepare("SELECT e.date FROM events e WHERE type = 'ASSAULT'").pluck().all();
  assert.deepEqual(strike, ['2024-03-06'], 'أمس is read against the page date');
  store.close();
});

test('ingest: a feed URL with --follow-links stores the full articles; a rerun fetches no page again', async () => {
  const db = dbIn();
  const first = await run(['ingest', `${base}/feed`, `${base}/visit`, '--follow-links', '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /2 articles added/);
  const store = openDb(db);
  const texts = store.prepare('SELECT text FROM articles ORDER BY date').pluck().all() as string[];
  assert.ok(texts[0]?.includes(STRIKE), 'the full page, not the summary');
  store.close();
  const pageFetches = requests.filter((r) => r === '/strike').length;
  const again = await run(['ingest', `${base}/feed`, '--follow-links', '--db', db]);
  assert.match(again.stderr, /0 articles added/);
  assert.equal(requests.filter((r) => r === '/strike').length, pageFetches, 'a stored link is not fetched again');
});

test('ingest: an unreachable or missing URL is reported by name while the rest is ingested', async () => {
  const db = dbIn();
  const r = await run(['ingest', `${base}/gone`, `${base}/visit`, 'http://127.0.0.1:1/x', '--timeout', '2', '--db', db]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\/gone: HTTP 404/);
  assert.match(r.stderr, /127\.0\.0\.1:1\/x: unreachable/);
  assert.match(r.stderr, /1 articles added/);
});

test('ingest --watch polls the feed again and stores what is new, until stopped', async () => {
  const db = dbIn();
  let rounds = 0;
  const r = await run(['ingest', `${base}/feed`, '--watch', '0.3', '--db', db], (stderr) => {
    rounds = (stderr.match(/articles added/g) ?? []).length;
    if (rounds === 1 && feedItems.length === 1) feedItems.push({ link: `${base}/sanctions`, summary: SANCTIONS, date: 'Thu, 02 May 2024 08:00:00 GMT' });
    return /1 articles added[\s\S]*1 articles added/.test(stderr);
  });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(rounds >= 2);
  const store = openDb(db);
  assert.equal(store.prepare('SELECT count(*) FROM articles').pluck().get(), 2);
  store.close();
});
