import { allEvents, api } from '../api.ts';
import { withCounterparts } from '../aggregate.ts';
import { ActorSelect } from '../components/ActorSelect.tsx';
import { ActorLink } from '../components/EventTable.tsx';
import { Num } from '../components/Num.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { diverging, WorldMap } from '../components/WorldMap.tsx';
import { useI18n } from '../i18n.tsx';
import { setQuery, useLocation } from '../router.tsx';
import { useApi } from '../useApi.ts';

const NO_DATA = '#d9d9d9';

/** Cooperation and conflict between a chosen actor (?actor) and every country, as a map and a table. */
export function MapPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const actor = params.get('actor') ?? '';
  const actors = useApi(api.actors, 'actors');
  return (
    <>
      <h1>{t('mapTitle')}</h1>
      <p className="muted">{t('mapHint')}</p>
      <Async state={actors}>
        {({ actors: list }) => (
          <form className="controls" onSubmit={(e) => e.preventDefault()}>
            <ActorSelect id="map-actor" label={t('actor')} actors={list} value={actor} onChange={(code) => setQuery({ actor: code })} />
          </form>
        )}
      </Async>
      {actor && <ActorMap actor={actor} />}
    </>
  );
}

function ActorMap({ actor }: { actor: string }) {
  const { t } = useI18n();
  // both directions: what the actor did to others and what others did to it
  const events = useApi(async () => [...(await allEvents({ actor })), ...(await allEvents({ target: actor }))], actor);
  return (
    <Async state={events}>
      {(list) => {
        const by = withCounterparts(actor, list);
        const scale = Math.max(1, ...[...by.values()].map((c) => Math.abs(c.goldstein)));
        const fill = (iso3: string): string => (iso3 === actor ? '#444' : by.has(iso3) ? diverging((by.get(iso3)?.goldstein ?? 0) / scale) : NO_DATA);
        const title = (iso3: string, name: string): string => {
          const c = by.get(iso3);
          return c ? `${name} (${iso3}): ${c.events} ${t('events')}, Goldstein ${c.goldstein.toFixed(1)}` : `${name} (${iso3}): ${t('noData')}`;
        };
        const rows = [...by.entries()].sort((a, b) => b[1].goldstein - a[1].goldstein);
        return (
          <>
            <WorldMap label={`${t('mapTitle')}: ${actor}`} fill={fill} title={title} />
            <p className="legend">
              <span className="swatch" style={{ background: diverging(-1) }} /> {t('conflict')} <span className="swatch" style={{ background: diverging(0) }} /> <span className="swatch" style={{ background: diverging(1) }} /> {t('cooperation')} <span className="swatch" style={{ background: NO_DATA }} /> {t('noData')}
            </p>
            {rows.length === 0 ? (
              <Empty />
            ) : (
              <table data-testid="map-table">
                <thead>
                  <tr>
                    <th scope="col">{t('actor')}</th>
                    <th scope="col">{t('count')}</th>
                    <th scope="col">Goldstein</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(([code, c]) => (
                    <tr key={code}>
                      <td>
                        <ActorLink code={code} />
                      </td>
                      <td>{c.events}</td>
                      <td>
                        <Num value={c.goldstein} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        );
      }}
    </Async>
  );
}
