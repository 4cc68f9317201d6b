import { after, before, test } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Coder } from '../../src/coder/index.ts';
import { buildServer } from '../../src/server/app.ts';
import { ingestArticle, openDb, StoreWriter } from '../../src/store/index.ts';

// our own news, coded by the real coder into a real SQLite file, served over real HTTP
const ARTICLES = [
  { name: 'a.txt', date: '2024-03-07', text: 'شنت إسرائيل أمس غارات على مواقع في سوريا. واستقبل الرئيس المصري أمس في القاهرة ملك الأردن.' },
  { name: 'https://news.example/b', date: '2024-03-08', text: 'Israeli jets struck targets in Syria on Wednesday. Egypt and Jordan signed an energy agreement in Amman on Thursday.' },
  { name: 'c.txt', date: '2024-01-02', text: 'أعلنت مصر انضمامها إلى مجموعة بريكس في مطلع العام.' },
];
const TOKEN = 'test-token-5f1c';

let coder: Coder;
const servers: FastifyInstance[] = [];
let base = '';
let readOnlyBase = '';

async function serve(dbFile: string, token: string | undefined, bodyLimit = 100_000): Promise<string> {
  const app = await buildServer({ dbFile, coder: () => coder, token, bodyLimit, logger: false });
  servers.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

before(async () => {
  coder = Coder.load();
  const dbFile = join(mkdtempSync(join(tmpdir(), 'nasij-server-')), 'seed.db');
  const db = openDb(dbFile);
  const writer = new StoreWriter(db);
  for (const a of ARTICLES) {
    const url = a.name.startsWith('http') ? a.name : null;
    ingestArticle(writer, coder, { text: a.text, date: a.date, title: null, source: { name: a.name, url } });
  }
  db.close();
  base = await serve(dbFile, TOKEN);
  readOnlyBase = await serve(dbFile, undefined);
});

after(async () => {
  for (const s of servers) await s.close();
});

interface EventJson {
  id: number;
  type: string;
  date: string;
  sources: string[];
  targets: string[];
  num_articles: number;
}

async function get<T>(path: string, at = base): Promise<{ status: number; body: T }> {
  const res = await fetch(at + path);
  return { status: res.status, body: (await res.json()) as T };
}

test('api: health reports the schema and what is stored', async () => {
  const { status, body } = await get<{ status: string; schema_version: number; articles: number; events: number }>('/health');
  assert.equal(status, 200);
  assert.equal(body.status, 'ok');
  assert.equal(body.articles, 3);
  assert.ok(body.schema_version >= 3);
  assert.ok(body.events >= 3);
});

test('api: events filter by source, target and type; one strike reported twice is one event', async () => {
  const { body } = await get<{ events: EventJson[] }>('/events?actor=ISR&target=SYR&type=ASSAULT');
  assert.equal(body.events.length, 1);
  assert.deepEqual([body.events[0]?.date, body.events[0]?.num_articles], ['2024-03-06', 2]);
  const egypt = await get<{ events: EventJson[] }>('/events?actor=EGY');
  assert.ok(egypt.body.events.length > 0);
  for (const e of egypt.body.events) assert.ok(e.sources.includes('EGY'));
  const january = await get<{ events: EventJson[] }>('/events?to=2024-01-31');
  for (const e of january.body.events) assert.ok(e.date <= '2024-01-31');
});

test('api: events page with a cursor, each event once, in order', async () => {
  const all = (await get<{ events: EventJson[] }>('/events?limit=500')).body.events;
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const page: { events: EventJson[]; next_cursor: string | null } = (await get<{ events: EventJson[]; next_cursor: string | null }>(`/events?limit=1${cursor ? `&cursor=${cursor}` : ''}`)).body;
    assert.ok(page.events.length <= 1);
    seen.push(...page.events.map((e) => e.id));
    cursor = page.next_cursor;
  } while (cursor);
  assert.deepEqual(seen, all.map((e) => e.id));
  assert.ok(all.length >= 3);
});

test('api: an event opens with its evidence, whose spans point into the article text', async () => {
  const [strike] = (await get<{ events: EventJson[] }>('/events?actor=ISR&target=SYR')).body.events;
  const { body } = await get<{ evidence: { article_id: string; trigger: { text: string; start: number; end: number }; sources: { text: string; start: number; end: number }[] }[] }>(`/events/${strike?.id}`);
  assert.equal(body.evidence.length, 2);
  for (const ev of body.evidence) {
    const article = (await get<{ text: string }>(`/articles/${ev.article_id}`)).body;
    assert.equal(article.text.slice(ev.trigger.start, ev.trigger.end), ev.trigger.text);
    for (const s of ev.sources) assert.equal(article.text.slice(s.start, s.end), s.text);
  }
});

test('api: articles list newest stored first and open with their events and memberships', async () => {
  const { body } = await get<{ articles: { id: string; sources: string[]; events: number }[]; next: number | null }>('/articles?limit=2');
  assert.equal(body.articles.length, 2);
  assert.ok(body.next);
  assert.deepEqual(body.articles[0]?.sources, ['c.txt']);
  const rest = (await get<{ articles: { sources: string[] }[]; next: number | null }>(`/articles?limit=2&cursor=${body.next}`)).body;
  assert.deepEqual(rest.articles.map((a) => a.sources), [['a.txt']]);
  assert.equal(rest.next, null);
  const c = (await get<{ memberships: { actor: { code: string }; grouping: { code: string }; change: string }[] }>(`/articles/${body.articles[0]?.id}`)).body;
  assert.deepEqual(c.memberships.map((m) => [m.actor.code, m.change, m.grouping.code]), [['EGY', 'join', 'BRICS']]);
});

