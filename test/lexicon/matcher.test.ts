import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Lexicon } from '../../src/lexicon/index.ts';
import { analyseText } from '../../src/text/index.ts';

/** Matcher and composition behaviour on a small lexicon of our own (test/lexicon/fixtures/mini). */

const MINI = fileURLToPath(new URL('./fixtures/mini/', import.meta.url));
const lexicon = Lexicon.fromDirs([MINI]);

function actors(text: string, date = '2024-03-07'): string[] {
  const doc = analyseText(text, { published: date });
  return lexicon.mentions(doc).map((m) => `${m.text}=${m.code ?? '-'}${m.agent ? ' ' + m.agent : ''}`);
}

const cases: [string, string, string[]][] = [
  ['a plain name', 'زار بايدن بولندا', ['بايدن=USA GOV', 'بولندا=POL']],
  ['longest match: the full official name', 'وفد من الولايات المتحدة الأمريكية', ['الولايات المتحدة الأمريكية=USA']],
  ['conjunction + preposition + article', 'وبالولايات المتحدة', ['الولايات المتحدة=USA']],
  ['fused preposition and article keeps its letters', 'للولايات المتحدة', ['للولايات المتحدة=USA']],
  ['conjunction on a name', 'وأمريكا', ['أمريكا=USA']],
  ['spelling variant', 'أميركا', ['أميركا=USA']],
  ['hamza-less spelling', 'امريكا', ['امريكا=USA']],
  ['word that starts like a clitic: بولندا', 'بولندا', ['بولندا=POL']],
  ['word that starts like a clitic: لبنان', 'لبنان', ['لبنان=LBN']],
  ['clitic before a clitic-like word', 'ولبنان وبولندا', ['لبنان=LBN', 'بولندا=POL']],
  ['prefix of a longer name does not win', 'كوريا الشمالية', ['كوريا الشمالية=PRK']],
  ['demonym masculine', 'الرئيس الأمريكي', ['الرئيس الأمريكي=USA GOV']],
  ['demonym feminine + agent', 'الحكومة المغربية', ['الحكومة المغربية=MAR GOV']],
  ['demonym sound plural + agent', 'متظاهرون لبنانيون', ['متظاهرون لبنانيون=LBN CVL']],
  ['demonym oblique plural', 'مع الأمريكيين', ['الأمريكيين=USA']],
  ['broken plural', 'الروس والأمريكان', ['الروس=RUS', 'الأمريكان=USA']],
  ['two-word demonym inflected', 'القوات المسلحة الكورية الجنوبية', ['القوات المسلحة الكورية الجنوبية=KOR MIL']],
  ['construct state: agent + country name', 'حكومة المغرب', ['حكومة المغرب=MAR GOV']],
  ['role + adjective + person', 'الرئيس الأمريكي جو بايدن', ['الرئيس الأمريكي جو بايدن=USA GOV']],
  ['metonym with sector', 'البيت الأبيض والبنتاغون', ['البيت الأبيض=USA GOV', 'البنتاغون=USA MIL']],
  ['capital stands for the government', 'أعلنت موسكو', ['موسكو=RUS GOV']],
  ['state name outranks the same-named capital', 'الكويت', ['الكويت=KWT']],
  ['organisation with a clitic', 'وللناتو', ['للناتو=NATO IGO']],
  ['English adjective + agent', 'Israeli troops and Lebanese protesters', ['troops=- MIL', 'Lebanese protesters=LBN CVL']],
  ['English possessive + role', "Russia's foreign minister", ["Russia's foreign minister=RUS GOV"]],
  ['English role of country', 'the foreign minister of Morocco', ['foreign minister of Morocco=MAR GOV']],
  ['English acronym is case-sensitive', 'the US told us', ['US=USA']],
  ['dotted acronym', 'U.S. officials', ['U.S.=USA']],
  ['person outside any office has no code', 'قال بايدن', ['بايدن=-']],
];

for (const [name, text, expected] of cases) {
  test(`lexicon: ${name}`, () => {
    const date = name.startsWith('person outside') ? '2018-06-01' : '2024-03-07';
    assert.deepEqual(actors(text, date), expected);
  });
}

test('lexicon: a person resolves by tenure on the article date', () => {
  assert.deepEqual(actors('بوتين', '2010-01-01'), ['بوتين=RUS GOV']);
  assert.deepEqual(actors('Biden', '2014-01-01'), ['Biden=USA GOV']);
  assert.deepEqual(actors('Biden', '2019-01-01'), ['Biden=-']);
});

test('lexicon: every mention reports the data-file line that matched', () => {
  const doc = analyseText('الحكومة المغربية', { published: '2024-03-07' });
  const [m] = lexicon.mentions(doc);
  assert.match(m?.entry ?? '', /fixtures\/mini\/agents\.tsv:1$/);
});

test('lexicon: mention offsets slice back to the text', () => {
  const text = 'وقال الرئيسُ الأمريكيّ جو بايدن إن وبالولايات المتحدة وللناتو.';
  const doc = analyseText(text, { published: '2024-03-07' });
  for (const m of lexicon.mentions(doc)) assert.equal(text.slice(m.start, m.end), m.text);
});
