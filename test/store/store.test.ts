import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadQueries, EventQueries, SearchQueries, ftsQuery, queryWords } from '../../src/store/index.ts';
import { count, ingest, tempDb } from './helpers.ts';

// our own test sentences, in the style of Arabic news
const VISIT = 'استقبل الرئيس المصري نظيره الفرنسي في القاهرة أمس.';
const ACCUSE = 'اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية على مؤسساتها.';
const MEET = 'التقى وزير الخارجية الأمريكي نظيره الروسي في جنيف.';
const SANCTION = 'فرضت الولايات المتحدة عقوبات جديدة على روسيا يوم 15 مارس 2021.';
const JOIN = 'انضمت فنلندا إلى حلف شمال الأطلسي رسمياً.';

test('store: an article is stored with its source, sentences, events, actors and lexicon version', () => {
  const { db } = tempDb();
  const out = ingest(db, `${VISIT} ${ACCUSE}`, '2021-06-10', 'a.txt', 'زيارة واتهام');
  assert.equal(out.kind, 'added');
  assert.equal(count(db, 'SELECT count(*) FROM articles'), 1);
  assert.equal(count(db, 'SELECT count(*) FROM sentences WHERE article_id = ?', out.id), 2);
  assert.equal(count(db, "SELECT count(*) FROM article_sources WHERE source = 'a.txt'"), 1);
  assert.equal(count(db, 'SELECT count(*) FROM events'), 2);
  const accuse = db.prepare("SELECT m.*, a.text AS article FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.type = 'ACCUSE'").get() as Record<string, string | number>;
  assert.equal(String(accuse.article).slice(Number(accuse.trigger_start), Number(accuse.trigger_end)), accuse.trigger_text);
  assert.match(String(accuse.lexicon_version), /^[0-9a-f]{12}$/);
  const actors = db.prepare('SELECT role, code FROM event_actors WHERE mention_id = ? ORDER BY role').all(accuse.id);
  assert.deepEqual(actors.map((a) => ({ ...(a as object) })), [{ role: 'source', code: 'USA' }, { role: 'target', code: 'RUS' }]);
});

test('store: the same text from two sources is one article with both sources; its events count both', () => {
  const { db } = tempDb();
  const first = ingest(db, ACCUSE, '2021-06-10', 'one.txt');
  // other spacing and hamza spelling: the same normalised text
  const second = ingest(db, `  ${ACCUSE.replace('إلكترونية', 'الكترونية')}\n`, '2021-06-10', 'two.txt');
  assert.equal(second.kind, 'new-source');
  assert.equal(second.id, first.id);
  assert.equal(count(db, 'SELECT count(*) FROM articles'), 1);
  assert.deepEqual(db.prepare('SELECT source FROM article_sources ORDER BY source').pluck().all(), ['one.txt', 'two.txt']);
  const e = db.prepare('SELECT num_mentions, num_articles, num_sources FROM events').get();
  assert.deepEqual({ ...(e as object) }, { num_mentions: 1, num_articles: 1, num_sources: 2 });
  assert.equal(ingest(db, ACCUSE, '2021-06-10', 'two.txt').kind, 'known');
  assert.equal(count(db, 'SELECT num_sources FROM events'), 2);
});

test('store: one event reported by two articles a day apart is one event with num_articles 2 and both evidence spans', () => {
  const { db } = tempDb();
  ingest(db, `${ACCUSE} ${VISIT}`, '2021-06-10', 'a.txt');
  ingest(db, `في تطور جديد، ${ACCUSE}`, '2021-06-11', 'b.txt');
  const rows = db.prepare("SELECT id, num_mentions, num_articles, num_sources FROM events WHERE type = 'ACCUSE'").all() as { id: number }[];
  assert.equal(rows.length, 1);
  assert.deepEqual({ ...rows[0] }, { id: rows[0]?.id, num_mentions: 2, num_articles: 2, num_sources: 2 });
  const evidence = new EventQueries(db).evidence(rows[0]?.id ?? 0);
  assert.equal(evidence.length, 2);
  assert.deepEqual(evidence.map((m) => m.trigger.text), ['اتهمت', 'اتهمت']);
  assert.notEqual(evidence[0]?.trigger.start, evidence[1]?.trigger.start);
});

