import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences, MAX_SENTENCE } from '../../src/text/sentences.ts';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

const cases: [string, string, string[]][] = [
  ['Arabic full stops', 'وصل الوزير إلى الرياض. والتقى ولي العهد.', ['وصل الوزير إلى الرياض.', 'والتقى ولي العهد.']],
  ['Arabic question mark', 'هل ستنضم تركيا؟ لم يتضح بعد.', ['هل ستنضم تركيا؟', 'لم يتضح بعد.']],
  ['Arabic semicolon ends a sentence', 'انتهت القمة؛ وصدر البيان الختامي.', ['انتهت القمة؛', 'وصدر البيان الختامي.']],
  ['exclamation mark', 'يا له من يوم! عاد الهدوء.', ['يا له من يوم!', 'عاد الهدوء.']],
  ['ellipsis character', 'وتستمر المفاوضات… بلا نتيجة.', ['وتستمر المفاوضات…', 'بلا نتيجة.']],
  ['three dots', 'The talks went on... No deal came.', ['The talks went on...', 'No deal came.']],
  ['line break ends a sentence', 'عنوان بلا نقطة\nنص الخبر هنا.', ['عنوان بلا نقطة', 'نص الخبر هنا.']],
  ['CRLF line breaks', 'first line\r\nsecond line', ['first line', 'second line']],
  ['blank lines give no empty sentence', 'فقرة أولى.\n\n\nفقرة ثانية.', ['فقرة أولى.', 'فقرة ثانية.']],
  ['Arabic doctor abbreviation', 'قال د. أحمد إن الوضع خطير.', ['قال د. أحمد إن الوضع خطير.']],
  ['Arabic engineer abbreviation', 'وصرح م. خالد للصحفيين.', ['وصرح م. خالد للصحفيين.']],
  ['Arabic professor abbreviation', 'وأوضح أ. سمير أن الاتفاق صامد.', ['وأوضح أ. سمير أن الاتفاق صامد.']],
  ['company abbreviation ش.م.ع.', 'وقعت شركة النور ش.م.ع. عقدا جديدا.', ['وقعت شركة النور ش.م.ع. عقدا جديدا.']],
  ['Mr. does not end', 'Mr. Blinken arrived in Cairo.', ['Mr. Blinken arrived in Cairo.']],
  ['Dr. does not end', 'Dr. Tedros warned of famine.', ['Dr. Tedros warned of famine.']],
  ['Gen. does not end', 'Gen. Milley met his counterpart.', ['Gen. Milley met his counterpart.']],
  ['U.S. inside a sentence', 'The U.S. Navy moved ships.', ['The U.S. Navy moved ships.']],
  ['U.N. inside a sentence', 'The U.N. Security Council met.', ['The U.N. Security Council met.']],
  ['U.S. at the end before a new sentence', 'Aid came from the U.S. The money arrived.', ['Aid came from the U.S.', 'The money arrived.']],
  ['single initial', 'John F. Kennedy is quoted often.', ['John F. Kennedy is quoted often.']],
  ['decimal number', 'Growth reached 3.5 percent. Inflation fell.', ['Growth reached 3.5 percent.', 'Inflation fell.']],
  ['Arabic decimal', 'بلغ النمو 3.5 في المئة.', ['بلغ النمو 3.5 في المئة.']],
  ['lower-case after abbreviation-like word', 'Prices rose approx. two percent.', ['Prices rose approx. two percent.']],
  ['month abbreviation', 'They met on Dec. 7 in Doha.', ['They met on Dec. 7 in Doha.']],
  ['guillemet quote with inner full stop', 'وقال: «نحن مستعدون. لن نتراجع». وغادر.', ['وقال: «نحن مستعدون. لن نتراجع».', 'وغادر.']],
  ['quote ending with a full stop ends the sentence', 'قال الوزير: «انتهى الأمر.» ثم غادر القاعة.', ['قال الوزير: «انتهى الأمر.»', 'ثم غادر القاعة.']],
  ['English quote followed by "he said"', '"We agree. Fully." he said. Talks ended.', ['"We agree. Fully." he said.', 'Talks ended.']],
  ['curly quotes with inner question', '“Why now? Why here?” asked the envoy.', ['“Why now? Why here?” asked the envoy.']],
  ['question then closing bracket', 'He left (did he?) early. Then returned.', ['He left (did he?) early.', 'Then returned.']],
  ['URL-like dot does not end', 'Read more on nasij.example today.', ['Read more on nasij.example today.']],
  ['leading and trailing space trimmed', '   مرحبا.   ', ['مرحبا.']],
  ['empty input', '', []],
  ['only white space', ' \n\t \n', []],
  ['text without final punctuation', 'اجتمع القادة في القاهرة', ['اجتمع القادة في القاهرة']],
  ['mixed Arabic and English', 'قال الوزير. The minister said.', ['قال الوزير.', 'The minister said.']],
];

for (const [name, input, expected] of cases) {
  test(`sentences: ${name}`, () => assert.deepEqual(sentences(input), expected));
}

test('sentences: a long paragraph without punctuation is cut at a safe maximum, at a comma', () => {
  const clause = 'واصلت القوات تقدمها نحو المدينة، ';
  const text = clause.repeat(200);
  const spans = splitSentences(text);
  assert.ok(spans.length > 1);
  for (const s of spans) {
    assert.ok(s.end - s.start <= MAX_SENTENCE + clause.length);
    assert.ok(text.slice(s.start, s.end).endsWith('،'), 'cut after a comma');
  }
});

test('sentences: a very long quote stops protecting its full stops', () => {
  const inner = 'جملة داخل الاقتباس. '.repeat(100);
  const spans = splitSentences(`قال: «${inner}» انتهى.`);
  assert.ok(spans.length > 10);
});

test('sentences: spans cover the text in order without overlap', () => {
  const text = 'أولا. ثانيا؟ ثالثا!\nرابعا؛ خامسا… سادسا';
  let last = 0;
  for (const s of splitSentences(text)) {
    assert.ok(s.start >= last && s.end > s.start);
    last = s.end;
  }
});
