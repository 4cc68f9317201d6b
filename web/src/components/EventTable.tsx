import { Fragment, useState } from 'react';
import type { EventSummary } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { QUAD_COLOUR, QUAD_LABEL } from '../quad.ts';
import { Link } from '../router.tsx';
import { EventEvidence } from './Evidence.tsx';
import { Day } from './Num.tsx';
import { Empty } from './Status.tsx';

/** Events as a table; each row's button opens the event's evidence beneath it. */
export function EventTable({ events }: { events: EventSummary[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  if (events.length === 0) return <Empty />;
  return (
    <table className="events" data-testid="event-table">
      <thead>
        <tr>
          <th scope="col">{t('date')}</th>
          <th scope="col">{t('source')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('target')}</th>
          <th scope="col">{t('evidence')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <Fragment key={e.id}>
            <tr>
              <td>
                <Day value={e.date} />
              </td>
              <td>{e.sources.map((c) => <ActorLink key={c} code={c} />)}</td>
              <td>
                <span className="quad-dot" style={{ background: QUAD_COLOUR[e.quad_class] }} title={t(QUAD_LABEL[e.quad_class] ?? 'quad1')} />
                <Link href={`/ui/events/${e.id}`}>{e.type}</Link> <small>{e.cameo}</small>
                {e.negated && <small className="flag"> {t('negated')}</small>}
              </td>
              <td>{e.targets.map((c) => <ActorLink key={c} code={c} />)}</td>
              <td>
                <button type="button" aria-expanded={open === e.id} aria-controls={`evidence-${e.id}`} onClick={() => setOpen(open === e.id ? null : e.id)}>
                  {t('evidence')}
                </button>
              </td>
            </tr>
            {open === e.id && (
              <tr id={`evidence-${e.id}`}>
                <td colSpan={5}>
                  <EventEvidence id={e.id} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

export function ActorLink({ code }: { code: string }) {
  return (
    <Link className="actor" href={`/ui/actors/${code}`}>
      {code}
    </Link>
  );
}
