import { useEffect, useState } from 'react';

/** The state of one API read; a new key refetches and a late answer to an old key is dropped. */
export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ok'; data: T };

export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { status: 'loading' } });
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ key, loaded: { status: 'ok', data } }),
      (error: unknown) => current && setState({ key, loaded: { status: 'error', error } }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when its inputs changed
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.loaded : { status: 'loading' };
}
