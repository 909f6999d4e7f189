/**
 * Code an element needs only for some of what it shows (the table alternative, a tooltip),
 * loaded with a dynamic `import()` on first use instead of with the chart (docs/size.md). The
 * element waits for a part before an update that renders it (ChartDataElement's
 * `scheduleUpdate`), so nothing shows half-drawn and `updateComplete` stays truthful; it
 * starts loading on the reader's first move towards it (hover, focus) so that it is there
 * before it is needed.
 */
export interface LazyPart<T> {
  /** The loaded module; undefined until {@link load} has resolved. */
  readonly value: T | undefined;
  /** Loads the module (once; again after a failure) and resolves with it. */
  load(): Promise<T>;
}

/** A {@link LazyPart} loaded by `load` (a function returning a dynamic `import()`). */
export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      pending ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
