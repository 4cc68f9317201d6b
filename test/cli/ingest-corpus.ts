/**
 * Generated test articles, from our own sentence templates: article `i` is ~30 sentences about
 * varying pairs of states, with its number in its first line so that every text differs.
 */

const STATES = ['الولايات المتحدة', 'روسيا', 'الصين', 'فرنسا', 'مصر', 'تركيا', 'إيران', 'ألمانيا'];
const TEMPLATES = [
  'اتهمت {A} {B} بشن هجمات إلكترونية على مؤسساتها.',
  'فرضت {A} عقوبات جديدة على {B}.',
  'هددت {A} {B} بالرد على أي اعتداء.',
  'وقعت {A} و{B} اتفاقية للتعاون الاقتصادي.',
  'شنت {A} غارات على مواقع في {B}.',
  'وقال مراقبون إن التوتر في المنطقة مرشح للتصاعد خلال الأسابيع المقبلة.',
  'التقى وزير خارجية {A} نظيره من {B} في جنيف.',
  'دعت {A} {B} إلى ضبط النفس.',
];

export function generatedArticle(i: number, sentences = 30): string {
  const lines = [`تقرير رقم ${i}.`];
  for (let k = 0; k < sentences - 1; k++) {
    const a = (i + k) % STATES.length;
    const b = (a + 1 + ((i * 3 + k) % (STATES.length - 1))) % STATES.length;
    const template = TEMPLATES[(i * 7 + k) % TEMPLATES.length] ?? '';
    lines.push(template.replace('{A}', STATES[a] ?? '').replace('{B}', STATES[b] ?? ''));
  }
  return lines.join(' ');
}

/** JSON Lines of `n` generated articles dated through March 2021. */
export function generatedJsonl(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const date = `2021-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push(JSON.stringify({ id: `art-${i}`, date, text: generatedArticle(i) }));
  }
  return lines.join('\n') + '\n';
}
