import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexicon } from '../../src/lexicon/index.ts';
import { analyseText } from '../../src/text/index.ts';

/** Names that look alike, clitics that must come off, and words that only look like clitics. */

const lexicon = Lexicon.load();

function codes(text: string, date = '2024-03-07'): (string | null)[] {
  return lexicon.mentions(analyseText(text, { published: date })).map((m) => m.code).filter((c) => c !== null);
}

const cases: [string, string, (string | null)[]][] = [
  ['Sudan', 'السودان', ['SDN']],
  ['South Sudan is not Sudan', 'جنوب السودان', ['SSD']],
  ['South Sudan in a sentence', 'وصل الوفد إلى جنوب السودان قادما من السودان', ['SSD', 'SDN']],
  ['North Korea', 'كوريا الشمالية', ['PRK']],
  ['South Korea', 'كوريا الجنوبية', ['KOR']],
  ['bare Korea is not North Korea', 'كوريا', ['KOR']],
  ['Guinea', 'غينيا', ['GIN']],
  ['Guinea-Bissau', 'غينيا بيساو', ['GNB']],
  ['Equatorial Guinea', 'غينيا الاستوائية', ['GNQ']],
  ['Niger', 'النيجر', ['NER']],
  ['Nigeria', 'نيجيريا', ['NGA']],
  ['Nigerien and Nigerian adjectives differ', 'الجيش النيجري والشرطة النيجيرية', ['NER', 'NGA']],
  ['Georgia reads as the state', 'جورجيا', ['GEO']],
  ['Congo-Brazzaville', 'الكونغو برازافيل', ['COG']],
  ['DR Congo', 'الكونغو الديمقراطية', ['COD']],
  ['bare Congo takes its preferred reading', 'الكونغو', ['COD']],
  ['Gulf states are a region, not the GCC', 'دول الخليج', ['PGS']],
  ['the Gulf Cooperation Council', 'مجلس التعاون الخليجي', ['GCC']],
  ['short form of the GCC', 'مجلس التعاون', ['GCC']],
  ['clitic and: وبريطانيا', 'وبريطانيا', ['GBR']],
  ['clitic for+the: للصين', 'للصين', ['CHN']],
  ['clitic with+the on a two-word name', 'بالولايات المتحدة', ['USA']],
  ['clitic and+the: والإمارات', 'والإمارات', ['ARE']],
  ['Poland does not break into ب + ولندا', 'بولندا', ['POL']],
  ['Lebanon does not break into ل + بنان', 'لبنان', ['LBN']],
  ['Palestine does not break into ف + لسطين', 'فلسطين', ['PSE']],
  ['Canada does not break into ك + ندا', 'كندا', ['CAN']],
  ['Kuwait keeps its article', 'الكويت', ['KWT']],
  ['NATO with and+the', 'والناتو', ['NATO']],
  ['NATO spelled out', 'حلف شمال الأطلسي', ['NATO']],
  ['مالي "financial" is not Mali', 'قدمت الدول المانحة دعم مالي كبير', []],
  ['Mali after a preposition', 'وصل الوفد إلى مالي', ['MLI']],
  ['Mali in a list of states', 'مالي والنيجر وبوركينا فاسو', ['MLI', 'NER', 'BFA']],
  ['Mali in a construct with an agent', 'أعلنت حكومة مالي', ['MLI']],
  ['the financial adjective is not Malian', 'الأزمة المالية والأسواق المالية', []],
  ['the Malian army', 'الجيش المالي', ['MLI']],
  ['a one-word name gains no article: رمضان المبارك is not Mubarak', 'في شهر رمضان المبارك', []],
  ['a place is its state: the Gaza Strip', 'غارات على قطاع غزة والضفة الغربية', ['PSE', 'PSE']],
  ['a place that is also a common word counts after a preposition', 'اقتحمت القوات مخيم جنين ثم دخلت إلى جنين', ['PSE', 'PSE']],
  ['the same word alone is not the place', 'صحة الأم والجنين', []],
  ['a construct with a name has no article on its first term', 'حكومة مالي والقوات فرنسا', ['MLI', 'FRA']],
  ['western as a direction is no actor', 'شمال غربي البلاد', []],
  ['a hyphenated English name matches in full', 'Abdel Fattah el-Sisi met the press', ['EGY']],
  ['English US is not the pronoun us', 'He told us that the US would act', ['USA']],
  ['English Congo with a qualifier', 'the Democratic Republic of the Congo', ['COD']],
];

for (const [name, text, expected] of cases) {
  test(`ambiguity: ${name}`, () => assert.deepEqual(codes(text), expected));
}

test('places: a place is kind place, form place, with no sector', () => {
  const m = lexicon.mentions(analyseText('وصل الوفد إلى خان يونس', { published: '2024-03-07' })).find((x) => x.code !== null);
  assert.deepEqual([m?.code, m?.kind, m?.form, m?.agent], ['PSE', 'place', 'place', null]);
});

test('ambiguity: a person written without the article is still found', () => {
  assert.deepEqual(codes('قال مبارك في كلمته', '2005-06-01'), ['EGY']);
});

test('people: بايدن / Biden is USA GOV only within his offices', () => {
  const read = (text: string, date: string): [string | null, string | null][] =>
    lexicon.mentions(analyseText(text, { published: date })).map((m) => [m.code, m.agent]);
  assert.deepEqual(read('قال بايدن', '2022-06-01'), [['USA', 'GOV']]);
  assert.deepEqual(read('قال جو بايدن', '2012-06-01'), [['USA', 'GOV']], 'vice president');
  assert.deepEqual(read('Biden said', '2019-06-01'), [[null, null]], 'between his offices');
});

test('roles: an office title with a country adjective is that country and sector', () => {
  const read = (text: string): [string | null, string | null][] =>
    lexicon.mentions(analyseText(text, { published: '2024-03-07' })).map((m) => [m.code, m.agent]);
  assert.deepEqual(read('وزير الخارجية الروسي'), [['RUS', 'GOV']]);
  assert.deepEqual(read('الرئيس التركي'), [['TUR', 'GOV']]);
  assert.deepEqual(read('رئيس الوزراء الإسرائيلي'), [['ISR', 'GOV']]);
});
