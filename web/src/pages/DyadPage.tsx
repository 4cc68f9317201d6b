import { api, type DyadPoint } from '../api.ts';
import { ActorSelect } from '../components/ActorSelect.tsx';
import { Chart } from '../components/Chart.tsx';
import { Legend } from '../components/Evidence.tsx';
import { EventTable } from '../components/EventTable.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { QUAD_COLOUR, QUAD_LABEL, QUADS } from '../quad.ts';
import { setQuery, useLocation } from '../router.tsx';
import { useApi } from '../useApi.ts';

const PERIODS = ['day', 'week', 'month'] as const;

/** Two actors chosen in the URL (?source&target&by): the series from one to the other and the events behind it. */
export function DyadPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const source = params.get('source') ?? '';
  const target = params.get('target') ?? '';
  const by = params.get('by') ?? 'month';
  const actors = useApi(api.actors, 'actors');
  const update = (next: Partial<Record<'source' | 'target' | 'by', string>>): void => setQuery({ source, target, by, ...next });
  return (
    <>
      <h1>{t('dyadTitle')}</h1>
      <p className="muted">{t('dyadHint')}</p>
      <Async state={actors}>
        {({ actors: list }) => (
          <form className="controls" onSubmit={(e) => e.preventDefault()}>
            <ActorSelect id="dyad-source" label={t('source')} actors={list} value={source} onChange={(code) => update({ source: code })} />
            <button type="button" onClick={() => update({ source: target, target: source })}>
              {t('swap')}
            </button>
            <ActorSelect id="dyad-target" label={t('target')} actors={list} value={target} onChange={(code) => update({ target: code })} />
            <label htmlFor="dyad-by">
              {t('by')}
              <select id="dyad-by" value={by} onChange={(e) => update({ by: e.target.value })}>
                {PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(p)}
                  </option>
                ))}
              </select>
            </label>
          </form>
        )}
      </Async>
      {source && target && <Dyad source={source} target={target} by={by} />}
    </>
  );
}

function Dyad({ source, target, by }: { source: string; target: string; by: string }) {
  const { t } = useI18n();
  const series = useApi(() => api.dyad(source, target, by), `${source}/${target}/${by}`);
  const events = useApi(() => api.events({ actor: source, target }, 200), `${source}/${target}`);
  return (
    <>
      <section aria-labelledby="dyad-series">
        <h2 id="dyad-series">
          {t('series')}: {source} → {target}
        </h2>
        <Async state={series}>{(s) => <SeriesChart points={s.series} />}</Async>
      </section>
      <section aria-labelledby="dyad-events">
        <h2 id="dyad-events">{t('eventsBehind')}</h2>
        <Legend />
        <Async state={events}>{(page) => <EventTable events={page.events} />}</Async>
      </section>
    </>
  );
}

function SeriesChart({ points }: { points: DyadPoint[] }) {
  const { t } = useI18n();
  if (points.length === 0) return <Empty />;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 40, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: -10, max: 10, name: t('meanGoldstein') },
    ],
    series: [
      ...QUADS.map((q) => ({ name: t(QUAD_LABEL[q] ?? 'quad1'), type: 'bar', stack: 'quad', barMaxWidth: 48, data: points.map((p) => p.quad[q - 1]), itemStyle: { color: QUAD_COLOUR[q] } })),
      { name: t('meanGoldstein'), type: 'line', yAxisIndex: 1, data: points.map((p) => Number(p.mean_goldstein.toFixed(2))), itemStyle: { color: '#333' } },
    ],
  };
  return <Chart option={option} label={`${t('series')}`} />;
}
