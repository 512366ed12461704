import { useSearchParams } from 'react-router-dom';

/** The page's query string as filter state: `update({ queue: 'open', page: undefined })` sets and clears keys. */
export function useQueryParams(): [URLSearchParams, (next: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) merged.delete(key);
      else merged.set(key, value);
    }
    setParams(merged);
  };
  return [params, update];
}
