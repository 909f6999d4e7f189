// Defining the treemap's tag also runs its code once on a small made-up budget in the browser's
// idle time (its static `warmUp`, src/kit/element/warm-up.ts), so that the first real
// chart in a fresh tab does not run its code for the first time. A page of its own: the canvas is
// watched before the tag is defined.
import { expect } from '@open-wc/testing';

const measured: string[] = [];
const idle = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));

describe("a chart's start-up work in idle time", () => {
  let bodyBefore = '';
  const errors: string[] = [];
  const onError = (e: Event): void => void errors.push(e.type);

  before(async () => {
    // The charts measure on an OffscreenCanvas where there is one (kit/measure.ts).
    const original = OffscreenCanvasRenderingContext2D.prototype.measureText;
    OffscreenCanvasRenderingContext2D.prototype.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
      measured.push(text);
      return original.call(this, text);
    };
    bodyBefore = document.body.innerHTML;
    window.addEventListener('error', onError);
    document.addEventListener('policy-data-error', onError);
    await import('../../src/define.js');
  });

  after(() => {
    window.removeEventListener('error', onError);
    document.removeEventListener('policy-data-error', onError);
  });

  it('lays out the treemap sample once the page is idle, not while the script loads', async () => {
    // A word only the sample has (小項目).
    const seen = (): boolean => measured.some((t) => t.includes('小項目'));
    expect(seen(), 'the sample measured as the tags are defined').to.equal(false);
    // The steps run in idle callbacks, one or more to each: the shared steps, then the treemap's.
    for (let i = 0; i < 30 && !seen(); i++) await idle();
    expect(seen(), "the sample's labels measured in idle time").to.equal(true);
  });

  it('leaves nothing in the page and reports nothing', async () => {
    for (let i = 0; i < 10; i++) await idle();
    expect(document.body.innerHTML).to.equal(bodyBefore);
    expect(errors).to.deep.equal([]);
  });
});
