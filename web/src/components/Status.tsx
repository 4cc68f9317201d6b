import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import type { Loaded } from '../useApi.ts';

/** Renders a read's loading and failure states, or its data; a 404 from an optional route reads "not available". */
export function Async<T>({ state, optional = false, children }: { state: Loaded<T>; optional?: boolean; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.status === 'loading') return <p className="muted" role="status">{t('loading')}</p>;
  if (state.status === 'error') {
    const err = state.error;
    if (optional && err instanceof ApiError && err.status === 404) return <NotAvailable />;
    return (
      <p className="error" role="alert">
        {t('error')}: {err instanceof Error ? err.message : String(err)}
      </p>
    );
  }
  return <>{children(state.data)}</>;
}

export function NotAvailable() {
  const { t } = useI18n();
  return (
    <div className="notice" role="status" data-testid="not-available">
      <strong>{t('notAvailable')}</strong>
      <p>{t('notAvailableHint')}</p>
    </div>
  );
}

export function Empty() {
  const { t } = useI18n();
  return <p className="muted">{t('empty')}</p>;
}
