import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/text/language.ts';

const cases: [string, string, string][] = [
  ['Arabic sentence', 'اجتمع وزراء خارجية دول الخليج في الرياض', 'ar'],
  ['English sentence', 'The foreign ministers of the Gulf states met in Riyadh on Tuesday', 'en'],
  ['Arabic with a Latin acronym', 'قال حلف الناتو NATO إن القمة ستعقد في لاهاي', 'ar'],
  ['English with an Arabic name', 'The minister, known as أبو محمد, said the talks had failed in the end', 'en'],
  ['French is other', 'Les ministres des affaires étrangères se sont réunis à Paris mardi dernier pour discuter', 'other'],
  ['short Latin phrase is English', 'Breaking news', 'en'],
  ['digits only is other', '2021 2022 ٢٠٢٣', 'other'],
  ['empty is other', '', 'other'],
  ['Cyrillic is other', 'Министр иностранных дел заявил', 'other'],
  ['Persian letters count as Arabic script', 'وزیر امور خارجه ایران', 'ar'],
];

for (const [name, text, expected] of cases) {
  test(`language: ${name}`, () => assert.equal(detectLanguage(text), expected));
}

test('language: a span of a mixed text', () => {
  const text = 'قال الوزير. The minister said the talks were over.';
  assert.equal(detectLanguage(text, 0, 11), 'ar');
  assert.equal(detectLanguage(text, 12, text.length), 'en');
});
