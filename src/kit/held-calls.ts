import type { LazyPart } from './lazy-part.js';

/**
 * Calls into code loaded on first use (a {@link LazyPart}), made from event handlers: run at
 * once when the code is there, else held and run in the order they came once it arrives
 * (dropped if it fails to load). `holding` says whether any wait, so that the element's next
 * update can wait for the code (its `partsToRender`) and `updateComplete` comes after them.
 */
export class HeldCalls<T> {
  private readonly calls: Array<(code: T) => void> = [];

  constructor(private readonly part: LazyPart<T>) {}

  /** Whether calls wait for the code. */
  get holding(): boolean {
    return this.calls.length > 0;
  }

  /** Runs `call` with the code: now, or after the calls held before it when the code arrives. Whether it was held. */
  run(call: (code: T) => void): boolean {
    const code = this.part.value;
    if (code) {
      call(code);
      return false;
    }
    this.calls.push(call);
    void this.part.load().then(
      (loaded) => {
        for (const held of this.calls.splice(0)) held(loaded);
      },
      () => (this.calls.length = 0),
    );
    return true;
  }
}
