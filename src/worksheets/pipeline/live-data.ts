import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';

/**
 * The latest saved pipeline data, shared with the result sections without re-rendering the form:
 * the form publishes each change it saves, and only the sections that read it re-render, at low
 * priority so typing never waits for them.
 */
export type LiveData<T> = { get(): T; set(value: T): void; subscribe(listener: () => void): () => void };

export function createLiveData<T>(initial: T): LiveData<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The live data, deferred so a burst of typing renders results once it settles. */
export function useLiveData<T>(live: LiveData<T>): T {
  return useDeferredValue(useSyncExternalStore(live.subscribe, live.get));
}

/**
 * A value recomputed only when the JSON of `inputs` changes, so a section that depends on a few
 * fields does no work (and its memoised children do not re-render) while the learner types elsewhere.
 */
export function useDerived<T>(compute: () => T, inputs: unknown): T {
  const key = JSON.stringify(inputs);
  // The key stands for every input: compute reads the same data the key was made from.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compute is a new closure every render; only the key says when its inputs changed
  return useMemo(compute, [key]);
}
