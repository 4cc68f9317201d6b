import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { findDates, type DatePrecision } from '../../src/text/dates/index.ts';
import { compileGrammarFile } from '../../src/text/dates/grammar.ts';
import { DataFileError } from '../../src/datafile/tsv.ts';

/** [phrase as written, ISO date, precision] for each expected mention, in text order. */
type Expected = [string, string, DatePrecision][];
type Lang = 'ar' | 'en' | 'other';

/** A Wednesday; most cases use it. */
const WED = '2023-03-15';

function check(text: string, anchor: string, lang: Lang, want: Expected): void {
  const found = findDates(text, anchor, lang);
  const got = found.map((d): [string, string, DatePrecision] => [text.slice(d.start, d.end), d.date, d.precision]);
  assert.deepEqual(got, want);
  for (const d of found) assert.equal(d.text, text.slice(d.start, d.end));
}

interface Case {
  name: string;
  text: string;
  want: Expected;
  anchor?: string;
}

function cases(lang: Lang, list: Case[]): void {
  for (const c of list) {
    test(`${lang}: ${c.name}`, () => check(c.text, c.anchor ?? WED, lang, c.want));
  }
}

// --- Arabic: absolute dates ------------------------------------------------------------------

cases('ar', [
  { name: 'day month year', text: 'وقّعت الحكومة الاتفاق في 7 ديسمبر 2021 بحضور الوسطاء.', want: [['7 ديسمبر 2021', '2021-12-07', 'day']] },
  { name: 'd/m/y is day-first', text: 'نُشر المرسوم بتاريخ 7/12/2021 في الجريدة الرسمية.', want: [['7/12/2021', '2021-12-07', 'day']] },
  { name: 'y/m/d', text: 'صدر البيان في 2023/03/07 عن وزارة الخارجية.', want: [['2023/03/07', '2023-03-07', 'day']] },
  { name: 'ISO date', text: 'أُعلن وقف إطلاق النار في 2021-12-07 بعد وساطة.', want: [['2021-12-07', '2021-12-07', 'day']] },
  { name: 'ordinal day, no year, beyond the window → last year', text: 'اجتمع مجلس الأمن في السابع من ديسمبر لبحث الأزمة.', want: [['السابع من ديسمبر', '2022-12-07', 'day']] },
  { name: 'compound ordinal with two month systems', text: 'انطلقت المفاوضات في السابع والعشرين من أيار/مايو في جنيف.', want: [['السابع والعشرين من أيار/مايو', '2022-05-27', 'day']] },
  { name: 'two month systems with a slash, within the window', text: 'خرجت مظاهرات حاشدة في 24 آذار/مارس في عدة مدن.', want: [['24 آذار/مارس', '2023-03-24', 'day']] },
  { name: 'second month name in parentheses', text: 'تظاهر الآلاف في 8 آذار (مارس) للمطالبة بالإصلاح.', want: [['8 آذار (مارس)', '2023-03-08', 'day']] },
  { name: 'Levantine month alone', text: 'أعلن الجيش في كانون الأول انسحاب قواته من المنطقة.', want: [['كانون الأول', '2022-12-01', 'month']] },
  { name: 'Arabic-Indic digits', text: 'اندلعت المواجهات في ١٢ مارس ٢٠٢١ قرب المعبر.', want: [['١٢ مارس ٢٠٢١', '2021-03-12', 'day']] },
  { name: 'Syriac and Gregorian names with a year', text: 'جرت الانتخابات البرلمانية في 3 تشرين الأول/أكتوبر 2023.', want: [['3 تشرين الأول/أكتوبر 2023', '2023-10-03', 'day']] },
  { name: 'weekday, day and month', anchor: '2024-04-20', text: 'استقبل الرئيس نظيره يوم الأحد 5 مايو في القصر.', want: [['يوم الأحد 5 مايو', '2024-05-05', 'day']] },
  { name: 'month word and month', text: 'شهدت العاصمة خلال شهر فبراير موجة احتجاجات.', want: [['شهر فبراير', '2023-02-01', 'month']] },
  { name: 'month with a past word, previous year', anchor: '2024-01-10', text: 'زار المبعوث بيروت في فبراير الماضي.', want: [['فبراير الماضي', '2023-02-01', 'month']] },
  { name: 'Levantine month with a past word', text: 'وكان الوزير قد زار دمشق في شباط الماضي.', want: [['شباط الماضي', '2023-02-01', 'month']] },
  { name: 'month with a next word', text: 'ستعقد القمة العربية في أكتوبر المقبل.', want: [['أكتوبر المقبل', '2023-10-01', 'month']] },
  { name: 'month with a next word, next year', anchor: '2023-11-05', text: 'تستضيف العاصمة المؤتمر في أكتوبر المقبل.', want: [['أكتوبر المقبل', '2024-10-01', 'month']] },
  { name: 'year word عام', text: 'تضاعف التضخم عام 2021 مقارنة بالعام السابق.', want: [['عام 2021', '2021-01-01', 'year']] },
  { name: 'year word العام', text: 'تراجع النمو في العام 2021 بشكل حاد.', want: [['العام 2021', '2021-01-01', 'year']] },
  { name: 'year word سنة', text: 'بلغ العجز ذروته سنة 2021.', want: [['سنة 2021', '2021-01-01', 'year']] },
  { name: 'منذ عام', text: 'تعيش البلاد أزمة سياسية منذ عام 2014.', want: [['عام 2014', '2014-01-01', 'year']] },
  { name: 'bare year after a context word', text: 'وتعيش البلاد أزمة خانقة منذ 2014.', want: [['2014', '2014-01-01', 'year']] },
  { name: 'مارس as a verb is not a month', text: 'مارس الوزير ضغوطا على النواب لتمرير القانون.', want: [] },
  { name: 'مارس after في is a month', text: 'ارتفعت الأسعار في مارس بنسبة كبيرة.', want: [['مارس', '2023-03-01', 'month']] },
  { name: 'impossible date is no date', text: 'وقعت الحادثة في 31 فبراير 2021 حسب البيان.', want: [] },
  { name: 'leap day', text: 'أجري الاستفتاء في 29 فبراير 2024.', want: [['29 فبراير 2024', '2024-02-29', 'day']] },
  { name: 'Hijri date with its year', text: 'وصل الوفد إلى مكة في 15 رمضان 1444 هـ.', want: [['15 رمضان 1444 هـ', '2023-04-06', 'day']] },
  { name: 'Hijri and Gregorian side by side', text: 'أقيم الحفل في 15 رمضان 1444 هـ الموافق 6 أبريل 2023.', want: [['15 رمضان 1444 هـ', '2023-04-06', 'day'], ['6 أبريل 2023', '2023-04-06', 'day']] },
  { name: 'Hijri date without year', text: 'أحيا المشاركون ذكرى العاشر من محرم في كربلاء.', want: [['العاشر من محرم', '2022-08-08', 'day']] },
  { name: 'article before digits: الـ7', anchor: '2023-12-01', text: 'هاجم المسلحون القرية في الـ7 من أكتوبر.', want: [['الـ7 من أكتوبر', '2023-10-07', 'day']] },
  { name: 'day of a relative month', text: 'اجتمع الطرفان في الخامس من الشهر الماضي.', want: [['الخامس من الشهر الماضي', '2023-02-05', 'day']] },
  { name: 'day of the current month', text: 'انطلقت الحملة في الثالث من الشهر الجاري.', want: [['الثالث من الشهر الجاري', '2023-03-03', 'day']] },
  { name: 'Algerian month with a year', text: 'وقع الاتفاق في 5 جوان 2022 بالجزائر.', want: [['5 جوان 2022', '2022-06-05', 'day']] },
  { name: 'Algerian جويلية, no year', anchor: '2023-08-01', text: 'بدأ الإضراب العام في 3 جويلية.', want: [['3 جويلية', '2023-07-03', 'day']] },
  { name: 'Moroccan شتنبر', text: 'أجريت الانتخابات التشريعية في 8 شتنبر 2021 بالمغرب.', want: [['8 شتنبر 2021', '2021-09-08', 'day']] },
  { name: 'Moroccan دجنبر across the new year', anchor: '2024-01-10', text: 'صادق البرلمان على القانون في 10 دجنبر.', want: [['10 دجنبر', '2023-12-10', 'day']] },
  { name: 'Tunisian فيفري', text: 'نظمت المسيرة الأولى في 20 فيفري 2011.', want: [['20 فيفري 2011', '2011-02-20', 'day']] },
  { name: 'الحادي عشر with two systems', text: 'وقعت المجزرة في الحادي عشر من تموز/يوليو 1995.', want: [['الحادي عشر من تموز/يوليو 1995', '1995-07-11', 'day']] },
  { name: 'آب/أغسطس with a past word', text: 'عاد السفير إلى بلاده في آب/أغسطس الماضي.', want: [['آب/أغسطس الماضي', '2022-08-01', 'month']] },
  { name: 'الأب (father) is not آب', text: 'زار الأب الكنيسة برفقة أبنائه.', want: [] },
  { name: 'weekday introducing a full date', text: 'يُعقد الاجتماع يوم الخميس الموافق 9 آذار 2023.', want: [['يوم الخميس الموافق 9 آذار 2023', '2023-03-09', 'day']] },
  { name: 'a day and month near the new year, last year', anchor: '2024-01-03', text: 'استؤنفت المحادثات في 28 ديسمبر.', want: [['28 ديسمبر', '2023-12-28', 'day']] },
  { name: 'a day and month within 60 days ahead, this year', anchor: '2024-01-03', text: 'تبدأ الدورة البرلمانية في 20 فبراير.', want: [['20 فبراير', '2024-02-20', 'day']] },
  { name: 'day and month with year phrase من العام الماضي', text: 'قتل القائد في السابع من أكتوبر من العام الماضي.', want: [['السابع من أكتوبر من العام الماضي', '2022-10-07', 'day']] },
  { name: 'day, month and من عام', text: 'تأسس الحزب في الأول من يناير من عام 1990.', want: [['الأول من يناير من عام 1990', '1990-01-01', 'day']] },
  { name: 'Lebanese coalition name is not a date', text: 'أصدرت قوى 14 آذار بيانا شديد اللهجة.', want: [] },
  { name: 'newspaper name is not a date', text: 'نقلت صحيفة المصري اليوم عن مصادر مطلعة.', want: [] },
]);

