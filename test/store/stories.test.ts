import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleQueries } from '../../src/store/index.ts';
import { count, ingest, tempDb } from './helpers.ts';

// our own story, long enough to fingerprint, and a republished copy with small edits
const STORY = [
  'اتهمت الولايات المتحدة روسيا أمس بشن هجمات إلكترونية على مؤسساتها الحكومية والمالية خلال الأسابيع الماضية.',
  'وقال متحدث باسم وزارة الخارجية إن الهجمات استهدفت شبكات الكهرباء وأنظمة المصارف في عدد من الولايات.',
  'وأضاف أن واشنطن تدرس خيارات للرد بالتنسيق مع حلفائها في أوروبا وآسيا، من دون أن يكشف تفاصيل.',
  'ولم يصدر تعليق فوري من موسكو على هذه الاتهامات التي تأتي في ظل توتر متصاعد بين البلدين.',
];
const REPUBLISHED = ['واشنطن تتهم موسكو بهجمات إلكترونية.', ...STORY.slice(0, 3), 'ولم يصدر أي تعليق فوري من موسكو على هذه الاتهامات التي تأتي في ظل توتر متصاعد بين البلدين.'].join(' ');
const OTHER = [
  'اتهمت الولايات المتحدة روسيا أمس بشن هجمات إلكترونية على مؤسساتها الحكومية والمالية.',
  'وجاء الاتهام في مؤتمر صحفي عقده وزير العدل الأمريكي في العاصمة واشنطن، عرض فيه أدلة جمعها المحققون على مدى أشهر.',
  'وطالب الوزير الكونغرس بتخصيص أموال إضافية لحماية البنية التحتية الرقمية للبلاد من هجمات مماثلة في المستقبل.',
].join(' ');

/** The accusation both articles report: how many articles and sources count it. */
function accusation(db: ReturnType<typeof tempDb>['db']): { num_articles: number; num_sources: number } {
  return db
    .prepare(
      `SELECT num_articles, num_sources FROM events e WHERE type = 'ACCUSE'
       AND EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = e.id AND d.source = 'USA' AND d.target = 'RUS')
       ORDER BY num_mentions DESC LIMIT 1`,
    )
    .get() as { num_articles: number; num_sources: number };
}

test('stories: a story republished with small edits is linked to the first, and its events are not counted twice', () => {
  const { db } = tempDb();
  const first = ingest(db, STORY.join(' '), '2021-06-10', 'agency.txt');
  const copy = ingest(db, REPUBLISHED, '2021-06-10', 'portal.txt');
  assert.equal(copy.kind, 'added');
  assert.notEqual(copy.id, first.id, 'another text: another article');
  const detail = new ArticleQueries(db).article(copy.id);
  assert.equal(detail?.story_id, first.id);
  assert.deepEqual(new ArticleQueries(db).article(first.id)?.near_duplicates, [copy.id]);
  // both reports are kept as evidence, but the story counts once
  assert.deepEqual({ ...accusation(db) }, { num_articles: 1, num_sources: 2 });
});

test('stories: another article on the same event is another story, and counts', () => {
  const { db } = tempDb();
  const first = ingest(db, STORY.join(' '), '2021-06-10', 'agency.txt');
  const other = ingest(db, OTHER, '2021-06-10', 'paper.txt');
  assert.equal(new ArticleQueries(db).article(other.id)?.story_id, other.id);
  assert.deepEqual(new ArticleQueries(db).article(first.id)?.near_duplicates, []);
  assert.deepEqual({ ...accusation(db) }, { num_articles: 2, num_sources: 2 });
  assert.equal(count(db, 'SELECT count(DISTINCT story_id) FROM articles'), 2);
});
