import { lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from './i18n.tsx';
import { Link, useLocation } from './router.tsx';
import type { StringKey } from './strings.ts';
import { ActorPage } from './pages/ActorPage.tsx';
import { ArticlePage } from './pages/ArticlePage.tsx';
import { DyadPage } from './pages/DyadPage.tsx';
import { EventPage } from './pages/EventPage.tsx';
import { GroupingPage } from './pages/GroupingPage.tsx';
import { GroupingsPage } from './pages/GroupingsPage.tsx';
import { IngestPage } from './pages/IngestPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';

// the map (world atlas) and the network (WebGL graph) are the heavy pages: loaded when first opened
const MapPage = lazy(() => import('./pages/MapPage.tsx').then((m) => ({ default: m.MapPage })));
const NetworkPage = lazy(() => import('./pages/NetworkPage.tsx').then((m) => ({ default: m.NetworkPage })));

const NAV: [string, StringKey][] = [
  ['/', 'navOverview'],
  ['/ui/dyad', 'navDyad'],
  ['/ui/network', 'navNetwork'],
  ['/ui/groupings', 'navGroupings'],
  ['/ui/map', 'navMap'],
  ['/ui/search', 'navSearch'],
  ['/ui/ingest', 'navIngest'],
];

/** The page for a path; pages with an id take it from the path's last part. */
function route(path: string): ReactNode {
  const [, ui, page, id] = path.split('/');
  if (path === '/' || path === '/ui' || path === '/ui/') return <OverviewPage />;
  if (ui !== 'ui') return null;
  const param = id ? decodeURIComponent(id) : undefined;
  if (page === 'dyad') return <DyadPage />;
  if (page === 'network') return <NetworkPage />;
  if (page === 'groupings') return param ? <GroupingPage code={param} /> : <GroupingsPage />;
  if (page === 'map') return <MapPage />;
  if (page === 'search') return <SearchPage />;
  if (page === 'ingest') return <IngestPage />;
  if (page === 'events' && param) return <EventPage id={Number(param)} />;
  if (page === 'articles' && param) return <ArticlePage id={param} />;
  if (page === 'actors' && param) return <ActorPage code={param} />;
  return null;
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const { path } = useLocation();
  const page = route(path);
  const section = NAV.find(([href]) => (href === '/' ? path === '/' : path.startsWith(href)))?.[0];
  return (
    <>
      <a className="skip" href="#content">
        {t('skip')}
      </a>
      <header className="top">
        <div className="brand">
          <Link href="/">{t('appName')}</Link>
          <span className="tagline">{t('tagline')}</span>
        </div>
        <nav aria-label={t('appName')}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <Link href={href} aria-current={section === href ? 'page' : undefined}>
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="lang" lang={lang === 'ar' ? 'en' : 'ar'} aria-label={t('languageLabel')} data-testid="lang-toggle" onClick={() => setLang(lang === 'ar' ? 'en' : 'ar')}>
          {t('language')}
        </button>
      </header>
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>{page ?? <h1>{t('notFound')}</h1>}</Suspense>
      </main>
    </>
  );
}
