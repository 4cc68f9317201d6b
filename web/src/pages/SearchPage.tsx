import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { Day } from '../components/Num.tsx';
import { Async } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link, setQuery, useLocation } from '../router.tsx';
import { useApi } from '../useApi.ts';

/** Full-text search over the articles (?q); spelling variants of Arabic letters match. */
export function SearchPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setQuery({ q: draft.trim() });
  };
  return (
    <>
      <h1>{t('searchTitle')}</h1>
      <form className="controls" role="search" onSubmit={submit}>
        <label htmlFor="q">
          {t('searchLabel')}
          <input id="q" type="search" dir="auto" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">{t('searchButton')}</button>
      </form>
      {q && <Results q={q} />}
    </>
  );
}

function Results({ q }: { q: string }) {
  const { t } = useI18n();
  const hits = useApi(() => api.search(q), q);
  return (
    <Async state={hits}>
      {({ hits: list }) =>
        list.length === 0 ? (
          <p className="muted">{t('noHits')}</p>
        ) : (
          <ol className="hits" data-testid="search-hits">
            {list.map((h) => (
              <li key={h.id}>
                <Link href={`/ui/articles/${h.id}`} dir="auto">
                  {h.title ?? h.id.slice(0, 8)}
                </Link>{' '}
                <span className="meta">
                  <Day value={h.date} />
                </span>
                <p dir="auto">{h.snippet}</p>
              </li>
            ))}
          </ol>
        )
      }
    </Async>
  );
}
