import { lazy, type LazyExoticComponent } from 'react';

/** Whatever React.lazy can load: a component of any props. */
type Loadable = Awaited<ReturnType<Parameters<typeof lazy>[0]>>['default'];

/** A component loaded when first rendered, from the named export of its module (React.lazy takes only a default one). */
export function lazyNamed<M extends Record<K, Loadable>, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
