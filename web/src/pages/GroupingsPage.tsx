import { api, type GroupingSummary } from '../api.ts';
import { Async, Empty } from '../components/Status.tsx';
import { useI18n } from '../i18n.tsx';
import { issueLabel, issuesLabel } from '../issues.ts';
import { Link, setQuery, useLocation } from '../router.tsx';
import type { StringKey } from '../strings.ts';
import { useApi } from '../useApi.ts';

const FORMATS = ['bilateral', 'minilateral', 'multilateral'] as const satisfies readonly StringKey[];

/** A grouping's format in the interface language (formats outside the three are shown as stored). */
export function formatLabel(format: string, t: (key: StringKey) => string): string {
  return (FORMATS as readonly string[]).includes(format) ? t(format as (typeof FORMATS)[number]) : format;
}

/** Groupings filtered by format and issue area (?format&issue). */
export function GroupingsPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const format = params.get('format') ?? '';
  const issue = params.get('issue') ?? '';
  const groupings = useApi(api.groupings, 'groupings');
  return (
    <>
      <h1>{t('groupingsTitle')}</h1>
      <Async state={groupings}>{({ groupings: all }) => <Browser all={all} format={format} issue={issue} />}</Async>
    </>
  );
}

function Browser({ all, format, issue }: { all: GroupingSummary[]; format: string; issue: string }) {
  const { t, lang } = useI18n();
  const issues = [...new Set(all.flatMap((g) => g.issues))].sort();
  const shown = all.filter((g) => (!format || g.format === format) && (!issue || g.issues.includes(issue)));
  return (
    <>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="g-format">
          {t('format')}
          <select id="g-format" value={format} onChange={(e) => setQuery({ format: e.target.value, issue })}>
            <option value="">{t('all')}</option>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(f)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="g-issue">
          {t('issue')}
          <select id="g-issue" value={issue} onChange={(e) => setQuery({ format, issue: e.target.value })}>
            <option value="">{t('all')}</option>
            {issues.map((i) => (
              <option key={i} value={i}>
                {issueLabel(i, lang)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {shown.length === 0 ? (
        <Empty />
      ) : (
        <table data-testid="groupings">
          <thead>
            <tr>
              <th scope="col">{t('groupingsTitle')}</th>
              <th scope="col">{t('format')}</th>
              <th scope="col">{t('issue')}</th>
              <th scope="col">{t('members')}</th>
              <th scope="col">{t('changes')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <tr key={g.code}>
                <td>
                  <Link href={`/ui/groupings/${encodeURIComponent(g.code)}`}>{g.code}</Link> <span dir="auto">{g.name}</span>
                  {g.discovered && <small className="flag"> {t('discovered')}</small>}
                </td>
                <td>{formatLabel(g.format, t)}</td>
                <td>{issuesLabel(g.issues, lang)}</td>
                <td>{g.members}</td>
                <td>{g.changes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
