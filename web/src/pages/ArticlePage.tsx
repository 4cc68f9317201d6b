import { api, type ArticleDetail } from '../api.ts';
import { Legend } from '../components/Evidence.tsx';
import { Day } from '../components/Num.tsx';
import { ActorLink } from '../components/EventTable.tsx';
import { Sentence, type Mark } from '../components/Sentence.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../useApi.ts';

/** An article and what was coded from it, each event shown in its sentence. */
export function ArticlePage({ id }: { id: string }) {
  const article = useApi(() => api.article(id), id);
  return <Async state={article}>{(a) => <ArticleView article={a} />}</Async>;
}

export function ArticleView({ article }: { article: ArticleDetail }) {
  const { t } = useI18n();
  return (
    <article data-testid="article">
      <h1 dir="auto">{article.title ?? article.id.slice(0, 8)}</h1>
      <p className="meta">
        <Day value={article.date} /> · {article.sources.join(', ')}
      </p>
      <h2>{t('codedEvents')}</h2>
      <ArticleEvents article={article} />
      <h2>{t('text')}</h2>
      <p className="article-text" dir={article.lang === 'ar' ? 'rtl' : 'ltr'} lang={article.lang}>
        {article.text}
      </p>
    </article>
  );
}

export function ArticleEvents({ article }: { article: ArticleDetail }) {
  if (article.mentions.length === 0) return <Empty />;
  return (
    <>
      <Legend />
      <ol className="mentions" data-testid="article-events">
        {article.mentions.map((m, i) => {
          const s = article.sentences.find((x) => x.index === m.sentence);
          const marks: Mark[] = [{ ...m.trigger, role: 'trigger' }, ...m.sources.map((a): Mark => ({ ...a, role: 'source', label: a.code })), ...m.targets.map((a): Mark => ({ ...a, role: 'target', label: a.code }))];
          return (
            <li key={i}>
              <Link href={`/ui/events/${m.event_id}`}>{m.type}</Link>: {m.sources.map((a) => <ActorLink key={a.code} code={a.code} />)} → {m.targets.map((a) => <ActorLink key={a.code} code={a.code} />)}
              {s && <Sentence text={article.text} start={s.start} end={s.end} lang={s.lang} marks={marks} />}
            </li>
          );
        })}
      </ol>
    </>
  );
}