test('store: the same report two days later, or with other actors or type, is another event', () => {
  const { db } = tempDb();
  ingest(db, ACCUSE, '2021-06-10', 'a.txt');
  ingest(db, `وفي وقت لاحق، ${ACCUSE}`, '2021-06-12', 'b.txt');
  ingest(db, 'اتهمت الصين روسيا بشن هجمات إلكترونية على مؤسساتها.', '2021-06-10', 'c.txt');
  ingest(db, 'هددت الولايات المتحدة روسيا بفرض عقوبات.', '2021-06-10', 'd.txt');
  assert.equal(count(db, "SELECT count(*) FROM events WHERE type = 'ACCUSE'"), 3);
  assert.equal(count(db, 'SELECT max(num_articles) FROM events'), 1);
});

test('store: search matches across hamza, taa marbuta, alif maqsura, diacritic and tatweel variants', () => {
  const { db } = tempDb();
  ingest(db, VISIT, '2021-06-10', 'visit.txt', 'زيارة رسمية');
  ingest(db, ACCUSE, '2021-06-10', 'accuse.txt');
  const search = new SearchQueries(db);
  const ids = (q: string): number => search.search(q).length;
  assert.equal(ids('القاهره'), 1); // ة written ه
  assert.equal(ids('القاهرة'), 1);
  assert.equal(ids('الكترونية'), 1); // إ written ا
  assert.equal(ids('اتـهمت'), 1); // tatweel
  assert.equal(ids('اتَّهمت'), 1); // diacritics
  assert.equal(ids('زياره'), 1); // in the title
  assert.equal(ids('القاهرة روسيا'), 0); // every word must be there
  assert.equal(ids('"'), 0); // no words, no FTS syntax error
  const [hit] = search.search('الكترونيه');
  assert.match(hit?.snippet ?? '', /إلكترونية/); // the snippet keeps the article's spelling
});

test('store: search finds a word behind its proclitics (بالقاهرة for القاهرة), with a snippet at it', () => {
  const { db } = tempDb();
  ingest(db, 'عقد وزراء الخارجية العرب اجتماعاً طارئاً بالقاهرة أمس لبحث الأزمة.', '2021-06-10', 'a.txt');
  ingest(db, 'وصل الوفد الإيراني إلى بغداد وللعاصمة العراقية زيارات سابقة.', '2021-06-10', 'b.txt');
  const search = new SearchQueries(db);
  const [hit, ...rest] = search.search('القاهرة');
  assert.equal(rest.length, 0);
  assert.match(hit?.snippet ?? '', /بالقاهرة/);
  assert.equal(search.search('العاصمة').length, 1); // وللعاصمة
  assert.equal(search.search('عاصمة').length, 1);
  assert.equal(search.search('القاهرة بغداد').length, 0);
});

test('store: search queries are plain strings, never FTS syntax', () => {
  assert.deepEqual(queryWords('أمريكا AND "روسيا" OR NEAR(ة'), ['امريكا', 'and', 'روسيا', 'or', 'near', 'ه']);
  assert.equal(ftsQuery(['a', 'b']), '"a" "b"');
});

