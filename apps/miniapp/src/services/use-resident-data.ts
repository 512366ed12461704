import { useCallback } from 'react';
import { ensureSignedIn } from './session';
import { usePageData } from './use-page-data';

/** Loads what a signed-in resident's page shows (signing in first), as usePageData does for any page. */
export function useResidentData<T>(fetch: () => Promise<T>): ReturnType<typeof usePageData<T>> {
  const signedIn = useCallback(async () => {
    await ensureSignedIn();
    return fetch();
  }, [fetch]);
  return usePageData(signedIn);
}
