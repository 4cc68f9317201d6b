import type { Lang } from './i18n.tsx';

/** Issue areas as the lexicon names them, in Arabic; any other is shown as stored. */
const AR: Record<string, string> = {
  arms_control: 'الحد من التسلح', climate: 'المناخ', culture: 'الثقافة', development: 'التنمية', economy: 'الاقتصاد',
  energy: 'الطاقة', environment: 'البيئة', finance: 'المال', food: 'الغذاء', governance: 'الحوكمة', health: 'الصحة',
  human_rights: 'حقوق الإنسان', humanitarian: 'الشؤون الإنسانية', justice: 'العدالة', labour: 'العمل', maritime: 'الشؤون البحرية',
  migration: 'الهجرة', minerals: 'المعادن', nuclear: 'النووي', security: 'الأمن', space: 'الفضاء', technology: 'التقنية', trade: 'التجارة',
};

export function issueLabel(issue: string, lang: Lang): string {
  return lang === 'ar' ? (AR[issue] ?? issue) : issue.replace(/_/g, ' ');
}

export function issuesLabel(issues: string[], lang: Lang): string {
  return issues.map((i) => issueLabel(i, lang)).join(lang === 'ar' ? '، ' : ', ');
}