// --- Arabic: relative dates ------------------------------------------------------------------

cases('ar', [
  { name: 'أمس', text: 'قال المتحدث باسم الحكومة أمس إن المفاوضات مستمرة.', want: [['أمس', '2023-03-14', 'day']] },
  { name: 'أول أمس', text: 'وكان الوفد قد وصل أول أمس إلى القاهرة.', want: [['أول أمس', '2023-03-13', 'day']] },
  { name: 'أمس الأول', text: 'وصل الوفد إلى الرياض أمس الأول.', want: [['أمس الأول', '2023-03-13', 'day']] },
  { name: 'اليوم', text: 'يعقد البرلمان اليوم جلسة طارئة.', want: [['اليوم', '2023-03-15', 'day']] },
  { name: 'غداً with tanwin', text: 'يصل المبعوث غداً إلى الخرطوم.', want: [['غداً', '2023-03-16', 'day']] },
  { name: 'غدًا with diacritics before alif', text: 'وَيَصِلُ الوَفْدُ غَدًا إلى بغداد.', want: [['غَدًا', '2023-03-16', 'day']] },
  { name: 'بعد غد', text: 'تنطلق المحادثات بعد غد في الدوحة.', want: [['بعد غد', '2023-03-17', 'day']] },
  { name: 'bare weekday, the latest before the anchor', text: 'التقى الوزير نظيره الثلاثاء في عمّان.', want: [['الثلاثاء', '2023-03-14', 'day']] },
  { name: "bare weekday equal to the anchor's is the anchor", text: 'عقد المجلس جلسته الأربعاء.', want: [['الأربعاء', '2023-03-15', 'day']] },
  { name: 'يوم + weekday', text: 'أعلنت الحكومة يوم الثلاثاء خطة جديدة للإصلاح.', want: [['يوم الثلاثاء', '2023-03-14', 'day']] },
  { name: 'weekday + past word, strictly before', text: 'وكانت الحكومة قد استقالت الأربعاء الماضي.', want: [['الأربعاء الماضي', '2023-03-08', 'day']] },
  { name: 'feminine past word', text: 'أدى المصلون صلاة الغائب الجمعة الماضية.', want: [['الجمعة الماضية', '2023-03-10', 'day']] },
  { name: 'weekday + next word', text: 'يصوت البرلمان الثلاثاء المقبل على الموازنة.', want: [['الثلاثاء المقبل', '2023-03-21', 'day']] },
  { name: 'weekday + القادم on the same weekday', text: 'يصل الرئيس إلى باريس الأربعاء القادم.', want: [['الأربعاء القادم', '2023-03-22', 'day']] },
  { name: 'الأسبوع الماضي: Saturday of the previous week', text: 'تراجعت الليرة بشدة الأسبوع الماضي.', want: [['الأسبوع الماضي', '2023-03-04', 'day']] },
  { name: 'الشهر الماضي', text: 'ارتفع التضخم الشهر الماضي إلى مستوى قياسي.', want: [['الشهر الماضي', '2023-02-01', 'month']] },
  { name: 'هذا الشهر', text: 'تنتهي مهلة تشكيل الحكومة هذا الشهر.', want: [['هذا الشهر', '2023-03-01', 'month']] },
  { name: 'الشهر الجاري', text: 'تجري الانتخابات المحلية في الشهر الجاري.', want: [['الشهر الجاري', '2023-03-01', 'month']] },
  { name: 'الشهر المقبل across the new year', anchor: '2023-12-20', text: 'يزور الوفد واشنطن الشهر المقبل.', want: [['الشهر المقبل', '2024-01-01', 'month']] },
  { name: 'منتصف الشهر', text: 'يتوقع صدور التقرير منتصف الشهر.', want: [['منتصف الشهر', '2023-03-15', 'month']] },
  { name: 'مطلع + month', anchor: '2023-11-20', text: 'عادت الاشتباكات إلى الحدود مطلع أكتوبر.', want: [['مطلع أكتوبر', '2023-10-01', 'month']] },
  { name: 'أوائل + month + year', text: 'بدأت الأزمة أوائل نوفمبر 2019.', want: [['أوائل نوفمبر 2019', '2019-11-01', 'month']] },
  { name: 'منتصف + month', anchor: '2023-11-20', text: 'وصلت التعزيزات منتصف أكتوبر.', want: [['منتصف أكتوبر', '2023-10-15', 'month']] },
  { name: 'أواسط + month', anchor: '2024-01-10', text: 'جرت جولة المفاوضات أواسط يناير.', want: [['أواسط يناير', '2024-01-15', 'month']] },
  { name: 'أواخر + month', anchor: '2024-01-10', text: 'انسحبت القوات أواخر ديسمبر.', want: [['أواخر ديسمبر', '2023-12-25', 'month']] },
  { name: 'نهاية + month + year', text: 'تنتهي الهدنة نهاية أكتوبر 2023.', want: [['نهاية أكتوبر 2023', '2023-10-25', 'month']] },
  { name: 'part of a relative year gives the year', text: 'في أواخر العام الماضي تدهورت العلاقات.', want: [['أواخر العام الماضي', '2022-01-01', 'year']] },
  { name: 'العام الماضي', text: 'تراجعت الصادرات النفطية العام الماضي.', want: [['العام الماضي', '2022-01-01', 'year']] },
  { name: 'العام المقبل and a bare year after بحلول', text: 'سينجز المشروع العام المقبل ويكتمل بحلول 2030.', want: [['العام المقبل', '2024-01-01', 'year'], ['2030', '2030-01-01', 'year']] },
  { name: 'هذا العام', text: 'ارتفعت الصادرات الزراعية هذا العام.', want: [['هذا العام', '2023-01-01', 'year']] },
  { name: 'العام الجاري', text: 'بلغ النمو في العام الجاري مستوى مرتفعا.', want: [['العام الجاري', '2023-01-01', 'year']] },
  { name: 'قبل ثلاثة أيام', text: 'قتل ثلاثة جنود في هجوم قبل ثلاثة أيام.', want: [['قبل ثلاثة أيام', '2023-03-12', 'day']] },
  { name: 'dual: قبل يومين', text: 'أُفرج عن المعتقلين قبل يومين.', want: [['قبل يومين', '2023-03-13', 'day']] },
  { name: 'قبل أسبوع', text: 'سقط الصاروخ قبل أسبوع في بلدة حدودية.', want: [['قبل أسبوع', '2023-03-08', 'day']] },
  { name: 'قبل شهرين', text: 'بدأت الأزمة الدبلوماسية قبل شهرين.', want: [['قبل شهرين', '2023-01-01', 'month']] },
  { name: 'count in digits', text: 'اغتيل القيادي قبل 5 أيام في كمين.', want: [['قبل 5 أيام', '2023-03-10', 'day']] },
  { name: 'منذ with a hedge and a dual year', text: 'يعاني الاقتصاد من الركود منذ أكثر من عامين.', want: [['منذ أكثر من عامين', '2021-01-01', 'year']] },
  { name: 'قبل يومين من … is not "ago"', text: 'أكد البيان الصادر قبل يومين من الانتخابات التزام الحياد.', want: [] },
  { name: 'الليلة الماضية', text: 'قصفت الطائرات المنطقة الليلة الماضية.', want: [['الليلة الماضية', '2023-03-14', 'day']] },
  { name: 'مساء أمس', text: 'اعتُقل الناشط الحقوقي مساء أمس.', want: [['مساء أمس', '2023-03-14', 'day']] },
  { name: 'صباح اليوم', text: 'أعلن الجيش صباح اليوم السيطرة على المدينة.', want: [['صباح اليوم', '2023-03-15', 'day']] },
  { name: 'فجر اليوم', text: 'شنت القوات هجوما واسعا فجر اليوم.', want: [['فجر اليوم', '2023-03-15', 'day']] },
  { name: 'ليل الاثنين الثلاثاء gives the first day', text: 'دارت اشتباكات عنيفة ليل الاثنين الثلاثاء.', want: [['ليل الاثنين الثلاثاء', '2023-03-13', 'day']] },
  { name: 'مساء يوم + weekday', text: 'انتهى الاجتماع الوزاري مساء يوم الخميس.', want: [['مساء يوم الخميس', '2023-03-09', 'day']] },
  { name: 'أمس + weekday', anchor: '2023-03-13', text: 'أقر البرلمان الموازنة أمس الأحد.', want: [['أمس الأحد', '2023-03-12', 'day']] },
  { name: 'proclitic و is left out of the span', text: 'وأمس عقدت اللجنة اجتماعها الأول.', want: [['أمس', '2023-03-14', 'day']] },
  { name: 'اليوم التالي is not today', text: 'عقدت الجلسة في اليوم التالي للانتخابات.', want: [] },
  { name: 'ذلك اليوم is not today', text: 'لم يهدأ الشارع منذ ذلك اليوم.', want: [] },
  { name: 'bare weekday on the anchor weekday (Saturday)', anchor: '2023-03-18', text: 'تظاهر الآلاف السبت في وسط العاصمة.', want: [['السبت', '2023-03-18', 'day']] },
]);

