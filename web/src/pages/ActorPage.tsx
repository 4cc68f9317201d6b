import { api, type ActorProfile, type PartnerCount } from '../api.ts';
import { ActorLink, EventTable } from '../components/EventTable.tsx';
import { Day } from '../components/Num.tsx';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { Link } from '../router.tsx';
import { useApi } from '../useApi.ts';

/** A state's page: its profile from GET /analysis/actors/:code when the server has it, and its events. */
export function ActorPage({ code }: { code: string }) {
  const { t } = useI18n();
  const profile = useApi(() => api.profile(code), `profile/${code}`);
  const acting = useApi(() => api.events({ actor: code }, 100), `acting/${code}`);
  return (
    <>
      <h1>
        {t('profile')}: {code}
      </h1>
      <p>
        <Link href={`/ui/map?actor=${code}`}>{t('navMap')}</Link>
      </p>
      <Async state={profile} optional>
        {(p) => <ProfileView profile={p} />}
      </Async>
      <section aria-labelledby="actor-events">
        <h2 id="actor-events">{t('actorEvents')}</h2>
        <Async state={acting}>{(page) => <EventTable events={page.events} />}</Async>
      </section>
    </>
  );
}

function ProfileView({ profile }: { profile: ActorProfile }) {
  const { t } = useI18n();
  const mix = profile.types.map((m) => [m.type, m.as_source + m.as_target] as const);
  return (
    <div className="columns" data-testid="profile">
      <Counterparts title={t('partners')} list={profile.partners} />
      <Counterparts title={t('adversaries')} list={profile.adversaries} />
      <section>
        <h2>{t('eventMix')}</h2>
        {mix.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {mix.map(([type, n]) => (
              <li key={type}>
                {type}: {n}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('memberships')}</h2>
        {profile.memberships.length === 0 ? (
          <Empty />
        ) : (
          <ul>
            {profile.memberships.map((m, i) => (
              <li key={i}>
                <Day value={m.date} /> {m.change} <Link href={`/ui/groupings/${m.grouping}`}>{m.grouping}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Counterparts({ title, list }: { title: string; list: PartnerCount[] }) {
  return (
    <section>
      <h2>{title}</h2>
      {list.length === 0 ? (
        <Empty />
      ) : (
        <ol>
          {list.map((p) => (
            <li key={p.code}>
              <ActorLink code={p.code} /> <span dir="ltr">{p.net_cooperation}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
