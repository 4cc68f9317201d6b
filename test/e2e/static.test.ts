import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSeeded, type Served } from './harness.ts';

// the dashboard and the API share one origin: pages must not shadow API paths, nor the reverse
let served: Served;

before(async () => {
  served = await serveSeeded([{ title: 'خبر', date: '2025-05-10', text: 'استقبل الرئيس التونسي في قرطاج أمس وزير الخارجية الجزائري.' }], 'static-token');
});

after(() => served?.close());

const get = (path: string, accept: string) => fetch(served.url + path, { headers: { accept } });

test('the dashboard is served at / and a browser reloading a page under /ui/ gets it too', async () => {
  for (const path of ['/', '/ui/dyad?source=DZA&target=TUN', '/ui/events/1']) {
    const res = await get(path, 'text/html,application/xhtml+xml');
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await res.text(), /<div id="root">/);
  }
});

test('API paths answer JSON even to a browser, and unknown paths a JSON 404 to scripts', async () => {
  const events = await get('/events?limit=1', 'text/html,*/*');
  assert.equal(events.status, 200);
  assert.ok(Array.isArray(((await events.json()) as { events: unknown[] }).events));
  const missing = await get('/no-such-route', 'application/json');
  assert.equal(missing.status, 404);
  assert.deepEqual(Object.keys((await missing.json()) as object).sort(), ['error', 'message']);
});

test('the built assets are served', async () => {
  const html = await (await get('/', 'text/html')).text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  assert.ok(script, 'index.html names its script');
  const res = await get(script, '*/*');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /javascript/);
});
