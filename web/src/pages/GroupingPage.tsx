import { api, type GroupingDetail, type MembershipChange } from '../api.ts';
import { Chart } from '../components/Chart.tsx';
import { ActorLink, EventTable } from '../components/EventTable.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { issuesLabel } from '../issues.ts';
import { Link } from '../router.tsx';
import { formatLabel } from './GroupingsPage.tsx';
import type { StringKey } from '../strings.ts';
import { useApi } from '../useApi.ts';

const HALF_YEAR = 182 * 24 * 3600 * 1000;
const CHANGES = ['join', 'found', 'seek', 'withdraw', 'suspend', 'expel'] as const satisfies readonly StringKey[];
// a colour per kind of change, so joins and withdrawals read apart on the timeline
const CHANGE_COLOUR: Record<string, string> = { join: '#1a9850', found: '#08519c', seek: '#fdae61', withdraw: '#d73027', suspend: '#7b3294', expel: '#8c510a' };

/** A grouping: its members, the membership changes over time, and the events it takes part in. */
export function GroupingPage({ code }: { code: string }) {
  const { t, lang } = useI18n();
  const grouping = useApi(() => api.grouping(code), code);
  return (
    <Async state={grouping}>
      {(g) => (
        <>
          <p>
            <Link href="/ui/groupings">{t('back')}</Link>
          </p>
          <h1>
            {g.code} <span dir="auto">{g.name}</span>
          </h1>
          <p className="meta">
            {formatLabel(g.format, t)} · {issuesLabel(g.issues, lang)}
          </p>
          <section aria-labelledby="g-members">
            <h2 id="g-members">
              {t('members')} ({g.member_codes.length})
            </h2>
            {g.member_codes.length === 0 ? <Empty /> : <p className="inline-list">{g.member_codes.map((c) => <ActorLink key={c} code={c} />)}</p>}
          </section>
          <section aria-labelledby="g-timeline">
            <h2 id="g-timeline">{t('timeline')}</h2>
            <Timeline grouping={g} />
          </section>
          <section aria-labelledby="g-events">
            <h2 id="g-events">{t('events')}</h2>
            <EventTable events={g.events} />
          </section>
        </>
      )}
    </Async>
  );
}

function Timeline({ grouping }: { grouping: GroupingDetail }) {
  const { t } = useI18n();
  const changes = grouping.timeline;
  const changeLabel = (change: string): string => ((CHANGES as readonly string[]).includes(change) ? t(change as (typeof CHANGES)[number]) : change);
  if (changes.length === 0) return <Empty />;
  const actors = [...new Set(changes.map((c) => c.actor))];
  const kinds = [...new Set(changes.map((c) => c.change))];
  const point = (c: MembershipChange) => ({ value: [c.date, c.actor], itemStyle: { opacity: c.negated ? 0.35 : 1 } });
  const option = {
    tooltip: { trigger: 'item' },
    legend: { top: 0 },
    grid: { left: 70, right: 30, top: 40, bottom: 30 },
    // half a year either side, so a single date is not pinned to an edge
    xAxis: { type: 'time', min: (v: { min: number }) => v.min - HALF_YEAR, max: (v: { max: number }) => v.max + HALF_YEAR },
    yAxis: { type: 'category', data: actors },
    series: kinds.map((k) => ({ name: changeLabel(k), type: 'scatter', symbolSize: 14, itemStyle: { color: CHANGE_COLOUR[k] ?? '#555' }, data: changes.filter((c) => c.change === k).map(point) })),
  };
  return (
    <>
      <Chart option={option} label={t('timeline')} height={Math.max(160, 60 + 32 * actors.length)} />
      <ul className="sr-only">
        {changes.map((c, i) => (
          <li key={i}>
            {c.date} {c.actor} {changeLabel(c.change)}
            {c.negated ? ` (${t('negated')})` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
