import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoldJsonl, parsePetrarchXml, GoldError } from '../../src/evaluate/gold.ts';
import { f1, newScores, scoreSentence } from '../../src/evaluate/score.ts';
import type { Event, Membership } from '../../src/model/index.ts';

/** Gold readers and the scorer, on gold written here. */

test('gold: our JSONL format is read with defaults for empty lists', () => {
  const [s] = parseGoldJsonl('g.jsonl', '{"id":"a","date":"2024-03-07","text":"نص","events":[{"type":"ASSAULT","sources":["ISR"]}]}\n');
  assert.deepEqual(s?.events, [{ type: 'ASSAULT', sources: ['ISR'], targets: [] }]);
  assert.deepEqual([s?.memberships, s?.groupings], [[], []]);
});

test('gold: a bad JSONL line names its line and field', () => {
  assert.throws(() => parseGoldJsonl('g.jsonl', '{"id":"a","date":"2024-03-07","text":"x"}\n{"id":"b","date":"07/03/2024","text":"x"}\n'), (e: unknown) => e instanceof GoldError && /g\.jsonl:2: field "date"/.test(e.message));
  assert.throws(() => parseGoldJsonl('g.jsonl', '{oops\n'), /g\.jsonl:1: not JSON/);
});

test('gold: PETRARCH validation XML, with and without closing tags', () => {
  const xml = `<Validation><Sentences>
<Sentence id="TUN-1" date="20110114" category="PROTEST">
<EventCoding eid="0" eventcode="141" plover="PROTEST" sourcecode="TUN None" targetcode="TUN GOV"/>
<Text>Protesters &amp; unions marched in Tunis.</Text>
<Parse>(ROOT ...)</Parse>
</Sentence>
<Sentence id="EGY-2" date="20110125">
<EventCoding eid="0" eventcode="010" plover="" sourcecode="EGY GOV" targetcode="None None"/>
<Text>Cairo said nothing new
<Sentence id="SYR-3" date="20110315">
<EventCoding plover="COERCE" sourcecode="SYR COP" targetcode="None None"/>
<Text>Police arrested activists in Damascus.</Text>`;
  const gold = parsePetrarchXml('v.xml', xml);
  assert.equal(gold.length, 3);
  assert.deepEqual(gold[0], { id: 'TUN-1', date: '2011-01-14', text: 'Protesters & unions marched in Tunis.', events: [{ type: 'PROTEST', sources: ['TUN'], targets: ['TUN'] }], memberships: [], groupings: [] });
  assert.equal(gold[1]?.text, 'Cairo said nothing new');
  assert.deepEqual(gold[1]?.events, [], 'a coding without a PLOVER type is not scored');
  assert.deepEqual(gold[2]?.events, [{ type: 'COERCE', sources: ['SYR'], targets: [] }]);
});

test('gold: a PETRARCH sentence without a date is refused by id', () => {
  assert.throws(() => parsePetrarchXml('v.xml', '<Sentence id="X-1"><Text>t</Text>'), /sentence X-1: date/);
});

function event(type: Event['type'], sources: string[], targets: string[], date = '2024-03-07'): Event {
  const ref = (code: string): Event['sources'][number] => ({ code, agent: null, text: code, start: 0, end: 1 });
  return {
    kind: 'event', id: `${type}${sources}${targets}`, doc_id: 'd', sentence: { index: 0, start: 0, end: 1 }, type, mode: null, context: [],
    cameo: '190', quad_class: 4, goldstein: -10, date, date_precision: 'day', sources: sources.map(ref), targets: targets.map(ref),
    trigger: { text: 't', start: 0, end: 1 }, negated: false, modality: null, rule: 'r',
  };
}

test('score: hits, misses and false alarms per type, actor and date accuracy on hits', () => {
  const s = newScores();
  const gold = { id: 'a', date: '2024-03-07', text: 't', memberships: [], groupings: [], events: [
    { type: 'ASSAULT' as const, sources: ['ISR'], targets: ['LBN'], date: '2024-03-06' },
    { type: 'PROTEST' as const, sources: ['LBN'], targets: ['LBN'] },
  ] };
  scoreSentence(s, gold, [event('ASSAULT', ['ISR'], ['SYR'], '2024-03-06'), event('CONSULT', ['USA'], [])]);
  assert.deepEqual(s.byType.get('ASSAULT'), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(s.byType.get('PROTEST'), { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(s.byType.get('CONSULT'), { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual([s.source, s.target, s.date], [{ correct: 1, total: 1 }, { correct: 0, total: 1 }, { correct: 1, total: 1 }]);
  assert.equal(s.confusion.get('PROTEST')?.get('CONSULT'), 1);
  const m = f1(s.micro);
  assert.equal(m.precision, 0.5);
  assert.equal(m.recall, 0.5);
});

test('score: a founding is scored by actor and change, whether the grouping is new or known to the lexicon', () => {
  const s = newScores();
  const gold = { id: 'f', date: '2023-09-17', text: 't', events: [],
    memberships: [{ actor: 'MLI', grouping: 'NEW', change: 'found' as const }, { actor: 'NER', grouping: 'NEW', change: 'found' as const }],
    groupings: [{ code: 'NEW', members: ['MLI', 'NER'], issues: [], format: 'bilateral' as const }] };
  const founded = (actor: string): Membership => ({
    kind: 'membership', id: actor, doc_id: 'f', sentence: { index: 0, start: 0, end: 1 }, actor: { code: actor, text: actor, start: 0, end: 1 },
    grouping: { code: 'AES', text: 'AES', start: 0, end: 1 }, change: 'found', date: '2023-09-16', date_precision: 'day', negated: false, rule: 'r',
  });
  scoreSentence(s, gold, [founded('MLI'), founded('NER')]);
  assert.deepEqual([s.memberships, s.groupings], [{ tp: 2, fp: 0, fn: 0 }, { tp: 1, fp: 0, fn: 0 }]);
});

