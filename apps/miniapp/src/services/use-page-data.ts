import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { Dispatch, SetStateAction, useCallback, useState } from 'react';
import { errorMessage } from './api';

/**
 * Loads what a page shows, each time the page is shown and on pull-down refresh; `error` is the Chinese message to
 * show beside a 重试 button. `fetch` must be stable (a module-level function or a useCallback).
 */
export function usePageData<T>(fetch: () => Promise<T>): {
  data: T | null;
  error: string | null;
  reload: () => Promise<void>;
  setData: Dispatch<SetStateAction<T | null>>;
} {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setError(null);
    try {
      setData(await fetch());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      Taro.stopPullDownRefresh();
    }
  }, [fetch]);
  useDidShow(() => {
    reload();
  });
  usePullDownRefresh(() => {
    reload();
  });
  return { data, error, reload, setData };
}
