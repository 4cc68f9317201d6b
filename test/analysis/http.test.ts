import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.ts';
import { ingestArticle, StoreWriter } from '../../src/store/index.ts';
import { sharedCoder } from '../store/helpers.ts';
import { Seeder, tempDb } from './helpers.ts';

// exact events written into a real file, one article coded by the real coder, served over real HTTP
let server: FastifyInstance;
let base = '';

before(async () => {
  const { db, file } = tempDb();
  const seed = new Seeder(db);
  for (const [a, b] of [['FRA', 'GBR'], ['FRA', 'USA'], ['GBR', 'USA'], ['CHN', 'RUS'], ['CHN', 'IRN'], ['IRN', 'RUS']]) seed.event({ date: '2022-05-01', type: 'AGREE', sources: [a as string], targets: [b as string] }, 3);
  for (const a of ['FRA', 'GBR', 'USA']) for (const b of ['CHN', 'IRN', 'RUS']) seed.event({ date: '2022-05-02', type: 'ACCUSE', sources: [a], targets: [b] });
  seed.event({ date: '2022-05-03', type: 'CONSULT', sources: ['TUR'], targets: ['USA'] }, 2).event({ date: '2022-05-03', type: 'AID', sources: ['RUS'], targets: ['TUR'] }, 2);
  seed.membership('TUR', 'BRICS', 'seek', '2022-06-01');
  ingestArticle(new StoreWriter(db), sharedCoder(), { text: 'شنت إسرائيل أمس غارات على مواقع في سوريا.', date: '2022-07-08', title: null, source: { name: 'a.txt', url: null } });
  db.close();
  server = await buildServer({ dbFile: file, coder: sharedCoder, token: undefined, bodyLimit: 100_000, logger: false });
  base = await server.listen({ port: 0, host: '127.0.0.1' });
});

after(async () => {
  await server.close();
});

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(base + path);
  return { status: res.status, body: (await res.json()) as T };
}

test('http: a dyad series of a coded article, and a smoothed one', async () => {
  const { status, body } = await get<{ series: { period: string; quad: number[]; net_cooperation: number }[] }>('/analysis/dyad/ISR/SYR?by=month&from=2022-06-01&to=2022-08-31');
  assert.equal(status, 200);
  assert.deepEqual(body.series.map((p) => [p.period, p.quad, p.net_cooperation]), [['2022-06', [0, 0, 0, 0], 0], ['2022-07', [0, 0, 0, 1], -1], ['2022-08', [0, 0, 0, 0], 0]]);
  const smoothed = await get<{ series: { smoothed: { net_cooperation: number } }[] }>('/analysis/dyad/TUR/USA?by=day&smooth=2&direction=a_to_b&from=2022-05-03&to=2022-05-04');
  assert.deepEqual(smoothed.body.series.map((p) => p.smoothed.net_cooperation), [2, 1]);
});

test('http: bad query values are refused with the field named', async () => {
  const { status, body } = await get<{ message: string }>('/analysis/dyad/TUR/USA?by=year');
  assert.equal(status, 400);
  assert.match(body.message, /querystring\/by/);
  const tooLong = await get<{ message: string }>('/analysis/formats?by=day&from=1900-01-01&to=2099-12-31');
  assert.equal(tooLong.status, 400);
  assert.match(tooLong.body.message, /at most 30000 periods/);
});

test('http: an actor profile', async () => {
  const { body } = await get<{ partners: { code: string; net_cooperation: number }[]; adversaries: { code: string }[]; membership_counts: { seek: number } }>('/analysis/actors/TUR');
  assert.deepEqual(body.partners.map((p) => [p.code, p.net_cooperation]), [['RUS', 2], ['USA', 2]]);
  assert.deepEqual(body.adversaries, []);
  assert.equal(body.membership_counts.seek, 1);
});

test('http: the network finds the two blocs, hedging puts Turkey first', async () => {
  const net = await get<{ blocs: { members: string[] }[] }>('/analysis/network?from=2022-01-01&to=2022-12-31&groupings=false');
  // the coded strike of Israel on Syria makes them nodes, each a bloc of its own (no cooperation)
  const cores = net.body.blocs.map((b) => b.members.filter((m) => m !== 'TUR').join(' ')).sort();
  assert.deepEqual(cores, ['CHN IRN RUS', 'FRA GBR USA', 'ISR', 'SYR']);
  const hedging = await get<{ states: { id: string; hedging: number }[] }>('/analysis/hedging?to=2022-12-31');
  assert.deepEqual(hedging.body.states[0], { ...hedging.body.states[0], id: 'TUR', hedging: 1 });
});

test('http: formats per month', async () => {
  const { body } = await get<{ series: { period: string; events: { bilateral: number } }[] }>('/analysis/formats?by=month&from=2022-05-01&to=2022-05-31');
  assert.deepEqual(body.series.map((p) => [p.period, p.events.bilateral]), [['2022-05', 31]]);
});

test('http: the analysis routes are in the OpenAPI document', async () => {
  const { body } = await get<{ paths: Record<string, unknown> }>('/openapi.json');
  for (const path of ['/analysis/dyad/{a}/{b}', '/analysis/actors/{code}', '/analysis/network', '/analysis/hedging', '/analysis/formats']) assert.ok(path in body.paths, path);
});