// --- English ---------------------------------------------------------------------------------

cases('en', [
  { name: 'Month day, year', text: 'The ceasefire was signed on December 7, 2021 in Doha.', want: [['December 7, 2021', '2021-12-07', 'day']] },
  { name: 'day Month year', text: 'Talks resumed on 7 December 2021 in Geneva.', want: [['7 December 2021', '2021-12-07', 'day']] },
  { name: 'day and abbreviated month, last year by the window', text: 'Rebels seized the town on 7 Dec.', want: [['7 Dec', '2022-12-07', 'day']] },
  { name: 'abbreviation with a dot', anchor: '2023-12-20', text: 'The envoy arrived on Dec. 7 with a new proposal.', want: [['Dec. 7', '2023-12-07', 'day']] },
  { name: 'on Tuesday', text: 'Parliament voted on Tuesday to extend the mandate.', want: [['Tuesday', '2023-03-14', 'day']] },
  { name: 'last Tuesday', text: 'The minister resigned last Tuesday.', want: [['last Tuesday', '2023-03-14', 'day']] },
  { name: 'next Tuesday', text: 'The talks resume next Tuesday in Vienna.', want: [['next Tuesday', '2023-03-21', 'day']] },
  { name: 'last and bare weekday on the same weekday', anchor: '2023-03-14', text: 'Troops left last Tuesday and returned on Tuesday.', want: [['last Tuesday', '2023-03-07', 'day'], ['Tuesday', '2023-03-14', 'day']] },
  { name: 'yesterday', text: 'Protesters gathered yesterday outside the embassy.', want: [['yesterday', '2023-03-14', 'day']] },
  { name: 'today', text: 'The cabinet meets today to discuss the budget.', want: [['today', '2023-03-15', 'day']] },
  { name: 'tomorrow', text: 'The president travels to Cairo tomorrow.', want: [['tomorrow', '2023-03-16', 'day']] },
  { name: 'last week: Monday of the previous week', text: 'Shelling intensified last week.', want: [['last week', '2023-03-06', 'day']] },
  { name: 'last month', text: 'Inflation rose sharply last month.', want: [['last month', '2023-02-01', 'month']] },
  { name: 'this month', text: 'The deadline expires this month.', want: [['this month', '2023-03-01', 'month']] },
  { name: 'next month', text: 'Elections are expected next month.', want: [['next month', '2023-04-01', 'month']] },
  { name: 'mid-October', anchor: '2023-09-01', text: 'A vote is expected mid-October.', want: [['mid-October', '2023-10-15', 'month']] },
  { name: 'early October with a year', text: 'Fighting flared in early October 2021.', want: [['early October 2021', '2021-10-01', 'month']] },
  { name: 'late October', anchor: '2023-11-10', text: 'The troops left in late October.', want: [['late October', '2023-10-25', 'month']] },
  { name: 'in 2021', text: 'The party won a majority in 2021.', want: [['2021', '2021-01-01', 'year']] },
  { name: 'last year', text: 'Exports fell last year.', want: [['last year', '2022-01-01', 'year']] },
  { name: 'this year', text: 'Growth has slowed this year.', want: [['this year', '2023-01-01', 'year']] },
  { name: 'the day before yesterday', text: 'He was detained the day before yesterday.', want: [['the day before yesterday', '2023-03-13', 'day']] },
  { name: 'three days ago', text: 'A car bomb exploded three days ago.', want: [['three days ago', '2023-03-12', 'day']] },
  { name: 'ISO date', text: 'The decree dated 2021-12-07 was annulled.', want: [['2021-12-07', '2021-12-07', 'day']] },
  { name: 'ambiguous n/n/yyyy is not taken', text: 'The treaty of 12/7/2021 was ratified.', want: [] },
  { name: 'unambiguous day-first', text: 'The accord of 25/12/2021 was ratified.', want: [['25/12/2021', '2021-12-25', 'day']] },
  { name: 'unambiguous month-first', text: 'The accord of 12/25/2021 was ratified.', want: [['12/25/2021', '2021-12-25', 'day']] },
  { name: 'both readings agree', text: 'Officials met on 5/5/2021 in Rome.', want: [['5/5/2021', '2021-05-05', 'day']] },
  { name: 'May the name is not a month', text: 'Theresa May said the deal was dead.', want: [] },
  { name: 'in May is a month', text: 'Talks collapsed in May.', want: [['May', '2023-05-01', 'month']] },
  { name: 'March 14 Alliance is a name', text: 'The March 14 Alliance boycotted the session.', want: [] },
  { name: 'weekday introducing a date', text: 'The summit on Tuesday, December 7, 2021 ended with a deal.', want: [['Tuesday, December 7, 2021', '2021-12-07', 'day']] },
  { name: 'weekday night', text: 'Clashes erupted Sunday night near the border.', want: [['Sunday night', '2023-03-12', 'day']] },
  { name: 'the 7th of December', text: 'The 7th of December was declared a holiday.', want: [['The 7th of December', '2022-12-07', 'day']] },
  { name: 'a day without a month is not a date', text: 'Strikes hit the capital on the 5th.', want: [] },
  { name: 'late + year gives the year', text: 'The envoy resigned in late 2020.', want: [['late 2020', '2020-01-01', 'year']] },
  { name: 'the end of next year', text: 'Reforms are due by the end of next year.', want: [['the end of next year', '2024-01-01', 'year']] },
  { name: 'two weeks ago', text: 'Two soldiers were killed two weeks ago.', want: [['two weeks ago', '2023-03-01', 'day']] },
  { name: 'a year ago', text: 'The war began a year ago.', want: [['a year ago', '2022-01-01', 'year']] },
  { name: 'last March', text: 'The ministry said last March that reserves were low.', want: [['last March', '2022-03-01', 'month']] },
  { name: 'since 2014', text: 'Reserves have fallen since 2014.', want: [['2014', '2014-01-01', 'year']] },
  { name: 'this morning', text: 'This morning the army withdrew from the town.', want: [['This morning', '2023-03-15', 'day']] },
  { name: 'Feb. 29 in a common year is no date', text: 'The vote on Feb. 29 was annulled.', want: [] },
  { name: 'month and year', text: 'The crisis began in March 2020.', want: [['March 2020', '2020-03-01', 'month']] },
  { name: 'yesterday morning', text: 'Yesterday morning the militia shelled the port.', want: [['Yesterday morning', '2023-03-14', 'day']] },
  { name: 'newspaper name is not a date', text: 'The Sunday Times reported the deal.', want: [] },
]);

