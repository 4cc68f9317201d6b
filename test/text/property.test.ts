import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseText, cliticAnalyses, detectLanguage, normalise, normaliseWithOffsets, splitSentences, tokenise, findDates } from '../../src/text/index.ts';

/**
 * No text-engine function throws on arbitrary Unicode (lone surrogates included), and every
 * token's offsets slice back to its text.
 */

const ARABIC_HEAVY = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئءـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩،؛؟«»“”.!?…\n \t'),
    fc.constantFrom(...'abcXYZ019.-\'’ '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 400,
});

const ANY_UNICODE = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), ARABIC_HEAVY);
/** Includes lone surrogates, which `unit: 'binary'` does not produce. */
const WITH_LONE_SURROGATES = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((units) => String.fromCharCode(...units));
const INPUT = fc.oneof(ANY_UNICODE, WITH_LONE_SURROGATES);

test('property: the text engine never throws and tokens slice back to their text', () => {
  fc.assert(
    fc.property(INPUT, (text) => {
      const doc = analyseText(text, { published: '2024-03-07' });
      for (const t of doc.tokens) assert.equal(doc.text.slice(t.start, t.end), t.text);
      for (const s of doc.sentences) assert.ok(s.start < s.end && s.end <= doc.text.length);
      for (const d of doc.dates) assert.equal(doc.text.slice(d.start, d.end), d.text);
    }),
    { numRuns: 2000 },
  );
});

test('property: each component alone never throws', () => {
  fc.assert(
    fc.property(INPUT, (text) => {
      normalise(text);
      const n = normaliseWithOffsets(text);
      assert.equal(n.offsets.length, n.norm.length + 1);
      detectLanguage(text);
      splitSentences(text);
      for (const t of tokenise(text)) cliticAnalyses(t.norm);
      findDates(text, '2020-02-29', 'ar');
      findDates(text, '2020-02-29', 'en');
    }),
    { numRuns: 1000 },
  );
});

test('property: sentences are ordered, disjoint and trimmed', () => {
  fc.assert(
    fc.property(INPUT, (text) => {
      let last = 0;
      for (const s of splitSentences(text)) {
        assert.ok(s.start >= last && s.end > s.start);
        assert.ok(!/^\s/.test(text.slice(s.start, s.start + 1)));
        last = s.end;
      }
    }),
    { numRuns: 1000 },
  );
});

test('property: every Unicode space trims a sentence (the Ogham space mark once slipped through)', () => {
  for (const space of ['\u1680', '\u205f', '\u3000']) assert.deepEqual(splitSentences(`${space}نص${space}`), [{ start: 1, end: 3 }]);
});

test('property: a 100,000-character line is handled', () => {
  const line = 'اجتمع الوزراء في الرياض وبحثوا التعاون ' .repeat(2600).slice(0, 100_000);
  const doc = analyseText(line, { published: '2024-03-07' });
  assert.ok(doc.sentences.length >= 100, 'cut into sentences at a safe maximum');
  assert.equal(doc.tokens.at(-1)?.end, doc.text.trimEnd().length);
});

test('property: empty input gives an empty document', () => {
  const doc = analyseText('', { published: '2024-03-07' });
  assert.deepEqual([doc.sentences, doc.tokens, doc.dates], [[], [], []]);
});

/** What the date finder gave before it read the document's tokens: each sentence on its own. */
function datesSentenceBySentence(text: string, published: string): unknown[] {
  const doc = analyseText(text, { published });
  return doc.sentences.flatMap((s) =>
    findDates(doc.text.slice(s.start, s.end), published, s.lang).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })),
  );
}

const DATE_HEAVY = fc.string({
  unit: fc.oneof(
    fc.constantFrom('أمس', 'الأحد', 'يوم', 'مارس', 'آذار', 'العام', 'الماضي', 'منذ', 'قبل', 'أيام', 'شهر', 'Monday', 'March', 'last', 'week', 'ago', '7th', 'الـ'),
    fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩/-.,:()هـم '),
    fc.constantFrom('\u064e', '\u0651', '\u0640', '\u200c', '\u200d', '\u061c', '\u00a0', '\ufe8d', '\ufdf2', '\u0610', '\u200b', '\ufeff', '😀', ' '),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
});

test('property: dates read off the document tokens are those of each sentence read on its own', () => {
  fc.assert(
    fc.property(fc.oneof(DATE_HEAVY, INPUT), (text) => {
      assert.deepEqual(analyseText(text, { published: '2024-03-07' }).dates, datesSentenceBySentence(text, '2024-03-07'));
    }),
    { numRuns: 3000 },
  );
});
