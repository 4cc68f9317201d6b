import { api, type ArticleDetail, type Evidence as EvidenceItem } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../useApi.ts';
import { Day } from './Num.tsx';
import { Sentence, type Mark } from './Sentence.tsx';
import { Async } from './Status.tsx';

/** One piece of an event's evidence: its sentence, read from the article, with actors and trigger marked. */
export function Evidence({ item }: { item: EvidenceItem }) {
  const { t } = useI18n();
  const article = useApi(() => api.article(item.article_id), item.article_id);
  const marks: Mark[] = [
    { ...item.trigger, role: 'trigger', label: t('trigger') },
    ...item.sources.map((a): Mark => ({ ...a, role: 'source', label: `${t('source')}: ${a.code}` })),
    ...item.targets.map((a): Mark => ({ ...a, role: 'target', label: `${t('target')}: ${a.code}` })),
  ];
  return (
    <div className="evidence">
      <Async state={article}>{(a) => <SentenceOf article={a} index={item.sentence} marks={marks} />}</Async>
      <p className="meta">
        <Link href={`/ui/articles/${item.article_id}`}>{item.article_title ?? item.article_id.slice(0, 8)}</Link> · <Day value={item.article_date} /> · {t('rule')}: <code>{item.rule}</code>
      </p>
    </div>
  );
}

function SentenceOf({ article, index, marks }: { article: ArticleDetail; index: number; marks: Mark[] }) {
  const s = article.sentences.find((x) => x.index === index);
  if (!s) return null;
  return <Sentence text={article.text} start={s.start} end={s.end} lang={s.lang} marks={marks} />;
}

/** The evidence of one event, fetched when shown. */
export function EventEvidence({ id }: { id: number }) {
  const event = useApi(() => api.event(id), String(id));
  return <Async state={event}>{(e) => e.evidence.map((item, i) => <Evidence key={i} item={item} />)}</Async>;
}

export function Legend() {
  const { t } = useI18n();
  return (
    <p className="legend">
      <mark className="mark-source">{t('source')}</mark> <mark className="mark-trigger">{t('trigger')}</mark> <mark className="mark-target">{t('target')}</mark>
    </p>
  );
}
