import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Coder } from '../../src/coder/index.ts';
import { Recoder, StoreWriter } from '../../src/store/index.ts';
import { count, ingest, sharedCoder, tempDb } from './helpers.ts';

// our own sentences; a state the bundled lexicon does not know, added by a user layer
const FANTASY = 'اتهمت جمهورية الخيال أمس مصر بحشد قوات على حدودها.';
const SHARED = 'اتهمت الولايات المتحدة روسيا بشن هجمات إلكترونية على مؤسساتها.';
const PAIR = 'اتهمت مصر أمس إسرائيل وجمهورية الخيال بحشد قوات على حدودها.';

function userLexicon(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nasij-lexicon-'));
  mkdirSync(join(dir, 'states'));
  writeFileSync(join(dir, 'states', 'extra.yaml'), 'XYZ:\n  ar: [جمهورية الخيال]\n  en: [Fantasia]\n');
  return dir;
}

test('recode: articles coded with other data are coded again, and their events follow the new data', () => {
  const { db } = tempDb();
  const fantasy = ingest(db, `${FANTASY} ${SHARED}`, '2024-03-07', 'a.txt');
  ingest(db, `في تطور آخر، ${SHARED}`, '2024-03-07', 'b.txt');
  assert.equal(count(db, "SELECT count(*) FROM event_parties WHERE code = 'XYZ'"), 0);
  const before = count(db, "SELECT num_articles FROM events WHERE type = 'ACCUSE' AND id IN (SELECT event_id FROM event_parties WHERE code = 'USA')");
  assert.equal(before, 2);

  const coder = Coder.load([userLexicon()]);
  assert.notEqual(coder.version, sharedCoder().version, 'other data, another version');
  const recoder = new Recoder(db, new StoreWriter(db), coder);
  assert.equal(recoder.staleIds(false).length, 2);
  recoder.recode(fantasy.id);
  assert.deepEqual(recoder.staleIds(false).length, 1, 'the recoded article is current');
  // the new state is now a source of the accusation
  assert.equal(count(db, "SELECT count(*) FROM event_parties WHERE code = 'XYZ' AND role = 'source'"), 1);
  // the event the other article also reports kept both articles, once each
  const shared = db.prepare("SELECT num_mentions, num_articles, num_sources FROM events WHERE type = 'ACCUSE' AND id IN (SELECT event_id FROM event_parties WHERE code = 'USA')").all();
  assert.deepEqual(shared.map((r) => ({ ...(r as object) })), [{ num_mentions: 2, num_articles: 2, num_sources: 2 }]);
  assert.equal(db.prepare('SELECT lexicon_version FROM articles WHERE id = ?').pluck().get(fantasy.id), coder.version);
});

test('recode: an event no article reports any more is dropped with its parties and dyads', () => {
  const { db } = tempDb();
  const a = ingest(db, `${FANTASY} ${PAIR}`, '2024-03-07', 'a.txt');
  assert.equal(count(db, "SELECT events FROM dyad_days WHERE source = 'EGY' AND target = 'ISR'"), 1);
  const events = count(db, 'SELECT count(*) FROM events');
  const recoder = new Recoder(db, new StoreWriter(db), Coder.load([userLexicon()]));
  recoder.recode(a.id);
  // each accusation names another party now: new events, the old ones gone
  assert.equal(count(db, 'SELECT count(*) FROM events'), events);
  assert.equal(count(db, "SELECT count(*) FROM event_parties WHERE role = 'target' AND code = 'XYZ'"), 1);
  assert.equal(count(db, 'SELECT count(*) FROM events WHERE num_mentions = 0'), 0);
  assert.equal(count(db, 'SELECT count(*) FROM event_parties WHERE event_id NOT IN (SELECT id FROM events)'), 0);
  assert.equal(count(db, 'SELECT count(*) FROM event_dyads WHERE event_id NOT IN (SELECT id FROM events)'), 0);
  assert.equal(count(db, "SELECT count(*) FROM event_dyads WHERE source = 'XYZ' AND target = 'EGY'"), 1);
  // the dyad series' day sums still add up to the events stored
  const sums = (sql: string): unknown[] => db.prepare(sql).raw().all();
  assert.deepEqual(
    sums('SELECT source, target, date, quad_class, events, goldstein_sum FROM dyad_days ORDER BY 1, 2, 3, 4'),
    sums('SELECT source, target, date, quad_class, count(*), sum(goldstein) FROM event_dyads GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4'),
  );
  assert.deepEqual(recoder.staleIds(false), []);
  assert.deepEqual(recoder.staleIds(true), [a.id]);
});