test('store: event lists filter by source, target, type and dates', () => {
  const { db } = tempDb();
  ingest(db, `${ACCUSE} ${MEET}`, '2021-06-10', 'a.txt');
  ingest(db, SANCTION, '2021-06-10', 'b.txt');
  ingest(db, VISIT, '2022-01-05', 'c.txt');
  const q = new EventQueries(db);
  const types = (f: Parameters<EventQueries['events']>[0]): string[] => [...q.events(f)].map((e) => e.type).sort();
  assert.deepEqual(types({ actor: 'USA' }), ['ACCUSE', 'CONSULT', 'SANCTION']);
  assert.deepEqual(types({ actor: 'USA', target: 'RUS', type: 'CONSULT' }), ['CONSULT']);
  assert.deepEqual(types({ target: 'RUS', from: '2021-06-01' }), ['ACCUSE', 'CONSULT']);
  assert.deepEqual(types({ to: '2021-03-31' }), ['SANCTION']);
  assert.deepEqual(types({ actor: 'RUS' }), []);
  assert.deepEqual(types({ from: '2021-01-01', to: '2021-12-31' }), ['ACCUSE', 'CONSULT', 'SANCTION']);
  assert.equal([...q.events({ limit: 1 })].length, 1);
  const [sanction] = q.events({ type: 'SANCTION' });
  assert.deepEqual([sanction?.sources, sanction?.targets, sanction?.date, sanction?.quad_class], [['USA'], ['RUS'], '2021-03-15', 4]);
});

test('store: a dyad series counts events per quad class with mean Goldstein, per day, week and month', () => {
  const { db } = tempDb();
  ingest(db, `${ACCUSE} ${MEET}`, '2021-06-10', 'a.txt');
  ingest(db, SANCTION, '2021-06-10', 'b.txt');
  const dyad = new DyadQueries(db);
  const months = dyad.dyad({ source: 'USA', target: 'RUS', by: 'month' });
  assert.deepEqual(months.map((p) => [p.period, p.quad, p.events]), [['2021-03', [0, 0, 0, 1], 1], ['2021-06', [1, 0, 1, 0], 2]]);
  const june = months[1];
  const goldsteins = db.prepare("SELECT goldstein FROM events WHERE date LIKE '2021-06%'").pluck().all() as number[];
  assert.equal(june?.mean_goldstein, Math.round(((goldsteins[0] ?? 0) + (goldsteins[1] ?? 0)) / 2 * 100) / 100);
  // ISO weeks: 2021-03-15 is the Monday of week 11
  assert.deepEqual(dyad.dyad({ source: 'USA', target: 'RUS', by: 'week' }).map((p) => p.period), ['2021-W11', '2021-W23']);
  assert.deepEqual(dyad.dyad({ source: 'USA', target: 'RUS', by: 'day', from: '2021-06-01' }).map((p) => p.period), ['2021-06-10']);
  assert.deepEqual(dyad.dyad({ source: 'RUS', target: 'USA', by: 'month' }), []);
});

test('store: the per-day dyad sums always equal the sums of the stored events', () => {
  const { db } = tempDb();
  ingest(db, `${ACCUSE} ${MEET}`, '2021-06-10', 'a.txt');
  ingest(db, `${ACCUSE} ${SANCTION}`, '2021-06-10', 'b.txt'); // the accusation merges into the stored one
  ingest(db, `${MEET} ${VISIT}`, '2021-06-20', 'c.txt');
  const kept = db.prepare('SELECT source, target, date, quad_class, events, goldstein_sum FROM dyad_days ORDER BY 1, 2, 3, 4').raw().all();
  const summed = db.prepare('SELECT source, target, date, quad_class, count(*), sum(goldstein) FROM event_dyads GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4').raw().all();
  assert.ok(kept.length >= 4);
  assert.deepEqual(kept, summed);
});

test('store: memberships and groupings are stored with members and where they were named', () => {
  const { db } = tempDb();
  ingest(db, JOIN, '2023-04-04', 'a.txt');
  assert.deepEqual({ ...(db.prepare('SELECT actor_code, grouping_code, change FROM memberships').get() as object) }, { actor_code: 'FIN', grouping_code: 'NATO', change: 'join' });
  assert.equal(count(db, "SELECT count(*) FROM groupings WHERE code = 'NATO' AND discovered = 0"), 1);
  assert.ok(count(db, "SELECT count(*) FROM grouping_members WHERE grouping_code = 'NATO'") > 20);
  assert.equal(count(db, "SELECT count(*) FROM grouping_mentions WHERE grouping_code = 'NATO'"), 1);
});