// --- other languages: both word lists and numbers --------------------------------------------

cases('other', [
  { name: 'ISO date in French', text: 'Le sommet du 2021-12-07 à Paris a échoué.', want: [['2021-12-07', '2021-12-07', 'day']] },
  { name: 'English month names are still found', text: 'Le 7 December 2021, le traité fut signé.', want: [['7 December 2021', '2021-12-07', 'day']] },
]);

// --- the relative flag -----------------------------------------------------------------------

test('relative is false for a fully written date and true when the anchor supplies a part', () => {
  const text = 'وقع الاتفاق في 7 ديسمبر 2021 ثم عدل في 7 ديسمبر ونوقش أمس.';
  assert.deepEqual(findDates(text, WED, 'ar').map((d) => [d.text, d.relative]), [
    ['7 ديسمبر 2021', false],
    ['7 ديسمبر', true],
    ['أمس', true],
  ]);
});

test('an invalid anchor leaves only the dates that need none', () => {
  const text = 'قال أمس إن الاتفاق وقع في 7 ديسمبر 2021 وفي 7 ديسمبر.';
  assert.deepEqual(findDates(text, 'not-a-date', 'ar').map((d) => [d.text, d.date]), [['7 ديسمبر 2021', '2021-12-07']]);
});

// --- robustness ------------------------------------------------------------------------------

