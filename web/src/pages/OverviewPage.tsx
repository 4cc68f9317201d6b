import { allEvents, api, type ArticleSummary, type EventSummary } from '../api.ts';
import { byMonthAndQuad, topDyads } from '../aggregate.ts';
import { Chart } from '../components/Chart.tsx';
import { Day, Num } from '../components/Num.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { QUAD_COLOUR, QUAD_LABEL, QUADS } from '../quad.ts';
import { Link } from '../router.tsx';
import { useApi } from '../useApi.ts';

/** What an analyst opens first: the flow of events by quad class, the busiest dyads, the newest articles. */
export function OverviewPage() {
  const { t } = useI18n();
  const health = useApi(api.health, 'health');
  const events = useApi(() => allEvents({}), 'all');
  const articles = useApi(() => api.articles(10), 'latest');
  return (
    <>
      <h1>{t('navOverview')}</h1>
      <Async state={health}>
        {(h) => (
          <p className="counts" data-testid="counts">
            <strong>{h.articles}</strong> {t('articles')} · <strong>{h.events}</strong> {t('events')}
          </p>
        )}
      </Async>
      <section aria-labelledby="over-time">
        <h2 id="over-time">{t('eventsOverTime')}</h2>
        <Async state={events}>{(list) => <QuadChart events={list} />}</Async>
      </section>
      <div className="columns">
        <section aria-labelledby="top-dyads">
          <h2 id="top-dyads">{t('topDyads')}</h2>
          <Async state={events}>{(list) => <TopDyads events={list} />}</Async>
        </section>
        <section aria-labelledby="latest">
          <h2 id="latest">{t('latestArticles')}</h2>
          <Async state={articles}>{(page) => <ArticleList articles={page.articles} />}</Async>
        </section>
      </div>
    </>
  );
}

function QuadChart({ events }: { events: EventSummary[] }) {
  const { t } = useI18n();
  if (events.length === 0) return <Empty />;
  const { months, counts } = byMonthAndQuad(events);
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: QUADS.map((q) => ({ name: t(QUAD_LABEL[q] ?? 'quad1'), type: 'bar', stack: 'quad', barMaxWidth: 48, data: counts[q], itemStyle: { color: QUAD_COLOUR[q] } })),
  };
  return <Chart option={option} label={t('eventsOverTime')} />;
}

function TopDyads({ events }: { events: EventSummary[] }) {
  const { t } = useI18n();
  const dyads = topDyads(events, 10);
  if (dyads.length === 0) return <Empty />;
  return (
    <table data-testid="top-dyads">
      <thead>
        <tr>
          <th scope="col">{t('source')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('count')}</th>
          <th scope="col">{t('meanGoldstein')}</th>
        </tr>
      </thead>
      <tbody>
        {dyads.map((d) => (
          <tr key={`${d.source}>${d.target}`}>
            <td>
              <Link href={`/ui/dyad?source=${d.source}&target=${d.target}`}>{d.source}</Link>
            </td>
            <td>{d.target}</td>
            <td>{d.events}</td>
            <td>
              <Num value={d.goldstein / d.events} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  const { t } = useI18n();
  if (articles.length === 0) return <Empty />;
  return (
    <ul className="articles">
      {articles.map((a) => (
        <li key={a.id}>
          <Link href={`/ui/articles/${a.id}`} dir="auto">
            {a.title ?? a.id.slice(0, 8)}
          </Link>
          <span className="meta">
            {' '}
            <Day value={a.date} /> · {a.events} {t('events')}
          </span>
        </li>
      ))}
    </ul>
  );
}
