import { useState, type FormEvent } from 'react';
import { api, type Network } from '../api.ts';
import { blocColour, NetworkGraph } from '../components/NetworkGraph.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link, navigate, setQuery, useLocation } from '../router.tsx';
import { useApi } from '../useApi.ts';

/** The alignment network for a time window (?from&to), from GET /analysis/network when the server has it. */
export function NetworkPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const network = useApi(() => api.network(from || undefined, to || undefined), `${from}/${to}`);
  return (
    <>
      <h1>{t('networkTitle')}</h1>
      <p className="muted">{t('networkHint')}</p>
      <WindowForm from={from} to={to} />
      <Async state={network} optional>
        {(n) => <NetworkView network={n} />}
      </Async>
    </>
  );
}

function WindowForm({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ from, to });
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setQuery(draft);
  };
  return (
    <form className="controls" onSubmit={submit}>
      <label htmlFor="net-from">
        {t('from')}
        <input id="net-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </label>
      <label htmlFor="net-to">
        {t('to')}
        <input id="net-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </label>
      <button type="submit">{t('apply')}</button>
    </form>
  );
}

function NetworkView({ network }: { network: Network }) {
  const { t } = useI18n();
  if (network.nodes.length === 0) return <Empty />;
  const blocs = [...new Set(network.nodes.map((n) => n.bloc))].sort((a, b) => a - b);
  return (
    <div className="columns">
      <NetworkGraph network={network} label={t('networkTitle')} onPick={(code) => navigate(`/ui/actors/${code}`)} />
      {/* the same states as links: the keyboard and screen-reader way into a profile */}
      <section aria-label={t('bloc')} data-testid="blocs">
        {blocs.map((bloc) => (
          <div key={bloc}>
            <h2 className="bloc">
              <span className="swatch" style={{ background: blocColour(bloc) }} /> {t('bloc')} {bloc + 1}
            </h2>
            <ul className="inline">
              {network.nodes
                .filter((n) => n.bloc === bloc)
                .sort((a, b) => b.centrality - a.centrality)
                .map((n) => (
                  <li key={n.id}>
                    <Link href={`/ui/actors/${n.id}`} title={`${t('centrality')} ${n.centrality.toFixed(2)} · ${t('degree')} ${n.degree}`}>
                      {n.id}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