test('empty text and lone surrogates give no dates and do not throw', () => {
  assert.deepEqual(findDates('', WED, 'ar'), []);
  assert.deepEqual(findDates('\uD800\uDC00\uDFFF\uD800', WED, 'other'), []);
  check('\uD800 في 7 ديسمبر 2021 \uDC00', WED, 'ar', [['7 ديسمبر 2021', '2021-12-07', 'day']]);
});

test('a 100k-character text is scanned in one pass', () => {
  const unit = 'قال المتحدث أمس إن القمة ستعقد في 7 ديسمبر 2021 ';
  const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  const found = findDates(text, WED, 'ar');
  assert.ok(found.length > 3000);
  const pathological = ['7/'.repeat(50_000), '1'.repeat(100_000), 'الأحد '.repeat(17_000), '\uD800'.repeat(100_000)];
  for (const t of pathological) assert.doesNotThrow(() => findDates(t, WED, 'other'));
});

const DATE_PIECES = [
  '7', '12', '2021', '31', '/', '-', '.', '(', ')', '،', 'ديسمبر', 'آذار', 'مارس', 'من', 'السابع', 'والعشرين', 'الماضي',
  'المقبل', 'يوم', 'الأحد', 'أمس', 'قبل', 'ثلاثة', 'أيام', 'عام', 'منتصف', 'الشهر', 'رمضان', 'هـ', 'May', 'last', 'Tuesday',
  'ago', 'days', 'mid', 'the', 'of', '\uD800', 'ـ', 'َ', '٢٠٢١',
];

