import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stemArabic, stemEnglish } from '../../src/text/stem.ts';

test('stem: Arabic verb forms of one root share a stem', () => {
  assert.equal(stemArabic('انسحبت'), stemArabic('انسحب'));
});

test('stem: Arabic imperfect plural reduces toward the verb', () => {
  assert.equal(stemArabic('يجتمعون'), stemArabic('يجتمع'));
});

const english: [string, string, string][] = [
  ['regular past', 'attacked', 'attack'],
  ['plural noun', 'sanctions', 'sanction'],
  ['gerund', 'meeting', 'meet'],
  ['irregular past met', 'met', 'meet'],
  ['irregular past withdrew', 'withdrew', 'withdraw'],
  ['irregular participle withdrawn', 'withdrawn', 'withdraw'],
  ['irregular past fled', 'fled', 'flee'],
  ['irregular past struck', 'struck', 'strike'],
  ['irregular past sought', 'sought', 'seek'],
  ['capitalised input', 'Protesters', 'protest'],
];

for (const [name, word, expected] of english) {
  test(`stem: English ${name}`, () => assert.equal(stemEnglish(word), stemEnglish(expected)));
}

test('stem: a doubled final consonant counts once (boycotted, boycott), but -ss stays apart', () => {
  assert.equal(stemEnglish('boycotted'), stemEnglish('boycott'));
  assert.equal(stemEnglish('controlled'), stemEnglish('control'));
  assert.notEqual(stemEnglish('repress'), stemEnglish('representing'));
});