test('api: a dyad series per month counts per quad class', async () => {
  const { body } = await get<{ series: { period: string; quad: number[]; events: number; mean_goldstein: number }[] }>('/dyads/ISR/SYR?by=month');
  assert.deepEqual(body.series, [{ period: '2024-03', quad: [0, 0, 0, 1], events: 1, mean_goldstein: -10 }]);
});

test('api: actors and groupings', async () => {
  const actors = (await get<{ actors: { code: string; as_source: number }[] }>('/actors')).body.actors;
  assert.ok(actors.some((a) => a.code === 'ISR' && a.as_source >= 1));
  const brics = await get<{ code: string; timeline: { actor: string; change: string }[] }>('/groupings/BRICS');
  assert.equal(brics.status, 200);
  assert.deepEqual(brics.body.timeline.map((t) => [t.actor, t.change]), [['EGY', 'join']]);
  assert.equal((await get('/groupings/NOPE')).status, 404);
});

test('api: search matches across hamza and ta marbuta spellings', async () => {
  const { body } = await get<{ hits: { id: string; snippet: string }[] }>(`/search?q=${encodeURIComponent('الاردن')}`);
  assert.equal(body.hits.length, 1);
  assert.match(body.hits[0]?.snippet ?? '', /الأردن/);
});

test('api: a bad request gets 400 and says what is wrong', async () => {
  const cases: [string, RegExp][] = [
    ['/events?from=2024-13', /querystring\/from: must be a date YYYY-MM-DD/],
    ['/events?type=HUG', /querystring\/type/],
    ['/events?limit=0', /querystring\/limit/],
    ['/events?cursor=garbage', /querystring\/cursor: not a cursor/],
    ['/events/abc', /params\/id/],
    ['/dyads/usa/RUS', /params\/source: must be an actor code/],
    ['/articles/xyz', /params\/id: must be an article id/],
    ['/search?q=', /querystring\/q/],
  ];
  for (const [path, message] of cases) {
    const { status, body } = await get<{ error: string; message: string }>(path);
    assert.equal(status, 400, path);
    assert.match(body.message, message, path);
  }
  assert.equal((await get('/events/999999')).status, 404);
  assert.equal((await get('/nothing-here')).status, 404);
});

async function post(body: unknown, headers: Record<string, string>, at = base): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${at}/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

test('api: POST /articles needs the token, codes the article and stores it once', async () => {
  const article = { text: 'فرضت الولايات المتحدة أمس عقوبات على شركات إيرانية.', date: '2024-05-02', title: 'عقوبات' };
  assert.equal((await post(article, { authorization: `Bearer ${TOKEN}` }, readOnlyBase)).status, 403);
  assert.equal((await post(article, {})).status, 401);
  assert.equal((await post(article, { authorization: 'Bearer wrong-token-0000' })).status, 401);
  const auth = { authorization: `Bearer ${TOKEN}` };
  const added = await post(article, auth);
  assert.equal(added.status, 201);
  assert.equal(added.body.kind, 'added');
  const again = await post(article, auth);
  assert.deepEqual([again.status, again.body.kind], [200, 'known']);
  const sanctions = (await get<{ events: EventJson[] }>('/events?actor=USA&type=SANCTION')).body.events;
  assert.deepEqual(sanctions.map((e) => [e.date, e.targets]), [['2024-05-01', ['IRN']]]);
  const bad = await post({ text: 'نص', date: 'yesterday' }, auth);
  assert.equal(bad.status, 400);
  assert.match(String(bad.body.message), /body\/date: must be a date/);
  const huge = await post({ text: 'ا'.repeat(200_000), date: '2024-05-02' }, auth);
  assert.equal(huge.status, 413);
});

test('api: POST /articles with a URL and no text fetches the page and codes it', async () => {
  const page = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>زيارة</title>
    <meta property="article:published_time" content="2024-06-11T08:00:00+03:00"></head><body><nav><a href="/">الرئيسية</a></nav>
    <article><h1>زيارة رسمية</h1><p>استقبل الرئيس التونسي أمس في قرطاج وزير الخارجية الجزائري، وبحث الجانبان العلاقات الثنائية بين البلدين.</p></article></body></html>`;
  const site = createServer((req, res) => (req.url === '/visit' ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  try {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const added = await post({ url: `${origin}/visit` }, auth);
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.articles, 1);
    const article = (await get<{ date: string; urls: string[]; mentions: { type: string; date: string }[] }>(`/articles/${String(added.body.id)}`)).body;
    assert.equal(article.date, '2024-06-11');
    assert.deepEqual(article.urls, [`${origin}/visit`]);
    assert.ok(article.mentions.some((m) => m.type === 'CONSULT' && m.date === '2024-06-10'), JSON.stringify(article.mentions));
    const gone = await post({ url: `${origin}/gone` }, auth);
    assert.equal(gone.status, 422);
    assert.equal(gone.body.message, `${origin}/gone: HTTP 404 Not Found`);
    const neither = await post({ title: 'لا نص' }, auth);
    assert.equal(neither.status, 400);
    assert.match(String(neither.body.message), /body\/text: give the text, or a url/);
  } finally {
    site.close();
  }
});

test('api: the OpenAPI document describes the routes', async () => {
  const { body } = await get<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
  assert.match(body.openapi, /^3\./);
  for (const path of ['/events', '/events/{id}', '/articles', '/articles/{id}', '/dyads/{source}/{target}', '/actors', '/groupings/{code}', '/search', '/health']) {
    assert.ok(path in body.paths, path);
  }
});
