import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, fingerprint, NEAR_DUPLICATE_SIMILARITY, similarity } from '../../src/text/fingerprint.ts';

// our own story, and its republished and unrelated cousins
const STORY = [
  'أعلنت وزارة الخارجية المغربية أمس أن الرباط ستستضيف الشهر المقبل اجتماعاً لوزراء خارجية دول الساحل لبحث التعاون الأمني.',
  'وقال المتحدث باسم الوزارة إن الاجتماع يأتي بعد سلسلة من الهجمات التي شنتها جماعات مسلحة في مالي والنيجر وبوركينا فاسو.',
  'وأضاف أن المملكة تدعم مبادرة لإتاحة منفذ على المحيط الأطلسي لهذه الدول، في إطار شراكة اقتصادية طويلة الأمد.',
  'ومن المنتظر أن يشارك في الاجتماع ممثلون عن الاتحاد الأفريقي والأمم المتحدة بصفة مراقبين.',
  'وكانت الدول الثلاث قد أعلنت في وقت سابق انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا.',
];
const REPUBLISHED = [
  'الرباط تستضيف اجتماعاً أمنياً لدول الساحل.',
  ...STORY.slice(0, 3),
  'ومن المتوقع أن يشارك في الاجتماع ممثلون عن الاتحاد الأفريقي والأمم المتحدة بصفة مراقبين.',
  STORY[4],
].join(' ');
const OTHER = [
  'استقبل الرئيس الجزائري أمس وزير الخارجية الإيطالي في العاصمة، وبحث الجانبان إمدادات الغاز عبر خط الأنابيب العابر للمتوسط.',
  'وقال بيان للرئاسة إن الطرفين اتفقا على رفع الكميات المصدرة خلال الشتاء المقبل وتوسيع الاستثمار في الطاقة المتجددة.',
  'وأضاف البيان أن الزيارة تأتي في إطار التحضير لاجتماع اللجنة الحكومية المشتركة بين البلدين الشهر المقبل في روما.',
].join(' ');

function signature(text: string): Uint32Array {
  const s = fingerprint(text);
  assert.ok(s, 'long enough to fingerprint');
  return s;
}

test('fingerprint: a story republished with a new headline and an edited sentence is a near-duplicate', () => {
  const a = signature(STORY.join(' '));
  const b = signature(REPUBLISHED);
  assert.ok(similarity(a, b) >= NEAR_DUPLICATE_SIMILARITY, `similarity ${similarity(a, b)}`);
  const shared = bandKeys(a).filter((k) => bandKeys(b).includes(k));
  assert.ok(shared.length > 0, 'they meet in some band');
});

test('fingerprint: a different story is not', () => {
  const s = similarity(signature(STORY.join(' ')), signature(OTHER));
  assert.ok(s < 0.2, `similarity ${s}`);
});

test('fingerprint: spelling variants, diacritics and spacing change nothing', () => {
  const plain = STORY.join(' ');
  const variant = plain.replace(/أ/g, 'ا').replace(/ة /g, 'ه ').replace(/ /g, '  ').replace('اجتماعاً', 'اجْتِماعاً');
  assert.deepEqual(signature(variant), signature(plain));
});

test('fingerprint: a brief too short to judge has none', () => {
  assert.equal(fingerprint(STORY[0] ?? ''), null);
});

test('fingerprint: signatures stored by an earlier run stay comparable (the hash parameters are fixed)', () => {
  // pinned values: if they change, every signature already in a database is stale
  const s = signature(Array.from({ length: 30 }, (_, i) => `كلمة${i}`).join(' '));
  assert.deepEqual([s[0], s[63], bandKeys(s)[0], bandKeys(s).length], [57089141, 123275393, '0:v4jssi', 16]);
});
