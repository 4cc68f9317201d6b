import { api } from '../api.ts';
import { Evidence, Legend } from '../components/Evidence.tsx';
import { ActorLink } from '../components/EventTable.tsx';
import { Day, Num } from '../components/Num.tsx';
import { Async } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { QUAD_LABEL } from '../quad.ts';
import { useApi } from '../useApi.ts';

/** One event: what was coded and every sentence that reports it. */
export function EventPage({ id }: { id: number }) {
  const { t } = useI18n();
  const event = useApi(() => api.event(id), String(id));
  return (
    <Async state={event}>
      {(e) => (
        <>
          <h1>
            {t('event')} {e.id}: {e.type}
          </h1>
          <dl className="facts">
            <dt>{t('date')}</dt>
            <dd>
              <Day value={e.date} />
            </dd>
            <dt>{t('source')}</dt>
            <dd>{e.sources.map((c) => <ActorLink key={c} code={c} />)}</dd>
            <dt>{t('target')}</dt>
            <dd>{e.targets.map((c) => <ActorLink key={c} code={c} />)}</dd>
            <dt>{t('type')}</dt>
            <dd>
              {e.type} (CAMEO {e.cameo}) · {t(QUAD_LABEL[e.quad_class] ?? 'quad1')} · Goldstein <Num value={e.goldstein} />
              {e.negated ? ` · ${t('negated')}` : ''}
            </dd>
          </dl>
          <h2>{t('evidence')}</h2>
          <Legend />
          {e.evidence.map((item, i) => (
            <Evidence key={i} item={item} />
          ))}
        </>
      )}
    </Async>
  );
}