test('property: mentions are sorted, non-overlapping, and slice back to their text', () => {
  const text = fc.array(fc.constantFrom(...DATE_PIECES), { maxLength: 40 }).chain((pieces) =>
    fc.array(fc.constantFrom(' ', ''), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, k) => p + (gaps[k] ?? '')).join('')),
  );
  const lang = fc.constantFrom<Lang>('ar', 'en', 'other');
  fc.assert(
    fc.property(text, lang, (t, l) => {
      let previousEnd = 0;
      for (const d of findDates(t, WED, l)) {
        assert.ok(d.start >= previousEnd && d.end > d.start);
        assert.equal(t.slice(d.start, d.end), d.text);
        assert.match(d.date, /^\d{4}-\d{2}-\d{2}$/);
        previousEnd = d.end;
      }
    }),
    { numRuns: 1500 },
  );
});

// --- data files ------------------------------------------------------------------------------

function dataFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nasij-dates-')), 'dates.yaml');
  writeFileSync(file, content);
  return file;
}

function assertDataError(content: string, line: number): void {
  const file = dataFile(content);
  assert.throws(() => compileGrammarFile(file), (e: unknown) => {
    assert.ok(e instanceof DataFileError);
    assert.equal(e.file, file);
    assert.equal(e.line, line);
    assert.ok(e.message.startsWith(`${file}:${line}:`));
    return true;
  });
}

test('malformed YAML names the file and the line', () => {
  assertDataError('months:\n  gregorian:\n    يناير: 1\n  levantine: [شباط\n', 5);
});

test('an unknown key names its line', () => {
  assertDataError('week-starts-on: monday\n\nmonthes:\n  x: 1\n', 3);
});

test('a month number out of range names its line', () => {
  assertDataError('months:\n  gregorian:\n    يناير: 1\n    فبراير: 13\n', 4);
});

test('an ambiguous month that is not a month names its line', () => {
  assertDataError('months:\n  full:\n    may: 5\nambiguous-months:\n  - may\n  - mai\n', 6);
});

test('the same phrase with two meanings names its line', () => {
  assertDataError('relative-days:\n  أمس: -1\n  امس: 1\n', 3);
});

test('the shipped data files compile', () => {
  for (const lang of ['ar', 'en'] as const) assert.doesNotThrow(() => findDates('x', WED, lang));
});
