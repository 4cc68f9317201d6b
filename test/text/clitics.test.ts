import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliticAnalyses } from '../../src/text/clitics.ts';
import { normalise } from '../../src/text/normalise.ts';

type Shape = string; // "و+ب+ال|ولايات|" : proclitics|stem|enclitic

function shapes(word: string): Shape[] {
  return cliticAnalyses(normalise(word)).map((a) => `${a.proclitics.join('+')}|${a.stem}|${a.enclitic ?? ''}`);
}

function has(word: string, shape: Shape): void {
  assert.ok(shapes(word).includes(shape), `${word}: expected ${shape} among ${shapes(word).join(' ; ')}`);
}

const stacked: [string, Shape][] = [
  ['والإمارات', 'و+ال|امارات|'],
  ['وبالولايات', 'و+ب+ال|ولايات|'],
  ['فللسلام', 'ف+ل+ال|سلام|'],
  ['للصين', 'ل+ال|صين|'],
  ['وللأمم', 'و+ل+ال|امم|'],
  ['بالعراق', 'ب+ال|عراق|'],
  ['كالعادة', 'ك+ال|عاده|'],
  ['وبريطانيا', 'و|بريطانيا|'],
  ['فرنسا', '|فرنسا|'],
  ['لمصر', 'ل|مصر|'],
  ['ولتركيا', 'و+ل|تركيا|'],
  ['وسيجتمع', 'و+س|يجتمع|'],
  ['ستنسحب', 'س|تنسحب|'],
  ['وسنواصل', 'و+س|نواصل|'],
  ['فسأزور', 'ف+س|ازور|'],
  ['حكومتهم', '|حكومه|هم'],
  ['بلادنا', '|بلاد|نا'],
  ['رئيسها', '|رييس|ها'],
  ['وزيرهما', '|وزير|هما'],
  ['وبلادهم', 'و|بلاد|هم'],
  ['لقواتها', 'ل|قوات|ها'],
  ['أبلغني', '|ابلغ|ني'],
  ['شعبكم', '|شعب|كم'],
  ['بلدي', '|بلد|ي'],
  ['عليهن', '|علي|هن'],
];

for (const [word, shape] of stacked) {
  test(`clitics: ${word} → ${shape}`, () => has(word, shape));
}

const keepWhole = ['بولندا', 'لبنان', 'فلسطين', 'كندا', 'الكويت', 'بلجيكا', 'فنزويلا', 'ليبيا', 'سوريا', 'كوبا', 'بنغلاديش', 'فيتنام', 'السودان'];

for (const word of keepWhole) {
  test(`clitics: ${word} keeps its unsegmented reading first`, () => {
    const [first] = cliticAnalyses(normalise(word));
    assert.deepEqual(first, { proclitics: [], stem: normalise(word), enclitic: null });
  });
}

test('clitics: the future particle is proposed only before an imperfect verb', () => {
  assert.ok(!shapes('سلام').some((s) => s.startsWith('س|')), 'سلام is not س + لام');
  assert.ok(!shapes('سوريا').some((s) => s.startsWith('س|')), 'سوريا is not س + وريا');
});

test('clitics: no stem shorter than two letters', () => {
  for (const word of ['لا', 'وله', 'بها', 'فيه']) {
    for (const a of cliticAnalyses(normalise(word))) assert.ok(a.stem.length >= 2, `${word}: ${a.stem}`);
  }
});

test('clitics: analyses are unique', () => {
  const list = shapes('وبالمتحدة');
  assert.equal(new Set(list).size, list.length);
});

test('clitics: a ta marbuta before a suffix is restored', () => {
  has('حكومته', '|حكومه|ه');
  has('وزارتها', '|وزاره|ها');
});
