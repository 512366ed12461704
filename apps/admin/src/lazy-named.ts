import { ComponentType, lazy, LazyExoticComponent } from 'react';

/**
 * React.lazy for a module's named export (the console has no default exports): the page's code, and the antd parts
 * only it uses, are fetched the first time its route renders, not with the sign-in page.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: each page keeps its own prop types through M[K]
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
