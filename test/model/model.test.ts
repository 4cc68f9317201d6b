import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/model/json-schema.ts';
import { Event, Token } from '../../src/model/index.ts';
import { articleId, makeArticle } from '../../src/text/index.ts';

test('model: docs/schema is in sync with the zod schemas (run npm run schema)', () => {
  for (const [name, text] of Object.entries(jsonSchemas())) {
    const onDisk = readFileSync(new URL(`../../docs/schema/${name}.schema.json`, import.meta.url), 'utf8');
    assert.equal(onDisk, text, `docs/schema/${name}.schema.json is stale`);
  }
});

test('model: the article id ignores spelling variants, diacritics and spacing', () => {
  const a = articleId('أعلنت إسرائيل   انسحابها.');
  assert.equal(a, articleId('اعلنت اسرائيل انسحابها.'));
  assert.equal(a, articleId('أَعلنت إسرائيـل انسحابَها.'));
  assert.notEqual(a, articleId('أعلنت إسرائيل انسحابها من غزة.'));
});

test('model: makeArticle detects the language and NFC-normalises the text', () => {
  const decomposed = 'Cafe\u0301 talks ended in Paris after the ministers met';
  const article = makeArticle({ source: 'x.txt', text: decomposed, published: '2024-03-07' });
  assert.equal(article.language, 'en');
  assert.equal(article.text, decomposed.normalize('NFC'));
  assert.match(article.id, /^[0-9a-f]{32}$/);
});

test('model: makeArticle rejects a bad date naming the field', () => {
  assert.throws(() => makeArticle({ source: 'x', text: 'نص', published: '07/03/2024' }), /published/);
});

test('model: a token must have non-negative integer offsets', () => {
  const bad = { start: -1, end: 2, text: 'مصر', norm: 'مصر', kind: 'word', sentence: 0, analyses: [] };
  assert.equal(Token.safeParse(bad).success, false);
  assert.equal(Token.safeParse({ ...bad, start: 0 }).success, true);
});

test('model: an event with an unknown PLOVER type is rejected', () => {
  const event = {
    kind: 'event', id: 'e1', doc_id: 'd', sentence: { index: 0, start: 0, end: 10 }, type: 'DISCUSS', mode: null,
    context: [], cameo: '040', quad_class: 1, goldstein: 1, date: '2024-03-07', date_precision: 'day',
    sources: [], targets: [], trigger: { text: 'x', start: 0, end: 1 }, negated: false, modality: null, rule: 'r',
  };
  assert.equal(Event.safeParse(event).success, false);
  assert.equal(Event.safeParse({ ...event, type: 'CONSULT' }).success, true);
});
