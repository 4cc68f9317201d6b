import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenise } from '../../src/text/tokens.ts';

function texts(text: string): string[] {
  return tokenise(text).map((t) => t.text);
}

const cases: [string, string, string[]][] = [
  ['Arabic words and comma', 'الإمارات، وإسرائيل', ['الإمارات', '،', 'وإسرائيل']],
  ['Arabic word keeps its harakat', 'وَقَّعَتْ مِصْرُ', ['وَقَّعَتْ', 'مِصْرُ']],
  ['Arabic word keeps tatweel', 'إسرائيـــل', ['إسرائيـــل']],
  ['Arabic question mark is punctuation', 'لماذا؟', ['لماذا', '؟']],
  ['guillemets split from words', '«نعم»', ['«', 'نعم', '»']],
  ['Arabic-Indic number', 'في ٧ ديسمبر ٢٠٢١', ['في', '٧', 'ديسمبر', '٢٠٢١']],
  ['digits split from attached Arabic letters', 'ب5 ملايين', ['ب', '5', 'ملايين']],
  ['decimal number is one token', 'growth of 3.5 percent', ['growth', 'of', '3.5', 'percent']],
  ['thousands separator', '1,000 troops', ['1,000', 'troops']],
  ['numeric date is one token', 'on 7/12/2021', ['on', '7/12/2021']],
  ['ISO date is one token', '2021-12-07', ['2021-12-07']],
  ['hyphenated English words split', 'Russian-backed forces', ['Russian', '-', 'backed', 'forces']],
  ['possessive split', "Russia's army", ['Russia', "'s", 'army']],
  ['curly possessive split', 'Iran’s envoy', ['Iran', '’s', 'envoy']],
  ['inner apostrophe kept', "Côte d'Ivoire", ['Côte', "d'Ivoire"]],
  ['dotted acronym is one token', 'the U.S. and U.N.', ['the', 'U.S.', 'and', 'U.N.']],
  ['letters with digits', 'the G20 and F-16s', ['the', 'G20', 'and', 'F', '-', '16s']],
  ['percent sign', '50%', ['50', '%']],
  ['emoji is one symbol token', 'hi 😀 there', ['hi', '😀', 'there']],
  ['Cyrillic word', 'Путин said', ['Путин', 'said']],
  ['empty text', '', []],
  ['white space only', '  \n ', []],
];

for (const [name, input, expected] of cases) {
  test(`tokens: ${name}`, () => assert.deepEqual(texts(input), expected));
}

test('tokens: offsets slice back to the token text', () => {
  const text = 'قالَ «أمريكا» إن U.S. forces left 3.5 km.';
  for (const t of tokenise(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokens: norm is the matching form', () => {
  const [t] = tokenise('أَمِيرِكَا');
  assert.equal(t?.norm, 'اميركا');
});

test('tokens: kinds', () => {
  assert.deepEqual(tokenise('مصر 12 ، $').map((t) => t.kind), ['word', 'number', 'punct', 'symbol']);
});

test('tokens: a range tokenises only that range and tags the sentence', () => {
  const text = 'أولا. ثانيا.';
  const tokens = tokenise(text, 6, text.length, 1);
  assert.deepEqual(tokens.map((t) => t.text), ['ثانيا', '.']);
  assert.ok(tokens.every((t) => t.sentence === 1));
});

test('tokens: a lone surrogate is one symbol token and nothing is lost', () => {
  const text = 'a\uD800b';
  assert.deepEqual(texts(text), ['a', '\uD800', 'b']);
});

test('tokens: English words get one plain analysis', () => {
  const [t] = tokenise('Sanctions');
  assert.deepEqual(t?.analyses, [{ proclitics: [], stem: 'sanctions', enclitic: null }]);
});

test('tokens: a word written with ة has no ه pronoun reading; one written with ه keeps it', () => {
  const enclitics = (word: string): (string | null)[] => (tokenise(word)[0]?.analyses ?? []).map((a) => a.enclitic);
  assert.ok(!enclitics('الدبلوماسية').includes('ه'));
  assert.ok(!enclitics('العسكريةً').includes('ه'), 'a mark after ة changes nothing');
  assert.ok(enclitics('حكومته').includes('ه'));
  assert.ok(enclitics('قصفه').includes('ه'));
});
