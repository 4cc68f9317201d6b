import { useState, type FormEvent } from 'react';
import { api, ApiError, type ArticleDetail, type IngestOutcome } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { ArticleEvents } from './ArticlePage.tsx';

type Phase = { kind: 'idle' } | { kind: 'coding' } | { kind: 'failed'; message: string } | { kind: 'done'; outcome: IngestOutcome; article: ArticleDetail };

const today = (): string => new Date().toISOString().slice(0, 10);

/** POST /articles from a form (the token is the server's NASIJ_TOKEN), then the stored article's events. */
export function IngestPage() {
  const { t } = useI18n();
  const [form, setForm] = useState({ text: '', title: '', date: today(), url: '', token: '' });
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const field = (name: keyof typeof form) => ({ id: `ingest-${name}`, value: form[name], onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setPhase({ kind: 'coding' });
    try {
      // with no text, the server fetches the page at the URL
      const outcome = await api.ingest({ text: form.text.trim() || undefined, date: form.date, title: form.title || undefined, url: form.url || undefined }, form.token);
      setPhase({ kind: 'done', outcome, article: await api.article(outcome.id) });
    } catch (err) {
      setPhase({ kind: 'failed', message: err instanceof ApiError || err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <>
      <h1>{t('ingestTitle')}</h1>
      <p className="muted">{t('ingestHint')}</p>
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label htmlFor="ingest-text">{t('text')}</label>
        <textarea {...field('text')} rows={8} dir="auto" required={form.url === ''} />
        <div className="controls">
          <label htmlFor="ingest-title">
            {t('title')}
            <input {...field('title')} dir="auto" />
          </label>
          <label htmlFor="ingest-date">
            {t('date')}
            <input {...field('date')} type="date" required />
          </label>
          <label htmlFor="ingest-url">
            {t('url')}
            <input {...field('url')} type="url" dir="ltr" />
          </label>
          <label htmlFor="ingest-token">
            {t('token')}
            <input {...field('token')} type="password" autoComplete="off" required />
          </label>
        </div>
        <button type="submit" disabled={phase.kind === 'coding'}>
          {phase.kind === 'coding' ? t('coding') : t('submit')}
        </button>
      </form>
      <div aria-live="polite">
        {phase.kind === 'failed' && (
          <p className="error" role="alert">
            {t('error')}: {phase.message}
          </p>
        )}
        {phase.kind === 'done' && <Result phase={phase} />}
      </div>
    </>
  );
}

function Result({ phase }: { phase: Extract<Phase, { kind: 'done' }> }) {
  const { t } = useI18n();
  const { outcome, article } = phase;
  return (
    <section data-testid="ingest-result">
      <p className="ok">
        {outcome.kind === 'added' ? t('added', { n: outcome.events }) : t('known')} <Link href={`/ui/articles/${article.id}`}>{t('article')}</Link>
      </p>
      <h2>{t('codedEvents')}</h2>
      <ArticleEvents article={article} />
    </section>
  );
}
