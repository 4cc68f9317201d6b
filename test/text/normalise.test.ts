import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise, normaliseWithOffsets, originalSpan } from '../../src/text/normalise.ts';

const cases: [string, string, string][] = [
  ['alif with hamza above', 'أمريكا', 'امريكا'],
  ['alif with hamza below', 'إيران', 'ايران'],
  ['alif with madda', 'آسيا', 'اسيا'],
  ['alif wasla', 'ٱلحرب', 'الحرب'],
  ['alif maqsura', 'على', 'علي'],
  ['ta marbuta', 'الجامعة العربية', 'الجامعه العربيه'],
  ['waw with hamza', 'مؤتمر', 'موتمر'],
  ['ya with hamza', 'رئيس', 'رييس'],
  ['tatweel removed', 'إسرائيـــــل', 'اسراييل'],
  ['harakat removed', 'وَقَّعَتْ', 'وقعت'],
  ['tanwin removed', 'غداً', 'غدا'],
  ['dagger alif removed', 'هٰذا', 'هذا'],
  ['Persian keheh and yeh', 'کابل ایران', 'كابل ايران'],
  ['Urdu heh goal and yeh barree', 'ہے', 'هي'],
  ['Persian peh and tcheh', 'پاکستان چین', 'باكستان جين'],
  ['Maghrebi veh', 'ڤيينا', 'فيينا'],
  ['Persian ae', 'ە', 'ه'],
  ['Arabic-Indic digits', '٢٠٢٣', '2023'],
  ['Persian digits', '۱۴۰۲', '1402'],
  ['Arabic decimal separator', '٣٫٥', '3.5'],
  ['Arabic percent', '٥٠٪', '50%'],
  ['guillemets to ASCII quotes', '«نعم»', '"نعم"'],
  ['curly double quotes', '“yes”', '"yes"'],
  ['single angle quotes', '‹x›', "'x'"],
  ['curly apostrophe', 'Russia’s', "russia's"],
  ['lam-alif ligature (NFKC)', 'ﻻ', 'لا'],
  ['lam-alif with hamza ligature', 'ﻷ', 'لا'],
  ['isolated presentation form', 'ﺏ', 'ب'],
  ['Allah ligature', 'ﷲ', 'الله'],
  ['Latin lower-cased', 'NATO Summit', 'nato summit'],
  ['Turkish dotted capital I keeps its mark', 'İ', 'i̇'],
  ['zero-width non-joiner removed', 'می\u200cخواهد', 'ميخواهد'],
  ['right-to-left mark removed', '\u200fمصر', 'مصر'],
  ['no-break space to space', 'U.S.\u00a0forces', 'u.s. forces'],
  ['already normal text is unchanged', 'مصر', 'مصر'],
  ['empty string', '', ''],
];

for (const [name, input, expected] of cases) {
  test(`normalise: ${name}`, () => assert.equal(normalise(input), expected));
}

test('normaliseWithOffsets maps each normalised unit to its original offset', () => {
  const original = 'قالَ «أمريكا»';
  const n = normaliseWithOffsets(original);
  assert.equal(n.norm, 'قال "امريكا"');
  assert.equal(n.offsets.length, n.norm.length + 1);
  const at = n.norm.indexOf('امريكا');
  const [s, e] = originalSpan(n, at, at + 'امريكا'.length);
  assert.equal(original.slice(s, e), 'أمريكا');
});

test('originalSpan keeps the final haraka with its word', () => {
  const original = 'قالَ الوزير';
  const n = normaliseWithOffsets(original);
  const [s, e] = originalSpan(n, 0, 3);
  assert.equal(original.slice(s, e), 'قالَ');
});

test('originalSpan over an expanded ligature covers the ligature', () => {
  const original = 'ﻻ شيء';
  const n = normaliseWithOffsets(original);
  assert.equal(n.norm.slice(0, 2), 'لا');
  const [s, e] = originalSpan(n, 0, 2);
  assert.equal(original.slice(s, e), 'ﻻ');
});
